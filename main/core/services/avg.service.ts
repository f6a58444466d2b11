// Residents' personal data (AVG): the verwerkingsregister with its retention reminders, retention terms per
// register, extending a term with a reason, a person's inzage, and erasure — on request or after the term —
// that replaces the content everywhere the store keeps it and records the erasure in its own hash chain, so
// adopted minutes that cited the entry still verify and say what happened.
import type { Db } from '../store/connection';
import {
  GRONDSLAG_LABELS,
  REMINDER_LIMIT,
  erasureMarker,
  type AvgOverview,
  type ErasureReason,
  type ErasureResult,
  type InzageReport,
  type PersonalEntry,
  type ProcessingRecord,
  type RetentionTerm,
} from '../../../shared/avg';
import { REGISTER_KIND_LABELS, type RegisterEntry, type RegisterKind } from '../../../shared/registers';
import { formatDate, todayLocalDate } from '../../../shared/format';
import * as repo from '../store/avg.repo';
import { findEntries, getEntry as readEntry } from '../store/registers.repo';
import { canonicalJson, contentHash, hashAfterErasures, sealForErasure } from '../durability/chain';
import { erasedContentHash } from '../durability/erasure-secret';
import { recordErasure } from '../durability/erasures';
import { getUserName, UNSET_USER_NAME } from '../durability/audit';
import { searchIndexed } from './search.service';
import { describeMentions } from './avg-mentions.service';
import { withSecureDelete } from '../store/secure-delete';
import { AppError, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';

const today = () => todayLocalDate(now());

function withRetention(db: Db, entries: readonly RegisterEntry[]): PersonalEntry[] {
  const retention = repo.retentionOf(db, entries.map((e) => e.id));
  return entries.map((e) => {
    const r = retention.get(e.id);
    return {
      ...e,
      retainUntil: r?.retainUntil ?? e.date,
      extendedUntil: r?.extendedUntil ?? null,
      extendReason: r?.extendReason ?? '',
    };
  });
}

function requireEntries(db: Db, ids: readonly number[]): RegisterEntry[] {
  return [...new Set(ids)].map((id) => {
    const entry = readEntry(db, id);
    if (!entry) throw new AppError('not-found', `Registratie ${id} bestaat niet (meer); er is niets gewijzigd.`);
    return entry;
  });
}

// ---- Verwerkingsregister and reminders ----

const PLACE = 'In het databasebestand van Coalitietafel op deze computer (zie "Gegevens" op Beheer), en in de reservekopieën daarnaast.';

function processingRecords(terms: RetentionTerm[]): ProcessingRecord[] {
  const months = (kind: RegisterKind) => terms.find((t) => t.kind === kind)?.months ?? 0;
  return [
    {
      what: 'Ervaringsverhalen en bewonersfeedback: het verhaal of de reactie, de datum en eventueel de naam van de bewoner',
      whose: 'Bewoners van Groningen-Noord',
      why: `${GRONDSLAG_LABELS.toestemming} (per registratie vastgelegd), of ${GRONDSLAG_LABELS['publieke-taak'].toLowerCase()}: de leefbaarheid en veiligheid van de wijken (NPLV)`,
      howLong: `Ervaringsverhalen ${months('ervaringsverhaal')} maanden, bewonersfeedback ${months('bewonersfeedback')} maanden na de datum; daarna herinnert Beheer eraan om te verwijderen of met een reden te verlengen`,
      where: PLACE,
    },
    {
      what: 'Leerpunten, normen en successen waarin een bewoner als bron is genoemd',
      whose: 'Bewoners van Groningen-Noord',
      why: 'De grondslag die bij de registratie is vastgelegd',
      howLong: `${months('leerpunt')} maanden (leerpunten), ${months('norm')} (normen), ${months('succes')} (successen) na de datum`,
      where: PLACE,
    },
    {
      what: 'Leden van de coalitie en het programmateam: naam, rol en organisatie; aanwezigheid; actiehouders',
      whose: 'Vertegenwoordigers van organisaties en bewoners in de coalitie',
      why: `${GRONDSLAG_LABELS['publieke-taak']}: het vastleggen van besluiten van de maatschappelijke coalitie`,
      howLong: 'Zo lang als de vastgestelde notulen (archiefstuk, twintig jaar); namen in vastgestelde notulen worden niet verwijderd',
      where: PLACE,
    },
    {
      what: 'Logboek van wijzigingen: wie (de gebruikersnaam van deze installatie) wat wanneer heeft gewijzigd',
      whose: 'Gebruikers van Coalitietafel',
      why: `${GRONDSLAG_LABELS['publieke-taak']}: verantwoording over de vastlegging`,
      howLong: 'Zo lang als het archief; bij verwijdering op verzoek worden ook de kopieën in het logboek vervangen',
      where: PLACE,
    },
    {
      what: 'Reservekopieën van het hele bestand',
      whose: 'Alle bovenstaande',
      why: 'Geen gegevens verliezen (integriteit en beschikbaarheid, AVG art. 32)',
      howLong: 'Automatische kopieën ongeveer acht weken; handmatige kopieën tot u ze verwijdert',
      where: 'In de map met reservekopieën naast het databasebestand (zie Beheer)',
    },
  ];
}

export function overview(db: Db): AvgOverview {
  const day = today();
  const terms = repo.retentionTerms(db);
  const counts = new Map(repo.countsPerRegister(db, day).map((c) => [c.kind, c]));
  const { ids, total } = repo.overdueIds(db, day, REMINDER_LIMIT);
  const byId = new Map(withRetention(db, requireEntries(db, ids)).map((e) => [e.id, e]));
  return {
    today: day,
    registers: terms.map((term) => {
      const c = counts.get(term.kind);
      return {
        kind: term.kind,
        term,
        personal: c?.personal ?? 0,
        withoutGrondslag: c?.withoutGrondslag ?? 0,
        overdue: c?.overdue ?? 0,
        erased: c?.erased ?? 0,
      };
    }),
    records: processingRecords(terms),
    overdue: ids.map((id) => byId.get(id)!),
    overdueTotal: total,
  };
}

export function setRetention(db: Db, input: { kind: RegisterKind; months: number; note: string }): RetentionTerm {
  return db.transaction(() => {
    const note = input.note.trim();
    if (note === '') throw ruleViolation('Licht de bewaartermijn toe: waarom is deze termijn nodig?');
    repo.setRetention(db, input.kind, input.months, note, nowIso());
    return repo.retentionTerms(db).find((t) => t.kind === input.kind)!;
  })();
}

export function extendRetention(db: Db, input: { entryIds: number[]; until: string; reason: string }): { extended: number } {
  return db.transaction(() => {
    const reason = input.reason.trim();
    if (reason === '') throw ruleViolation('Geef een reden om de gegevens langer te bewaren.');
    if (input.until <= today()) throw ruleViolation('Kies een datum na vandaag om tot te bewaren.');
    const entries = requireEntries(db, input.entryIds);
    const erased = entries.find((e) => e.erasedAt !== null);
    if (erased) throw ruleViolation(`Registratie ${erased.id} is al verwijderd; er valt niets langer te bewaren. Er is niets gewijzigd.`);
    const at = nowIso();
    for (const e of entries) repo.extendRetention(db, e.id, input.until, reason, at);
    return { extended: entries.length };
  })();
}

// ---- Inzage ----

const MENTION_LIMIT = 100;

export function inzage(db: Db, input: { name: string; personIds?: number[] | undefined }): InzageReport {
  const name = input.name.trim();
  const people = repo.peopleNamed(db, name, input.personIds ?? []);
  const personIds = people.map((p) => p.id);
  const entries = withRetention(db, findEntries(db, { q: name, limit: 1_000 }));
  const mentions = name.length >= 3 ? searchIndexed(db, { q: name, limit: MENTION_LIMIT }) : [];
  return {
    subject: name,
    generatedAt: nowIso(),
    entries,
    people: people.map((p) => ({ id: p.id, name: p.name, role: p.role, organisation: p.organisation, left: p.leftOn !== null })),
    attendance: repo.attendanceOf(db, personIds).map((a) => ({ ...a, adopted: a.adopted === 1 })),
    actions: repo.actionsOf(db, personIds, name),
    mentions: describeMentions(db, name, mentions),
  };
}

export async function exportInzage(
  db: Db,
  input: { name: string; personIds?: number[] | undefined; format: 'docx' | 'pdf' | 'odt' | 'md' | 'json' },
) {
  const report = inzage(db, input);
  if (input.format === 'json') {
    const { inzageJsonFile } = await import('../exports/inzage.model');
    return inzageJsonFile(report);
  }
  const { renderInzageExport } = await import('../exports/lists.export');
  return renderInzageExport(report, input.format);
}

// ---- Erasure ----

function subjectOf(entry: RegisterEntry): string {
  return `${REGISTER_KIND_LABELS[entry.kind]} ${entry.id} van ${formatDate(entry.date)}`;
}

export function erase(db: Db, input: { entryIds: number[]; reason: ErasureReason; requestedBy?: string | undefined }): ErasureResult {
  const requestedBy = input.reason === 'verzoek' ? (input.requestedBy ?? '').trim() : 'bewaartermijn verstreken';
  if (requestedBy === '') throw ruleViolation('Vul in op wiens verzoek de gegevens worden verwijderd (bijvoorbeeld "de betrokkene zelf").');
  const at = nowIso();
  const marker = erasureMarker(input.reason, formatDate(today()));
  return withSecureDelete(db, () =>
    db.transaction(() => {
      const entries = requireEntries(db, input.entryIds);
      const done = entries.find((e) => e.erasedAt !== null);
      if (done) {
        throw ruleViolation(`Registratie ${done.id} is al verwijderd op ${formatDate(done.erasedAt!.slice(0, 10))}; er is niets gewijzigd.`);
      }
      if (input.reason === 'bewaartermijn') {
        const day = today();
        const early = withRetention(db, entries).find((e) => e.retainUntil >= day);
        if (early) {
          throw ruleViolation(
            `De bewaartermijn van registratie ${early.id} loopt nog tot en met ${formatDate(early.retainUntil)}; verwijder haar alleen op verzoek. Er is niets gewijzigd.`,
          );
        }
      }
      const handledBy = getUserName(db) || UNSET_USER_NAME;
      const touched = new Map<number, { meetingId: number; title: string; startsAt: string }>();
      for (const entry of entries) {
        const meetings = repo.adoptedMeetingsCiting(db, entry.id).map((m) => {
          const seal = sealForErasure(db, m.id);
          if (!seal) throw ruleViolation(`De vastgestelde notulen van "${m.title}" zijn niet verzegeld; los dat eerst op via Beheer. Er is niets gewijzigd.`);
          const before = contentHash(db, m.id, seal.hashVersion);
          // Never launder a change made outside the app: the minutes must match their seal (after earlier erasures).
          if (before === null || before !== hashAfterErasures(db, seal)) {
            throw ruleViolation(
              `De vastgestelde notulen van "${m.title}" kloppen niet meer met hun zegel; controleer eerst de notulen op Beheer. Er is niets gewijzigd.`,
            );
          }
          return { meeting: m, hashVersion: seal.hashVersion, before };
        });
        const { erasedHash, hashScheme } = erasedContentHash(
          db,
          canonicalJson({ title: entry.title, text: entry.text, sourceName: entry.sourceName, celebration: entry.celebration }),
          at,
        );
        repo.eraseEntryContent(db, entry.id, marker, at);
        recordErasure(db, {
          erasedAt: at,
          reason: input.reason,
          requestedBy,
          handledBy,
          subject: subjectOf(entry),
          registerEntryId: entry.id,
          erasedHash,
          hashScheme,
          minutes: meetings.map((m) => ({
            meetingId: m.meeting.id,
            hashVersion: m.hashVersion,
            before: m.before,
            after: contentHash(db, m.meeting.id, m.hashVersion)!,
          })),
        });
        for (const m of meetings) touched.set(m.meeting.id, { meetingId: m.meeting.id, title: m.meeting.title, startsAt: m.meeting.startsAt });
      }
      return { erased: entries.length, marker, minutes: [...touched.values()] };
    })(),
  );
}
