// Residents' personal data (AVG): a grondslag per register entry, a retention term per register where it
// differs from the default (with a toelichting), an entry's extended term with its reason, the date it was erased; and the
// erasures themselves as an append-only hash chain, so adopted minutes that cited an erased entry still verify.
//
// Erasure has to reach two places that are otherwise immutable: the title a citation in adopted minutes copied,
// and the audit trail's copies of the row. Both locks get one exception: while the erasure's transaction lists
// the entry in personal_data_erasure_pending. Frozen like every migration: the texts are written out here and
// must stay token-for-token what durability/locks.ts keeps in step at every open.
import type { Migration } from './migration';

const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const AUDIT_APPEND_ONLY = 'Het logboek van wijzigingen kan niet worden gewijzigd of gewist.';
const MINUTES_LOCKED = 'De notulen van deze vergadering zijn vastgesteld; wijzigen kan alleen als correctie in een latere vergadering.';
const ERASURE_LOCKED = 'Een vastgelegde verwijdering op verzoek kan niet worden gewijzigd of verwijderd.';

export const migration0015: Migration = {
  version: 15,
  name: '0015-personal-data',
  up: (db) => {
    db.exec(`
      ALTER TABLE register_entries ADD COLUMN grondslag TEXT
        CHECK (grondslag IS NULL OR grondslag IN ('toestemming', 'publieke-taak', 'wettelijke-plicht'));
      ALTER TABLE register_entries ADD COLUMN retain_until TEXT CHECK (retain_until IS NULL OR ${DATE('retain_until')});
      ALTER TABLE register_entries ADD COLUMN retain_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE register_entries ADD COLUMN erased_at TEXT;

      -- A term set in Beheer; a register without a row keeps the app's default term (shared/avg.ts).
      CREATE TABLE register_retention (
        kind TEXT PRIMARY KEY CHECK (kind IN ('ervaringsverhaal', 'bewonersfeedback', 'leerpunt', 'norm', 'succes')),
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 240),
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One row per erased entry, chained: what was erased (never the content), when, why, on whose request,
      -- the hash of the erased content, and per adopted minutes that cited it the content hash before and after.
      CREATE TABLE personal_data_erasures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
        erased_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('verzoek', 'bewaartermijn')),
        requested_by TEXT NOT NULL,
        handled_by TEXT NOT NULL,
        subject TEXT NOT NULL,
        register_entry_id INTEGER NOT NULL,
        erased_hash TEXT NOT NULL,
        minutes TEXT NOT NULL CHECK (json_valid(minutes)),
        previous_hash TEXT NOT NULL,
        chain_hash TEXT NOT NULL,
        key_id TEXT,
        mac TEXT
      ) STRICT;
      CREATE INDEX personal_data_erasures_entry ON personal_data_erasures(register_entry_id);
      CREATE TRIGGER personal_data_erasures_locked_update BEFORE UPDATE ON personal_data_erasures BEGIN SELECT RAISE(ABORT, '${ERASURE_LOCKED}'); END;
      CREATE TRIGGER personal_data_erasures_locked_delete BEFORE DELETE ON personal_data_erasures BEGIN SELECT RAISE(ABORT, '${ERASURE_LOCKED}'); END;

      -- Empty outside an erasure's transaction.
      CREATE TABLE personal_data_erasure_pending (register_entry_id INTEGER PRIMARY KEY) STRICT;

      DROP TRIGGER audit_log_append_only_update;
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.table_name IS OLD.table_name
        AND NEW.row_key IS OLD.row_key AND NEW.operation IS OLD.operation
        AND EXISTS (SELECT 1 FROM personal_data_erasure_pending p
          WHERE (OLD.table_name = 'register_entries' AND OLD.row_key = CAST(p.register_entry_id AS TEXT))
             OR (OLD.table_name = 'vinkje_answer_citations' AND json_valid(OLD.row_key)
                 AND json_extract(OLD.row_key, '$[2]') = p.register_entry_id)))
      BEGIN SELECT RAISE(ABORT, '${AUDIT_APPEND_ONLY}'); END;

      DROP TRIGGER vinkje_answer_citations_locked_update;
      CREATE TRIGGER vinkje_answer_citations_locked_update BEFORE UPDATE ON vinkje_answer_citations WHEN ((SELECT m.adopted_at FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id WHERE a.id = NEW.agenda_item_id) IS NOT NULL OR (SELECT m.adopted_at FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id WHERE a.id = OLD.agenda_item_id) IS NOT NULL) AND NOT (EXISTS (SELECT 1 FROM personal_data_erasure_pending p WHERE p.register_entry_id = OLD.register_entry_id)
        AND NEW.agenda_item_id IS OLD.agenda_item_id AND NEW.checklist_item_id IS OLD.checklist_item_id
        AND NEW.register_entry_id IS OLD.register_entry_id AND NEW.kind IS OLD.kind AND NEW.date IS OLD.date
        AND NEW.cited_at IS OLD.cited_at) BEGIN SELECT RAISE(ABORT, '${MINUTES_LOCKED}'); END;
    `);
  },
};
