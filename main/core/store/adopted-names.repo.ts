// The names in adopted minutes as they were at adoption (chair, notulist, attendance, action owners),
// recorded once and sealed with the rest: a later rename in the coalition list does not change them.
import type { Db } from './connection';
import type { AttendanceEntry } from '../../../shared/domain';
import { NAMES_TABLE } from '../durability/chain';

export interface AdoptedNames {
  chairName: string | null;
  notulistName: string | null;
  attendance: AttendanceEntry[];
  /** Action id → the owner's name. */
  actionOwners: Record<string, string>;
}

export function recordAdoptedNames(db: Db, meetingId: number, names: AdoptedNames): void {
  db.prepare(`INSERT INTO ${NAMES_TABLE} (meeting_id, names) VALUES (?, ?)`).run(meetingId, JSON.stringify(names));
}

/** The names recorded at adoption; null for minutes that are not adopted, or adopted before names were recorded. */
export function adoptedNames(db: Db, meetingId: number): AdoptedNames | null {
  const text = db.prepare(`SELECT names FROM ${NAMES_TABLE} WHERE meeting_id = ?`).pluck().get(meetingId) as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as AdoptedNames);
}
