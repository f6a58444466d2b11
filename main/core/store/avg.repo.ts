// Personal data in the store: retention terms per register, which register entries hold personal data and
// until when they may be kept, what names a person, and the rewrite of an entry (and its copies) on erasure.
import type { Db } from './connection';
import { DEFAULT_RETENTION, type Grondslag, type RetentionTerm } from '../../../shared/avg';
import { REGISTER_KINDS, type RegisterKind } from '../../../shared/registers';
import { likePattern } from './interventions.repo';

export function retentionTerms(db: Db): RetentionTerm[] {
  const set = new Map(
    (db.prepare('SELECT kind, months, note, updated_at AS updatedAt FROM register_retention').all() as Omit<RetentionTerm, 'defaultMonths'>[]).map(
      (t) => [t.kind, t],
    ),
  );
  return REGISTER_KINDS.map((kind) => {
    const fallback = DEFAULT_RETENTION[kind];
    return { kind, months: fallback.months, note: fallback.note, updatedAt: null, ...set.get(kind), defaultMonths: fallback.months };
  });
}

export function setRetention(db: Db, kind: RegisterKind, months: number, note: string, now: string): void {
  db.prepare(
    `INSERT INTO register_retention (kind, months, note, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET months = excluded.months, note = excluded.note, updated_at = excluded.updated_at`,
  ).run(kind, months, note, now);
}

/** The terms in force as a table r(kind, months), for the queries below: given as JSON, joined on the kind. */
const TERMS = `terms(kind, months) AS (SELECT value ->> 'kind', value ->> 'months' FROM json_each(:terms))`;
const termsJson = (db: Db) => JSON.stringify(retentionTerms(db).map((t) => ({ kind: t.kind, months: t.months })));

/** An entry holds personal data when it has a grondslag or names a resident as its source. */
const PERSONAL = `(e.grondslag IS NOT NULL OR (e.source_kind = 'bewoner' AND e.source_name <> ''))`;
/** The last day an entry may be kept: its date plus the register's term, or the extended date when later. */
const RETAIN_UNTIL = `max(date(e.date, '+' || r.months || ' months'), coalesce(e.retain_until, ''))`;

export interface RetentionRow {
  id: number;
  grondslag: Grondslag | null;
  retainUntil: string;
  extendedUntil: string | null;
  extendReason: string;
  erasedAt: string | null;
}

