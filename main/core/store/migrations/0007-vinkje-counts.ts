// Pre-aggregated vinkjes answer counts for the charts (charts:vinkjes over twenty years read every answer and
// every theme link: 54 ms). Derived data, like the search index of 0003: kept in step by triggers, never written
// by the app, not audited (see DERIVED_TABLES in durability/audit.ts) and exported in the archive like any table.
//
//   vinkje_meeting_counts (meeting_id, checklist_item_id) → ja, deels, nee, nvt: the answers of the meeting's items.
//   vinkje_theme_counts (meeting_id, theme_id, checklist_item_id) → ja, deels, nee, nvt: the same answers per theme
//     with the chart's rule — a decision counts for its own themes (agenda_item_themes) and for the themes of its
//     interventions (agenda_item_interventions → intervention_themes), each theme once.
//
// One row holds the four answers' counts (a row per answer made 2.5 times as many rows to read). Rows hold at
// least one answer: a row whose counts all fall to zero is removed, so a theme without answers has no rows.
// The theme counts follow the theme links as they are NOW: linking an intervention to a theme later also moves
// the counts of adopted meetings (their answers and agenda item links are locked by 0002, intervention_themes is
// not). That is what the chart showed before these tables existed, and still shows.
import type { Migration } from './migration';

/** The (agenda item, theme) pairs of the agenda items (alias a) that satisfy `itemCond`, each pair once (the UNION). */
const itemThemes = (itemCond: string) => `
  SELECT x.agenda_item_id AS item_id, x.theme_id FROM agenda_item_themes x JOIN agenda_items a ON a.id = x.agenda_item_id WHERE ${itemCond}
  UNION
  SELECT ai.agenda_item_id, it.theme_id FROM agenda_item_interventions ai JOIN agenda_items a ON a.id = ai.agenda_item_id
  JOIN intervention_themes it ON it.intervention_id = ai.intervention_id WHERE ${itemCond}`;

const ANSWERS = ['ja', 'deels', 'nee', 'nvt'] as const;
/** The four counts of a group of answers (alias v). */
const SUMS = ANSWERS.map((a) => `sum(v.answer = '${a}')`).join(', ');
/** The four counts of one answer row: 1 for its answer, 0 for the others. */
const ONE = (row: 'NEW' | 'OLD') => ANSWERS.map((a) => `${row}.answer = '${a}'`).join(', ');
const ADD_EXCLUDED = ANSWERS.map((a) => `${a} = ${a} + excluded.${a}`).join(', ');
const SUBTRACT = (row: 'OLD') => ANSWERS.map((a) => `${a} = ${a} - (${row}.answer = '${a}')`).join(', ');
const EMPTY = ANSWERS.map((a) => `${a} = 0`).join(' AND ');

/** Recounts the theme rows of the meetings in `meetings` (a subquery or list of meeting ids) from scratch. */
const recountThemes = (meetings: string) => `
  DELETE FROM vinkje_theme_counts WHERE meeting_id IN (${meetings});
  INSERT INTO vinkje_theme_counts (meeting_id, theme_id, checklist_item_id, ja, deels, nee, nvt)
    SELECT a.meeting_id, x.theme_id, v.checklist_item_id, ${SUMS}
    FROM (${itemThemes(`a.meeting_id IN (${meetings})`)}) x
    JOIN agenda_items a ON a.id = x.item_id JOIN vinkje_answers v ON v.agenda_item_id = x.item_id
    GROUP BY a.meeting_id, x.theme_id, v.checklist_item_id;`;

/** Recounts both tables for the meetings in `meetings`. */
const recountMeetings = (meetings: string) => `
  DELETE FROM vinkje_meeting_counts WHERE meeting_id IN (${meetings});
  INSERT INTO vinkje_meeting_counts (meeting_id, checklist_item_id, ja, deels, nee, nvt)
    SELECT a.meeting_id, v.checklist_item_id, ${SUMS}
    FROM agenda_items a JOIN vinkje_answers v ON v.agenda_item_id = a.id
    WHERE a.meeting_id IN (${meetings})
    GROUP BY a.meeting_id, v.checklist_item_id;
  ${recountThemes(meetings)}`;

/** One answer row added (+1) to both tables: the hot path, an upsert per row instead of a recount. */
const addAnswer = (row: 'NEW') => `
  INSERT INTO vinkje_meeting_counts (meeting_id, checklist_item_id, ja, deels, nee, nvt)
    SELECT a.meeting_id, ${row}.checklist_item_id, ${ONE(row)} FROM agenda_items a WHERE a.id = ${row}.agenda_item_id
    ON CONFLICT DO UPDATE SET ${ADD_EXCLUDED};
  INSERT INTO vinkje_theme_counts (meeting_id, theme_id, checklist_item_id, ja, deels, nee, nvt)
    SELECT a.meeting_id, x.theme_id, ${row}.checklist_item_id, ${ONE(row)}
    FROM agenda_items a JOIN (${itemThemes(`a.id = ${row}.agenda_item_id`)}) x ON x.item_id = a.id
    WHERE a.id = ${row}.agenda_item_id
    ON CONFLICT DO UPDATE SET ${ADD_EXCLUDED};`;

/**
 * One answer row taken away (-1). The meeting is found through the agenda item; when the item itself is being
 * deleted (its answers go by ON DELETE CASCADE, after the item row is gone and before the item's AFTER DELETE
 * trigger runs) it is not found and nothing happens here — that trigger recounts the meeting instead
 * (test/unit/vinkje-counts.test.ts removes items through the app and with plain SQL).
 */
