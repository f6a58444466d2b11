// Bodies (coalitie, programmateam, kernteam, werkgroepen) and who is a member, in which role, from when until when.
import type { Db } from './connection';
import type { BodyDetail, BodyKind, BodySummary, MemberRole, Membership, ThemeTrekkers } from '../../../shared/bodies';
import { MIN_TREKKERS_PER_THEME } from '../../../shared/registers';

/** A membership is current on a day from its first day up to (not including) its end day. */
export const ACTIVE_ON = (alias: string, day: string) =>
  `(${alias}.starts_on IS NULL OR ${alias}.starts_on <= ${day}) AND (${alias}.ends_on IS NULL OR ${alias}.ends_on > ${day})`;

const MEMBERSHIP_SELECT = `
  SELECT ms.id, ms.body_id AS bodyId, ms.person_id AS personId, p.name AS personName, p.organisation_id AS organisationId,
         o.name AS organisationName, ms.role, ms.theme_id AS themeId, t.name AS themeName, ms.starts_on AS startsOn,
         ms.ends_on AS endsOn
  FROM memberships ms
  JOIN people p ON p.id = ms.person_id
  JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN themes t ON t.id = ms.theme_id`;

export function listBodies(db: Db, day: string): BodySummary[] {
  return db
    .prepare(
      `SELECT b.id, b.kind, b.name, b.purpose,
              (SELECT count(DISTINCT ms.person_id) FROM memberships ms WHERE ms.body_id = b.id AND ${ACTIVE_ON('ms', '@day')}) AS currentMemberCount
       FROM bodies b
       ORDER BY CASE b.kind WHEN 'coalitie' THEN 0 WHEN 'programmateam' THEN 1 WHEN 'kernteam' THEN 2 ELSE 3 END, b.name COLLATE NOCASE`,
    )
    .all({ day }) as BodySummary[];
}

export function getBodyRow(db: Db, id: number): Omit<BodyDetail, 'memberships'> | null {
  return (db.prepare('SELECT id, kind, name, purpose FROM bodies WHERE id = ?').get(id) as Omit<BodyDetail, 'memberships'> | undefined) ?? null;
}

export function bodyIdOfKind(db: Db, kind: Exclude<BodyKind, 'werkgroep'>): number {
  return db.prepare('SELECT id FROM bodies WHERE kind = ?').pluck().get(kind) as number;
}

export function findBodyByName(db: Db, name: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM bodies WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
}

/** Current memberships first (by role, then name), then those that ended, latest first. */
export function listMemberships(db: Db, bodyId: number, day: string): Membership[] {
  return db
    .prepare(
      `${MEMBERSHIP_SELECT}
       WHERE ms.body_id = @bodyId
       ORDER BY CASE WHEN ${ACTIVE_ON('ms', '@day')} THEN 0 ELSE 1 END, ms.ends_on DESC,
                p.name COLLATE NOCASE, ms.id`,
    )
    .all({ bodyId, day }) as Membership[];
}

export function getMembership(db: Db, id: number): Membership | null {
  return (db.prepare(`${MEMBERSHIP_SELECT} WHERE ms.id = ?`).get(id) as Membership | undefined) ?? null;
}