export function retentionOf(db: Db, ids: readonly number[]): Map<number, RetentionRow> {
  const rows = db
    .prepare(
      `WITH ${TERMS}
       SELECT e.id, e.grondslag, ${RETAIN_UNTIL} AS retainUntil, e.retain_until AS extendedUntil, e.retain_reason AS extendReason,
              e.erased_at AS erasedAt
       FROM register_entries e JOIN terms r ON r.kind = e.kind
       WHERE e.id IN (SELECT value FROM json_each(:ids))`,
    )
    .all({ terms: termsJson(db), ids: JSON.stringify(ids) }) as RetentionRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Personal entries whose term has passed before `today`, oldest term first. */
export function overdueIds(db: Db, today: string, limit: number): { ids: number[]; total: number } {
  const from = `FROM register_entries e JOIN terms r ON r.kind = e.kind WHERE e.erased_at IS NULL AND ${PERSONAL} AND ${RETAIN_UNTIL} < :today`;
  const params = { terms: termsJson(db), today };
  const ids = db
    .prepare(`WITH ${TERMS} SELECT e.id ${from} ORDER BY ${RETAIN_UNTIL}, e.id LIMIT :limit`)
    .pluck()
    .all({ ...params, limit }) as number[];
  const total = db.prepare(`WITH ${TERMS} SELECT count(*) ${from}`).pluck().get(params) as number;
  return { ids, total };
}

export interface RegisterCounts {
  kind: RegisterKind;
  personal: number;
  withoutGrondslag: number;
  overdue: number;
  erased: number;
}

export function countsPerRegister(db: Db, today: string): RegisterCounts[] {
  return db
    .prepare(
      `WITH ${TERMS}
       SELECT r.kind,
              count(e.id) FILTER (WHERE e.erased_at IS NULL AND ${PERSONAL}) AS personal,
              count(e.id) FILTER (WHERE e.erased_at IS NULL AND e.grondslag IS NULL AND e.source_kind = 'bewoner' AND e.source_name <> '') AS withoutGrondslag,
              count(e.id) FILTER (WHERE e.erased_at IS NULL AND ${PERSONAL} AND ${RETAIN_UNTIL} < :today) AS overdue,
              count(e.id) FILTER (WHERE e.erased_at IS NOT NULL) AS erased
       FROM terms r LEFT JOIN register_entries e ON e.kind = r.kind
       GROUP BY r.kind`,
    )
    .all({ terms: termsJson(db), today }) as RegisterCounts[];
}

/** Only entries that still hold personal data can be kept longer. */
export function extendRetention(db: Db, id: number, until: string, reason: string, now: string): void {
  db.prepare('UPDATE register_entries SET retain_until = ?, retain_reason = ?, updated_at = ? WHERE id = ?').run(until, reason, now, id);
}

// ---- What names a person ----

export interface PersonRow {
  id: number;
  name: string;
  role: string;
  organisation: string | null;
  leftOn: string | null;
}

export function peopleNamed(db: Db, name: string, personIds: readonly number[]): PersonRow[] {
  return db
    .prepare(
      `SELECT p.id, p.name, p.role, o.name AS organisation, p.left_on AS leftOn
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE p.name LIKE ? ESCAPE '\\' OR p.id IN (SELECT value FROM json_each(?))
       ORDER BY p.name, p.id`,
    )
    .all(likePattern(name), JSON.stringify(personIds)) as PersonRow[];
}

export function attendanceOf(db: Db, personIds: readonly number[]) {
  return db
    .prepare(
      `SELECT a.meeting_id AS meetingId, m.title AS meetingTitle, m.starts_at AS startsAt, p.name AS personName, a.status,
              m.adopted_at IS NOT NULL AS adopted
       FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
       WHERE a.person_id IN (SELECT value FROM json_each(?))
       ORDER BY m.starts_at, p.name`,
    )
    .all(JSON.stringify(personIds)) as { meetingId: number; meetingTitle: string; startsAt: string; personName: string; status: string; adopted: number }[];
}

export function actionsOf(db: Db, personIds: readonly number[], name: string) {
  return db
    .prepare(
      `SELECT ai.id, ai.description, coalesce(p.name, o.name, '') AS owner, ai.due_date AS dueDate, ai.status, m.title AS meetingTitle
       FROM action_items ai
       LEFT JOIN people p ON p.id = ai.owner_person_id
       LEFT JOIN organisations o ON o.id = ai.owner_organisation_id
       LEFT JOIN meetings m ON m.id = ai.meeting_id
       WHERE ai.owner_person_id IN (SELECT value FROM json_each(?)) OR ai.description LIKE ? ESCAPE '\\'
       ORDER BY ai.id`,
    )
    .all(JSON.stringify(personIds), likePattern(name)) as {
    id: number;
    description: string;
    owner: string;
    dueDate: string | null;
    status: string;
    meetingTitle: string | null;
  }[];
}

// ---- Erasure ----

export interface ErasableContent {
  title: string;
  text: string;
  sourceName: string;
  celebration: string;
}

/** The adopted meetings whose minutes cite the entry. */
export function adoptedMeetingsCiting(db: Db, entryId: number): { id: number; title: string; startsAt: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT m.id, m.title, m.starts_at AS startsAt
       FROM vinkje_answer_citations c JOIN agenda_items a ON a.id = c.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
       WHERE c.register_entry_id = ? AND m.adopted_at IS NOT NULL ORDER BY m.id`,
    )
    .all(entryId) as { id: number; title: string; startsAt: string }[];
}

/**
 * Replaces the entry's personal content, the titles its citations copied, and every copy in the audit trail,
 * with the marker. The locks of adopted citations and of the audit trail let this through only while the entry
 * is listed as pending; it is listed and unlisted here, inside the caller's transaction.
 */
export function eraseEntryContent(db: Db, id: number, marker: string, now: string): void {
  db.prepare('INSERT INTO personal_data_erasure_pending (register_entry_id) VALUES (?)').run(id);
  db.prepare(
    `UPDATE register_entries SET title = :m, text = CASE WHEN text = '' THEN '' ELSE :m END,
       source_name = CASE WHEN source_name = '' THEN '' ELSE :m END,
       celebration = CASE WHEN celebration = '' THEN '' ELSE :m END,
       retain_until = NULL, retain_reason = '', erased_at = :now, updated_at = :now
     WHERE id = :id`,
  ).run({ m: marker, now, id });
  db.prepare('UPDATE vinkje_answer_citations SET title = ? WHERE register_entry_id = ?').run(marker, id);
  const scrub = (column: 'before' | 'after', paths: string[]) =>
    `${column} = CASE WHEN ${column} IS NULL THEN NULL ELSE json_replace(${column}, ${paths.map((p) => `'$.${p}', :m`).join(', ')}) END`;
  db.prepare(
    `UPDATE audit_log SET ${scrub('before', ['title', 'text', 'source_name', 'celebration', 'retain_reason'])},
       ${scrub('after', ['title', 'text', 'source_name', 'celebration', 'retain_reason'])}
     WHERE table_name = 'register_entries' AND row_key = :key`,
  ).run({ m: marker, key: String(id) });
  db.prepare(
    `UPDATE audit_log SET ${scrub('before', ['title'])}, ${scrub('after', ['title'])}
     WHERE table_name = 'vinkje_answer_citations' AND json_valid(row_key) AND json_extract(row_key, '$[2]') = :id`,
  ).run({ m: marker, id });
  db.prepare('DELETE FROM personal_data_erasure_pending WHERE register_entry_id = ?').run(id);
}
