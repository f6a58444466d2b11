// The lock triggers that make adopted minutes and their seals immutable, as one canonical list. Migrations
// 0002 and 0005 created them once; a trigger dropped or rewritten later (with plain SQL, outside the app) would
// leave adopted minutes writable without anyone noticing. syncLockTriggers runs at every open, like the
// audit triggers' sync: it compares each lock with its canonical text and re-creates what is missing or changed,
// and returns their names so the integrity check can say that the protection had been switched off.
//
// The texts below must stay token-for-token what the migrations created, or every open would re-create them.
import type { Database } from 'better-sqlite3';

export const MINUTES_LOCKED =
  'De notulen van deze vergadering zijn vastgesteld; wijzigen kan alleen als correctie in een latere vergadering.';
export const SEAL_LOCKED = 'Een zegel op vastgestelde notulen kan niet worden gewijzigd of verwijderd.';

export interface LockTrigger {
  name: string;
  /** The table the trigger is on; it is only created once that table exists. */
  table: string;
  sql: string;
}

const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;
const raise = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END`;

/** Append-only guards: no update, no delete (seals, the snapshot of names, the keyed seals). */
export function appendOnlyTriggers(table: string, message: string, names = { update: `${table}_locked_update`, delete: `${table}_locked_delete` }): LockTrigger[] {
  return [
    { name: names.update, table, sql: `CREATE TRIGGER ${names.update} BEFORE UPDATE ON ${table} ${raise(message)}` },
    { name: names.delete, table, sql: `CREATE TRIGGER ${names.delete} BEFORE DELETE ON ${table} ${raise(message)}` },
  ];
}

/** The locks of 0002-year: the meeting, its agenda, answers, attendance, links, actions and corrections. */
function minutesLocks(): LockTrigger[] {
  const adopted = (meetingExpr: string) => `(SELECT adopted_at FROM meetings WHERE id = ${meetingExpr}) IS NOT NULL`;
  const viaItem = (itemExpr: string) => adopted(`(SELECT meeting_id FROM agenda_items WHERE id = ${itemExpr})`);
  const r = raise(MINUTES_LOCKED);
  const locks: LockTrigger[] = [
    {
      name: 'meetings_locked',
      table: 'meetings',
      sql: `CREATE TRIGGER meetings_locked BEFORE UPDATE ON meetings
       WHEN OLD.adopted_at IS NOT NULL AND (
         NEW.body IS NOT OLD.body OR NEW.title IS NOT OLD.title OR NEW.starts_at IS NOT OLD.starts_at
         OR NEW.place IS NOT OLD.place OR NEW.status IS NOT OLD.status OR NEW.chair_id IS NOT OLD.chair_id
         OR NEW.notulist_id IS NOT OLD.notulist_id OR NEW.checklist_id IS NOT OLD.checklist_id
         OR NEW.adopted_at IS NOT OLD.adopted_at OR NEW.adopted_in_meeting_id IS NOT OLD.adopted_in_meeting_id)
       ${r}`,
    },
    { name: 'meetings_locked_delete', table: 'meetings', sql: `CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings WHEN OLD.adopted_at IS NOT NULL ${r}` },
  ];
  for (const op of OPS) {
    const row = op === 'DELETE' ? 'OLD' : 'NEW';
    const suffix = op.toLowerCase();
    locks.push(
      {
        name: `agenda_items_locked_${suffix}`,
        table: 'agenda_items',
        sql: `CREATE TRIGGER agenda_items_locked_${suffix} BEFORE ${op} ON agenda_items
         WHEN ${adopted(`${row}.meeting_id`)}${op === 'UPDATE' ? ` OR ${adopted('OLD.meeting_id')}` : ''} ${r}`,
      },
      {
        name: `vinkje_answers_locked_${suffix}`,
        table: 'vinkje_answers',
        sql: `CREATE TRIGGER vinkje_answers_locked_${suffix} BEFORE ${op} ON vinkje_answers
         WHEN ${viaItem(`${row}.agenda_item_id`)} ${r}`,
      },
      {
        name: `attendance_locked_${suffix}`,
        table: 'attendance',
        sql: `CREATE TRIGGER attendance_locked_${suffix} BEFORE ${op} ON attendance
         WHEN ${adopted(`${row}.meeting_id`)} ${r}`,
      },
    );
    for (const table of ['agenda_item_themes', 'agenda_item_wijken', 'agenda_item_interventions']) {
      locks.push({
        name: `${table}_locked_${suffix}`,
        table,
        sql: `CREATE TRIGGER ${table}_locked_${suffix} BEFORE ${op} ON ${table}
           WHEN ${viaItem(`${row}.agenda_item_id`)} ${r}`,
      });
    }
  }
  locks.push(
    { name: 'action_items_locked_insert', table: 'action_items', sql: `CREATE TRIGGER action_items_locked_insert BEFORE INSERT ON action_items WHEN ${adopted('NEW.meeting_id')} ${r}` },
    { name: 'action_items_locked_delete', table: 'action_items', sql: `CREATE TRIGGER action_items_locked_delete BEFORE DELETE ON action_items WHEN ${adopted('OLD.meeting_id')} ${r}` },
    {
      name: 'action_items_locked_update',
      table: 'action_items',
      sql: `CREATE TRIGGER action_items_locked_update BEFORE UPDATE ON action_items
       WHEN ${adopted('OLD.meeting_id')} AND (
         NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id
         OR NEW.checklist_item_id IS NOT OLD.checklist_item_id OR NEW.description IS NOT OLD.description
         OR NEW.owner_person_id IS NOT OLD.owner_person_id OR NEW.owner_organisation_id IS NOT OLD.owner_organisation_id
         OR NEW.created_at IS NOT OLD.created_at)
       ${r}`,
    },
    ...appendOnlyTriggers('minutes_corrections', MINUTES_LOCKED, { update: 'minutes_corrections_locked', delete: 'minutes_corrections_locked_delete' }),
  );
  return locks;
}

/** Where erasure on request leaves its mark (migration 0015); the citation lock lets exactly that through. */
export const ERASURE_PENDING_TABLE = 'personal_data_erasure_pending';
export const ERASURES_TABLE = 'personal_data_erasures';
export const ERASURE_LOCKED = 'Een vastgelegde verwijdering op verzoek kan niet worden gewijzigd of verwijderd.';

/**
 * While an erasure runs (its entry listed in the pending table, inside the erasure's transaction), the copied
 * title of a citation in adopted minutes may change, and nothing else of it.
 */
export const ERASING_CITATION = `(EXISTS (SELECT 1 FROM ${ERASURE_PENDING_TABLE} p WHERE p.register_entry_id = OLD.register_entry_id)
  AND NEW.agenda_item_id IS OLD.agenda_item_id AND NEW.checklist_item_id IS OLD.checklist_item_id
  AND NEW.register_entry_id IS OLD.register_entry_id AND NEW.kind IS OLD.kind AND NEW.date IS OLD.date
  AND NEW.cited_at IS OLD.cited_at)`;

/** The locks of 0005-registers: citations belong to the minutes. From 0015 an erasure may rewrite a cited title. */
function citationLocks(erasable: boolean): LockTrigger[] {
  const adoptedViaItem = (itemExpr: string) =>
    `(SELECT m.adopted_at FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id WHERE a.id = ${itemExpr}) IS NOT NULL`;
  return OPS.map((op) => {
    const row = op === 'DELETE' ? 'OLD' : 'NEW';
    let when = op === 'UPDATE' ? `${adoptedViaItem('NEW.agenda_item_id')} OR ${adoptedViaItem('OLD.agenda_item_id')}` : adoptedViaItem(`${row}.agenda_item_id`);
    if (op === 'UPDATE' && erasable) when = `(${when}) AND NOT ${ERASING_CITATION}`;
    const name = `vinkje_answer_citations_locked_${op.toLowerCase()}`;
    return { name, table: 'vinkje_answer_citations', sql: `CREATE TRIGGER ${name} BEFORE ${op} ON vinkje_answer_citations WHEN ${when} ${raise(MINUTES_LOCKED)}` };
  });
}

/** The locks of 0018: the answers to the sturingsvragen belong to the meeting's minutes. */
function steeringLocks(): LockTrigger[] {
  const adopted = (meetingExpr: string) => `(SELECT adopted_at FROM meetings WHERE id = ${meetingExpr}) IS NOT NULL`;
  return OPS.map((op) => {
    const row = op === 'DELETE' ? 'OLD' : 'NEW';
    const name = `steering_answers_locked_${op.toLowerCase()}`;
    const when = `${adopted(`${row}.meeting_id`)}${op === 'UPDATE' ? ` OR ${adopted('OLD.meeting_id')}` : ''}`;
    return { name, table: 'steering_answers', sql: `CREATE TRIGGER ${name} BEFORE ${op} ON steering_answers WHEN ${when} ${raise(MINUTES_LOCKED)}` };
  });
}

/** Every lock, in the order they are created; `tables` (the schema's tables) decides the erasable citation lock. */
export function lockTriggers(tables: ReadonlySet<string> = new Set([ERASURE_PENDING_TABLE])): LockTrigger[] {
  return [
    ...minutesLocks(),
    ...citationLocks(tables.has(ERASURE_PENDING_TABLE)),
    ...steeringLocks(),
    ...appendOnlyTriggers('minutes_seals', SEAL_LOCKED),
    ...appendOnlyTriggers('minutes_adopted_names', SEAL_LOCKED),
    ...appendOnlyTriggers('minutes_seal_macs', SEAL_LOCKED),
    ...appendOnlyTriggers(ERASURES_TABLE, ERASURE_LOCKED),
  ];
}

/** Whitespace and a final semicolon do not make a trigger different. */
const normalise = (sql: string) => sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();

/** Re-creates every lock that is missing or whose text differs from the canonical one; returns their names. */
export function syncLockTriggers(db: Database): string[] {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  // Before 0002 there is nothing to lock.
  if (!tables.has('meetings') || !tables.has('minutes_corrections')) return [];
  const existing = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[]).map((t) => [
      t.name,
      normalise(t.sql),
    ]),
  );
  const restored: string[] = [];
  for (const lock of lockTriggers(tables)) {
    if (!tables.has(lock.table) || existing.get(lock.name) === normalise(lock.sql)) continue;
    db.exec(`DROP TRIGGER IF EXISTS "${lock.name}"`);
    db.exec(lock.sql);
    restored.push(lock.name);
  }
  return restored;
}

// Per connection: what syncLockTriggers re-created when it was opened, for the integrity check to report.
const restoredAtOpen = new WeakMap<Database, string[]>();

export function noteRestoredLocks(db: Database, names: string[]): void {
  restoredAtOpen.set(db, names);
}

export function locksRestoredAtOpen(db: Database): string[] {
  return restoredAtOpen.get(db) ?? [];
}
