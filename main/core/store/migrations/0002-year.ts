// Minutes adoption with locks, presenter state, milestones, agenda templates.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

export const migration0002: Migration = {
    version: 2,
    name: '0002-year',
    up: (db) => {
      db.exec(`
        -- Minutes adopted (vastgesteld) at a later meeting; from then on the meeting's records are locked.
        ALTER TABLE meetings ADD COLUMN adopted_at TEXT;
        ALTER TABLE meetings ADD COLUMN adopted_in_meeting_id INTEGER REFERENCES meetings(id);
        -- What the voorzitter's screen shows, followed by the projector view.
        ALTER TABLE meetings ADD COLUMN current_agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL;
        ALTER TABLE meetings ADD COLUMN current_checklist_item_id INTEGER REFERENCES checklist_items(id);
        ALTER TABLE action_items ADD COLUMN closed_in_meeting_id INTEGER REFERENCES meetings(id);

        CREATE TABLE minutes_corrections (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings(id),
          adopted_in_meeting_id INTEGER NOT NULL REFERENCES meetings(id),
          text TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE milestones (
          id INTEGER PRIMARY KEY,
          date TEXT NOT NULL,
          title TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX milestones_date ON milestones(date);

        CREATE TABLE agenda_templates (
          body TEXT PRIMARY KEY CHECK (body IN ('coalitie', 'programmateam')),
          items TEXT NOT NULL
        ) STRICT;
      `);
      lockAdoptedMinutes(db);
    },
  };

const LOCKED = 'De notulen van deze vergadering zijn vastgesteld; wijzigen kan alleen als correctie in een latere vergadering.';

/** Triggers that make adopted minutes immutable, whatever path a write takes. */
function lockAdoptedMinutes(db: Database): void {
  const adopted = (meetingExpr: string) => `(SELECT adopted_at FROM meetings WHERE id = ${meetingExpr}) IS NOT NULL`;
  const viaItem = (itemExpr: string) => adopted(`(SELECT meeting_id FROM agenda_items WHERE id = ${itemExpr})`);
  const raise = `BEGIN SELECT RAISE(ABORT, '${LOCKED}'); END;`;
  const statements = [
    // The meeting itself: only the presenter state may still change.
    `CREATE TRIGGER meetings_locked BEFORE UPDATE ON meetings
       WHEN OLD.adopted_at IS NOT NULL AND (
         NEW.body IS NOT OLD.body OR NEW.title IS NOT OLD.title OR NEW.starts_at IS NOT OLD.starts_at
         OR NEW.place IS NOT OLD.place OR NEW.status IS NOT OLD.status OR NEW.chair_id IS NOT OLD.chair_id
         OR NEW.notulist_id IS NOT OLD.notulist_id OR NEW.checklist_id IS NOT OLD.checklist_id
         OR NEW.adopted_at IS NOT OLD.adopted_at OR NEW.adopted_in_meeting_id IS NOT OLD.adopted_in_meeting_id)
       ${raise}`,
    `CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings WHEN OLD.adopted_at IS NOT NULL ${raise}`,
  ];
  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const row = op === 'DELETE' ? 'OLD' : 'NEW';
    statements.push(
      `CREATE TRIGGER agenda_items_locked_${op.toLowerCase()} BEFORE ${op} ON agenda_items
         WHEN ${adopted(`${row}.meeting_id`)}${op === 'UPDATE' ? ` OR ${adopted('OLD.meeting_id')}` : ''} ${raise}`,
      `CREATE TRIGGER vinkje_answers_locked_${op.toLowerCase()} BEFORE ${op} ON vinkje_answers
         WHEN ${viaItem(`${row}.agenda_item_id`)} ${raise}`,
      `CREATE TRIGGER attendance_locked_${op.toLowerCase()} BEFORE ${op} ON attendance
         WHEN ${adopted(`${row}.meeting_id`)} ${raise}`,
    );
    for (const table of ['agenda_item_themes', 'agenda_item_wijken', 'agenda_item_interventions']) {
      statements.push(
        `CREATE TRIGGER ${table}_locked_${op.toLowerCase()} BEFORE ${op} ON ${table}
           WHEN ${viaItem(`${row}.agenda_item_id`)} ${raise}`,
      );
    }
  }
  // Action items of adopted minutes keep what was agreed; only their progress (status, due date,
  // where they were closed) moves on in later meetings.
  statements.push(
    `CREATE TRIGGER action_items_locked_insert BEFORE INSERT ON action_items WHEN ${adopted('NEW.meeting_id')} ${raise}`,
    `CREATE TRIGGER action_items_locked_delete BEFORE DELETE ON action_items WHEN ${adopted('OLD.meeting_id')} ${raise}`,
    `CREATE TRIGGER action_items_locked_update BEFORE UPDATE ON action_items
       WHEN ${adopted('OLD.meeting_id')} AND (
         NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id
         OR NEW.checklist_item_id IS NOT OLD.checklist_item_id OR NEW.description IS NOT OLD.description
         OR NEW.owner_person_id IS NOT OLD.owner_person_id OR NEW.owner_organisation_id IS NOT OLD.owner_organisation_id
         OR NEW.created_at IS NOT OLD.created_at)
       ${raise}`,
    `CREATE TRIGGER minutes_corrections_locked BEFORE UPDATE ON minutes_corrections ${raise}`,
    `CREATE TRIGGER minutes_corrections_locked_delete BEFORE DELETE ON minutes_corrections ${raise}`,
  );
  for (const sql of statements) db.exec(sql);
}
