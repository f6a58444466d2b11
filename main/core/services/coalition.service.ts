// The coalition's organisations and people. A new person takes a seat in a body (the coalition unless
// another is chosen); a person or an organisation that leaves stays in the minutes of earlier meetings.
import type { Db } from '../store/connection';
import type { Organisation, Person, Role } from '../../../shared/domain';
import * as repo from '../store/coalition.repo';
import * as bodies from '../store/bodies.repo';
import { AppError, notFound, ruleViolation } from '../errors';

export const listCoalition = (db: Db): Organisation[] => repo.listOrganisations(db);

export interface OrganisationInput {
  name: string;
  sector?: string | undefined;
  joinedOn?: string | null | undefined;
  contribution?: string | undefined;
  why?: string | undefined;
}

function fieldsOf(input: OrganisationInput): repo.OrganisationFields {
  return {
    name: input.name,
    sector: input.sector?.trim() || null,
    joinedOn: input.joinedOn ?? null,
    contribution: input.contribution?.trim() ?? '',
    why: input.why?.trim() ?? '',
  };
}

function refuseSameName(db: Db, name: string, exceptId: number | null): void {
  const other = repo.findOrganisationByName(db, name);
  if (other && other.id !== exceptId) throw new AppError('conflict', `Er is al een organisatie met de naam "${name}".`);
}

export function createOrganisation(db: Db, input: OrganisationInput): Organisation {
  return db.transaction(() => {
    refuseSameName(db, input.name, null);
    const id = repo.insertOrganisation(db, fieldsOf(input));
    return repo.getOrganisation(db, id)!;
  })();
}

export function updateOrganisation(db: Db, input: OrganisationInput & { id: number }): Organisation {
  return db.transaction(() => {
    const current = requireOrganisation(db, input.id);
    refuseSameName(db, input.name, input.id);
    const fields = fieldsOf(input);
    if (current.leftOn && fields.joinedOn && fields.joinedOn >= current.leftOn) {
      throw ruleViolation('De datum van toetreden moet vóór de datum van vertrek liggen.');
    }
    repo.updateOrganisation(db, input.id, fields);
    if (fields.sector !== current.sector) repo.clearSectorInferred(db, input.id);
    return repo.getOrganisation(db, input.id)!;
  })();
}

/**
 * An organisation leaves the coalition on a date (or, with null, takes part again): its people drop out of
 * the attendance of later meetings and stay in that of earlier ones and wherever they were already marked.
 */
export function setOrganisationLeft(db: Db, input: { id: number; leftOn: string | null }): Organisation {
  return db.transaction(() => {
    const current = requireOrganisation(db, input.id);
    if (input.leftOn && current.joinedOn && input.leftOn <= current.joinedOn) {
      throw ruleViolation('De datum van vertrek moet na de datum van toetreden liggen.');
    }
    repo.setOrganisationLeftOn(db, input.id, input.leftOn);
    return repo.getOrganisation(db, input.id)!;
  })();
}

function requireOrganisation(db: Db, id: number): Organisation {
  const organisation = repo.getOrganisation(db, id);
  if (!organisation) throw notFound('Deze organisatie');
  return organisation;
}

export function createPerson(db: Db, input: { name: string; organisationId: number; role: Role; bodyId?: number | null | undefined }): Person {
  return db.transaction(() => {
    requireOrganisation(db, input.organisationId);
    const bodyId = input.bodyId === undefined ? bodies.bodyIdOfKind(db, 'coalitie') : input.bodyId;
    if (bodyId !== null && !bodies.getBodyRow(db, bodyId)) throw notFound('Dit overleg');
    const id = repo.insertPerson(db, input.name, input.organisationId, input.role);
    if (bodyId !== null) bodies.insertMembership(db, bodyId, id, { role: input.role, themeId: null, startsOn: null, endsOn: null });
    return repo.getPerson(db, id)!;
  })();
}

export function updatePerson(db: Db, input: { id: number; name: string; organisationId: number; role: Role }): Person {
  return db.transaction(() => {
    const current = repo.getPerson(db, input.id);
    if (!current) throw notFound('Deze persoon');
    requireOrganisation(db, input.organisationId);
    repo.updatePerson(db, input.id, input.name, input.organisationId, input.role);
    // The role on the Coalitie screen is the role in the coalition.
    if (current.role !== input.role) bodies.setOpenCoalitionRole(db, input.id, input.role);
    return repo.getPerson(db, input.id)!;
  })();
}

/**
 * A person leaves the coalition on a date (or, with null, takes part again), and with it every body they
 * sit in. They stay in the attendance of meetings before that date, and of any later meeting where they were
 * already marked.
 */
export function setPersonLeft(db: Db, input: { id: number; leftOn: string | null }): Person {
  return db.transaction(() => {
    const current = repo.getPerson(db, input.id);
    if (!current) throw notFound('Deze persoon');
    repo.setPersonLeftOn(db, input.id, input.leftOn);
    bodies.endMembershipsOfPerson(db, input.id, input.leftOn, current.leftOn);
    return repo.getPerson(db, input.id)!;
  })();
}
