// Attendance per person for a meeting.
import type { Db } from '../store/connection';
import type { AttendanceEntry, AttendanceStatus } from '../../../shared/domain';
import * as attendance from '../store/attendance.repo';
import { getPerson } from '../store/coalition.repo';
import { requireEditableMeeting } from './guards';
import { notFound } from '../errors';
import { nowIso } from '../clock';
import { touchMeeting } from '../store/meetings.repo';

export function setAttendance(
  db: Db,
  input: { meetingId: number; personId: number; status: AttendanceStatus | null },
): AttendanceEntry[] {
  db.transaction(() => {
    requireEditableMeeting(db, input.meetingId);
    if (!getPerson(db, input.personId)) throw notFound('Deze persoon');
    attendance.setAttendance(db, input.meetingId, input.personId, input.status);
    touchMeeting(db, input.meetingId, nowIso());
  })();
  return attendance.listAttendance(db, input.meetingId);
}
