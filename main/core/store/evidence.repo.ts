// The links that make a decision's scope for the evidence: its own themes and wijken, its interventions with
// everything under them, and what those interventions bring. The entries themselves: registers.repo (findEvidence).
import type { Db } from './connection';
import { inJson } from './profile.repo';

export interface DecisionLinks {
  ownThemeIds: string[];
  ownWijkIds: string[];
  /** The decision's interventions and everything under them (their aanvullende kansen), by id. */
  interventionIds: string[];
  /** The themes and wijken of those interventions. */
  interventionThemeIds: string[];
  interventionWijkIds: string[];
}

export function decisionLinks(db: Db, agendaItemId: number): DecisionLinks {
  const pluck = (sql: string) => db.prepare(sql).pluck().all(agendaItemId) as string[];
  const interventionIds = pluck(
    `WITH RECURSIVE scope(id) AS (
       SELECT intervention_id FROM agenda_item_interventions WHERE agenda_item_id = ?
       UNION SELECT i.id FROM interventions i JOIN scope s ON i.parent_id = s.id
     )
     SELECT id FROM scope ORDER BY id`,
  );
  const ids = JSON.stringify(interventionIds);
  return {
    ownThemeIds: pluck('SELECT theme_id FROM agenda_item_themes WHERE agenda_item_id = ? ORDER BY theme_id'),
    ownWijkIds: pluck('SELECT wijk_id FROM agenda_item_wijken WHERE agenda_item_id = ? ORDER BY wijk_id'),
    interventionIds,
    interventionThemeIds: db.prepare(`SELECT DISTINCT theme_id FROM intervention_themes WHERE intervention_id IN ${inJson('?')}`).pluck().all(ids) as string[],
    interventionWijkIds: db.prepare(`SELECT DISTINCT wijk_id FROM intervention_wijken WHERE intervention_id IN ${inJson('?')}`).pluck().all(ids) as string[],
  };
}

/** Each theme of these interventions with the intervention's title, in the interventions' order. */
export function interventionThemeTitles(db: Db, interventionIds: readonly string[]): { themeId: string; title: string }[] {
  return db
    .prepare(
      `SELECT it.theme_id AS themeId, i.title FROM intervention_themes it JOIN interventions i ON i.id = it.intervention_id
       WHERE it.intervention_id IN ${inJson('?')} ORDER BY i.position`,
    )
    .all(JSON.stringify(interventionIds)) as { themeId: string; title: string }[];
}

/** Theme names by id, in the themes table's own order (the order the summaries name them in). */
export function themeNames(db: Db): Map<string, string> {
  return new Map((db.prepare('SELECT id, name FROM themes').all() as { id: string; name: string }[]).map((t) => [t.id, t.name]));
}
