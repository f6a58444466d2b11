// Action items: from a decision, from a vinkje answered deels/nee, or added by hand.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import type { ActionItem, ActionListEntry, ActionStatus } from '../../../shared/domain';
import type { MeetingRow } from '../store/meetings.repo';
import { todayLocalDate } from '../../../shared/format';
import * as actions from '../store/actions.repo';
import { getOrganisation, getPerson } from '../store/coalition.repo';
import { requireEditableMeeting } from './guards';
import { requireChecklistItem, requireItemOfMeeting } from './agenda.service';
import { notFound, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';

export type ActionInput = ValidInput<'actions:create'>;

export function createAction(db: Db, input: ActionInput): ActionItem {
  const id = db.transaction(() => {
    const meeting = requireEditableMeeting(db, input.meetingId);
    const agendaItemId = input.agendaItemId ?? null;
    const checklistItemId = input.checklistItemId ?? null;
    if (agendaItemId !== null) requireItemOfMeeting(db, meeting, agendaItemId);
    if (checklistItemId !== null) {
      if (agendaItemId === null) throw ruleViolation('Een vervolgactie op een vinkje hoort bij een besluitpunt.');
      requireChecklistItem(db, meeting, checklistItemId);
    }
    const ownerPersonId = input.ownerPersonId ?? null;
    const ownerOrganisationId = input.ownerOrganisationId ?? null;
    if (ownerPersonId !== null && !getPerson(db, ownerPersonId)) throw notFound('De gekozen eigenaar');
    if (ownerOrganisationId !== null && !getOrganisation(db, ownerOrganisationId)) throw notFound('De gekozen organisatie');
    return actions.insertAction(
      db,
      {
        meetingId: meeting.id,
        agendaItemId,
        checklistItemId,
        description: input.description,
        ownerPersonId,
        ownerOrganisationId,
        dueDate: input.dueDate ?? null,
      },
      nowIso(),
    );
  })();
  return actions.getAction(db, id)!;
}

export function setActionStatus(
  db: Db,
  input: { id: number; status: ActionStatus; meetingId?: number | null | undefined },
): ActionItem {
  db.transaction(() => {
    const action = actions.getAction(db, input.id);
    if (!action) throw notFound('Deze actie');
    // Closed in a meeting: recorded with that meeting (whose minutes must still be open). Closed from
    // the actielijst between meetings: no meeting is recorded.
    const closedIn = input.status === 'open' ? null : (input.meetingId ?? null);
    if (input.meetingId) requireEditableMeeting(db, input.meetingId);
    actions.setActionStatus(db, input.id, input.status, closedIn, nowIso());
  })();
  return actions.getAction(db, input.id)!;
}

export function rescheduleAction(db: Db, input: { id: number; dueDate: string | null }): ActionItem {
  db.transaction(() => {
    const action = actions.getAction(db, input.id);
    if (!action) throw notFound('Deze actie');
    if (action.status !== 'open') throw ruleViolation('Alleen een open actie krijgt een nieuwe deadline.');
    actions.setActionDueDate(db, input.id, input.dueDate, nowIso());
  })();
  return actions.getAction(db, input.id)!;
}

export function removeAction(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    const action = actions.getAction(db, input.id);
    if (!action) throw notFound('Deze actie');
    requireEditableMeeting(db, action.meetingId);
    actions.deleteAction(db, input.id);
  })();
  return { ok: true };
}

export function listActions(db: Db, filters: actions.ActionFilters): ActionListEntry[] {
  return actions.listActions(db, filters, todayLocalDate(now()));
}

export function carriedActions(db: Db, meeting: MeetingRow): ActionListEntry[] {
  return actions.listCarriedActions(db, meeting, todayLocalDate(now()));
}
