// Vaststelling notulen: the minutes of a held meeting are adopted at a later meeting, as they are or
// with corrections recorded as corrections. From then on the meeting's records are locked (triggers),
// and sealed: a hash of the records, chained to the previous adopted minutes (durability/chain.ts).
// The names of the people (attendance, chair, notulist, action owners) are recorded as they are at adoption
// and sealed with the rest: a later rename in the coalition list does not change adopted minutes.
import type { Db } from '../store/connection';
import type { MeetingDetail, MinutesAdoptable } from '../../../shared/domain';
import * as meetings from '../store/meetings.repo';
import { listAttendance } from '../store/attendance.repo';
import { listActionsOfMeeting } from '../store/actions.repo';
import { getPerson } from '../store/coalition.repo';
import { recordAdoptedNames } from '../store/adopted-names.repo';
import { insertCorrection, listCorrectionsAdoptedIn } from '../store/minutes-corrections.repo';
import { requireEditableMeeting, requireMeeting } from './guards';
import { getMeeting } from './meeting-detail';
import { ruleViolation } from '../errors';
import { nowIso } from '../clock';
import { formatDate } from '../../../shared/format';
import { sealMinutes } from '../durability/chain';

export function adoptMinutes(db: Db, input: { meetingId: number; atMeetingId: number; corrections?: string | undefined }): MeetingDetail {
  db.transaction(() => {
    const meeting = requireMeeting(db, input.meetingId);
    if (meeting.adoptedAt !== null) {
      throw ruleViolation(`Deze notulen zijn al vastgesteld op ${formatDate(meeting.adoptedAt)}.`);
    }
    if (meeting.status !== 'gehouden') {
      throw ruleViolation('Alleen de notulen van een gehouden vergadering kunnen worden vastgesteld.');
    }
    if (input.atMeetingId === input.meetingId) {
      throw ruleViolation('Notulen worden vastgesteld in een volgende vergadering, niet in dezelfde.');
    }
    const at = requireEditableMeeting(db, input.atMeetingId);
    if (at.startsAt <= meeting.startsAt) {
      throw ruleViolation('Notulen worden vastgesteld in een latere vergadering.');
    }
    const corrections = input.corrections?.trim() ?? '';
    if (corrections !== '') {
      insertCorrection(db, meeting.id, { adoptedInMeetingId: at.id, text: corrections, createdAt: nowIso() });
    }
    meetings.setAdoption(db, meeting.id, at.startsAt.slice(0, 10), at.id);
    recordAdoptedNames(db, meeting.id, {
      chairName: meeting.chairId === null ? null : (getPerson(db, meeting.chairId)?.name ?? null),
      notulistName: meeting.notulistId === null ? null : (getPerson(db, meeting.notulistId)?.name ?? null),
      attendance: listAttendance(db, meeting.id),
      actionOwners: Object.fromEntries(listActionsOfMeeting(db, meeting.id).map((a) => [String(a.id), a.ownerName])),
    });
    // In the same transaction: adopted minutes never exist without their seal.
    sealMinutes(db, meeting.id, nowIso());
  })();
  return getMeeting(db, input.meetingId);
}

/** For the vaststelling item of a meeting: the minutes it can adopt, and those it has adopted. */
export function adoptableMinutes(db: Db, meetingId: number): MinutesAdoptable {
  const meeting = requireMeeting(db, meetingId);
  return {
    previous: meetings.previousMeeting(db, meeting.body, meeting.startsAt, meeting.id),
    pending: meetings.meetingsAwaitingAdoption(db, meeting.body, meeting.startsAt, meeting.id),
    adoptedHere: meetings.meetingsAdoptedIn(db, meeting.id).map((m) => ({
      meeting: m,
      corrections: listCorrectionsAdoptedIn(db, m.id, meeting.id),
    })),
  };
}
