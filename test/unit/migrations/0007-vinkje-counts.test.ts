// 0007-vinkje-counts: the pre-aggregated answer counts, on a store made by 0006 that already holds answers: the
// migration counts them, and from then on its triggers keep the counts equal to counting the answers again.
// (test/unit/vinkje-counts.test.ts goes through every kind of change on a current store.)
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrate, storeAt } from './store-at';

const SUMS = "sum(v.answer = 'ja') AS ja, sum(v.answer = 'deels') AS deels, sum(v.answer = 'nee') AS nee, sum(v.answer = 'nvt') AS nvt";

/** The counts from the answers themselves, with the chart's theme rule (own themes and the interventions' themes, each once). */
function recount(db: Database.Database) {
  return {
    meetings: db
      .prepare(`SELECT a.meeting_id, v.checklist_item_id, ${SUMS} FROM agenda_items a JOIN vinkje_answers v ON v.agenda_item_id = a.id GROUP BY 1, 2 ORDER BY 1, 2`)
      .all(),
    themes: db
      .prepare(
        `SELECT a.meeting_id, t.id AS theme_id, v.checklist_item_id, ${SUMS}
         FROM themes t, vinkje_answers v JOIN agenda_items a ON a.id = v.agenda_item_id
         WHERE EXISTS (SELECT 1 FROM agenda_item_themes x WHERE x.agenda_item_id = v.agenda_item_id AND x.theme_id = t.id)
            OR EXISTS (SELECT 1 FROM agenda_item_interventions ai JOIN intervention_themes it ON it.intervention_id = ai.intervention_id
                       WHERE ai.agenda_item_id = v.agenda_item_id AND it.theme_id = t.id)
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
      .all(),
  };
}

const stored = (db: Database.Database) => ({
  meetings: db.prepare('SELECT meeting_id, checklist_item_id, ja, deels, nee, nvt FROM vinkje_meeting_counts ORDER BY 1, 2').all(),
  themes: db.prepare('SELECT meeting_id, theme_id, checklist_item_id, ja, deels, nee, nvt FROM vinkje_theme_counts ORDER BY 1, 2, 3').all(),
});

describe('migration 0007-vinkje-counts', () => {
  it('counts the answers an older store holds, and keeps counting after it', () => {
    const db = storeAt(6);
    const checklistId = db.prepare('SELECT id FROM checklists').pluck().get() as number;
    const items = db.prepare('SELECT id FROM checklist_items WHERE checklist_id = ? ORDER BY position').pluck().all(checklistId) as number[];
    const [themeA, themeB] = db.prepare('SELECT id FROM themes ORDER BY position').pluck().all() as string[];
    const intervention = db.prepare('SELECT intervention_id FROM intervention_themes WHERE theme_id = ? LIMIT 1').pluck().get(themeB) as string;
    const meeting = db.prepare(
      "INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at) VALUES ('coalitie', ?, ?, 'Stadhuis', ?, '', '')",
    );
    const first = Number(meeting.run('Eerste', '2020-02-01T19:30', checklistId).lastInsertRowid);
    const second = Number(meeting.run('Tweede', '2020-05-01T19:30', checklistId).lastInsertRowid);
    const decision = db.prepare("INSERT INTO agenda_items (meeting_id, position, kind, title) VALUES (?, ?, 'besluit', ?)");
    const park = Number(decision.run(first, 1, 'Park').lastInsertRowid);
    const school = Number(decision.run(first, 2, 'School').lastInsertRowid);
    const square = Number(decision.run(second, 1, 'Plein').lastInsertRowid);
    db.prepare('INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, ?)').run(park, themeA);
    db.prepare('INSERT INTO agenda_item_interventions (agenda_item_id, intervention_id) VALUES (?, ?)').run(school, intervention);
    db.prepare('INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, ?)').run(square, themeB);
    const answer = db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, ?, 'Toelichting', '2020-02-01')");
    const answers = ['ja', 'deels', 'nee', 'nvt'] as const;
    items.forEach((item, i) => {
      answer.run(park, item, answers[i % 4]);
      answer.run(school, item, answers[(i + 1) % 4]);
    });
    answer.run(square, items[0], 'nee');
    const answersBefore = db.prepare('SELECT * FROM vinkje_answers ORDER BY agenda_item_id, checklist_item_id').all();

    migrate(db, 7);

    expect(db.prepare('SELECT * FROM vinkje_answers ORDER BY agenda_item_id, checklist_item_id').all()).toEqual(answersBefore);
    const counted = stored(db);
    expect(counted.meetings.length).toBeGreaterThan(0);
    expect(counted.themes.length).toBeGreaterThan(0);
    expect(counted).toEqual(recount(db));

    // The triggers it adds keep the counts in step: an answer changed, one added, a theme linked, an item removed.
    db.prepare("UPDATE vinkje_answers SET answer = 'ja' WHERE agenda_item_id = ? AND checklist_item_id = ?").run(square, items[0]);
    answer.run(square, items[1], 'deels');
    db.prepare('INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, ?)').run(school, themeA);
    db.prepare('DELETE FROM agenda_items WHERE id = ?').run(park);
    expect(stored(db)).toEqual(recount(db));
  });
});
