// The agenda: add, edit, reorder, remove items, and notes per item.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import type { AgendaItem, AgendaKind, ChecklistItem } from '../../../shared/domain';
import * as agenda from '../store/agenda.repo';
import type { MeetingRow } from '../store/meetings.repo';
import { getChecklist } from '../store/profile.repo';
import { requireKnownLinks } from './links.service';
import { requireEditableMeeting, requireMeeting } from './guards';
import { AppError, notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';
import { touchMeeting } from '../store/meetings.repo';

export type AgendaInput = Omit<ValidInput<'agenda:update'>, 'id'>;

export function requireAgendaItem(db: Db, id: number) {
  const row = agenda.getAgendaRow(db, id);
  if (!row) throw notFound('Dit agendapunt');
  return row;
}

/**
 * A decision item (kind "besluit") with its meeting; by default the meeting's minutes must not be adopted yet,
 * `{ editable: false }` only reads.
 */
export function requireDecisionItem(db: Db, agendaItemId: number, options: { editable?: boolean } = {}) {
  const row = requireAgendaItem(db, agendaItemId);
  if (row.kind !== 'besluit') throw ruleViolation('Alleen een besluitpunt wordt langs de zeven vinkjes gelegd.');
  const meeting = options.editable === false ? requireMeeting(db, row.meetingId) : requireEditableMeeting(db, row.meetingId);
  return { row, meeting };
}

/** Refuses an agenda item of another meeting. */
export function requireItemOfMeeting(db: Db, meeting: MeetingRow, agendaItemId: number): void {
  if (agenda.getAgendaRow(db, agendaItemId)?.meetingId !== meeting.id) {
    throw new AppError('not-found', 'Dit agendapunt hoort niet bij deze vergadering.');
  }
}

/** The vinkje of the meeting's checklist with this id; refuses one of another checklist. */
export function requireChecklistItem(db: Db, meeting: MeetingRow, checklistItemId: number): ChecklistItem {
  const item = getChecklist(db, meeting.checklistId)!.items.find((i) => i.id === checklistItemId);
  if (!item) throw new AppError('not-found', 'Dit vinkje hoort niet bij de checklist van deze vergadering.');
  return item;
}

/** An agenda item whose meeting's minutes are not yet adopted. */
export function requireEditableAgendaItem(db: Db, id: number) {
  const row = requireAgendaItem(db, id);
  requireEditableMeeting(db, row.meetingId);
  return row;
}

/** The item as the renderer sees it, read after a write. */
export function readAgendaItem(db: Db, id: number): AgendaItem {
  const row = requireAgendaItem(db, id);
  const meeting = requireMeeting(db, row.meetingId);
  return agenda.listAgenda(db, row.meetingId, meeting.checklistId).find((i) => i.id === id)!;
}

function readAgenda(db: Db, meetingId: number): AgendaItem[] {
  return agenda.listAgenda(db, meetingId, requireMeeting(db, meetingId).checklistId);
}

function fieldsOf(input: AgendaInput): agenda.AgendaFields {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? '',
    presenter: input.presenter?.trim() ?? '',
    proposal: input.kind === 'besluit' ? (input.proposal ?? '') : '',
  };
}

export function addAgendaItem(db: Db, input: AgendaInput & { meetingId: number }): AgendaItem {
  const id = db.transaction(() => {
    requireEditableMeeting(db, input.meetingId);
    const links = requireKnownLinks(db, input);
    const id = agenda.insertAgendaItem(db, input.meetingId, fieldsOf(input));
    agenda.replaceLinks(db, id, links);
    keepClosingItemsLast(db, input.meetingId, id, input.kind);
    touchMeeting(db, input.meetingId, nowIso());
    return id;
  })();
  return readAgendaItem(db, id);
}

const CLOSING_KINDS: readonly AgendaKind[] = ['rondvraag', 'sluiting'];

/** A new item goes before the rondvraag and sluiting at the end, as a chair would place it. */
function keepClosingItemsLast(db: Db, meetingId: number, newId: number, kind: AgendaKind): void {
  if (CLOSING_KINDS.includes(kind)) return;
  const items = agenda.agendaKinds(db, meetingId).filter((i) => i.id !== newId);
  let insertAt = items.length;
  while (insertAt > 0 && CLOSING_KINDS.includes(items[insertAt - 1]!.kind)) insertAt -= 1;
  if (insertAt === items.length) return;
  const ids = items.map((i) => i.id);
  ids.splice(insertAt, 0, newId);
  agenda.renumber(db, ids);
}

export function updateAgendaItem(db: Db, input: AgendaInput & { id: number }): AgendaItem {
  db.transaction(() => {
    const row = requireEditableAgendaItem(db, input.id);
    if (row.kind === 'besluit' && input.kind !== 'besluit' && (row.outcome !== null || agenda.countAnswers(db, row.id) > 0)) {
      throw new AppError(
        'rule-violation',
        'Dit besluitpunt heeft al vinkjes of een uitkomst; het kan geen ander soort agendapunt meer worden.',
      );
    }
    const links = requireKnownLinks(db, input);
    agenda.updateAgendaItem(db, input.id, fieldsOf(input));
    agenda.replaceLinks(db, input.id, links);
    touchMeeting(db, row.meetingId, nowIso());
  })();
  return readAgendaItem(db, input.id);
}

export function moveAgendaItem(db: Db, input: { id: number; position: number }): AgendaItem[] {
  const meetingId = db.transaction(() => {
    const row = requireEditableAgendaItem(db, input.id);
    const ids = agenda.agendaIds(db, row.meetingId).filter((id) => id !== input.id);
    const target = Math.min(Math.max(input.position, 1), ids.length + 1);
    ids.splice(target - 1, 0, input.id);
    agenda.renumber(db, ids);
    touchMeeting(db, row.meetingId, nowIso());
    return row.meetingId;
  })();
  return readAgenda(db, meetingId);
}

export function removeAgendaItem(db: Db, input: { id: number }): AgendaItem[] {
  const meetingId = db.transaction(() => {
    const row = requireEditableAgendaItem(db, input.id);
    if (row.outcome !== null) {
      throw new AppError('rule-violation', 'Over dit punt is al besloten; een genomen besluit kan niet van de agenda worden gehaald.');
    }
    agenda.deleteAgendaItem(db, input.id);
    agenda.renumber(db, agenda.agendaIds(db, row.meetingId));
    touchMeeting(db, row.meetingId, nowIso());
    return row.meetingId;
  })();
  return readAgenda(db, meetingId);
}

export function setAgendaNotes(db: Db, input: { id: number; notes: string }): AgendaItem {
  db.transaction(() => {
    const row = requireEditableAgendaItem(db, input.id);
    agenda.setNotes(db, input.id, input.notes);
    touchMeeting(db, row.meetingId, nowIso());
  })();
  return readAgendaItem(db, input.id);
}
