// Agendas that repeat: a standard agenda per body, and copying an earlier meeting's agenda.
import type { Db } from '../store/connection';
import { STEERING_QUESTIONS, type AgendaItem, type Body, type TemplateItem } from '../../../shared/domain';
import * as agenda from '../store/agenda.repo';
import { getTemplateItems, setTemplateItems } from '../store/templates.repo';
import { getMeetingRow, touchMeeting } from '../store/meetings.repo';
import { requireEditableMeeting } from './guards';
import { notFound, ruleViolation } from '../errors';
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

const sameItem = (a: { kind: string; title: string }, b: { kind: string; title: string }) =>
  a.kind === b.kind && a.title.trim().toLocaleLowerCase('nl') === b.title.trim().toLocaleLowerCase('nl');

/** Kinds that open a meeting and kinds that close it: where template items go among the items already there. */
const OPENING_KINDS: readonly string[] = ['opening', 'vaststelling-notulen', 'actielijst'];
const CLOSING_KINDS: readonly string[] = ['rondvraag', 'sluiting'];

/**
 * Adds the standard items the agenda does not have yet (same kind and title), so applying it twice never
 * gives a second copy. Opening items go before the items already there, closing items after, the rest
 * before the closing items.
 */
export function applyTemplate(db: Db, input: { meetingId: number }): AgendaItem[] {
  return db.transaction(() => {
    const meeting = requireEditableMeeting(db, input.meetingId);
    const existing = agenda.listAgenda(db, meeting.id, meeting.checklistId);
    const missing = getTemplate(db, { body: meeting.body }).filter((t) => !existing.some((e) => sameItem(e, t)));
    if (missing.length === 0) throw ruleViolation('De punten van de standaardagenda staan al op de agenda.');
    const before = agenda.agendaIds(db, meeting.id);
    insertTemplateItems(db, meeting.id, missing);
    const added = agenda.agendaKinds(db, meeting.id).filter((i) => !before.includes(i.id));
    const kindOf = new Map(existing.map((e) => [e.id, e.kind as string]));
    const oldMiddle = before.filter((id) => !CLOSING_KINDS.includes(kindOf.get(id)!));
    const oldClosing = before.filter((id) => CLOSING_KINDS.includes(kindOf.get(id)!));
    const pick = (kinds: (k: string) => boolean) => added.filter((i) => kinds(i.kind)).map((i) => i.id);
    agenda.renumber(db, [
      ...pick((k) => OPENING_KINDS.includes(k)),
      ...oldMiddle,
      ...pick((k) => !OPENING_KINDS.includes(k) && !CLOSING_KINDS.includes(k)),
      ...oldClosing,
      ...pick((k) => CLOSING_KINDS.includes(k)),
    ]);
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
