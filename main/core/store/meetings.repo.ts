// Meetings: rows and the summary list.
import type { Db } from './connection';
import type { Body, MeetingStatus, MeetingSummary } from '../../../shared/domain';

export interface MeetingRow {
  id: number;
  body: Body;
  title: string;
  startsAt: string;
  place: string;
  status: MeetingStatus;
  chairId: number | null;
  notulistId: number | null;
  checklistId: number;
}

export interface MeetingFields {
  body: Body;
  title: string;
  startsAt: string;
  place: string;
  chairId: number | null;
  notulistId: number | null;
}

export function listMeetings(db: Db): MeetingSummary[] {
  return db
    .prepare(
      `SELECT m.id, m.body, m.title, m.starts_at AS startsAt, m.place, m.status, c.name AS chairName,
              (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS itemCount,
              (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.kind = 'besluit') AS decisionCount
       FROM meetings m LEFT JOIN people c ON c.id = m.chair_id
       ORDER BY m.starts_at DESC, m.id DESC`,
    )
    .all() as MeetingSummary[];
}

export function getMeetingRow(db: Db, id: number): MeetingRow | null {
  return (
    (db
      .prepare(
        `SELECT id, body, title, starts_at AS startsAt, place, status, chair_id AS chairId,
                notulist_id AS notulistId, checklist_id AS checklistId
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