const removeAnswer = (row: 'OLD') => `
  UPDATE vinkje_meeting_counts SET ${SUBTRACT(row)}
    WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = ${row}.agenda_item_id)
      AND checklist_item_id = ${row}.checklist_item_id;
  UPDATE vinkje_theme_counts SET ${SUBTRACT(row)}
    WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = ${row}.agenda_item_id)
      AND checklist_item_id = ${row}.checklist_item_id
      AND theme_id IN (SELECT theme_id FROM (${itemThemes(`a.id = ${row}.agenda_item_id`)}));
  DELETE FROM vinkje_meeting_counts WHERE ${EMPTY}
    AND meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = ${row}.agenda_item_id)
    AND checklist_item_id = ${row}.checklist_item_id;
  DELETE FROM vinkje_theme_counts WHERE ${EMPTY}
    AND meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = ${row}.agenda_item_id)
    AND checklist_item_id = ${row}.checklist_item_id;`;

const meetingOfItem = (itemExpr: string) => `SELECT meeting_id FROM agenda_items WHERE id = ${itemExpr}`;
const meetingsOfIntervention = (interventionExpr: string) =>
  `SELECT a.meeting_id FROM agenda_item_interventions ai JOIN agenda_items a ON a.id = ai.agenda_item_id WHERE ai.intervention_id = ${interventionExpr}`;

export const migration0007: Migration = {
  version: 7,
  name: '0007-vinkje-counts',
  up: (db) => {
    db.exec(`
      CREATE TABLE vinkje_meeting_counts (
        meeting_id INTEGER NOT NULL,
        checklist_item_id INTEGER NOT NULL,
        ja INTEGER NOT NULL, deels INTEGER NOT NULL, nee INTEGER NOT NULL, nvt INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, checklist_item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE vinkje_theme_counts (
        meeting_id INTEGER NOT NULL,
        theme_id TEXT NOT NULL,
        checklist_item_id INTEGER NOT NULL,
        ja INTEGER NOT NULL, deels INTEGER NOT NULL, nee INTEGER NOT NULL, nvt INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, theme_id, checklist_item_id)
      ) STRICT, WITHOUT ROWID;
      -- Which items an intervention is linked to, for recounting when its themes change.
      CREATE INDEX IF NOT EXISTS agenda_item_interventions_intervention ON agenda_item_interventions(intervention_id, agenda_item_id);

      CREATE TRIGGER vinkje_counts_answer_insert AFTER INSERT ON vinkje_answers BEGIN ${addAnswer('NEW')} END;
      CREATE TRIGGER vinkje_counts_answer_update AFTER UPDATE OF agenda_item_id, checklist_item_id, answer ON vinkje_answers
        WHEN NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.checklist_item_id IS NOT OLD.checklist_item_id OR NEW.answer IS NOT OLD.answer
        BEGIN ${removeAnswer('OLD')} ${addAnswer('NEW')} END;
      CREATE TRIGGER vinkje_counts_answer_delete AFTER DELETE ON vinkje_answers BEGIN ${removeAnswer('OLD')} END;

      -- An agenda item moved to another meeting, or removed (its answers and links cascade): recount the meetings.
      CREATE TRIGGER vinkje_counts_item_update AFTER UPDATE OF meeting_id ON agenda_items WHEN NEW.meeting_id IS NOT OLD.meeting_id
        BEGIN ${recountMeetings('OLD.meeting_id, NEW.meeting_id')} END;
      CREATE TRIGGER vinkje_counts_item_delete AFTER DELETE ON agenda_items BEGIN ${recountMeetings('OLD.meeting_id')} END;

      -- Theme links: recount the theme rows of the meeting(s) concerned (a meeting has tens of answers).
      CREATE TRIGGER vinkje_counts_item_theme_insert AFTER INSERT ON agenda_item_themes
        BEGIN ${recountThemes(meetingOfItem('NEW.agenda_item_id'))} END;
      CREATE TRIGGER vinkje_counts_item_theme_update AFTER UPDATE ON agenda_item_themes
        BEGIN ${recountThemes(`${meetingOfItem('OLD.agenda_item_id')} UNION ${meetingOfItem('NEW.agenda_item_id')}`)} END;
      CREATE TRIGGER vinkje_counts_item_theme_delete AFTER DELETE ON agenda_item_themes
        BEGIN ${recountThemes(meetingOfItem('OLD.agenda_item_id'))} END;
      CREATE TRIGGER vinkje_counts_item_intervention_insert AFTER INSERT ON agenda_item_interventions
        BEGIN ${recountThemes(meetingOfItem('NEW.agenda_item_id'))} END;
      CREATE TRIGGER vinkje_counts_item_intervention_update AFTER UPDATE ON agenda_item_interventions
        BEGIN ${recountThemes(`${meetingOfItem('OLD.agenda_item_id')} UNION ${meetingOfItem('NEW.agenda_item_id')}`)} END;
      CREATE TRIGGER vinkje_counts_item_intervention_delete AFTER DELETE ON agenda_item_interventions
        BEGIN ${recountThemes(meetingOfItem('OLD.agenda_item_id'))} END;
      CREATE TRIGGER vinkje_counts_intervention_theme_insert AFTER INSERT ON intervention_themes
        BEGIN ${recountThemes(meetingsOfIntervention('NEW.intervention_id'))} END;
      CREATE TRIGGER vinkje_counts_intervention_theme_update AFTER UPDATE ON intervention_themes
        BEGIN ${recountThemes(`${meetingsOfIntervention('OLD.intervention_id')} UNION ${meetingsOfIntervention('NEW.intervention_id')}`)} END;
      CREATE TRIGGER vinkje_counts_intervention_theme_delete AFTER DELETE ON intervention_themes
        BEGIN ${recountThemes(meetingsOfIntervention('OLD.intervention_id'))} END;
    `);
    // Count what an older database already holds.
    db.exec(recountMeetings('SELECT id FROM meetings'));
  },
};
