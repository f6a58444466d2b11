// What the export tests share: the seven vinkjes (from the embedded profile), a profile with three themes, wijken
// and two interventions, and builders for an agenda item, vinkje answers and an action. Each test file builds its own meetings, decisions and actions.
import { readFileSync } from 'node:fs';
import type { ActionItem, AgendaItem, Answer, Checklist, Profile, VinkjeAnswer } from '../../../shared/domain';
import { PROFILE_PATH } from '../../helpers/paths';

/** The seven vinkjes verbatim, from the embedded area profile. */
export const QUESTIONS: string[] = (
  JSON.parse(readFileSync(PROFILE_PATH, 'utf8')) as { checklist: { items: { question: string }[] } }
).checklist.items.map((i) => i.question);

export const checklist: Checklist = {
  id: 1,
  name: 'De zeven vinkjes van Groningen-Noord',
  version: 1,
  items: QUESTIONS.map((question, i) => ({ id: 11 + i, key: `vinkje-${i + 1}`, position: i + 1, question })),
};

export const profile: Profile = {
  areaName: 'Groningen-Noord',
  municipality: 'Groningen',
  programme: 'Nationaal Programma Leefbaarheid en Veiligheid (NPLV)',
  themes: [
    { id: 'leren', name: 'Leren', ambition: '', status: 'thema', inferred: false, caveat: null },
    { id: 'werken', name: 'Werken', ambition: '', status: 'thema', inferred: false, caveat: null },
    { id: 'wonen', name: 'Wonen', ambition: '', status: 'thema', inferred: false, caveat: null },
  ],
  wijken: [
    { id: 'selwerd', name: 'Selwerd', identity: '', inArea: true, caveat: null },
    { id: 'beijum', name: 'Beijum', identity: '', inArea: true, caveat: null },
    { id: 'lewenborg', name: 'Lewenborg', identity: '', inArea: true, caveat: null },
  ],
  checklist,
  interventions: [
    { id: 'wijkbedrijven', title: 'Wijkbedrijven', kind: 'lopend initiatief', summary: '', themeIds: ['werken'], wijkIds: [], parentId: null },
    { id: 'brugfunctionaris', title: 'Brugfunctionarissen', kind: 'lopend initiatief', summary: '', themeIds: ['leren'], wijkIds: [], parentId: null },
  ],
};

export function agendaItem(partial: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'position' | 'kind' | 'title'>): AgendaItem {
  return { description: '', presenter: '', notes: '', themeIds: [], wijkIds: [], interventionIds: [], decision: null, ...partial };
}

/** Answers to the vinkjes in order, the first list entry answering vinkje 1. */
export function vinkjeAnswers(list: readonly [Answer, string][]): VinkjeAnswer[] {
  return list.map(([answer, explanation], i) => ({
    checklistItemId: 11 + i,
    position: i + 1,
    question: QUESTIONS[i] as string,
    answer,
    explanation,
    answeredAt: '2026-12-03T20:10:00.000Z',
  }));
}

/** An open action of the given meeting, with no owner link, due date or origin unless given. */
export function actionItem(meetingId: number, partial: Partial<ActionItem> & Pick<ActionItem, 'id' | 'description' | 'ownerName'>): ActionItem {
  return {
    meetingId,
    agendaItemId: null,
    checklistItemId: null,
    ownerPersonId: null,
    ownerOrganisationId: null,
    dueDate: null,
    status: 'open',
    ...partial,
  };
}
