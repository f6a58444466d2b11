// The coalition's organisations and people.
import type { Db } from '../store/connection';
import type { Organisation, Person, Role } from '../../../shared/domain';
import * as repo from '../store/coalition.repo';
import { AppError, notFound } from '../errors';

export const listCoalition = (db: Db): Organisation[] => repo.listOrganisations(db);

export function createOrganisation(db: Db, input: { name: string; sector?: string | undefined }): Organisation {
  return db.transaction(() => {
    if (repo.findOrganisationByName(db, input.name)) {
      throw new AppError('conflict', `Er is al een organisatie met de naam "${input.name}".`);
    }
    const id = repo.insertOrganisation(db, input.name, input.sector?.trim() || null);
    return repo.getOrganisation(db, id)!;
  })();
}

function requireOrganisation(db: Db, id: number): void {
  if (!repo.getOrganisation(db, id)) throw notFound('Deze organisatie');
}

export function createPerson(db: Db, input: { name: string; organisationId: number; role: Role }): Person {
  return db.transaction(() => {
    requireOrganisation(db, input.organisationId);
    const id = repo.insertPerson(db, input.name, input.organisationId, input.role);
    return repo.getPerson(db, id)!;
  })();
}

export function updatePerson(db: Db, input: { id: number; name: string; organisationId: number; role: Role }): Person {
  return db.transaction(() => {
    if (!repo.getPerson(db, input.id)) throw notFound('Deze persoon');
    requireOrganisation(db, input.organisationId);
    repo.updatePerson(db, input.id, input.name, input.organisationId, input.role);
    return repo.getPerson(db, input.id)!;
  })();
}

/**
 * A person leaves the coalition on a date (or, with null, takes part again). They stay in the attendance of
 * meetings before that date, and of any later meeting where they were already marked.
 */
export function setPersonLeft(db: Db, input: { id: number; leftOn: string | null }): Person {
  return db.transaction(() => {
    if (!repo.getPerson(db, input.id)) throw notFound('Deze persoon');
    repo.setPersonLeftOn(db, input.id, input.leftOn);
    return repo.getPerson(db, input.id)!;
  })();
}
