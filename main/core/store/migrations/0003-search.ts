// Full-text search over agenda items, notes, decisions, vinkje toelichtingen and actions.
import type { Migration } from './migration';

export const migration0003: Migration = {
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
  };
