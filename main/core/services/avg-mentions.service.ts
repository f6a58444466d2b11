// Free-text mentions of a person in the minutes (agenda texts, notes, decisions, toelichtingen, actions): where
// each is, whether it can be made unreadable, and doing so on request. Only records that are not locked can be
// rewritten: adopted minutes are an archival record and stay as they are (AVG art. 17 lid 3). The erasure replaces
// the name itself (whole words, any case), in the record, its audit copies and the search index, and is recorded
// in the same chain as an entry's erasure.
import type { Db } from '../store/connection';
import {
  MENTION_ARCHIVED_NOTE,
  MENTION_NOT_WHOLE_NOTE,
  erasureMarker,
  type InzageMention,
  type MentionErasureResult,
} from '../../../shared/avg';
import { SEARCH_KIND_LABELS, type SearchHit } from '../../../shared/domain';
import { formatDate, todayLocalDate } from '../../../shared/format';
import * as mentions from '../store/mentions.repo';
import { withSecureDelete } from '../store/secure-delete';
import { canonicalJson, sha256 } from '../durability/chain';
import { erasedContentHash } from '../durability/erasure-secret';
import { recordErasure } from '../durability/erasures';
import { getUserName, UNSET_USER_NAME } from '../durability/audit';
import { AppError, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';

const NOTHING_CHANGED = 'Er is niets gewijzigd.';

/**
 * The name as whole words, any case, any run of spaces between its words: "Anna de Vries" matches "anna de
 * vries" but not "Annabel" or "Vriesland". Null for a name too short to have been searched (the inzage needs 3).
 */
export function nameMatcher(name: string): RegExp | null {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.join(' ').length < 3) return null;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

const hasName = (matcher: RegExp, text: string) => {
  matcher.lastIndex = 0;
  return matcher.test(text);
};

/** Where, in words and without the text itself: "Toelichting bij vinkje 4 van agendapunt 2". */
function whereOf(s: mentions.MentionSource): string {
  const item = `agendapunt ${s.agendaPosition ?? '?'}`;
  switch (s.kind) {
    case 'agendapunt':
      return `Agendapunt ${s.agendaPosition ?? '?'}`;
    case 'aantekening':
      return `Aantekening bij ${item}`;
    case 'besluit':
      return `Besluit bij ${item}`;
    case 'toelichting':
      return `Toelichting bij vinkje ${s.checklistPosition ?? '?'} van ${item}`;
    case 'actie':
      return s.agendaItemId === null ? `Actie ${s.actionId} van de vergadering` : `Actie ${s.actionId} bij ${item}`;
  }
}

const meetingText = (s: mentions.MentionSource) => `${s.meetingTitle} (${formatDate(s.meetingStartsAt.slice(0, 10))})`;

/** The texts as they are now, as one hash: the inzage hands it out, erasure checks that nothing changed since. */
const versionOf = (s: mentions.MentionSource) => sha256(canonicalJson(s.texts.map((t) => [t.table, t.rowKey, t.column, t.value])));

function blockedReason(s: mentions.MentionSource, matcher: RegExp | null): string | null {
  if (s.adopted) return MENTION_ARCHIVED_NOTE;
  if (!matcher || !s.texts.some((t) => hasName(matcher, t.value))) return MENTION_NOT_WHOLE_NOTE;
  return null;
}

/** The inzage's mentions: each search hit with where it is and whether it can be made unreadable. */
export function describeMentions(db: Db, name: string, hits: readonly (SearchHit & { rowid: number })[]): InzageMention[] {
  const matcher = nameMatcher(name);
  return hits.flatMap((h) => {
    const key = mentions.mentionKeyOf(db, h);
    const source = key === null ? null : mentions.mentionSource(db, key);
    if (key === null || source === null) return [];
    return [
      {
        kind: SEARCH_KIND_LABELS[h.kind],
        title: h.title,
        meetingTitle: meetingText(source),
        text: h.snippet.map((s) => s.text).join(''),
        key,
        meetingId: source.meetingId,
        agendaItemId: source.agendaItemId,
        where: whereOf(source),
        blocked: blockedReason(source, matcher),
        version: versionOf(source),
      },
    ];
  });
}

/**
 * Makes the name unreadable in the given mentions, in one transaction: every whole-word occurrence in their texts
 * becomes "[verwijderd op verzoek (datum)]", in the records, in every copy the audit trail holds of those texts,
 * and in the search index (its secure-delete on, so no token of the old text stays). Each mention becomes a record
 * in the erasure chain: when, on whose request, who handled it, which texts, and a keyed hash of what was there.
 * Every mention is checked before anything is written: unknown, locked, changed since the inzage, or not naming
 * the person refuses the whole request.
 */
export function eraseMentions(
  db: Db,
  input: { name: string; mentions: { key: string; version: string }[]; requestedBy: string },
): MentionErasureResult {
  const requestedBy = input.requestedBy.trim();
  if (requestedBy === '') throw ruleViolation('Vul in op wiens verzoek de naam onleesbaar wordt gemaakt (bijvoorbeeld "de betrokkene zelf").');
  const matcher = nameMatcher(input.name);
  if (!matcher) throw ruleViolation(`Vul de naam in zoals in de inzage, van minstens drie tekens. ${NOTHING_CHANGED}`);
  const at = nowIso();
  const marker = erasureMarker('verzoek', formatDate(todayLocalDate(now())));
  const rewrite = (text: string) => text.replace(matcher, `[${marker}]`);
  const requested = [...new Map(input.mentions.map((m) => [m.key, m])).values()];

  return withSecureDelete(db, () =>
    db.transaction(() => {
      const checked = requested.map((m) => {
        const source = mentions.mentionSource(db, m.key);
        if (!source) throw new AppError('not-found', `Deze vermelding bestaat niet (meer); stel de inzage opnieuw op. ${NOTHING_CHANGED}`);
        const where = `${whereOf(source)} in ${meetingText(source)}`;
        if (source.adopted) throw ruleViolation(`${where}: ${MENTION_ARCHIVED_NOTE} ${NOTHING_CHANGED}`);
        if (versionOf(source) !== m.version) {
          throw ruleViolation(`${where} is gewijzigd sinds de inzage is opgesteld; stel de inzage opnieuw op en kijk opnieuw. ${NOTHING_CHANGED}`);
        }
        const named = source.texts.filter((t) => hasName(matcher, t.value));
        if (named.length === 0) throw ruleViolation(`${where}: ${MENTION_NOT_WHOLE_NOTE} ${NOTHING_CHANGED}`);
        return { key: m.key, source, named, where };
      });

      const handledBy = getUserName(db) || UNSET_USER_NAME;
      mentions.setSearchSecureDelete(db, true);
      for (const { key, source, named } of checked) {
        // Read again: an earlier mention of this request may share a text (an agenda item's title).
        const current = mentions.mentionSource(db, key)!;
        for (const text of current.texts) {
          const replaced = rewrite(text.value);
          if (replaced !== text.value) mentions.writeMentionText(db, text, replaced);
        }
        const rows = new Map<string, { table: mentions.MentionTable; rowKey: string; columns: string[] }>();
        for (const t of source.texts) {
          const id = `${t.table}\u0000${t.rowKey}`;
          const row = rows.get(id) ?? { table: t.table, rowKey: t.rowKey, columns: [] };
          row.columns.push(t.column);
          rows.set(id, row);
        }
        for (const row of rows.values()) mentions.scrubAuditCopies(db, row.table, row.rowKey, row.columns, rewrite);
        const { erasedHash, hashScheme } = erasedContentHash(db, canonicalJson(named.map((t) => [t.table, t.rowKey, t.column, t.value])), at);
        recordErasure(db, {
          erasedAt: at,
          reason: 'verzoek',
          requestedBy,
          handledBy,
          // Positions and dates only: a title could hold the name.
          subject: `${whereOf(source)} van de vergadering van ${formatDate(source.meetingStartsAt.slice(0, 10))} (vergadering ${source.meetingId})`,
          registerEntryId: 0,
          mention: { key, texts: named.map((t) => ({ table: t.table, rowKey: t.rowKey, column: t.column })) },
          erasedHash,
          hashScheme,
          minutes: [],
        });
      }
      mentions.setSearchSecureDelete(db, false);
      return { erased: checked.length, marker };
    })(),
  );
}
