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
import { formatDate } from '../../../shared/format';
import { carriedActions } from './actions.service';
import { adoptedNames, getAdoption, withAdoptedOwners } from './adoption.service';
import { copyAgendaItems, getTemplate, insertTemplateItems } from './templates.service';

export const listMeetings = (db: Db): MeetingSummary[] => meetings.listMeetings(db);

export function requireMeeting(db: Db, id: number): meetings.MeetingRow {
  const row = meetings.getMeetingRow(db, id);
  if (!row) throw notFound('Deze vergadering');
  return row;
}

/** A meeting whose records may still change: not once its minutes are adopted. */
export function requireEditableMeeting(db: Db, id: number): meetings.MeetingRow {
  const row = requireMeeting(db, id);
  if (row.adoptedAt !== null) {
    throw new AppError(
      'rule-violation',
      `De notulen van deze vergadering zijn vastgesteld op ${formatDate(row.adoptedAt)}; ` +
        'wijzigen kan alleen als correctie bij de vaststelling in een latere vergadering.',
    );
  }
  return row;
}

export function getMeeting(db: Db, id: number): MeetingDetail {
  // One read transaction, so the detail is a consistent snapshot.
  return db.transaction(() => {
    const row = requireMeeting(db, id);
    const chair = row.chairId === null ? null : getPerson(db, row.chairId);
    const notulist = row.notulistId === null ? null : getPerson(db, row.notulistId);
    // Adopted minutes show the names as they were adopted, whatever the coalition list says now.
    const adopted = row.adoptedAt === null ? null : adoptedNames(db, row.id);
    return {
      id: row.id,
      body: row.body,
      title: row.title,
      startsAt: row.startsAt,
      place: row.place,
      status: row.status,
      chairId: row.chairId,
      chairName: adopted ? adopted.chairName : (chair?.name ?? null),
      notulistId: row.notulistId,
      notulistName: adopted ? adopted.notulistName : (notulist?.name ?? null),
      agenda: listAgenda(db, row.id, row.checklistId),
      attendance: adopted ? adopted.attendance : listAttendance(db, row.id),
      actions: withAdoptedOwners(listActionsOfMeeting(db, row.id), adopted),
      checklist: getChecklist(db, row.checklistId)!,
      carriedActions: carriedActions(db, row),
      adoption: getAdoption(db, row),
    };
  })();
}

function checkPeople(db: Db, f: meetings.MeetingFields): void {
  if (f.chairId !== null && !getPerson(db, f.chairId)) throw notFound('De gekozen voorzitter');
  if (f.notulistId !== null && !getPerson(db, f.notulistId)) throw notFound('De gekozen notulist');
}

export interface NewMeeting extends meetings.MeetingFields {
  agenda?: 'standaard' | 'leeg' | undefined;
  copyAgendaFromMeetingId?: number | undefined;
}

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
