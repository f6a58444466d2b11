// The full detail of one meeting, as the renderer, the minutes and the exports use it.
import type { Db } from '../store/connection';
import type { Adoption, MeetingDetail } from '../../../shared/domain';
import * as meetings from '../store/meetings.repo';
import { listAgenda } from '../store/agenda.repo';
import { listAttendance } from '../store/attendance.repo';
import { listActionsOfMeeting } from '../store/actions.repo';
import { getPerson } from '../store/coalition.repo';
import { getChecklist } from '../store/profile.repo';
import { listCorrections } from '../store/minutes-corrections.repo';
import { requireMeeting } from './guards';
import { carriedActions } from './actions.service';

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
      carriedActions: carriedActions(db, row),
      adoption: getAdoption(db, row),
    };
  })();
}

export function getAdoption(db: Db, row: meetings.MeetingRow): Adoption | null {
  if (row.adoptedAt === null || row.adoptedInMeetingId === null) return null;
  const at = meetings.getMeetingRow(db, row.adoptedInMeetingId);
  return {
    adoptedAt: row.adoptedAt,
    adoptedInMeetingId: row.adoptedInMeetingId,
    adoptedInMeetingTitle: at?.title ?? '',
    corrections: listCorrections(db, row.id),
  };
}
