// Agendas that repeat: a standard agenda per body, and copying an earlier meeting's agenda.
import type { Db } from '../store/connection';
import { STEERING_QUESTIONS, type AgendaItem, type Body, type TemplateItem } from '../../../shared/domain';
import * as agenda from '../store/agenda.repo';
import { getTemplateItems, setTemplateItems } from '../store/templates.repo';
import { getMeetingRow, touchMeeting } from '../store/meetings.repo';
import { requireEditableMeeting } from './guards';
import { notFound } from '../errors';
import { nowIso } from '../clock';

/** The standard agenda of the area plan (ch. 7) until the programmaleider edits it. */
export const DEFAULT_TEMPLATE: TemplateItem[] = [
  { kind: 'opening', title: 'Opening en mededelingen', description: '' },
  { kind: 'vaststelling-notulen', title: 'Vaststelling notulen vorige vergadering', description: '' },
  { kind: 'actielijst', title: 'Actielijst', description: '' },
  { kind: 'bespreking', title: 'Koers: zijn we nog op de goede weg?', description: STEERING_QUESTIONS.join('\n') },
  { kind: 'rondvraag', title: 'Rondvraag', description: '' },
  { kind: 'sluiting', title: 'Sluiting', description: '' },
];

export function getTemplate(db: Db, input: { body: Body }): TemplateItem[] {
  return getTemplateItems(db, input.body) ?? DEFAULT_TEMPLATE;
}

export function setTemplate(db: Db, input: { body: Body; items: { kind: TemplateItem['kind']; title: string; description?: string | undefined }[] }): TemplateItem[] {
  const items: TemplateItem[] = input.items.map((i) => ({ kind: i.kind, title: i.title, description: i.description ?? '' }));
  setTemplateItems(db, input.body, items);
  return items;
}

export function insertTemplateItems(db: Db, meetingId: number, items: TemplateItem[]): void {
  for (const item of items) {
    agenda.insertAgendaItem(db, meetingId, {
      kind: item.kind,
      title: item.title,
      description: item.description,
      presenter: '',
      proposal: '',
    });
  }
}

export function applyTemplate(db: Db, input: { meetingId: number }): AgendaItem[] {
  return db.transaction(() => {
    const meeting = requireEditableMeeting(db, input.meetingId);
    insertTemplateItems(db, meeting.id, getTemplate(db, { body: meeting.body }));
    touchMeeting(db, meeting.id, nowIso());
    return agenda.listAgenda(db, meeting.id, meeting.checklistId);
  })();
}

/** Copies the items (with proposals and links, not notes, answers or outcomes) of an earlier meeting. */
export function copyAgenda(db: Db, input: { meetingId: number; sourceMeetingId: number }): AgendaItem[] {
  return db.transaction(() => {
    const meeting = requireEditableMeeting(db, input.meetingId);
    copyAgendaItems(db, meeting.id, input.sourceMeetingId);
    touchMeeting(db, meeting.id, nowIso());
    return agenda.listAgenda(db, meeting.id, meeting.checklistId);
  })();
}

export function copyAgendaItems(db: Db, meetingId: number, sourceMeetingId: number): void {
    const meeting = { id: meetingId };
    const source = getMeetingRow(db, sourceMeetingId);
    if (!source) throw notFound('De vergadering om van te kopiëren');
    for (const item of agenda.listAgenda(db, source.id, source.checklistId)) {
      const id = agenda.insertAgendaItem(db, meeting.id, {
        kind: item.kind,
        title: item.title,
        description: item.description,
        presenter: item.presenter,
        proposal: item.decision?.proposal ?? '',
      });
      agenda.replaceLinks(db, id, { themeIds: item.themeIds, wijkIds: item.wijkIds, interventionIds: item.interventionIds });
    }
}
