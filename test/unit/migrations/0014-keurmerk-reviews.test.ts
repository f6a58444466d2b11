// 0014-keurmerk-reviews: on a store made by the migrations before it, plans and interventions get keurmerk
// reviews; the data already there stays as it was, the rules hold in the schema itself, and a superseded review
// can no longer be changed.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/core/store/migrations/index';
import { migrate, profileIds, storeAt } from './store-at';

const VERSION = 14;
const PREVIOUS = Math.max(...MIGRATIONS.filter((m) => m.version < VERSION).map((m) => m.version));

function storeWithPlan() {
  const db = storeAt(PREVIOUS);
  const plan = Number(
    db
      .prepare("INSERT INTO plans (kind, title, created_at, updated_at) VALUES ('uitvoeringsprogramma', 'Uitvoeringsprogramma 2026', '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')")
      .run().lastInsertRowid,
  );
  const intervention = db.prepare('SELECT id FROM interventions ORDER BY position LIMIT 1').pluck().get() as string;
  return { db, plan, intervention };
}

describe('migration 0014-keurmerk-reviews', () => {
  it('adds the review tables without touching plans or interventions', () => {
    const { db } = storeWithPlan();
    const before = [db.prepare('SELECT * FROM plans').all(), db.prepare('SELECT * FROM interventions').all()];
    migrate(db, VERSION);
    expect([db.prepare('SELECT * FROM plans').all(), db.prepare('SELECT * FROM interventions').all()]).toEqual(before);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'keurmerk_%' ORDER BY name").pluck().all()).toEqual([
      'keurmerk_answers',
      'keurmerk_reviews',
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps the rules of a review in the schema: one subject, a reviewer, a toelichting for anything but ja', () => {
    const { db, plan, intervention } = storeWithPlan();
    migrate(db, VERSION);
    const { checklistId, checklistItemId } = profileIds(db);
    const review = db.prepare('INSERT INTO keurmerk_reviews (plan_id, intervention_id, checklist_id, reviewer, created_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => review.run(plan, intervention, checklistId, 'Anna', '2026-02-01T10:00:00.000Z')).toThrow(/CHECK/);
    expect(() => review.run(null, null, checklistId, 'Anna', '2026-02-01T10:00:00.000Z')).toThrow(/CHECK/);
    expect(() => review.run(plan, null, checklistId, '  ', '2026-02-01T10:00:00.000Z')).toThrow(/CHECK/);
    const id = Number(review.run(plan, null, checklistId, 'Anna', '2026-02-01T10:00:00.000Z').lastInsertRowid);
    const answer = db.prepare('INSERT INTO keurmerk_answers (review_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => answer.run(id, checklistItemId, 'deels', ' ', '2026-02-01T10:05:00.000Z')).toThrow(/CHECK/);
    expect(() => answer.run(id, checklistItemId, 'misschien', 'x', '2026-02-01T10:05:00.000Z')).toThrow(/CHECK/);
    answer.run(id, checklistItemId, 'ja', '', '2026-02-01T10:05:00.000Z');
    expect(() => db.prepare("UPDATE keurmerk_reviews SET reviewer = 'Bert' WHERE id = ?").run(id)).toThrow(/onderwerp, checklist en toetser/);
  });

  it('locks a superseded review, keeps it readable, and removes a plan with its reviews', () => {
    const { db, plan, intervention } = storeWithPlan();
    migrate(db, VERSION);
    const { checklistId, checklistItemId } = profileIds(db);
    const review = db.prepare('INSERT INTO keurmerk_reviews (plan_id, intervention_id, checklist_id, reviewer, created_at) VALUES (?, ?, ?, ?, ?)');
    const answer = db.prepare("INSERT INTO keurmerk_answers (review_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, 'ja', '', ?)");
    const first = Number(review.run(plan, null, checklistId, 'Anna', '2026-02-01T10:00:00.000Z').lastInsertRowid);
    answer.run(first, checklistItemId, '2026-02-01T10:05:00.000Z');
    // A review of another subject does not supersede it.
    const other = Number(review.run(null, intervention, checklistId, 'Anna', '2026-02-02T10:00:00.000Z').lastInsertRowid);
    db.prepare("UPDATE keurmerk_answers SET answer = 'nee', explanation = 'Nog niet' WHERE review_id = ?").run(first);
    answer.run(other, checklistItemId, '2026-02-02T10:05:00.000Z');

    const second = Number(review.run(plan, null, checklistId, 'Bert', '2026-03-01T10:00:00.000Z').lastInsertRowid);
    expect(() => db.prepare("UPDATE keurmerk_answers SET answer = 'ja', explanation = '' WHERE review_id = ?").run(first)).toThrow(/vervangen door een nieuwere/);
    const secondItem = db.prepare('SELECT id FROM checklist_items WHERE checklist_id = ? ORDER BY position LIMIT 1 OFFSET 1').pluck().get(checklistId) as number;
    expect(() => answer.run(first, secondItem, '2026-03-01T10:05:00.000Z')).toThrow(/vervangen door een nieuwere/);
    answer.run(second, checklistItemId, '2026-03-01T10:05:00.000Z');
    expect(db.prepare('SELECT answer, explanation FROM keurmerk_answers WHERE review_id = ?').get(first)).toEqual({ answer: 'nee', explanation: 'Nog niet' });

    db.prepare('DELETE FROM plans WHERE id = ?').run(plan);
    expect(db.prepare('SELECT count(*) FROM keurmerk_reviews WHERE plan_id IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM keurmerk_answers').pluck().get()).toBe(1);
  });
});
