// Organisations and people of the coalition.
import type { Db } from './connection';
import type { Organisation, Person, Role } from '../../../shared/domain';

const PERSON_SELECT = `
  SELECT p.id, p.name, p.organisation_id AS organisationId, o.name AS organisationName, p.role, p.left_on AS leftOn
  FROM people p JOIN organisations o ON o.id = p.organisation_id`;

const ORGANISATION_SELECT = `SELECT id, name, sector, sector_inferred AS sectorInferred, plan_note AS planNote, joined_on AS joinedOn,
  left_on AS leftOn, contribution, why FROM organisations`;
type OrganisationRow = Omit<Organisation, 'people' | 'sectorInferred'> & { sectorInferred: number };
const organisationOf = (row: OrganisationRow, people: Person[]): Organisation => ({ ...row, sectorInferred: row.sectorInferred === 1, people });

export function listOrganisations(db: Db): Organisation[] {
  const orgs = db.prepare(`${ORGANISATION_SELECT} ORDER BY name COLLATE NOCASE`).all() as OrganisationRow[];
  const people = db.prepare(`${PERSON_SELECT} ORDER BY p.name COLLATE NOCASE`).all() as Person[];
  return orgs.map((o) => organisationOf(o, people.filter((p) => p.organisationId === o.id)));
}

export function getOrganisation(db: Db, id: number): Organisation | null {
  const org = db.prepare(`${ORGANISATION_SELECT} WHERE id = ?`).get(id) as OrganisationRow | undefined;
  if (!org) return null;
  const people = db.prepare(`${PERSON_SELECT} WHERE p.organisation_id = ? ORDER BY p.name`).all(id) as Person[];
  return organisationOf(org, people);
}

export function findOrganisationByName(db: Db, name: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM organisations WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
}

export interface OrganisationFields {
  name: string;
  sector: string | null;
  joinedOn: string | null;
  contribution: string;
  why: string;
}

export function insertOrganisation(db: Db, f: OrganisationFields): number {
  return Number(
    db
      .prepare('INSERT INTO organisations (name, sector, joined_on, contribution, why) VALUES (?, ?, ?, ?, ?)')
      .run(f.name, f.sector, f.joinedOn, f.contribution, f.why).lastInsertRowid,
  );
}

export function updateOrganisation(db: Db, id: number, f: OrganisationFields): void {
  db.prepare('UPDATE organisations SET name = ?, sector = ?, joined_on = ?, contribution = ?, why = ? WHERE id = ?').run(
    f.name,
    f.sector,
    f.joinedOn,
    f.contribution,
    f.why,
    id,
  );
}

/** A sector the coalition set is its own, no longer the one the profile inferred from the plan. */
export function clearSectorInferred(db: Db, id: number): void {
  db.prepare('UPDATE organisations SET sector_inferred = 0 WHERE id = ? AND sector_inferred = 1').run(id);
}

export function setOrganisationLeftOn(db: Db, id: number, leftOn: string | null): void {
  db.prepare('UPDATE organisations SET left_on = ? WHERE id = ?').run(leftOn, id);
}

export function getPerson(db: Db, id: number): Person | null {
  return (db.prepare(`${PERSON_SELECT} WHERE p.id = ?`).get(id) as Person | undefined) ?? null;
}

export function insertPerson(db: Db, name: string, organisationId: number, role: Role): number {
  return Number(
    db.prepare('INSERT INTO people (name, organisation_id, role) VALUES (?, ?, ?)').run(name, organisationId, role)
      .lastInsertRowid,
  );
}

export function updatePerson(db: Db, id: number, name: string, organisationId: number, role: Role): void {
  db.prepare('UPDATE people SET name = ?, organisation_id = ?, role = ? WHERE id = ?').run(name, organisationId, role, id);
}

export function setPersonLeftOn(db: Db, id: number, leftOn: string | null): void {
  db.prepare('UPDATE people SET left_on = ? WHERE id = ?').run(leftOn, id);
}
