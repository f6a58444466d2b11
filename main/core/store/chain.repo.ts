// The links that close the monitoring chain of an intervention: the trend it answers, the theme ambitie it
// serves and the indicators that follow it.
import type { Db } from './connection';
import type { ChainIndicator } from '../../../shared/planwork';

export interface ChainLinks {
  trend: string;
  ambitionThemeId: string | null;
}

export function getChainLinks(db: Db, interventionId: string): ChainLinks | null {
  return (
    (db.prepare('SELECT trend, ambition_theme_id AS ambitionThemeId FROM interventions WHERE id = ?').get(interventionId) as
      | ChainLinks
      | undefined) ?? null
  );
}

export function linkedIndicators(db: Db, interventionId: string): ChainIndicator[] {
  return db
    .prepare(
      `SELECT i.id, i.name, i.unit, i.theme_id AS themeId, (SELECT count(*) FROM indicator_values v WHERE v.indicator_id = i.id) AS valueCount
       FROM intervention_indicators x JOIN indicators i ON i.id = x.indicator_id
       WHERE x.intervention_id = ? ORDER BY i.name COLLATE NOCASE`,
    )
    .all(interventionId) as ChainIndicator[];
}

export function setChainLinks(db: Db, interventionId: string, links: ChainLinks, indicatorIds: readonly number[], now: string): void {
  db.prepare('UPDATE interventions SET trend = ?, ambition_theme_id = ?, updated_at = ? WHERE id = ?').run(
    links.trend,
    links.ambitionThemeId,
    now,
    interventionId,
  );
  db.prepare('DELETE FROM intervention_indicators WHERE intervention_id = ?').run(interventionId);
  const insert = db.prepare('INSERT INTO intervention_indicators (intervention_id, indicator_id) VALUES (?, ?)');
  for (const indicatorId of new Set(indicatorIds)) insert.run(interventionId, indicatorId);
}

export const indicatorExists = (db: Db, id: number): boolean => db.prepare('SELECT 1 FROM indicators WHERE id = ?').get(id) !== undefined;

/** Per theme: the interventions that name its ambitie, and how many indicators follow the theme. */
export function ambitionLinks(db: Db): { interventions: Map<string, { id: string; title: string }[]>; indicatorCounts: Map<string, number> } {
  const interventions = new Map<string, { id: string; title: string }[]>();
  for (const row of db
    .prepare('SELECT ambition_theme_id AS themeId, id, title FROM interventions WHERE ambition_theme_id IS NOT NULL ORDER BY position, title')
    .all() as { themeId: string; id: string; title: string }[]) {
    const list = interventions.get(row.themeId) ?? [];
    list.push({ id: row.id, title: row.title });
    interventions.set(row.themeId, list);
  }
  const indicatorCounts = new Map(
    (db.prepare('SELECT theme_id AS themeId, count(*) AS n FROM indicators GROUP BY theme_id').all() as { themeId: string; n: number }[]).map(
      (r) => [r.themeId, r.n],
    ),
  );
  return { interventions, indicatorCounts };
}
