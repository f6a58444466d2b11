// Attendance per person for a meeting, and the two helpers that fill it in at once: everyone not yet marked
// present, or as at the previous meeting of the same body.
import type { Db } from '../store/connection';
import type { AttendanceEntry, AttendanceStatus } from '../../../shared/domain';
import * as attendance from '../store/attendance.repo';
import { getPerson } from '../store/coalition.repo';
import { previousMeeting } from '../store/meetings.repo';
import { requireEditableMeeting } from './guards';
import { notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';
import { touchMeeting } from '../store/meetings.repo';

export function setAttendance(
  db: Db,
  input: { meetingId: number; personId: number; status: AttendanceStatus | null },
): AttendanceEntry[] {
  db.transaction(() => {
    requireEditableMeeting(db, input.meetingId);
    if (!getPerson(db, input.personId)) throw notFound('Deze persoon');
    if (!attendance.listAttendance(db, input.meetingId).some((e) => e.personId === input.personId)) {
      throw ruleViolation('Deze persoon is op de dag van de vergadering geen lid van dit overleg; voeg hem of haar eerst toe bij Overleggen.');
    }
    attendance.setAttendance(db, input.meetingId, input.personId, input.status);
    touchMeeting(db, input.meetingId, nowIso());
  })();
  return attendance.listAttendance(db, input.meetingId);
}

/** Marks everyone not yet filled in as present; what the chair already marked (e.g. afwezig met bericht) stays. */
export function markAllPresent(db: Db, input: { meetingId: number }): AttendanceEntry[] {
  db.transaction(() => {
    requireEditableMeeting(db, input.meetingId);
    for (const entry of attendance.listAttendance(db, input.meetingId)) {
      if (entry.status === null) attendance.setAttendance(db, input.meetingId, entry.personId, 'aanwezig');
    }
    touchMeeting(db, input.meetingId, nowIso());
  })();
  return attendance.listAttendance(db, input.meetingId);
}

/**
 * Copies the attendance of the previous meeting of the same body onto everyone not yet filled in here;
 * what the chair already marked stays. Refused when there is no previous meeting or it recorded nobody.
 */
export function copyPreviousAttendance(db: Db, input: { meetingId: number }): AttendanceEntry[] {
  db.transaction(() => {
    const meeting = requireEditableMeeting(db, input.meetingId);
    const previous = previousMeeting(db, meeting.body, meeting.startsAt, meeting.id);
    if (!previous) throw ruleViolation('Er is geen eerdere vergadering van dit overleg om de aanwezigheid van over te nemen.');
    const before = new Map(
      attendance
        .listAttendance(db, previous.id)
        .filter((e) => e.status !== null)
        .map((e) => [e.personId, e.status!]),
    );
    if (before.size === 0) throw ruleViolation('In de vorige vergadering is geen aanwezigheid ingevuld; er is niets overgenomen.');
    for (const entry of attendance.listAttendance(db, input.meetingId)) {
      const status = before.get(entry.personId);
      if (entry.status === null && status) attendance.setAttendance(db, input.meetingId, entry.personId, status);
    }
    touchMeeting(db, input.meetingId, nowIso());
  })();
  return attendance.listAttendance(db, input.meetingId);
}
