// The full detail of one meeting, as the renderer, the minutes and the exports use it.
import type { Db } from '../store/connection';
import type { ActionItem, Adoption, MeetingDetail } from '../../../shared/domain';
import * as meetings from '../store/meetings.repo';
import { listAgenda } from '../store/agenda.repo';
import { listAttendance } from '../store/attendance.repo';
import { listActionsOfMeeting } from '../store/actions.repo';
import { getPerson } from '../store/coalition.repo';
import { getChecklist } from '../store/profile.repo';
import { listCorrections } from '../store/minutes-corrections.repo';
import { adoptedNames, type AdoptedNames } from '../store/adopted-names.repo';
import { checkSeal } from '../durability/chain';
import { requireMeeting } from './guards';
import { carriedActions } from './actions.service';

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

export function getAdoption(db: Db, row: meetings.MeetingRow): Adoption | null {
  if (row.adoptedAt === null || row.adoptedInMeetingId === null) return null;
  const at = meetings.getMeetingRow(db, row.adoptedInMeetingId);
  return {
    adoptedAt: row.adoptedAt,
    adoptedInMeetingId: row.adoptedInMeetingId,
    adoptedInMeetingTitle: at?.title ?? '',
    corrections: listCorrections(db, row.id),
    // Checked before the adopted minutes are shown or exported; remembered until the file changes.
    seal: checkSeal(db, row.id),
  };
}

/** Action items of adopted minutes with their owners as named at adoption (their status still moves on). */
function withAdoptedOwners(actions: ActionItem[], names: AdoptedNames | null): ActionItem[] {
  if (!names) return actions;
  return actions.map((a) => ({ ...a, ownerName: names.actionOwners[String(a.id)] ?? a.ownerName }));
}
