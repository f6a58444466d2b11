// Koppelkansen linked to each other "als een treintje" (H3): a link has no direction, an intervention is not
// linked to itself, and a link's toelichting can be changed by linking the pair again.
import type { Db } from '../store/connection';
import type { KoppelkansLinks } from '../../../shared/planwork';
import * as repo from '../store/koppelkansen.repo';
import { interventionExists } from '../store/interventions.repo';
import { notFound, ruleViolation } from '../errors';

function requireIntervention(db: Db, id: string, what = 'Deze interventie'): void {
  if (!interventionExists(db, id)) throw notFound(what);
}

export function getLinks(db: Db, input: { interventionId: string }): KoppelkansLinks {
  requireIntervention(db, input.interventionId);
  return { interventionId: input.interventionId, criterion: repo.criterionOf(db, input.interventionId), links: repo.linksOf(db, input.interventionId) };
}

export function link(db: Db, input: { interventionId: string; otherId: string; note?: string | undefined }): KoppelkansLinks {
  db.transaction(() => {
    requireIntervention(db, input.interventionId);
    requireIntervention(db, input.otherId, 'De interventie om mee te koppelen');
    if (input.interventionId === input.otherId) throw ruleViolation('Een koppelkans kan niet aan zichzelf worden gekoppeld.');
    repo.upsertLink(db, input.interventionId, input.otherId, input.note?.trim() ?? '');
  })();
  return getLinks(db, input);
}

export function unlink(db: Db, input: { interventionId: string; otherId: string }): KoppelkansLinks {
  db.transaction(() => {
    requireIntervention(db, input.interventionId);
    if (repo.deleteLink(db, input.interventionId, input.otherId) === 0) throw notFound('Deze koppeling');
  })();
  return getLinks(db, input);
}
