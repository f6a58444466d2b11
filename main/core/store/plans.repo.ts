// Plans (gebiedsplan, uitvoeringsprogramma, wijkuitvoeringsplan, projectplan) with their links.
import type { Db } from './connection';
import type { Links } from '../../../shared/domain';
import type { Plan, PlanKind, PlanStatus } from '../../../shared/registers';
import { groupPairs, inJson, type Pair } from './profile.repo';

type PlanRow = Omit<Plan, keyof Links>;
// A track's key and its plan note come from the area plan, never from an edit.
export type PlanFields = Omit<PlanRow, 'id' | 'updatedAt' | 'trackKey' | 'planNote'>;
export type PlanLinks = Links;

export interface PlanFilters {
  kind?: PlanKind | undefined;
  status?: PlanStatus | undefined;
  themeId?: string | undefined;
  wijkId?: string | undefined;
  interventionId?: string | undefined;
  /** Plans whose period overlaps this year. */
  year?: number | undefined;
}

const PLAN_SELECT = `
  SELECT p.id, p.kind, p.title, p.period_from AS periodFrom, p.period_to AS periodTo, p.status, p.description,
         p.owner, p.progress, p.track_key AS trackKey, p.plan_note AS planNote, p.updated_at AS updatedAt
  FROM plans p`;

export function listPlans(db: Db, f: PlanFilters = {}): Plan[] {
  // Every filter is a fixed fragment with a bound value; absent filters bind NULL and drop out.
  const rows = db
    .prepare(
      `${PLAN_SELECT}
       WHERE (:kind IS NULL OR p.kind = :kind)
         AND (:status IS NULL OR p.status = :status)
         AND (:themeId IS NULL OR EXISTS (SELECT 1 FROM plan_themes x WHERE x.plan_id = p.id AND x.theme_id = :themeId))
         AND (:wijkId IS NULL OR EXISTS (SELECT 1 FROM plan_wijken x WHERE x.plan_id = p.id AND x.wijk_id = :wijkId))
         AND (:interventionId IS NULL OR EXISTS (
               SELECT 1 FROM plan_interventions x WHERE x.plan_id = p.id AND x.intervention_id = :interventionId))
         AND (:yearStart IS NULL OR ((p.period_from IS NULL OR p.period_from <= :yearEnd)
                                 AND (p.period_to IS NULL OR p.period_to >= :yearStart)))
       ORDER BY coalesce(p.period_from, '9999'), p.position, p.title COLLATE NOCASE, p.id`,
    )
    .all({
      kind: f.kind ?? null,
      status: f.status ?? null,
      themeId: f.themeId ?? null,
      wijkId: f.wijkId ?? null,
      interventionId: f.interventionId ?? null,
      yearStart: f.year === undefined ? null : `${f.year}-01-01`,
      yearEnd: f.year === undefined ? null : `${f.year}-12-31`,
    }) as PlanRow[];
  return withLinks(db, rows);
}

export function getPlan(db: Db, id: number): Plan | null {
  const row = db.prepare(`${PLAN_SELECT} WHERE p.id = ?`).get(id) as PlanRow | undefined;
  return row ? withLinks(db, [row])[0]! : null;
}

function withLinks(db: Db, rows: PlanRow[]): Plan[] {
  if (rows.length === 0) return [];
  // Three queries for the whole list, not three per plan, and only for the plans asked for.
  const ids = JSON.stringify(rows.map((r) => r.id));
  const of = (sql: string) => groupPairs<number>(db.prepare(`${sql} WHERE plan_id IN ${inJson('?')}`).all(ids) as Pair[]);
  const themes = of('SELECT plan_id AS a, theme_id AS b FROM plan_themes');
  const wijken = of('SELECT plan_id AS a, wijk_id AS b FROM plan_wijken');
  const interventions = of('SELECT plan_id AS a, intervention_id AS b FROM plan_interventions');
  return rows.map((r) => ({
    ...r,
    themeIds: themes.get(r.id) ?? [],
    wijkIds: wijken.get(r.id) ?? [],
    interventionIds: interventions.get(r.id) ?? [],
  }));
}

export function insertPlan(db: Db, f: PlanFields, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO plans (kind, title, period_from, period_to, status, description, owner, progress, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.kind, f.title, f.periodFrom, f.periodTo, f.status, f.description, f.owner, f.progress, now, now).lastInsertRowid,
  );
}

export function updatePlan(db: Db, id: number, f: PlanFields, now: string): void {
  db.prepare(
    `UPDATE plans SET kind = ?, title = ?, period_from = ?, period_to = ?, status = ?, description = ?, owner = ?, progress = ?,
     updated_at = ? WHERE id = ?`,
  ).run(f.kind, f.title, f.periodFrom, f.periodTo, f.status, f.description, f.owner, f.progress, now, id);
}

export function replacePlanLinks(db: Db, id: number, links: PlanLinks): void {
  db.prepare('DELETE FROM plan_themes WHERE plan_id = ?').run(id);
  db.prepare('DELETE FROM plan_wijken WHERE plan_id = ?').run(id);
  db.prepare('DELETE FROM plan_interventions WHERE plan_id = ?').run(id);
  const t = db.prepare('INSERT INTO plan_themes (plan_id, theme_id) VALUES (?, ?)');
  const w = db.prepare('INSERT INTO plan_wijken (plan_id, wijk_id) VALUES (?, ?)');
  const i = db.prepare('INSERT INTO plan_interventions (plan_id, intervention_id) VALUES (?, ?)');
  for (const themeId of new Set(links.themeIds)) t.run(id, themeId);
  for (const wijkId of new Set(links.wijkIds)) w.run(id, wijkId);
  for (const interventionId of new Set(links.interventionIds)) i.run(id, interventionId);
}

/** The "aan de slag" tracks in the plan's order. */
export function listTracks(db: Db): Plan[] {
  const rows = db.prepare(`${PLAN_SELECT} WHERE p.track_key IS NOT NULL ORDER BY p.position, p.id`).all() as PlanRow[];
  return withLinks(db, rows);
}

export function deletePlan(db: Db, id: number): void {
  db.prepare('DELETE FROM plans WHERE id = ?').run(id);
}
