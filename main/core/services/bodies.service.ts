// Bodies and their members: the coalition, the programmateam, the kernteam and werkgroepen; who sits in
// them in which role and from when until when; the programmateam's trekkers per theme.
import type { Db } from '../store/connection';
import type { BodyDetail, BodySummary, MemberRole, Membership, ThemeTrekkers } from '../../../shared/bodies';
import { THEME_ROLES } from '../../../shared/bodies';
import { todayLocalDate } from '../../../shared/format';
import * as repo from '../store/bodies.repo';
import { getPerson } from '../store/coalition.repo';
import { AppError, notFound, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';

const today = () => todayLocalDate(now());

export const listBodies = (db: Db): BodySummary[] => repo.listBodies(db, today());

function requireBody(db: Db, id: number) {
  const body = repo.getBodyRow(db, id);
  if (!body) throw notFound('Dit overleg');
  return body;
}

export function getBody(db: Db, input: { id: number }): BodyDetail {
  const body = requireBody(db, input.id);
  return { ...body, memberships: repo.listMemberships(db, body.id, today()) };
}

/** A werkgroep: the plan's other bodies exist from the start, one of each. */
export function createWorkgroup(db: Db, input: { name: string; purpose?: string | undefined }): BodyDetail {
  const id = db.transaction(() => {
    if (repo.findBodyByName(db, input.name)) throw new AppError('conflict', `Er is al een overleg met de naam "${input.name}".`);
    return repo.insertBody(db, 'werkgroep', input.name, input.purpose?.trim() ?? '', nowIso());
  })();
  return getBody(db, { id });
}

export function updateBody(db: Db, input: { id: number; name: string; purpose?: string | undefined }): BodyDetail {
  db.transaction(() => {
    requireBody(db, input.id);
    const other = repo.findBodyByName(db, input.name);
    if (other && other.id !== input.id) throw new AppError('conflict', `Er is al een overleg met de naam "${input.name}".`);
    repo.updateBody(db, input.id, input.name, input.purpose?.trim() ?? '');
  })();
  return getBody(db, { id: input.id });
}

export interface MembershipInput {
  role: MemberRole;
  themeId?: string | null | undefined;
  startsOn?: string | null | undefined;
  endsOn?: string | null | undefined;
}

function checkedFields(db: Db, input: MembershipInput): repo.MembershipFields {
  const themeId = input.themeId ?? null;
  if (themeId !== null && !THEME_ROLES.includes(input.role)) {
    throw ruleViolation('Alleen een trekker of coördinator hoort bij een thema; kies geen thema bij deze rol.');
  }
  if (themeId !== null && !repo.themeExists(db, themeId)) throw notFound('Dit thema');
  const startsOn = input.startsOn ?? null;
  const endsOn = input.endsOn ?? null;
  if (startsOn && endsOn && endsOn <= startsOn) throw ruleViolation('De einddatum moet na de begindatum liggen.');
  return { role: input.role, themeId, startsOn, endsOn };
}

function refuseOverlap(db: Db, bodyId: number, personId: number, fields: repo.MembershipFields, exceptId: number | null): void {
  if (repo.overlappingMembership(db, bodyId, personId, fields, exceptId) !== null) {
    throw new AppError('conflict', 'Deze persoon heeft in die periode al dezelfde rol in dit overleg.');
  }
}

export function addMember(db: Db, input: MembershipInput & { bodyId: number; personId: number }): Membership {
  const id = db.transaction(() => {
    requireBody(db, input.bodyId);
    const person = getPerson(db, input.personId);
    if (!person) throw notFound('Deze persoon');
    const fields = checkedFields(db, input);
    // Someone who left may still be recorded for the time before they left, not after.
    if (person.leftOn && (!fields.startsOn || fields.startsOn >= person.leftOn)) {
      throw ruleViolation(`“${person.name}” is uit de coalitie vertrokken; neem eerst het vertrek terug bij Coalitie.`);
    }
    refuseOverlap(db, input.bodyId, input.personId, fields, null);
    return repo.insertMembership(db, input.bodyId, input.personId, fields);
  })();
  return repo.getMembership(db, id)!;
}

export function updateMember(db: Db, input: MembershipInput & { id: number }): Membership {
  db.transaction(() => {
    const current = repo.getMembership(db, input.id);
    if (!current) throw notFound('Dit lidmaatschap');
    const fields = checkedFields(db, input);
    refuseOverlap(db, current.bodyId, current.personId, fields, current.id);
    repo.updateMembership(db, input.id, fields);
  })();
  return repo.getMembership(db, input.id)!;
}

/** Ends a membership on a day (the first day no longer a member); with null it runs on again. */
export function endMember(db: Db, input: { id: number; endsOn: string | null }): Membership {
  const current = repo.getMembership(db, input.id);
  if (!current) throw notFound('Dit lidmaatschap');
  return updateMember(db, { id: input.id, role: current.role, themeId: current.themeId, startsOn: current.startsOn, endsOn: input.endsOn });
}

export const themeTrekkers = (db: Db): ThemeTrekkers[] => repo.themeTrekkers(db, today());

/** Who can be chosen as trekker of an intervention: today's members of the programmateam. */
export const programmateamMemberIds = (db: Db): number[] => repo.memberIdsOn(db, 'programmateam', today());
