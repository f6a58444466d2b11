// Free-text mentions of a person: the texts behind one search hit (an agenda item's texts, a toelichting, an
// action), and their rewrite on erasure together with every copy the audit trail keeps of them.
import type { Db } from './connection';
import type { SearchKind } from '../../../shared/domain';

export type MentionTable = 'agenda_items' | 'vinkje_answers' | 'action_items';

/** One text column of one row, keyed the way the audit trail keys the row. */
export interface MentionText {
  table: MentionTable;
  rowKey: string;
  column: string;
  value: string;
}

export interface MentionSource {
  kind: SearchKind;
  meetingId: number;
  meetingTitle: string;
  meetingStartsAt: string;
  adopted: boolean;
  agendaItemId: number | null;
  agendaPosition: number | null;
  checklistPosition: number | null;
  actionId: number | null;
  texts: MentionText[];
}

// The index's rowid ranges (migration 0003-search): agenda items id * 4 + 1..3, toelichtingen from 2^32 (the
// answer's rowid), actions from 2^33 (the action's id).
const ANSWERS = 2 ** 32;
const ACTIONS = 2 ** 33;

/** The text columns each kind of hit indexes: an agenda item's title is in all of its hits. */
const ITEM_COLUMNS: Record<'agendapunt' | 'aantekening' | 'besluit', string[]> = {
  agendapunt: ['title', 'description', 'proposal'],
  aantekening: ['title', 'notes'],
  besluit: ['title', 'decision_text'],
};

/** The stable key of the row a search hit indexes (rowids of answers may change, their ids do not). */
export function mentionKeyOf(db: Db, hit: { kind: SearchKind; rowid: number }): string | null {
  if (hit.kind === 'actie') return `actie:${hit.rowid - ACTIONS}`;
  if (hit.kind === 'toelichting') {
    const v = db.prepare('SELECT agenda_item_id AS a, checklist_item_id AS c FROM vinkje_answers WHERE rowid = ?').get(hit.rowid - ANSWERS) as
      | { a: number; c: number }
      | undefined;
    return v ? `toelichting:${v.a}:${v.c}` : null;
  }
  return `${hit.kind}:${Math.floor(hit.rowid / 4)}`;
}

const MEETING = `m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, m.adopted_at IS NOT NULL AS adopted`;

interface ItemRow {
  meetingId: number;
  meetingTitle: string;
  meetingStartsAt: string;
  adopted: number;
  id: number;
  position: number;
  [column: string]: string | number;
}

function agendaItem(db: Db, id: number): ItemRow | undefined {
  return db
    .prepare(
      `SELECT ${MEETING}, a.id, a.position, a.title, a.description, a.proposal, a.notes, a.decision_text
       FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?`,
    )
    .get(id) as ItemRow | undefined;
}

const itemTexts = (item: ItemRow, columns: string[]): MentionText[] =>
  columns.map((column) => ({ table: 'agenda_items', rowKey: String(item.id), column, value: String(item[column]) }));

