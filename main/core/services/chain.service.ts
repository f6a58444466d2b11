// The monitoring chain per intervention (H4), from maatschappelijke trend through the theme's ambitie, doel,
// middelen, prestaties and resultaten to maatschappelijke impact, with the indicators that follow it.
import type { Db } from '../store/connection';
import type { InterventionChainView, ThemeAmbition } from '../../../shared/planwork';
import * as repo from '../store/chain.repo';
import { getInterventionDetail } from '../store/interventions.repo';
import { getProfile } from '../store/profile.repo';
import { AppError, notFound } from '../errors';
import { nowIso } from '../clock';

export function getChain(db: Db, input: { interventionId: string }): InterventionChainView {
  const detail = getInterventionDetail(db, input.interventionId);
  const links = repo.getChainLinks(db, input.interventionId);
  if (!detail || !links) throw notFound('Deze interventie');
  const theme = links.ambitionThemeId === null ? undefined : getProfile(db).themes.find((t) => t.id === links.ambitionThemeId);
  return {
    interventionId: detail.id,
    title: detail.title,
    trend: links.trend,
    ambition: theme ? { themeId: theme.id, themeName: theme.name, text: theme.ambition } : null,
    goal: detail.goal,
    means: detail.means,
    prestaties: detail.prestaties,
    results: detail.results,
    impact: detail.impact,
    indicators: repo.linkedIndicators(db, detail.id),
  };
}

export function setChainLinks(
  db: Db,
  input: { interventionId: string; trend: string; ambitionThemeId: string | null; indicatorIds: number[] },
): InterventionChainView {
  db.transaction(() => {
    if (!repo.getChainLinks(db, input.interventionId)) throw notFound('Deze interventie');
    if (input.ambitionThemeId !== null && !getProfile(db).themes.some((t) => t.id === input.ambitionThemeId)) {
      throw notFound('Het thema van deze ambitie');
    }
    for (const indicatorId of input.indicatorIds) {
      if (!repo.indicatorExists(db, indicatorId)) throw new AppError('not-found', `Indicator ${indicatorId} bestaat niet (meer).`);
    }
    repo.setChainLinks(db, input.interventionId, { trend: input.trend.trim(), ambitionThemeId: input.ambitionThemeId }, input.indicatorIds, nowIso());
  })();
  return getChain(db, input);
}

export function listAmbitions(db: Db): ThemeAmbition[] {
  const { interventions, indicatorCounts } = repo.ambitionLinks(db);
  return getProfile(db).themes.map((t) => ({
    themeId: t.id,
    themeName: t.name,
    text: t.ambition,
    interventions: interventions.get(t.id) ?? [],
    indicatorCount: indicatorCounts.get(t.id) ?? 0,
  }));
}
