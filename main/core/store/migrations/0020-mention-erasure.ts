// Free-text mentions of a resident (agenda texts, notes, decisions, toelichtingen, actions) can be made unreadable
// on request, in records that are not locked. The erasure is recorded in the same chain as an entry's
// (personal_data_erasures): `mention` says which text of which row (register_entry_id is 0 then: no entry).
//
// The audit trail's copies of that text must be rewritten too: the append-only lock gets one more exception, for
// rows listed in personal_data_mention_pending (empty outside the erasure's transaction). And a toelichting's
// index row copies its agenda item's title: it is refreshed when that title changes, so no old title lingers.
// Frozen like every migration: the texts are written out here.
import type { Migration } from './migration';

const AUDIT_APPEND_ONLY = 'Het logboek van wijzigingen kan niet worden gewijzigd of gewist.';
const ANSWERS = 1 << 30;

export const migration0020: Migration = {
  version: 20,
  name: '0020-mention-erasure',
  up: (db) => {
    db.exec(`
      ALTER TABLE personal_data_erasures ADD COLUMN mention TEXT CHECK (mention IS NULL OR json_valid(mention));

      CREATE TABLE personal_data_mention_pending (
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        PRIMARY KEY (table_name, row_key)
      ) STRICT;

      DROP TRIGGER audit_log_append_only_update;
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.table_name IS OLD.table_name
        AND NEW.row_key IS OLD.row_key AND NEW.operation IS OLD.operation
        AND (EXISTS (SELECT 1 FROM personal_data_erasure_pending p
          WHERE (OLD.table_name = 'register_entries' AND OLD.row_key = CAST(p.register_entry_id AS TEXT))
             OR (OLD.table_name = 'vinkje_answer_citations' AND json_valid(OLD.row_key)
                 AND json_extract(OLD.row_key, '$[2]') = p.register_entry_id))
          OR EXISTS (SELECT 1 FROM personal_data_mention_pending q WHERE q.table_name = OLD.table_name AND q.row_key = OLD.row_key)))
      BEGIN SELECT RAISE(ABORT, '${AUDIT_APPEND_ONLY}'); END;

      CREATE TRIGGER search_agenda_title_answers AFTER UPDATE OF title ON agenda_items WHEN NEW.title IS NOT OLD.title BEGIN
        DELETE FROM search_index WHERE rowid IN (SELECT ${ANSWERS} * 4 + v.rowid FROM vinkje_answers v WHERE v.agenda_item_id = NEW.id);
        INSERT INTO search_index (rowid, kind, meeting_id, agenda_item_id, title, body)
          SELECT ${ANSWERS} * 4 + v.rowid, 'toelichting', NEW.meeting_id, NEW.id,
                 'Vinkje ' || ci.position || ': ' || ci.question || ' — ' || NEW.title, v.explanation
          FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
          WHERE v.agenda_item_id = NEW.id AND v.explanation <> '';
      END;
    `);
  },
};