/** The texts behind a mention key, with their meeting; null when the key names nothing (any more). */
export function mentionSource(db: Db, key: string): MentionSource | null {
  const [kind, ...ids] = key.split(':');
  const n = ids.map(Number);
  if (n.length === 0 || !n.every((x) => Number.isSafeInteger(x) && x > 0)) return null;
  const base = (item: ItemRow) => ({
    meetingId: item.meetingId,
    meetingTitle: item.meetingTitle,
    meetingStartsAt: item.meetingStartsAt,
    adopted: item.adopted === 1,
    agendaItemId: item.id,
    agendaPosition: item.position,
  });
  if ((kind === 'agendapunt' || kind === 'aantekening' || kind === 'besluit') && n.length === 1) {
    const item = agendaItem(db, n[0]!);
    if (!item) return null;
    return { kind, ...base(item), checklistPosition: null, actionId: null, texts: itemTexts(item, ITEM_COLUMNS[kind]) };
  }
  if (kind === 'toelichting' && n.length === 2) {
    const item = agendaItem(db, n[0]!);
    const answer = db
      .prepare(
        `SELECT v.explanation, ci.position FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
         WHERE v.agenda_item_id = ? AND v.checklist_item_id = ?`,
      )
      .get(n[0], n[1]) as { explanation: string; position: number } | undefined;
    if (!item || !answer) return null;
    return {
      kind,
      ...base(item),
      checklistPosition: answer.position,
      actionId: null,
      // The hit's title copies the agenda item's title: both are what the inzage found.
      texts: [
        ...itemTexts(item, ['title']),
        { table: 'vinkje_answers', rowKey: JSON.stringify([n[0], n[1]]), column: 'explanation', value: answer.explanation },
      ],
    };
  }
  if (kind === 'actie' && n.length === 1) {
    const action = db
      .prepare(
        `SELECT ${MEETING}, ai.id, ai.description, ai.agenda_item_id AS agendaItemId, a.position AS agendaPosition
         FROM action_items ai JOIN meetings m ON m.id = ai.meeting_id LEFT JOIN agenda_items a ON a.id = ai.agenda_item_id
         WHERE ai.id = ?`,
      )
      .get(n[0]) as
      | { meetingId: number; meetingTitle: string; meetingStartsAt: string; adopted: number; id: number; description: string; agendaItemId: number | null; agendaPosition: number | null }
      | undefined;
    if (!action) return null;
    return {
      kind,
      meetingId: action.meetingId,
      meetingTitle: action.meetingTitle,
      meetingStartsAt: action.meetingStartsAt,
      adopted: action.adopted === 1,
      agendaItemId: action.agendaItemId,
      agendaPosition: action.agendaPosition,
      checklistPosition: null,
      actionId: action.id,
      texts: [{ table: 'action_items', rowKey: String(action.id), column: 'description', value: action.description }],
    };
  }
  return null;
}

/** Writes one text; the search triggers re-index the row. */
export function writeMentionText(db: Db, text: MentionText, value: string): void {
  // Table and column come from mentionSource's fixed lists, never from input.
  if (text.table === 'vinkje_answers') {
    const [agendaItemId, checklistItemId] = JSON.parse(text.rowKey) as [number, number];
    db.prepare(`UPDATE vinkje_answers SET "${text.column}" = ? WHERE agenda_item_id = ? AND checklist_item_id = ?`).run(value, agendaItemId, checklistItemId);
  } else {
    db.prepare(`UPDATE ${text.table} SET "${text.column}" = ? WHERE id = ?`).run(value, Number(text.rowKey));
  }
}

/**
 * Rewrites the given columns in every copy the audit trail holds of the row (before and after), including the
 * copy the rewrite itself just logged. The append-only lock lets this through only while the row is listed in
 * personal_data_mention_pending (migration 0020); it is listed and unlisted here, inside the caller's transaction.
 */
export function scrubAuditCopies(db: Db, table: MentionTable, rowKey: string, columns: readonly string[], rewrite: (text: string) => string): void {
  db.prepare('INSERT INTO personal_data_mention_pending (table_name, row_key) VALUES (?, ?)').run(table, rowKey);
  const rows = db.prepare('SELECT id, before, after FROM audit_log WHERE table_name = ? AND row_key = ?').all(table, rowKey) as {
    id: number;
    before: string | null;
    after: string | null;
  }[];
  const update = db.prepare('UPDATE audit_log SET before = ?, after = ? WHERE id = ?');
  const scrub = (json: string | null): string | null => {
    if (json === null) return null;
    const row = JSON.parse(json) as Record<string, unknown>;
    let changed = false;
    for (const column of columns) {
      const value = row[column];
      if (typeof value !== 'string') continue;
      row[column] = rewrite(value);
      changed ||= row[column] !== value;
    }
    // Untouched copies stay byte for byte as the trigger wrote them.
    return changed ? JSON.stringify(row) : json;
  };
  for (const r of rows) {
    const before = scrub(r.before);
    const after = scrub(r.after);
    if (before !== r.before || after !== r.after) update.run(before, after, r.id);
  }
  db.prepare('DELETE FROM personal_data_mention_pending WHERE table_name = ? AND row_key = ?').run(table, rowKey);
}

/**
 * FTS5 keeps a deleted row's tokens in older index segments until they are merged; with its secure-delete option
 * on, a delete removes them at once. Switched on for the erasure's writes only (inside its transaction).
 */
export function setSearchSecureDelete(db: Db, on: boolean): void {
  // FTS5 reads a configuration value only as a literal, never as a bound parameter.
  db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', ${on ? 1 : 0})`);
}
