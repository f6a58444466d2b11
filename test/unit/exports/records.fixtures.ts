// A held meeting for the archival exports (PDF/A, ODT): one decision with six vinkjes answered and one not, text
// with characters XML must escape or cannot hold, a correction, and actions carried over.
import type { ActionItem, Answer, MeetingDetail, VinkjeAnswer } from '../../../shared/domain';
import type { MinutesInput } from '../../../main/core/exports/minutes.model';
import { actionItem, agendaItem, checklist, profile, vinkjeAnswers } from './fixtures';

/** Answers for vinkjes 1–6; vinkje 7 stays unanswered. */
export const ANSWERS: [Answer, string][] = [
  ['ja', 'Beijum & Lewenborg: <b>ervaringsverhalen</b> van "De Wierde"'],
  ['ja', "Werken en wonen hangen samen; 't Zuidoostbuurt-project loopt"],
  ['deels', 'Leerpunten uit Selwerd verwerkt\nsuccessen nog niet beschreven'],
  ['ja', 'Bewonersavond in Lewenborg, 42 deelnemers — reacties positief'],
  ['nee', 'Zelforganisatie in Beijum is nog niet in beeld'],
  ['nvt', 'Nog geen resultaat om te meten'],
];

/** Text in the minutes that an XML writer must escape. */
export const DECISION_TEXT = 'De coalitie stemt in: budget < € 25.000 & evaluatie na één jaar.';

const answers = (): VinkjeAnswer[] => vinkjeAnswers(ANSWERS);

function action(partial: Parameters<typeof actionItem>[1]): ActionItem {
  return actionItem(7, partial);
}

export function archivalMeeting(): MeetingDetail {
  return {
    id: 7,
    body: 'coalitie',
    title: 'Coalitieoverleg december',
    startsAt: '2026-12-03T19:30',
    place: 'Wijkcentrum De Wierde, Beijum',
    status: 'gehouden',
    chairId: 1,
    chairName: 'Koen Schuiling',
    notulistId: 9,
    notulistName: 'Bert Popken',
    checklist,
    agenda: [
      agendaItem({ id: 201, position: 1, kind: 'opening', title: 'Opening', notes: 'De voorzitter opent om 19.30 uur.' }),
      agendaItem({
        id: 202,
        position: 2,
        kind: 'besluit',
        title: 'Wijkbedrijf Beijum & Lewenborg',
        presenter: 'Jeriça Hartholt',
        // A control character the notulist pasted in: XML 1.0 cannot hold it.
        notes: 'De leden steunen de uitbreiding.\u0007\n\nLefier vraagt aandacht voor de huurders.',
        themeIds: ['werken', 'wonen'],
        wijkIds: ['beijum', 'lewenborg'],
        decision: {
          proposal: 'Het wijkbedrijf breidt in 2027 uit naar Beijum en Lewenborg.',
          outcome: 'aangenomen',
          text: DECISION_TEXT,
          checklistId: 1,
          answers: answers(),
          decidedAt: '2026-12-03T20:15:00.000Z',
        },
      }),
      agendaItem({ id: 203, position: 3, kind: 'sluiting', title: 'Sluiting', notes: 'Sluiting om 21.05 uur.' }),
    ],
    attendance: [
      { personId: 1, personName: 'Koen Schuiling', organisationName: 'Gemeente Groningen', role: 'voorzitter', status: 'aanwezig' },
      { personId: 2, personName: 'Jeriça Hartholt', organisationName: 'De Huismeesters', role: 'lid', status: 'aanwezig' },
      { personId: 3, personName: 'Agnes Groen', organisationName: 'Sportcentrum Noord', role: 'lid', status: 'afwezig-met-bericht' },
    ],
    actions: [
      action({ id: 1, agendaItemId: 202, description: 'Werkplan wijkbedrijf Beijum uitwerken', ownerName: 'Lefier', dueDate: '2027-02-01' }),
    ],
    carriedActions: [],
    adoption: null,
  };
}

export const archivalInput = (meeting: MeetingDetail = archivalMeeting()): MinutesInput => ({
  meeting,
  profile,
  generatedAt: new Date('2026-12-04T09:15:00Z'),
});

const GENERATED_AT = new Date('2026-12-04T09:15:00Z');

/** The agenda of the same meeting. */
export const agendaInput = () => ({ meeting: archivalMeeting(), profile, generatedAt: GENERATED_AT });

/** The actielijst with the meeting's action, open and overdue. */
export const actionListInput = () => {
  const meeting = archivalMeeting();
  return {
    actions: meeting.actions.map((a) => ({
      ...a,
      meetingTitle: meeting.title,
      meetingStartsAt: meeting.startsAt,
      closedInMeetingId: null,
      themeIds: ['werken'],
      overdue: true,
      agendaItemTitle: meeting.agenda.find((i) => i.id === a.agendaItemId)?.title ?? null,
      vinkjePosition: null,
      source: 'besluit' as const,
    })),
    filters: {},
    profile,
    generatedAt: GENERATED_AT,
  };
};

/** The besluitenlijst of 2026 with the meeting's decision. */
export const decisionListInput = () => ({
  decisions: [
    {
      meetingId: 7,
      meetingTitle: 'Coalitieoverleg december',
      meetingStartsAt: '2026-12-03T19:30',
      agendaItemId: 202,
      title: 'Wijkbedrijf Beijum & Lewenborg',
      outcome: 'aangenomen' as const,
      text: DECISION_TEXT,
      adoptedAt: null,
    },
  ],
  from: '2026-01-01',
  to: '2026-12-31',
  profile,
  generatedAt: GENERATED_AT,
});
