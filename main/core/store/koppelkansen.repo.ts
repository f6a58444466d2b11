// Links between koppelkansen (and the interventions they run with), one row per unordered pair, and the
// answer to the plan's criterion for a koppelkans added in the app.
import type { Db } from './connection';
import type { LinkedIntervention } from '../../../shared/planwork';

const pair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

export function linksOf(db: Db, id: string): LinkedIntervention[] {
  return (
    db
      .prepare(
        `SELECT i.id, i.title, i.kind, l.note, l.from_plan AS fromPlan
         FROM intervention_links l JOIN interventions i ON i.id = CASE WHEN l.a_id = :id THEN l.b_id ELSE l.a_id END
         WHERE l.a_id = :id OR l.b_id = :id ORDER BY i.position, i.title`,
      )
      .all({ id }) as (Omit<LinkedIntervention, 'fromPlan'> & { fromPlan: number })[]
  ).map((r) => ({ ...r, fromPlan: r.fromPlan === 1 }));
}

export function upsertLink(db: Db, x: string, y: string, note: string): void {
  const [a, b] = pair(x, y);
  db.prepare(
    'INSERT INTO intervention_links (a_id, b_id, note) VALUES (?, ?, ?) ON CONFLICT (a_id, b_id) DO UPDATE SET note = excluded.note',
  ).run(a, b, note);
}

export function deleteLink(db: Db, x: string, y: string): number {
  const [a, b] = pair(x, y);
  return db.prepare('DELETE FROM intervention_links WHERE a_id = ? AND b_id = ?').run(a, b).changes;
}

export const criterionOf = (db: Db, id: string): string | null =>
  (db.prepare('SELECT criterion FROM interventions WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;

export function setCriterion(db: Db, id: string, criterion: string): void {
  db.prepare('UPDATE interventions SET criterion = ? WHERE id = ?').run(criterion, id);
}
