// The first schema: area profile, coalition, meetings, agenda, vinkjes answers, attendance, actions.
import type { Migration } from './migration';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
// The enum values are constants of this file (never user input), so pasting them is safe.
const ROLES = list(['voorzitter', 'lid', 'bewonersvertegenwoordiger', 'rijksvertegenwoordiger', 'programmaleider', 'notulist']);
const AGENDA_KINDS = list(['opening', 'vaststelling-notulen', 'actielijst', 'besluit', 'bespreking', 'informatie', 'rondvraag', 'sluiting']);
const OUTCOMES = list(['aangenomen', 'aangenomen-met-wijzigingen', 'aangehouden', 'verworpen', 'ingetrokken']);

export const migration0001: Migration = {
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
  };