export interface MembershipFields {
  role: MemberRole;
  themeId: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export function insertBody(db: Db, kind: BodyKind, name: string, purpose: string, now: string): number {
  return Number(db.prepare('INSERT INTO bodies (kind, name, purpose, created_at) VALUES (?, ?, ?, ?)').run(kind, name, purpose, now).lastInsertRowid);
}

export function updateBody(db: Db, id: number, name: string, purpose: string): void {
  db.prepare('UPDATE bodies SET name = ?, purpose = ? WHERE id = ?').run(name, purpose, id);
}

export function insertMembership(db: Db, bodyId: number, personId: number, f: MembershipFields): number {
  return Number(
    db
      .prepare('INSERT INTO memberships (body_id, person_id, role, theme_id, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)')
      .run(bodyId, personId, f.role, f.themeId, f.startsOn, f.endsOn).lastInsertRowid,
  );
}

export function updateMembership(db: Db, id: number, f: MembershipFields): void {
  db.prepare('UPDATE memberships SET role = ?, theme_id = ?, starts_on = ?, ends_on = ? WHERE id = ?').run(
    f.role,
    f.themeId,
    f.startsOn,
    f.endsOn,
    id,
  );
}

/** The same person in the same role (and theme) in the body, overlapping the given period. */
export function overlappingMembership(db: Db, bodyId: number, personId: number, f: MembershipFields, exceptId: number | null): number | null {
  return (
    (db
      .prepare(
        `SELECT id FROM memberships
         WHERE body_id = @bodyId AND person_id = @personId AND role = @role AND theme_id IS @themeId AND id IS NOT @exceptId
           AND (ends_on IS NULL OR @startsOn IS NULL OR ends_on > @startsOn)
           AND (starts_on IS NULL OR @endsOn IS NULL OR starts_on < @endsOn)
         LIMIT 1`,
      )
      .pluck()
      .get({ bodyId, personId, role: f.role, themeId: f.themeId, startsOn: f.startsOn, endsOn: f.endsOn, exceptId }) as number | undefined) ?? null
  );
}

/** The person's open coalition membership takes their new coalition role along. */
export function setOpenCoalitionRole(db: Db, personId: number, role: MemberRole): void {
  db.prepare(
    `UPDATE memberships SET role = ?
     WHERE person_id = ? AND ends_on IS NULL AND theme_id IS NULL AND body_id = (SELECT id FROM bodies WHERE kind = 'coalitie')`,
  ).run(role, personId);
}

/** A person who leaves on a day leaves every body they are still in then; with null, what that ended reopens. */
export function endMembershipsOfPerson(db: Db, personId: number, leftOn: string | null, previousLeftOn: string | null): void {
  if (leftOn === null) {
    if (previousLeftOn !== null) {
      db.prepare('UPDATE memberships SET ends_on = NULL WHERE person_id = ? AND ends_on = ?').run(personId, previousLeftOn);
    }
    return;
  }
  db.prepare(
    `UPDATE memberships SET ends_on = @leftOn
     WHERE person_id = @personId AND (ends_on IS NULL OR ends_on > @leftOn) AND (starts_on IS NULL OR starts_on < @leftOn)`,
  ).run({ personId, leftOn });
}

/** Active programmateam trekkers per theme (themes still in development ask for none yet). */
export function themeTrekkers(db: Db, day: string): ThemeTrekkers[] {
  const rows = db
    .prepare(
      `SELECT t.id AS themeId, t.name AS themeName, p.id AS personId, p.name AS personName
       FROM themes t
       LEFT JOIN memberships ms ON ms.theme_id = t.id AND ms.role = 'trekker' AND ${ACTIVE_ON('ms', '@day')}
         AND ms.body_id = (SELECT id FROM bodies WHERE kind = 'programmateam')
       LEFT JOIN people p ON p.id = ms.person_id AND (p.left_on IS NULL OR p.left_on > @day)
       WHERE t.status = 'thema'
       ORDER BY t.position, p.name COLLATE NOCASE`,
    )
    .all({ day }) as { themeId: string; themeName: string; personId: number | null; personName: string | null }[];
  const byTheme = new Map<string, ThemeTrekkers>();
  for (const r of rows) {
    const entry = byTheme.get(r.themeId) ?? { themeId: r.themeId, themeName: r.themeName, trekkers: [], short: true };
    if (r.personId !== null && !entry.trekkers.some((t) => t.id === r.personId)) entry.trekkers.push({ id: r.personId, name: r.personName ?? '' });
    entry.short = entry.trekkers.length < MIN_TREKKERS_PER_THEME;
    byTheme.set(r.themeId, entry);
  }
  return [...byTheme.values()];
}

/** People who are a member of the body's kind on the day (for pickers: trekkers come from the programmateam). */
export function memberIdsOn(db: Db, kind: BodyKind, day: string): number[] {
  return db
    .prepare(
      `SELECT DISTINCT ms.person_id FROM memberships ms JOIN bodies b ON b.id = ms.body_id
       WHERE b.kind = @kind AND ${ACTIVE_ON('ms', '@day')} ORDER BY ms.person_id`,
    )
    .pluck()
    .all({ kind, day }) as number[];
}

export function themeExists(db: Db, themeId: string): boolean {
  return db.prepare('SELECT 1 FROM themes WHERE id = ?').get(themeId) !== undefined;
}
