// Who was at a meeting: one row per person marked; unmarked people have status null. Listed are the members
// of the meeting's body on the meeting's day — not someone who left, nor a person of an organisation that had
// not yet joined or had already left — and everyone who was marked, whatever happened since.
import type { Db } from './connection';
import type { AttendanceEntry, AttendanceStatus } from '../../../shared/domain';
import { ACTIVE_ON } from './bodies.repo';
import { prepareCached } from './statement-cache';

// When someone holds several roles in the body that day, the one that matters most at the table is shown.
const ROLE_ORDER = `CASE ms.role WHEN 'voorzitter' THEN 0 WHEN 'programmaleider' THEN 1 WHEN 'bewonersvertegenwoordiger' THEN 2
  WHEN 'coordinator' THEN 3 WHEN 'trekker' THEN 4 WHEN 'rijksvertegenwoordiger' THEN 5 WHEN 'notulist' THEN 6 ELSE 7 END`;

export function listAttendance(db: Db, meetingId: number): AttendanceEntry[] {
  return prepareCached(
    db,
    `WITH meeting AS (SELECT id, body, substr(starts_at, 1, 10) AS day FROM meetings WHERE id = @meetingId),
       member AS (
         SELECT ms.person_id, ms.role, row_number() OVER (PARTITION BY ms.person_id ORDER BY ${ROLE_ORDER}, ms.id) AS n
         FROM memberships ms JOIN bodies b ON b.id = ms.body_id JOIN meeting ON b.kind = meeting.body
         WHERE ${ACTIVE_ON('ms', 'meeting.day')}
       )
       SELECT p.id AS personId, p.name AS personName, o.name AS organisationName, coalesce(member.role, p.role) AS role, a.status
       FROM meeting
       JOIN people p
       JOIN organisations o ON o.id = p.organisation_id
       LEFT JOIN member ON member.person_id = p.id AND member.n = 1
       LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = meeting.id
       WHERE a.status IS NOT NULL
          OR (member.person_id IS NOT NULL
              AND (p.left_on IS NULL OR p.left_on > meeting.day)
              AND (o.joined_on IS NULL OR o.joined_on <= meeting.day)
              AND (o.left_on IS NULL OR o.left_on > meeting.day))
       ORDER BY o.name COLLATE NOCASE, p.name COLLATE NOCASE`,
  ).all({ meetingId }) as AttendanceEntry[];
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
