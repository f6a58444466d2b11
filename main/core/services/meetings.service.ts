// Meetings: create, edit, status. The full detail the renderer and the minutes use is in meeting-detail.ts.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import type { MeetingDetail, MeetingStatus, MeetingSummary } from '../../../shared/domain';
import * as meetings from '../store/meetings.repo';
import { getPerson } from '../store/coalition.repo';
import { currentChecklistId } from '../store/profile.repo';
import { AppError, notFound } from '../errors';
import { nowIso } from '../clock';
import { requireEditableMeeting } from './guards';
import { getMeeting } from './meeting-detail';
import { copyAgendaItems, getTemplate, insertTemplateItems } from './templates.service';

export const listMeetings = (db: Db): MeetingSummary[] => meetings.listMeetings(db);

function checkPeople(db: Db, f: meetings.MeetingFields): void {
  if (f.chairId !== null && !getPerson(db, f.chairId)) throw notFound('De gekozen voorzitter');
  if (f.notulistId !== null && !getPerson(db, f.notulistId)) throw notFound('De gekozen notulist');
}

export type NewMeeting = ValidInput<'meetings:create'>;

export function createMeeting(db: Db, input: NewMeeting): MeetingDetail {
  const { agenda, copyAgendaFromMeetingId, ...f } = input;
  const id = db.transaction(() => {
    checkPeople(db, f);
    const checklistId = currentChecklistId(db);
    if (checklistId === null) {
      throw new AppError('rule-violation', 'Er is geen checklist vastgelegd; laad eerst het gebiedsprofiel.');
    }
    const id = meetings.insertMeeting(db, f, checklistId, nowIso());
    if (copyAgendaFromMeetingId !== undefined) copyAgendaItems(db, id, copyAgendaFromMeetingId);
    else if (agenda === 'standaard') insertTemplateItems(db, id, getTemplate(db, { body: f.body }));
    return id;
  })();
  return getMeeting(db, id);
}

export function updateMeeting(db: Db, input: meetings.MeetingFields & { id: number }): MeetingDetail {
  const { id, ...fields } = input;
  db.transaction(() => {
    requireEditableMeeting(db, id);
    checkPeople(db, fields);
    meetings.updateMeeting(db, id, fields, nowIso());
  })();
  return getMeeting(db, id);
}

export function setMeetingStatus(db: Db, input: { id: number; status: MeetingStatus }): MeetingDetail {
  db.transaction(() => {
    requireEditableMeeting(db, input.id);
    meetings.setMeetingStatus(db, input.id, input.status, nowIso());
  })();
  return getMeeting(db, input.id);
}
