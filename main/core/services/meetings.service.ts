// Meetings: create, edit, status, and the full detail the renderer and the minutes use.
import type { Db } from '../store/connection';
import type { MeetingDetail, MeetingStatus, MeetingSummary } from '../../../shared/domain';
import * as meetings from '../store/meetings.repo';
import { listAgenda } from '../store/agenda.repo';
import { listAttendance } from '../store/attendance.repo';
import { listActionsOfMeeting } from '../store/actions.repo';
import { getPerson } from '../store/coalition.repo';
import { currentChecklistId, getChecklist } from '../store/profile.repo';
import { AppError, notFound } from '../errors';
import { nowIso } from '../clock';

export const listMeetings = (db: Db): MeetingSummary[] => meetings.listMeetings(db);

export function requireMeeting(db: Db, id: number): meetings.MeetingRow {
  const row = meetings.getMeetingRow(db, id);
  if (!row) throw notFound('Deze vergadering');
  return row;
}

export function getMeeting(db: Db, id: number): MeetingDetail {
  // One read transaction, so the detail is a consistent snapshot.
  return db.transaction(() => {
    const row = requireMeeting(db, id);
    const chair = row.chairId === null ? null : getPerson(db, row.chairId);
    const notulist = row.notulistId === null ? null : getPerson(db, row.notulistId);
    return {
      id: row.id,
      body: row.body,
      title: row.title,
      startsAt: row.startsAt,
      place: row.place,
      status: row.status,
      chairId: row.chairId,
      chairName: chair?.name ?? null,
      notulistId: row.notulistId,
      notulistName: notulist?.name ?? null,
      agenda: listAgenda(db, row.id, row.checklistId),
      attendance: listAttendance(db, row.id),
      actions: listActionsOfMeeting(db, row.id),
      checklist: getChecklist(db, row.checklistId)!,
    };
  })();
}

function checkPeople(db: Db, f: meetings.MeetingFields): void {
  if (f.chairId !== null && !getPerson(db, f.chairId)) throw notFound('De gekozen voorzitter');
  if (f.notulistId !== null && !getPerson(db, f.notulistId)) throw notFound('De gekozen notulist');
}

export function createMeeting(db: Db, f: meetings.MeetingFields): MeetingDetail {
  const id = db.transaction(() => {
    checkPeople(db, f);
    const checklistId = currentChecklistId(db);
    if (checklistId === null) {
      throw new AppError('rule-violation', 'Er is geen checklist vastgelegd; laad eerst het gebiedsprofiel.');
    }
    return meetings.insertMeeting(db, f, checklistId, nowIso());
  })();
  return getMeeting(db, id);
}

export function updateMeeting(db: Db, input: meetings.MeetingFields & { id: number }): MeetingDetail {
  const { id, ...fields } = input;
  db.transaction(() => {
    requireMeeting(db, id);
    checkPeople(db, fields);
    meetings.updateMeeting(db, id, fields, nowIso());
  })();
  return getMeeting(db, id);
}

export function setMeetingStatus(db: Db, input: { id: number; status: MeetingStatus }): MeetingDetail {
  db.transaction(() => {
    requireMeeting(db, input.id);
    meetings.setMeetingStatus(db, input.id, input.status, nowIso());
  })();
  return getMeeting(db, input.id);
}
