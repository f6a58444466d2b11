// Who was at a meeting: one row per person marked; unmarked people have status null. People who left the
// coalition before the meeting are not listed unless they were marked.
import type { Db } from './connection';
import type { AttendanceEntry, AttendanceStatus } from '../../../shared/domain';

export function listAttendance(db: Db, meetingId: number): AttendanceEntry[] {
  return db
    .prepare(
      `SELECT p.id AS personId, p.name AS personName, o.name AS organisationName, p.role, a.status
       FROM people p
       JOIN organisations o ON o.id = p.organisation_id
       JOIN meetings m ON m.id = @meetingId
       LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = @meetingId
       -- Someone who left is listed for meetings before that day, and wherever they were already marked.
       WHERE p.left_on IS NULL OR p.left_on > substr(m.starts_at, 1, 10) OR a.status IS NOT NULL
       ORDER BY o.name COLLATE NOCASE, p.name COLLATE NOCASE`,
    )
    .all({ meetingId }) as AttendanceEntry[];
}

export function setAttendance(db: Db, meetingId: number, personId: number, status: AttendanceStatus | null): void {
  if (status === null) {
    db.prepare('DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?').run(meetingId, personId);
    return;
  }
  db.prepare(
    `INSERT INTO attendance (meeting_id, person_id, status) VALUES (?, ?, ?)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status`,
  ).run(meetingId, personId, status);
}
