// Numbered migrations. A migration never changes after it ships: add a new one instead.
// All pending migrations run in one transaction, and user_version is set inside it.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
// The enum values are constants of this file (never user input), so pasting them is safe.
const ROLES = list(['voorzitter', 'lid', 'bewonersvertegenwoordiger', 'rijksvertegenwoordiger', 'programmaleider', 'notulist']);
const AGENDA_KINDS = list(['opening', 'vaststelling-notulen', 'actielijst', 'besluit', 'bespreking', 'informatie', 'rondvraag', 'sluiting']);
const OUTCOMES = list(['aangenomen', 'aangenomen-met-wijzigingen', 'aangehouden', 'verworpen', 'ingetrokken']);

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: '0001-initial',
    up: (db) => {
      db.exec(`
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

        CREATE TABLE area (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          name TEXT NOT NULL,
          municipality TEXT NOT NULL,
          programme TEXT NOT NULL,
          source TEXT NOT NULL
        ) STRICT;

        CREATE TABLE themes (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          ambition TEXT NOT NULL DEFAULT '',
          position INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE wijken (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          identity TEXT NOT NULL DEFAULT '',
          position INTEGER NOT NULL
        ) STRICT;

        -- The checklist is data and versioned: a review points at the exact item (and wording) it answered.
        CREATE TABLE checklists (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          version INTEGER NOT NULL,
          is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
          created_at TEXT NOT NULL,
          UNIQUE (name, version)
        ) STRICT;
        CREATE TABLE checklist_items (
          id INTEGER PRIMARY KEY,
          checklist_id INTEGER NOT NULL REFERENCES checklists(id),
          key TEXT NOT NULL,
          position INTEGER NOT NULL,
          question TEXT NOT NULL,
          UNIQUE (checklist_id, position),
          UNIQUE (checklist_id, key)
        ) STRICT;
        CREATE TRIGGER checklist_items_never_reworded BEFORE UPDATE ON checklist_items
        BEGIN
          SELECT RAISE(ABORT, 'Een vinkje wordt nooit herschreven; leg een nieuwe versie van de checklist vast.');
        END;

        CREATE TABLE organisations (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          sector TEXT
        ) STRICT;
        CREATE TABLE people (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          organisation_id INTEGER NOT NULL REFERENCES organisations(id),
          role TEXT NOT NULL CHECK (role IN (${ROLES}))
        ) STRICT;
        CREATE INDEX people_organisation ON people(organisation_id);

        CREATE TABLE interventions (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('lopend initiatief', 'koppelkans', 'aanvullende kans')),
          summary TEXT NOT NULL DEFAULT '',
          description TEXT NOT NULL DEFAULT '',
          partners TEXT NOT NULL DEFAULT '[]',
          parent_id TEXT REFERENCES interventions(id),
          position INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE intervention_themes (
          intervention_id TEXT NOT NULL REFERENCES interventions(id),
          theme_id TEXT NOT NULL REFERENCES themes(id),
          PRIMARY KEY (intervention_id, theme_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE intervention_wijken (
          intervention_id TEXT NOT NULL REFERENCES interventions(id),
          wijk_id TEXT NOT NULL REFERENCES wijken(id),
          PRIMARY KEY (intervention_id, wijk_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE meetings (
          id INTEGER PRIMARY KEY,
          body TEXT NOT NULL CHECK (body IN ('coalitie', 'programmateam')),
          title TEXT NOT NULL,
          starts_at TEXT NOT NULL,
          place TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'bezig', 'gehouden')),
          chair_id INTEGER REFERENCES people(id),
          notulist_id INTEGER REFERENCES people(id),
          checklist_id INTEGER NOT NULL REFERENCES checklists(id),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX meetings_starts_at ON meetings(starts_at);

        CREATE TABLE agenda_items (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings(id),
          position INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN (${AGENDA_KINDS})),
          title TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          presenter TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          -- decision fields, used when kind = 'besluit'
          proposal TEXT NOT NULL DEFAULT '',
          outcome TEXT CHECK (outcome IS NULL OR outcome IN (${OUTCOMES})),
          decision_text TEXT NOT NULL DEFAULT '',
          decided_at TEXT
        ) STRICT;
        CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

        CREATE TABLE agenda_item_themes (
          agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
          theme_id TEXT NOT NULL REFERENCES themes(id),
          PRIMARY KEY (agenda_item_id, theme_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE agenda_item_wijken (
          agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
          wijk_id TEXT NOT NULL REFERENCES wijken(id),
          PRIMARY KEY (agenda_item_id, wijk_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE agenda_item_interventions (
          agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
          intervention_id TEXT NOT NULL REFERENCES interventions(id),
          PRIMARY KEY (agenda_item_id, intervention_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE vinkje_answers (
          agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
          checklist_item_id INTEGER NOT NULL REFERENCES checklist_items(id),
          answer TEXT NOT NULL CHECK (answer IN ('ja', 'deels', 'nee', 'nvt')),
          explanation TEXT NOT NULL DEFAULT '',
          answered_at TEXT NOT NULL,
          PRIMARY KEY (agenda_item_id, checklist_item_id),
          CHECK (answer = 'ja' OR length(trim(explanation)) > 0)
        ) STRICT;

        CREATE TABLE attendance (
          meeting_id INTEGER NOT NULL REFERENCES meetings(id),
          person_id INTEGER NOT NULL REFERENCES people(id),
          status TEXT NOT NULL CHECK (status IN ('aanwezig', 'afwezig-met-bericht', 'afwezig')),
          PRIMARY KEY (meeting_id, person_id)
        ) STRICT;

        CREATE TABLE action_items (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings(id),
          agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
          checklist_item_id INTEGER REFERENCES checklist_items(id),
          description TEXT NOT NULL,
          owner_person_id INTEGER REFERENCES people(id),
          owner_organisation_id INTEGER REFERENCES organisations(id),
          due_date TEXT,
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gereed', 'vervallen')),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX action_items_meeting ON action_items(meeting_id);
        CREATE INDEX action_items_status ON action_items(status, due_date);
      `);
    },
  },
  {
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
  },
  {
    version: 3,
    name: '0003-search',
    up: (db) => {
      // Trigram tokens find words inside Dutch compounds ("participatie" in "bewonersparticipatie");
      // remove_diacritics folds accents on both sides. Triggers keep the index in step with every write.
      db.exec(`
        CREATE VIRTUAL TABLE search_index USING fts5(
          kind UNINDEXED, meeting_id UNINDEXED, agenda_item_id UNINDEXED, title, body,
          tokenize = 'trigram remove_diacritics 1'
        );
      `);
      const itemRows = (row: 'NEW' | 'OLD') => `
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${row}.id * 4 + 1, 'agendapunt', ${row}.meeting_id, ${row}.id, ${row}.title,
                 trim(${row}.description || ' ' || ${row}.proposal);
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${row}.id * 4 + 2, 'aantekening', ${row}.meeting_id, ${row}.id, ${row}.title, ${row}.notes
          WHERE ${row}.notes <> '';
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${row}.id * 4 + 3, 'besluit', ${row}.meeting_id, ${row}.id, ${row}.title, ${row}.decision_text
          WHERE ${row}.outcome IS NOT NULL;`;
      const dropItem = (row: 'OLD') => `
        DELETE FROM search_index WHERE rowid IN (${row}.id * 4 + 1, ${row}.id * 4 + 2, ${row}.id * 4 + 3);`;
      // Answers and actions live in their own rowid ranges, far above the agenda items'.
      const ANSWERS = 1 << 30;
      const answerRow = (row: 'NEW') => `
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${ANSWERS} * 4 + ${row}.rowid, 'toelichting', a.meeting_id, a.id,
                 'Vinkje ' || ci.position || ': ' || ci.question || ' — ' || a.title, ${row}.explanation
          FROM agenda_items a, checklist_items ci
          WHERE a.id = ${row}.agenda_item_id AND ci.id = ${row}.checklist_item_id AND ${row}.explanation <> '';`;
      const actionRow = (row: 'NEW') => `
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          VALUES (${ANSWERS} * 8 + ${row}.id, 'actie', ${row}.meeting_id, ${row}.agenda_item_id, 'Actie', ${row}.description);`;
      db.exec(`
        CREATE TRIGGER search_agenda_insert AFTER INSERT ON agenda_items BEGIN ${itemRows('NEW')} END;
        CREATE TRIGGER search_agenda_update AFTER UPDATE ON agenda_items BEGIN ${dropItem('OLD')} ${itemRows('NEW')} END;
        CREATE TRIGGER search_agenda_delete AFTER DELETE ON agenda_items BEGIN ${dropItem('OLD')} END;
        CREATE TRIGGER search_answer_insert AFTER INSERT ON vinkje_answers BEGIN ${answerRow('NEW')} END;
        CREATE TRIGGER search_answer_update AFTER UPDATE ON vinkje_answers BEGIN
          DELETE FROM search_index WHERE rowid = ${ANSWERS} * 4 + OLD.rowid; ${answerRow('NEW')}
        END;
        CREATE TRIGGER search_answer_delete AFTER DELETE ON vinkje_answers BEGIN
          DELETE FROM search_index WHERE rowid = ${ANSWERS} * 4 + OLD.rowid;
        END;
        CREATE TRIGGER search_action_insert AFTER INSERT ON action_items BEGIN ${actionRow('NEW')} END;
        CREATE TRIGGER search_action_update AFTER UPDATE OF description, agenda_item_id ON action_items BEGIN
          DELETE FROM search_index WHERE rowid = ${ANSWERS} * 8 + OLD.id; ${actionRow('NEW')}
        END;
        CREATE TRIGGER search_action_delete AFTER DELETE ON action_items BEGIN
          DELETE FROM search_index WHERE rowid = ${ANSWERS} * 8 + OLD.id;
        END;
      `);
      // Index what an older database already holds.
      db.exec(`
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT id * 4 + 1, 'agendapunt', meeting_id, id, title, trim(description || ' ' || proposal) FROM agenda_items;
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT id * 4 + 2, 'aantekening', meeting_id, id, title, notes FROM agenda_items WHERE notes <> '';
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT id * 4 + 3, 'besluit', meeting_id, id, title, decision_text FROM agenda_items WHERE outcome IS NOT NULL;
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${ANSWERS} * 4 + v.rowid, 'toelichting', a.meeting_id, a.id,
                 'Vinkje ' || ci.position || ': ' || ci.question || ' — ' || a.title, v.explanation
          FROM vinkje_answers v JOIN agenda_items a ON a.id = v.agenda_item_id
          JOIN checklist_items ci ON ci.id = v.checklist_item_id WHERE v.explanation <> '';
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${ANSWERS} * 8 + id, 'actie', meeting_id, agenda_item_id, 'Actie', description FROM action_items;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Checked at load time: versions strictly increase, as Signal's migration runner insists. */
export function assertMigrationOrder(migrations: readonly Migration[] = MIGRATIONS): void {
  migrations.forEach((m, i) => {
    const prev = migrations[i - 1];
    if (prev && m.version <= prev.version) {
      throw new Error(`Migration ${m.name} does not increase the version (${prev.version} -> ${m.version})`);
    }
  });
}

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
