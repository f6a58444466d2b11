// Plans, interventions with status, trekkers, partners and the monitoring chain, the registers the vinkjes ask
// about, wijk profiles, indicators with values, and the register entries an answer cites (issue 4).
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
// The enum values are constants of this file (never user input), so pasting them is safe. They are spelled
// out here rather than imported: a migration never changes after it ships, even when shared/ does.
const PLAN_KINDS = list(['gebiedsplan', 'uitvoeringsprogramma', 'wijkuitvoeringsplan', 'projectplan']);
const PLAN_STATUSES = list(['concept', 'vastgesteld', 'lopend', 'afgerond']);
const INTERVENTION_STATUSES = list(['idee', 'gepland', 'lopend', 'structureel', 'afgerond', 'gestopt']);
const REGISTER_KINDS = list(['ervaringsverhaal', 'bewonersfeedback', 'leerpunt', 'norm', 'succes']);
const SOURCE_KINDS = list(['bewoner', 'professional', 'organisatie']);
const NORM_KEPT = list(['ja', 'deels', 'nee', 'onbekend']);
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
// "2024", "2024-Q1" or "2024-03": what the Basismonitor and "Zicht op wijken" publish.
const PERIOD = (column: string) =>
  `(${column} GLOB '[12][0-9][0-9][0-9]' OR ${column} GLOB '[12][0-9][0-9][0-9]-Q[1-4]'
    OR ${column} GLOB '[12][0-9][0-9][0-9]-0[1-9]' OR ${column} GLOB '[12][0-9][0-9][0-9]-1[0-2]')`;

