// The meeting room: what the voorzitter's screen shows now, for the projector view to follow.
import { createHash } from 'node:crypto';
import type { Db } from '../store/connection';
import type { PresenterState } from '../../../shared/domain';
import { setPresenter } from '../store/meetings.repo';
import { listAgenda } from '../store/agenda.repo';
import { getChecklist } from '../store/profile.repo';
import { listAttendance } from '../store/attendance.repo';
import { requireMeeting } from './guards';
import { requireChecklistItem, requireItemOfMeeting } from './agenda.service';

export function setPresenterState(
  db: Db,
  input: { meetingId: number; agendaItemId: number | null; checklistItemId: number | null },
): PresenterState {
  db.transaction(() => {
    const meeting = requireMeeting(db, input.meetingId);
    if (input.agendaItemId !== null) requireItemOfMeeting(db, meeting, input.agendaItemId);
    if (input.checklistItemId !== null) requireChecklistItem(db, meeting, input.checklistItemId);
    setPresenter(db, meeting.id, input.agendaItemId, input.agendaItemId === null ? null : input.checklistItemId);
  })();
  return getPresenterState(db, { meetingId: input.meetingId });
}

export function getPresenterState(db: Db, input: { meetingId: number }): PresenterState {
  return db.transaction(() => {
    const meeting = requireMeeting(db, input.meetingId);
    const checklist = getChecklist(db, meeting.checklistId)!;
    const item =
      meeting.currentAgendaItemId === null
        ? null
        : (listAgenda(db, meeting.id, meeting.checklistId).find((i) => i.id === meeting.currentAgendaItemId) ?? null);
    const vinkje = checklist.items.find((i) => i.id === meeting.currentChecklistItemId) ?? null;
    const answers =
      item?.decision != null
        ? checklist.items.map((ci) => {
            const a = item.decision!.answers.find((x) => x.checklistItemId === ci.id);
            return { position: ci.position, question: a?.question ?? ci.question, answer: a?.answer ?? null, explanation: a?.explanation ?? '' };
          })
        : [];
    const present = listAttendance(db, meeting.id).filter((a) => a.status === 'aanwezig');
    const byOrganisation = new Map<string, string[]>();
    for (const p of present) byOrganisation.set(p.organisationName, [...(byOrganisation.get(p.organisationName) ?? []), p.personName]);
    const state: Omit<PresenterState, 'version'> = {
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt,
      status: meeting.status,
      item: item && {
        id: item.id,
        position: item.position,
        kind: item.kind,
        title: item.title,
        proposal: item.decision?.proposal ?? '',
        outcome: item.decision?.outcome ?? null,
        decisionText: item.decision?.outcome ? item.decision.text : '',
      },
      // A decided item has no vinkje under discussion any more: the outcome takes its place.
      vinkje: vinkje && !item?.decision?.outcome ? { id: vinkje.id, position: vinkje.position, question: vinkje.question } : null,
      answers,
      attendance: [...byOrganisation].map(([organisationName, names]) => ({ organisationName, present: names })),
      residentsPresent: present.filter((p) => p.role === 'bewonersvertegenwoordiger').length,
    };
    const version = createHash('sha1').update(JSON.stringify(state)).digest('hex').slice(0, 16);
    return { ...state, version };
  })();
}
