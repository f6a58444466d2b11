// Links to themes, wijken and interventions, checked before they are written: an unknown id is refused with
// a Dutch message naming it, rather than surfacing as a foreign-key error.
import type { Db } from '../store/connection';
import { existingIds } from '../store/profile.repo';
import { AppError } from '../errors';
import type { Links } from '../../../shared/domain';

export function requireKnownLinks(db: Db, input: Partial<Links>): Links {
  const links = {
    themeIds: [...new Set(input.themeIds ?? [])],
    wijkIds: [...new Set(input.wijkIds ?? [])],
    interventionIds: [...new Set(input.interventionIds ?? [])],
  };
  const check = (table: 'themes' | 'wijken' | 'interventions', ids: string[], label: string) => {
    const found = existingIds(db, table, ids);
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new AppError('not-found', `Onbekend(e) ${label}: ${unknown.join(', ')}.`);
  };
  check('themes', links.themeIds, "thema('s)");
  check('wijken', links.wijkIds, 'wijk(en)');
  check('interventions', links.interventionIds, 'interventie(s)');
  return links;
}

/** The same ids, in any order and counting each once: a save that changes no link is no change. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