export const migration0005: Migration = {
  version: 5,
  name: '0005-registers',
  up: (db) => {
    db.exec(`
      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${PLAN_KINDS})),
        title TEXT NOT NULL,
        period_from TEXT CHECK (period_from IS NULL OR ${DATE('period_from')}),
        period_to TEXT CHECK (period_to IS NULL OR ${DATE('period_to')}),
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN (${PLAN_STATUSES})),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
      ) STRICT;
      CREATE TABLE plan_themes (
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes(id),
        PRIMARY KEY (plan_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE plan_wijken (
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        wijk_id TEXT NOT NULL REFERENCES wijken(id),
        PRIMARY KEY (plan_id, wijk_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE plan_interventions (
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        intervention_id TEXT NOT NULL REFERENCES interventions(id),
        PRIMARY KEY (plan_id, intervention_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_interventions_intervention ON plan_interventions(intervention_id);

      -- Interventions get a status and the monitoring chain (H4). The status column may be NULL only for the
      -- instant of an INSERT that leaves it out: the trigger below then derives it from the kind, so the
      -- profile loader (which runs after migrations and knows nothing of statuses) needs no change.
      ALTER TABLE interventions ADD COLUMN status TEXT CHECK (status IS NULL OR status IN (${INTERVENTION_STATUSES}));
      ALTER TABLE interventions ADD COLUMN goal TEXT NOT NULL DEFAULT '';
      ALTER TABLE interventions ADD COLUMN means TEXT NOT NULL DEFAULT '';
      ALTER TABLE interventions ADD COLUMN results TEXT NOT NULL DEFAULT '';
      ALTER TABLE interventions ADD COLUMN impact TEXT NOT NULL DEFAULT '';
      ALTER TABLE interventions ADD COLUMN updated_at TEXT;
      UPDATE interventions SET status = CASE kind WHEN 'lopend initiatief' THEN 'lopend' ELSE 'idee' END;
      CREATE TRIGGER interventions_default_status AFTER INSERT ON interventions WHEN NEW.status IS NULL
      BEGIN
        UPDATE interventions SET status = CASE NEW.kind WHEN 'lopend initiatief' THEN 'lopend' ELSE 'idee' END
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER interventions_status_required BEFORE UPDATE OF status ON interventions WHEN NEW.status IS NULL
      BEGIN
        SELECT RAISE(ABORT, 'Een interventie heeft altijd een status.');
      END;
      CREATE INDEX intervention_themes_theme ON intervention_themes(theme_id);
      CREATE INDEX intervention_wijken_wijk ON intervention_wijken(wijk_id);

      CREATE TABLE intervention_trekkers (
        intervention_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        PRIMARY KEY (intervention_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE intervention_partners (
        intervention_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        PRIMARY KEY (intervention_id, organisation_id)
      ) STRICT, WITHOUT ROWID;

      -- Prestaties: what was agreed against what was delivered, per period.
      CREATE TABLE prestaties (
        id INTEGER PRIMARY KEY,
        intervention_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        agreed_number REAL,
        agreed_text TEXT NOT NULL DEFAULT '',
        delivered_number REAL,
        delivered_text TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prestaties_intervention ON prestaties(intervention_id, position);

      -- Wijk profiles (vinkje 5): identity exists since 0001.
      ALTER TABLE wijken ADD COLUMN characteristics TEXT NOT NULL DEFAULT '';
      ALTER TABLE wijken ADD COLUMN pride TEXT NOT NULL DEFAULT '';

      -- One table for the five registers; the kind decides which of kept / celebrated applies.
      CREATE TABLE register_entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${REGISTER_KINDS})),
        date TEXT NOT NULL CHECK (${DATE('date')}),
        title TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        source_kind TEXT NOT NULL CHECK (source_kind IN (${SOURCE_KINDS})),
        source_name TEXT NOT NULL DEFAULT '',
        kept TEXT CHECK (kept IS NULL OR kept IN (${NORM_KEPT})),
        celebrated TEXT CHECK (celebrated IS NULL OR celebrated IN ('ja', 'nee')),
        celebration TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'norm') = (kept IS NOT NULL)),
        CHECK ((kind = 'succes') = (celebrated IS NOT NULL)),
        CHECK (kind = 'succes' OR celebration = '')
      ) STRICT;
      CREATE INDEX register_entries_kind_date ON register_entries(kind, date);
      CREATE TABLE register_entry_themes (
        register_entry_id INTEGER NOT NULL REFERENCES register_entries(id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes(id),
        PRIMARY KEY (register_entry_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE register_entry_wijken (
        register_entry_id INTEGER NOT NULL REFERENCES register_entries(id) ON DELETE CASCADE,
        wijk_id TEXT NOT NULL REFERENCES wijken(id),
        PRIMARY KEY (register_entry_id, wijk_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE register_entry_interventions (
        register_entry_id INTEGER NOT NULL REFERENCES register_entries(id) ON DELETE CASCADE,
        intervention_id TEXT NOT NULL REFERENCES interventions(id),
        PRIMARY KEY (register_entry_id, intervention_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX register_entry_themes_theme ON register_entry_themes(theme_id);
      CREATE INDEX register_entry_wijken_wijk ON register_entry_wijken(wijk_id);
      CREATE INDEX register_entry_interventions_intervention ON register_entry_interventions(intervention_id);

      -- The entries an answer cites. Kind, title and date are copied at the moment of citing: the minutes
      -- keep what the board saw, as vinkje answers keep the wording answered, even if the entry is edited later.
      -- An entry that is cited cannot be deleted (no cascade from register_entries).
      CREATE TABLE vinkje_answer_citations (
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        checklist_item_id INTEGER NOT NULL REFERENCES checklist_items(id),
        register_entry_id INTEGER NOT NULL REFERENCES register_entries(id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        cited_at TEXT NOT NULL,
        PRIMARY KEY (agenda_item_id, checklist_item_id, register_entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX vinkje_answer_citations_entry ON vinkje_answer_citations(register_entry_id);

      CREATE TABLE indicators (
        id INTEGER PRIMARY KEY,
        theme_id TEXT NOT NULL REFERENCES themes(id),
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        unit TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        better TEXT NOT NULL CHECK (better IN ('hoger', 'lager')),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX indicators_theme ON indicators(theme_id);
      -- area is a wijk id or 'groningen' (the city as a whole); a trigger checks it, as a foreign key cannot.
      CREATE TABLE indicator_values (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        area TEXT NOT NULL,
        period TEXT NOT NULL CHECK ${PERIOD('period')},
        value REAL NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (indicator_id, area, period)
      ) STRICT;
      CREATE INDEX indicator_values_area ON indicator_values(area, period);
    `);
    for (const op of ['INSERT', 'UPDATE OF area']) {
      db.exec(`
        CREATE TRIGGER indicator_values_area_${op === 'INSERT' ? 'insert' : 'update'} BEFORE ${op} ON indicator_values
          WHEN NEW.area <> 'groningen' AND NOT EXISTS (SELECT 1 FROM wijken WHERE id = NEW.area)
        BEGIN
          SELECT RAISE(ABORT, 'Onbekend gebied: kies een wijk of Groningen als geheel.');
        END;
      `);
    }
    lockCitationsOfAdoptedMinutes(db);
  },
};

const LOCKED = 'De notulen van deze vergadering zijn vastgesteld; wijzigen kan alleen als correctie in een latere vergadering.';

/** Citations belong to the minutes: once adopted, they are as immutable as the answers (see 0002-year). */
function lockCitationsOfAdoptedMinutes(db: Database): void {
  const adoptedViaItem = (itemExpr: string) =>
    `(SELECT m.adopted_at FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id WHERE a.id = ${itemExpr}) IS NOT NULL`;
  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const row = op === 'DELETE' ? 'OLD' : 'NEW';
    const when = op === 'UPDATE' ? `${adoptedViaItem('NEW.agenda_item_id')} OR ${adoptedViaItem('OLD.agenda_item_id')}` : adoptedViaItem(`${row}.agenda_item_id`);
    db.exec(`
      CREATE TRIGGER vinkje_answer_citations_locked_${op.toLowerCase()} BEFORE ${op} ON vinkje_answer_citations
        WHEN ${when}
      BEGIN
        SELECT RAISE(ABORT, '${LOCKED}');
      END;
    `);
  }
}
