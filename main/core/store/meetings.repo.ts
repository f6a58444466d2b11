// Meetings: rows and the summary list.
import type { Db } from './connection';
import type { Body, MeetingDetail, MeetingStatus, MeetingSummary } from '../../../shared/domain';

/** A meeting as stored: its fields, its state, and where a meeting in progress is. */
export type MeetingRow = MeetingFields & Pick<MeetingDetail, 'id' | 'status'> & {
  checklistId: number;
  adoptedAt: string | null;
  adoptedInMeetingId: number | null;
  currentAgendaItemId: number | null;
  currentChecklistItemId: number | null;
};

export type MeetingFields = Pick<MeetingDetail, 'body' | 'title' | 'startsAt' | 'place' | 'chairId' | 'notulistId'>;

/** A meeting as the lists show it, with its number of items and decisions and whether its minutes are adopted. */
const SUMMARY_SELECT = `
  SELECT m.id, m.body, m.title, m.starts_at AS startsAt, m.place, m.status, c.name AS chairName, m.adopted_at AS adoptedAt,
         (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS itemCount,
         (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.kind = 'besluit') AS decisionCount
  FROM meetings m LEFT JOIN people c ON c.id = m.chair_id`;

export function listMeetings(db: Db): MeetingSummary[] {
  return db
    .prepare(
      `${SUMMARY_SELECT} ORDER BY m.starts_at DESC, m.id DESC`,
    )
    .all() as MeetingSummary[];
}

/** The meeting of this body just before startsAt (other than the meeting itself), or null. */
export function previousMeeting(db: Db, body: Body, startsAt: string, exceptId: number): MeetingSummary | null {
  return (
    (db
      .prepare(`${SUMMARY_SELECT} WHERE m.body = ? AND m.starts_at < ? AND m.id <> ? ORDER BY m.starts_at DESC, m.id DESC LIMIT 1`)
      .get(body, startsAt, exceptId) as MeetingSummary | undefined) ?? null
  );
}

/** Held meetings of this body before startsAt whose minutes are not adopted, latest first. */
export function meetingsAwaitingAdoption(db: Db, body: Body, startsAt: string, exceptId: number): MeetingSummary[] {
  return db
    .prepare(
      `${SUMMARY_SELECT}
       WHERE m.body = ? AND m.starts_at < ? AND m.id <> ? AND m.status = 'gehouden' AND m.adopted_at IS NULL
       ORDER BY m.starts_at DESC, m.id DESC`,
    )
    .all(body, startsAt, exceptId) as MeetingSummary[];
}

/** Meetings whose minutes were adopted in the given meeting, oldest first. */
export function meetingsAdoptedIn(db: Db, meetingId: number): MeetingSummary[] {
  return db.prepare(`${SUMMARY_SELECT} WHERE m.adopted_in_meeting_id = ? ORDER BY m.starts_at, m.id`).all(meetingId) as MeetingSummary[];
}

export function getMeetingRow(db: Db, id: number): MeetingRow | null {
  return (
    (db
      .prepare(
        `SELECT id, body, title, starts_at AS startsAt, place, status, chair_id AS chairId,
                notulist_id AS notulistId, checklist_id AS checklistId, adopted_at AS adoptedAt,
                adopted_in_meeting_id AS adoptedInMeetingId, current_agenda_item_id AS currentAgendaItemId,
                current_checklist_item_id AS currentChecklistItemId
         FROM meetings WHERE id = ?`,
      )
      .get(id) as MeetingRow | undefined) ?? null
  );
}

export function insertMeeting(db: Db, f: MeetingFields, checklistId: number, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO meetings (body, title, starts_at, place, chair_id, notulist_id, checklist_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.body, f.title, f.startsAt, f.place, f.chairId, f.notulistId, checklistId, now, now).lastInsertRowid,
  );
}

export function updateMeeting(db: Db, id: number, f: MeetingFields, now: string): void {
  db.prepare(
    `UPDATE meetings SET body = ?, title = ?, starts_at = ?, place = ?, chair_id = ?, notulist_id = ?, updated_at = ?
     WHERE id = ?`,
  ).run(f.body, f.title, f.startsAt, f.place, f.chairId, f.notulistId, now, id);
}

export function setMeetingStatus(db: Db, id: number, status: MeetingStatus, now: string): void {
  db.prepare('UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function touchMeeting(db: Db, id: number, now: string): void {
  db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?').run(now, id);
}

export function setAdoption(db: Db, id: number, adoptedAt: string, inMeetingId: number): void {
  db.prepare('UPDATE meetings SET adopted_at = ?, adopted_in_meeting_id = ? WHERE id = ?').run(adoptedAt, inMeetingId, id);
}

export function setPresenter(db: Db, id: number, agendaItemId: number | null, checklistItemId: number | null): void {
  db.prepare('UPDATE meetings SET current_agenda_item_id = ?, current_checklist_item_id = ? WHERE id = ?').run(
    agendaItemId,
    checklistItemId,
    id,
  );
}

export function listMeetingsBetween(db: Db, fromIso: string, toIso: string): MeetingSummary[] {
  return db
    .prepare(
      `${SUMMARY_SELECT} WHERE m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id`,
    )
    .all(fromIso, toIso) as MeetingSummary[];
}

/** The first coalition meeting still planned (not held, not adopted) on or after the given moment: where an item
 * passed on from the programmateam or an escalated knelpunt goes. */
export function nextCoalitionMeeting(db: Db, fromStartsAt: string): { id: number; title: string; startsAt: string } | null {
  return (
    (db
      .prepare(
        `SELECT id, title, starts_at AS startsAt FROM meetings
         WHERE body = 'coalitie' AND status = 'gepland' AND adopted_at IS NULL AND starts_at >= ?
         ORDER BY starts_at, id LIMIT 1`,
      )
      .get(fromStartsAt) as { id: number; title: string; startsAt: string } | undefined) ?? null
  );
}
