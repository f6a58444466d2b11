// Action items: from a decision, from a vinkje answered deels/nee, or added by hand.
import type { Db } from '../store/connection';
import type { ActionItem, ActionStatus } from '../../../shared/domain';
import * as actions from '../store/actions.repo';
import { getAgendaRow } from '../store/agenda.repo';
import { getOrganisation, getPerson } from '../store/coalition.repo';
import { getChecklist } from '../store/profile.repo';
import { requireMeeting } from './meetings.service';
import { AppError, notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';

export interface ActionInput {
  meetingId: number;
  agendaItemId?: number | null | undefined;
  checklistItemId?: number | null | undefined;
  description: string;
  ownerPersonId?: number | null | undefined;
  ownerOrganisationId?: number | null | undefined;
  dueDate?: string | null | undefined;
}

export function createAction(db: Db, input: ActionInput): ActionItem {
  const id = db.transaction(() => {
    const meeting = requireMeeting(db, input.meetingId);
    const agendaItemId = input.agendaItemId ?? null;
    const checklistItemId = input.checklistItemId ?? null;
    if (agendaItemId !== null && getAgendaRow(db, agendaItemId)?.meetingId !== meeting.id) {
      throw new AppError('not-found', 'Dit agendapunt hoort niet bij deze vergadering.');
    }
    if (checklistItemId !== null) {
      if (agendaItemId === null) throw ruleViolation('Een vervolgactie op een vinkje hoort bij een besluitpunt.');
      if (!getChecklist(db, meeting.checklistId)!.items.some((i) => i.id === checklistItemId)) {
        throw new AppError('not-found', 'Dit vinkje hoort niet bij de checklist van deze vergadering.');
      }
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

export function setActionStatus(db: Db, input: { id: number; status: ActionStatus }): ActionItem {
  db.transaction(() => {
    if (!actions.getAction(db, input.id)) throw notFound('Deze actie');
    actions.setActionStatus(db, input.id, input.status, nowIso());
  })();
  return actions.getAction(db, input.id)!;
}

export function removeAction(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    if (!actions.getAction(db, input.id)) throw notFound('Deze actie');
    actions.deleteAction(db, input.id);
  })();
  return { ok: true };
}
