// The agenda, actielijst and besluitenlijst exports, read back the way a user would read them: Markdown as text,
// DOCX through its XML, PDF through pdftotext.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionListEntry,
  AgendaItem,
  DecisionListEntry,
  ExportFormat,
  MeetingDetail,
} from '../../../shared/domain';
import { buildAgendaModel } from '../../../main/core/exports/agenda.model';
import {
  renderActionListExport,
  renderAgendaExport,
  renderDecisionListExport,
} from '../../../main/core/exports/lists.export';
import {
  buildActionListModel,
  buildDecisionListModel,
  type ActionListFilters,
} from '../../../main/core/exports/lists.model';
import { escapeCell } from '../../../main/core/exports/md.blocks';
import { actionItem, agendaItem, checklist, profile } from './fixtures';
import { fromBase64, pageCount, readDocx, readPdf } from './read-back';

const run = promisify(execFile);

// ---- Fixtures ----

function undecided(proposal: string): AgendaItem['decision'] {
  return { proposal, outcome: null, text: '', checklistId: 1, answers: [], decidedAt: null };
}

function actionEntry(partial: Partial<ActionListEntry> & Pick<ActionListEntry, 'id' | 'description' | 'ownerName'>): ActionListEntry {
  return {
    ...actionItem(3, partial),
    meetingTitle: 'Coalitieoverleg september',
    meetingStartsAt: '2026-09-24T19:30',
    closedInMeetingId: null,
    themeIds: [],
    overdue: false,
    agendaItemTitle: null,
    vinkjePosition: null,
    source: 'handmatig',
    ...partial,
  };
}

const WIJKBEDRIJF_DESCRIPTION =
  'Het wijkbedrijf in Selwerd draait sinds 2024.\nDe coalitie bespreekt de uitbreiding.\n\nZie de notitie van WerkPro.';
const WIJKBEDRIJF_PROPOSAL = 'Het wijkbedrijf breidt in 2027 uit naar Beijum en Lewenborg, met twintig werkervaringsplekken.';
const PILOT_PROPOSAL = 'Een pilot met brugfunctionarissen op twee mbo-scholen.\nStart: februari 2027.';

const carriedActions: ActionListEntry[] = [
  actionEntry({ id: 90, description: 'Kaart van ontmoetingsplekken in Selwerd maken', ownerName: 'Lefier', dueDate: '2026-11-01', overdue: true }),
  actionEntry({ id: 91, description: 'Ouderavond OBS De Pijlstaart plannen', ownerName: 'Openbaar Onderwijs Groningen', dueDate: '2027-01-15' }),
  actionEntry({
    id: 92,
    description: 'Werkplan wijkbedrijf Selwerd evalueren',
    ownerName: '',
    meetingId: 2,
    meetingTitle: 'Coalitieoverleg juni',
    meetingStartsAt: '2026-06-11T19:30',
  }),
];

/** A coalition meeting still to be held, agenda deliberately out of order. */
function plannedMeeting(): MeetingDetail {
  return {
    id: 4,
    body: 'coalitie',
    title: 'Coalitieoverleg december',
    startsAt: '2026-12-03T19:30',
    place: 'Wijkcentrum De Wierde, Beijum',
    status: 'gepland',
    chairId: 1,
    chairName: 'Koen Schuiling',
    notulistId: 9,
    notulistName: 'Bert Popken',
    checklist,
    agenda: [
      agendaItem({ id: 103, position: 3, kind: 'actielijst', title: 'Actielijst' }),
      agendaItem({ id: 101, position: 1, kind: 'opening', title: 'Opening', presenter: 'Koen Schuiling' }),
      agendaItem({ id: 102, position: 2, kind: 'vaststelling-notulen', title: 'Vaststelling notulen 24 september 2026' }),
      agendaItem({
        id: 104,
        position: 4,
        kind: 'besluit',
        title: 'Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
        presenter: 'Jeriça Hartholt',
        description: WIJKBEDRIJF_DESCRIPTION,
        themeIds: ['werken', 'wonen'],
        wijkIds: ['beijum', 'lewenborg'],
        interventionIds: ['wijkbedrijven'],
        decision: undecided(WIJKBEDRIJF_PROPOSAL),
      }),
      agendaItem({
        id: 105,
        position: 5,
        kind: 'besluit',
        title: 'Pilot brugfunctionarissen op mbo-scholen',
        presenter: 'Carine Bloemhoff',
        themeIds: ['leren'],
        wijkIds: ['selwerd'],
        interventionIds: ['brugfunctionaris'],
        decision: undecided(PILOT_PROPOSAL),
      }),
      agendaItem({
        id: 106,
        position: 6,
        kind: 'bespreking',
        title: 'Jaarplanning 2027',
        presenter: 'Koen Schuiling',
        description: 'Ligt de focus bij iedereen nog op Groningen-Noord?\nZijn we nog met de juiste dingen bezig?',
      }),
      agendaItem({ id: 107, position: 7, kind: 'rondvraag', title: 'Rondvraag' }),
      agendaItem({ id: 108, position: 8, kind: 'sluiting', title: 'Sluiting' }),
    ],
    attendance: [],
    actions: [],
    carriedActions,
    adoption: null,
  };
}

const AGENDA_TITLES = [
  '1. Opening',
  '2. Vaststelling notulen 24 september 2026',
  '3. Actielijst',
  '4. Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
  '5. Pilot brugfunctionarissen op mbo-scholen',
  '6. Jaarplanning 2027',
  '7. Rondvraag',
  '8. Sluiting',
];
const CARRIED_ROWS = [
  ['Kaart van ontmoetingsplekken in Selwerd maken', 'Lefier', '1 november 2026', 'Open, verlopen', 'Coalitieoverleg september (24 september 2026)'],
  ['Ouderavond OBS De Pijlstaart plannen', 'Openbaar Onderwijs Groningen', '15 januari 2027', 'Open', 'Coalitieoverleg september (24 september 2026)'],
  ['Werkplan wijkbedrijf Selwerd evalueren', '—', '—', 'Open', 'Coalitieoverleg juni (11 juni 2026)'],
];

const AGENDA_GENERATED_AT = new Date('2026-11-20T08:00:00Z'); // 09:00 in Groningen
const agendaInput = (meeting: MeetingDetail = plannedMeeting()) => ({ meeting, profile, generatedAt: AGENDA_GENERATED_AT });

const ACTIONS: ActionListEntry[] = [
  actionEntry({
    id: 1,
    description: 'Kaart van ontmoetingsplekken in Selwerd maken',
    ownerOrganisationId: 12,
    ownerName: 'Lefier',
    dueDate: '2026-11-01',
    overdue: true,
    themeIds: ['wonen'],
  }),
  actionEntry({
    id: 2,
    meetingId: 4,
    meetingTitle: 'Coalitieoverleg december',
    meetingStartsAt: '2026-12-03T19:30',
    description: 'Werkplan wijkbedrijf Beijum uitwerken',
    ownerPersonId: 3,
    ownerOrganisationId: 12,
    ownerName: 'Elles Dost',
    dueDate: '2027-02-01',
    themeIds: ['werken', 'wonen'],
    source: 'besluit',
    agendaItemTitle: 'Uitbreiding wijkbedrijven',
  }),
  actionEntry({
    id: 3,
    meetingId: 4,
    meetingTitle: 'Coalitieoverleg december',
    meetingStartsAt: '2026-12-03T19:30',
    description: 'Bewoners in Selwerd vragen of de brugfunctionaris werkt',
    ownerOrganisationId: 15,
    ownerName: 'WIJ Groningen',
    dueDate: '2027-03-01',
    themeIds: ['leren'],
    source: 'vinkje',
    vinkjePosition: 4,
    agendaItemTitle: 'Pilot brugfunctionarissen',
  }),
  actionEntry({
    id: 4,
    meetingId: 4,
    meetingTitle: 'Coalitieoverleg december',
    meetingStartsAt: '2026-12-03T19:30',
    description: 'Successen Paddepoel delen in de nieuwsbrief',
    ownerPersonId: 1,
    ownerName: 'Koen Schuiling',
    status: 'gereed',
    closedInMeetingId: 4,
  }),
  actionEntry({
    id: 5,
    meetingId: 2,
    meetingTitle: 'Programmateam oktober',
    meetingStartsAt: '2026-10-08T10:00',
    description: 'Subsidieaanvraag "Samen Noord" indienen | fase 2',
    ownerOrganisationId: 10,
    ownerName: 'Gemeente Groningen',
    dueDate: '2026-10-31',
    status: 'vervallen',
  }),
];
const ACTION_ROWS = [
  ['1', 'Kaart van ontmoetingsplekken in Selwerd maken', 'Lefier', '1 november 2026', 'Open, verlopen', 'Coalitieoverleg september (24 september 2026)', 'Handmatig'],
  ['2', 'Werkplan wijkbedrijf Beijum uitwerken', 'Elles Dost', '1 februari 2027', 'Open', 'Coalitieoverleg december (3 december 2026)', 'Besluit'],
  ['3', 'Bewoners in Selwerd vragen of de brugfunctionaris werkt', 'WIJ Groningen', '1 maart 2027', 'Open', 'Coalitieoverleg december (3 december 2026)', 'Vinkje 4'],
  ['4', 'Successen Paddepoel delen in de nieuwsbrief', 'Koen Schuiling', '—', 'Gereed', 'Coalitieoverleg december (3 december 2026)', 'Handmatig'],
  ['5', 'Subsidieaanvraag "Samen Noord" indienen | fase 2', 'Gemeente Groningen', '31 oktober 2026', 'Vervallen', 'Programmateam oktober (8 oktober 2026)', 'Handmatig'],
];

const LIST_GENERATED_AT = new Date('2026-12-04T09:15:00Z'); // 10:15 in Groningen
const actionListInput = (actions: ActionListEntry[] = ACTIONS, filters: ActionListFilters = {}) => ({
  actions,
  filters,
  profile,
  generatedAt: LIST_GENERATED_AT,
});

function decision(partial: Partial<DecisionListEntry> & Pick<DecisionListEntry, 'agendaItemId' | 'title' | 'outcome' | 'text'>): DecisionListEntry {
  return {
    meetingId: 5,
    meetingTitle: 'Coalitieoverleg maart',
    meetingStartsAt: '2027-03-11T19:30',
    adoptedAt: '2027-06-17',
    ...partial,
  };
}

const DECISIONS: DecisionListEntry[] = [
  decision({
    agendaItemId: 501,
    title: 'Pilot brugfunctionarissen op mbo-scholen',
    outcome: 'aangenomen-met-wijzigingen',
    text: 'De pilot start op twee scholen.\nEvaluatie na een jaar.',
  }),
  decision({ agendaItemId: 502, title: 'Jaarplanning 2027', outcome: 'aangenomen', text: 'De jaarplanning 2027 wordt vastgesteld.' }),
  decision({
    meetingId: 6,
    meetingTitle: 'Programmateam april',
    meetingStartsAt: '2027-04-08T10:00',
    agendaItemId: 601,
    title: 'Inzet wijkbudget Lewenborg',
    outcome: 'verworpen',
    text: 'Het voorstel past niet binnen de kaders | opnieuw in juni.',
    adoptedAt: null,
  }),
  decision({
    meetingId: 7,
    meetingTitle: 'Coalitieoverleg juni',
    meetingStartsAt: '2027-06-17T19:30',
    agendaItemId: 701,
    title: 'Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
    outcome: 'aangehouden',
    text: 'Aangehouden tot september: eerst de evaluatie van Selwerd.',
    adoptedAt: null,
  }),
  decision({
    meetingId: 7,
    meetingTitle: 'Coalitieoverleg juni',
    meetingStartsAt: '2027-06-17T19:30',
    agendaItemId: 702,
    title: 'Ontmoetingsplekken Beijum',
    outcome: 'ingetrokken',
    text: 'De indiener trekt het voorstel in.',
    adoptedAt: null,
  }),
];
const DECISION_ROWS = [
  ['1', 'Coalitieoverleg maart (11 maart 2027)', 'Pilot brugfunctionarissen op mbo-scholen', 'Aangenomen met wijzigingen', 'De pilot start op twee scholen.\nEvaluatie na een jaar.', 'vastgesteld op 17 juni 2027'],
  ['2', 'Coalitieoverleg maart (11 maart 2027)', 'Jaarplanning 2027', 'Aangenomen', 'De jaarplanning 2027 wordt vastgesteld.', 'vastgesteld op 17 juni 2027'],
  ['3', 'Programmateam april (8 april 2027)', 'Inzet wijkbudget Lewenborg', 'Verworpen', 'Het voorstel past niet binnen de kaders | opnieuw in juni.', 'nog niet vastgesteld'],
  ['4', 'Coalitieoverleg juni (17 juni 2027)', 'Uitbreiding wijkbedrijven naar Beijum en Lewenborg', 'Aangehouden', 'Aangehouden tot september: eerst de evaluatie van Selwerd.', 'nog niet vastgesteld'],
  ['5', 'Coalitieoverleg juni (17 juni 2027)', 'Ontmoetingsplekken Beijum', 'Ingetrokken', 'De indiener trekt het voorstel in.', 'nog niet vastgesteld'],
];
const DECISION_TITLE = 'Besluitenlijst 1 januari 2027 – 31 december 2027';
const decisionListInput = (decisions: DecisionListEntry[] = DECISIONS) => ({
  decisions,
  from: '2027-01-01',
  to: '2027-12-31',
  profile,
  generatedAt: LIST_GENERATED_AT,
});

const COLOPHON = 'Gegenereerd met Coalitietafel op 4 december 2026 om 10:15';
const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** A Markdown table row as the export writes it. */
const mdRow = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;

let tempDir = '';
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'coalitietafel-lists-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});
const pdf = (base64: string, name: string) => readPdf(base64, tempDir, name);

async function pdfPageSize(base64: string, name: string): Promise<string> {
  const file = join(tempDir, name);
  await writeFile(file, Buffer.from(base64, 'base64'));
  const { stdout } = await run('pdfinfo', [file]);
  return /Page size:\s+(.*)/.exec(stdout)?.[1] ?? '';
}

async function pdfSubject(base64: string): Promise<string> {
  const file = join(tempDir, 'subject.pdf');
  await writeFile(file, Buffer.from(base64, 'base64'));
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return /^Subject:\s+(.*)$/m.exec(stdout)?.[1] ?? '';
}

// ---- Agenda ----

describe('agenda model', () => {
  it('numbers the items by position, with kind, presenter, links, proposals and the carried actions', () => {
    const model = buildAgendaModel(agendaInput());
    expect(model.header).toEqual([
      { label: 'Overleg', value: 'Maatschappelijke coalitie' },
      { label: 'Datum', value: 'donderdag 3 december 2026, 19:30' },
      { label: 'Plaats', value: 'Wijkcentrum De Wierde, Beijum' },
      { label: 'Voorzitter', value: 'Koen Schuiling' },
      { label: 'Notulist', value: 'Bert Popken' },
    ]);
    expect(model.items.map((i) => `${i.number}. ${i.title}`)).toEqual(AGENDA_TITLES);
    // Every item names its kind, also where the title repeats it.
    expect(model.items[0]!.meta).toEqual([
      { label: 'Soort', value: 'Opening' },
      { label: 'Inleider', value: 'Koen Schuiling' },
    ]);
    expect(model.items.map((i) => i.meta[0])).toEqual(model.items.map((i) => ({ label: 'Soort', value: i.kind })));
    expect(model.items[3]!.meta).toEqual([
      { label: 'Soort', value: 'Besluit' },
      { label: 'Inleider', value: 'Jeriça Hartholt' },
      { label: "Thema's", value: 'Werken, Wonen' },
      { label: 'Wijken', value: 'Beijum, Lewenborg' },
      { label: 'Interventies', value: 'Wijkbedrijven' },
    ]);
    expect(model.items[5]!.meta).toEqual([
      { label: 'Soort', value: 'Bespreking' },
      { label: 'Inleider', value: 'Koen Schuiling' },
    ]);
    expect(model.items.map((i) => i.proposal)).toEqual(['', '', '', WIJKBEDRIJF_PROPOSAL, PILOT_PROPOSAL, '', '', '']);
    expect(model.items.map((i) => i.carriedActions !== null)).toEqual([false, false, true, false, false, false, false, false]);
    expect(model.items[2]!.carriedActions!.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting])).toEqual(CARRIED_ROWS);
    expect(model.colophon).toBe('Gegenereerd met Coalitietafel op 20 november 2026 om 09:00');
  });

  it('ignores a proposal on an item that is not a decision', () => {
    const meeting = plannedMeeting();
    meeting.agenda.find((i) => i.id === 106)!.decision = undecided('Niet tonen');
    expect(buildAgendaModel(agendaInput(meeting)).items[5]!.proposal).toBe('');
  });
});

describe('agenda export', () => {
  it('Markdown: header, every item with kind, presenter, description, proposal, links and the actielijst', async () => {
    const file = await renderAgendaExport(agendaInput(), 'md');
    expect(file.fileName).toBe('agenda-2026-12-03-maatschappelijke-coalitie.md');
    expect(file.mimeType).toBe(MIME.md);
    const md = fromBase64(file.base64);

    expect(md.startsWith('# Agenda — Coalitieoverleg december\n\n*Nationaal Programma Leefbaarheid en Veiligheid (NPLV) — Groningen-Noord*')).toBe(true);
    for (const line of [
      '- **Overleg:** Maatschappelijke coalitie',
      '- **Datum:** donderdag 3 december 2026, 19:30',
      '- **Plaats:** Wijkcentrum De Wierde, Beijum',
      '- **Voorzitter:** Koen Schuiling',
      '- **Notulist:** Bert Popken',
    ]) {
      expect(md).toContain(line);
    }
    for (const title of AGENDA_TITLES) expect(md).toContain(`\n## ${title}\n`);
    expect(md).toContain(
      "## 4. Uitbreiding wijkbedrijven naar Beijum en Lewenborg\n\n*Soort:* Besluit  \n*Inleider:* Jeriça Hartholt  \n*Thema's:* Werken, Wonen  \n*Wijken:* Beijum, Lewenborg  \n*Interventies:* Wijkbedrijven",
    );
    // Multi-line description: a single newline stays a line break, a blank line a new paragraph.
    expect(md).toContain('Het wijkbedrijf in Selwerd draait sinds 2024.  \nDe coalitie bespreekt de uitbreiding.\n\nZie de notitie van WerkPro.');
    expect(md).toContain(`**Voorstel:** ${WIJKBEDRIJF_PROPOSAL}`);
    expect(md).toContain('**Voorstel:** Een pilot met brugfunctionarissen op twee mbo-scholen.  \nStart: februari 2027.');
    expect(md).toContain('*Inleider:* Carine Bloemhoff');
    expect(md).toContain("*Thema's:* Leren  \n*Wijken:* Selwerd  \n*Interventies:* Brugfunctionarissen");
    expect(md).toContain('**Acties uit eerdere vergaderingen**');
    expect(md).toContain(mdRow(['Actie', 'Eigenaar', 'Uiterlijk', 'Status', 'Uit vergadering']));
    for (const row of CARRIED_ROWS) expect(md).toContain(mdRow(row));
    // The carried actions sit under item 3, before item 4.
    expect(md.indexOf('## 3. Actielijst')).toBeLessThan(md.indexOf(mdRow(CARRIED_ROWS[0]!)));
    expect(md.indexOf(mdRow(CARRIED_ROWS[2]!))).toBeLessThan(md.indexOf('## 4. '));
    expect(md).toContain('## 1. Opening\n\n*Soort:* Opening  \n*Inleider:* Koen Schuiling');
    expect(md.match(/\*Soort:\*/g)).toHaveLength(AGENDA_TITLES.length);
    expect(md.trimEnd().endsWith('*Gegenereerd met Coalitietafel op 20 november 2026 om 09:00*')).toBe(true);
  });

  it('DOCX: headings per item, a real Word table of carried actions, page numbers, portrait', async () => {
    const file = await renderAgendaExport(agendaInput(), 'docx');
    expect(file.fileName).toBe('agenda-2026-12-03-maatschappelijke-coalitie.docx');
    expect(file.mimeType).toBe(MIME.docx);
    const { documentXml, text, tables, footers } = await readDocx(file.base64);

    for (const expected of [
      'Agenda — Coalitieoverleg december',
      'Overleg: Maatschappelijke coalitie',
      'Datum: donderdag 3 december 2026, 19:30',
      'Plaats: Wijkcentrum De Wierde, Beijum',
      'Voorzitter: Koen Schuiling',
      'Notulist: Bert Popken',
      ...AGENDA_TITLES,
      'Inleider: Jeriça Hartholt',
      "Thema's: Werken, Wonen",
      'Wijken: Beijum, Lewenborg',
      'Interventies: Wijkbedrijven',
      `Voorstel: ${WIJKBEDRIJF_PROPOSAL}`,
      'Voorstel: Een pilot met brugfunctionarissen op twee mbo-scholen.\nStart: februari 2027.',
      'Het wijkbedrijf in Selwerd draait sinds 2024.\nDe coalitie bespreekt de uitbreiding.\nZie de notitie van WerkPro.',
      'Acties uit eerdere vergaderingen',
      'Gegenereerd met Coalitietafel op 20 november 2026 om 09:00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toEqual([['Actie', 'Eigenaar', 'Uiterlijk', 'Status', 'Uit vergadering'], ...CARRIED_ROWS]);
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).not.toContain('w:orient="landscape"');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
  });

  it('PDF: every item, proposal, presenter and carried action, with page numbers', async () => {
    const file = await renderAgendaExport(agendaInput(), 'pdf');
    expect(file.fileName).toBe('agenda-2026-12-03-maatschappelijke-coalitie.pdf');
    expect(file.mimeType).toBe(MIME.pdf);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const { layout, flat } = await pdf(file.base64, 'agenda.pdf');

    for (const expected of [
      'Agenda — Coalitieoverleg december',
      'donderdag 3 december 2026, 19:30',
      'Wijkcentrum De Wierde, Beijum',
      'Bert Popken',
      ...AGENDA_TITLES,
      'Inleider: Jeriça Hartholt',
      'Inleider: Carine Bloemhoff',
      "Thema's: Werken, Wonen",
      'Interventies: Brugfunctionarissen',
      'Acties uit eerdere vergaderingen',
    ]) {
      expect(layout).toContain(expected);
    }
    expect(flat).toContain('1. Opening Soort: Opening Inleider: Koen Schuiling');
    expect(flat.match(/Soort: /g)).toHaveLength(AGENDA_TITLES.length);
    expect(flat).toContain(`Voorstel: ${WIJKBEDRIJF_PROPOSAL}`);
    expect(flat).toContain('Voorstel: Een pilot met brugfunctionarissen op twee mbo-scholen. Start: februari 2027.');
    expect(flat).toContain('Het wijkbedrijf in Selwerd draait sinds 2024. De coalitie bespreekt de uitbreiding.');
    for (const row of CARRIED_ROWS) expect(flat).toContain(row.join(' '));
    expect(flat).toContain('Gegenereerd met Coalitietafel op 20 november 2026 om 09:00');
    expect(pageCount(layout)).toBeGreaterThanOrEqual(1);
    expect(await pdfPageSize(file.base64, 'agenda-size.pdf')).toMatch(/^595\.\d+ x 841\.\d+ pts/);
  });

  it('says so when nothing is carried over, or nothing is on the agenda yet', async () => {
    const meeting = plannedMeeting();
    meeting.carriedActions = [];
    const md = fromBase64((await renderAgendaExport(agendaInput(meeting), 'md')).base64);
    expect(md).toContain('## 3. Actielijst\n\n*Soort:* Actielijst\n\nEr staan geen acties open uit eerdere vergaderingen.');
    meeting.agenda = [];
    for (const format of ['md', 'docx', 'pdf'] as const) {
      const file = await renderAgendaExport(agendaInput(meeting), format);
      const text =
        format === 'md'
          ? fromBase64(file.base64)
          : format === 'docx'
            ? (await readDocx(file.base64)).text
            : (await pdf(file.base64, 'empty-agenda.pdf')).flat;
      expect(text).toContain('Er staan nog geen punten op de agenda.');
    }
  });
});

// ---- Actielijst ----

describe('actielijst model', () => {
  it('describes the filters in Dutch, naming the owner from the actions and the theme from the profile', () => {
    const filterLine = (actions: ActionListEntry[], filters: ActionListFilters) =>
      buildActionListModel(actionListInput(actions, filters)).filterLine;
    expect(filterLine(ACTIONS, {})).toBe('Filter: geen (alle acties)');
    // Undefined and null arrive from IPC for filters left empty.
    expect(filterLine(ACTIONS, { status: undefined, themeId: undefined })).toBe('Filter: geen (alle acties)');
    expect(filterLine(ACTIONS.slice(0, 2), { status: 'open', themeId: 'wonen' })).toBe('Filter: status open; thema Wonen');
    expect(filterLine([ACTIONS[1]!], { ownerPersonId: 3 })).toBe('Filter: eigenaar Elles Dost');
    expect(filterLine(ACTIONS.slice(0, 2), { ownerOrganisationId: 12 })).toBe('Filter: eigenaar Lefier of iemand van Lefier');
    // Only a person of the organisation listed: the organisation's own name is not known.
    expect(filterLine([ACTIONS[1]!], { ownerOrganisationId: 12 })).toBe('Filter: eigenaar een gekozen organisatie of iemand daarvan');
    expect(filterLine([], { ownerPersonId: 8, status: 'gereed' })).toBe('Filter: status gereed; eigenaar een gekozen persoon');
    expect(filterLine([], { themeId: 'verdwenen-thema' })).toBe('Filter: thema verdwenen-thema');
  });

  it('counts actions and overdue ones, dated in Groningen', () => {
    const model = buildActionListModel(actionListInput());
    expect(model.header).toEqual([
      { label: 'Stand', value: '4 december 2026' },
      { label: 'Filter', value: 'geen (alle acties)' },
      { label: 'Aantal', value: '5 acties, waarvan 1 verlopen' },
    ]);
    expect(model.rows.map((r) => [String(r.number), r.description, r.owner, r.dueDate, r.status, r.meeting, r.source])).toEqual(ACTION_ROWS);
  });
});

describe('actielijst export', () => {
  it('Markdown: filter line, a row per action with escaped cells', async () => {
    const file = await renderActionListExport(actionListInput(ACTIONS.slice(0, 2), { status: 'open', themeId: 'wonen' }), 'md');
    expect(file.fileName).toBe('actielijst-2026-12-04.md');
    expect(file.mimeType).toBe(MIME.md);
    const md = fromBase64(file.base64);
    expect(md).toContain('# Actielijst\n');
    expect(md).toContain('- **Stand:** 4 december 2026');
    expect(md).toContain('- **Filter:** status open; thema Wonen');
    expect(md).toContain('- **Aantal:** 2 acties, waarvan 1 verlopen');
    expect(md).toContain('| Nr. | Actie | Eigenaar | Deadline | Status | Vergadering | Herkomst |');
    expect(md).toContain(mdRow(ACTION_ROWS[0]!));
    expect(md).toContain(mdRow(ACTION_ROWS[1]!));
    expect(md).not.toContain('WIJ Groningen');
    expect(md.trimEnd().endsWith(`*${COLOPHON}*`)).toBe(true);

    const all = fromBase64((await renderActionListExport(actionListInput(), 'md')).base64);
    expect(all).toContain('| 5 | Subsidieaanvraag "Samen Noord" indienen \\| fase 2 | Gemeente Groningen | 31 oktober 2026 | Vervallen | Programmateam oktober (8 oktober 2026) | Handmatig |');
    expect(all).toContain('- **Filter:** geen (alle acties)');
  });

  it('DOCX: a landscape Word table with every action', async () => {
    const file = await renderActionListExport(actionListInput(ACTIONS, { ownerOrganisationId: 12 }), 'docx');
    expect(file.fileName).toBe('actielijst-2026-12-04.docx');
    const { documentXml, text, tables, footers } = await readDocx(file.base64);
    expect(text).toContain('Actielijst');
    expect(text).toContain('Filter: eigenaar Lefier of iemand van Lefier');
    expect(text).toContain('Aantal: 5 acties, waarvan 1 verlopen');
    expect(text).toContain(COLOPHON);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toEqual([['Nr.', 'Actie', 'Eigenaar', 'Deadline', 'Status', 'Vergadering', 'Herkomst'], ...ACTION_ROWS]);
    expect(documentXml).toContain('w:orient="landscape"');
    // The columns fill the landscape text width exactly.
    const grid = [...documentXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(13958);
    expect(footers).toContain('NUMPAGES');
  });

  it('PDF: filter line, every row in order, overdue marked, landscape with page numbers', async () => {
    const file = await renderActionListExport(actionListInput(ACTIONS, { status: undefined }), 'pdf');
    expect(file.fileName).toBe('actielijst-2026-12-04.pdf');
    const { layout, flat } = await pdf(file.base64, 'actielijst.pdf');
    expect(layout).toContain('Actielijst');
    expect(flat).toContain('Filter: geen (alle acties)');
    expect(flat).toContain('Aantal: 5 acties, waarvan 1 verlopen');
    expect(flat).toContain('Nr. Actie Eigenaar Deadline Status Vergadering Herkomst');
    for (const row of ACTION_ROWS) expect(flat).toContain(row.join(' '));
    expect(flat).toContain(COLOPHON);
    expect(pageCount(layout)).toBe(1);
    expect(await pdfPageSize(file.base64, 'actielijst-size.pdf')).toMatch(/^841\.\d+ x 595\.\d+ pts/);
  });

  it('says so when no action matches, and names the file after the day in Groningen', async () => {
    const file = await renderActionListExport(
      { ...actionListInput([], { status: 'open', themeId: 'werken' }), generatedAt: new Date('2026-12-04T23:30:00Z') },
      'md',
    );
    expect(file.fileName).toBe('actielijst-2026-12-05.md');
    const md = fromBase64(file.base64);
    expect(md).toContain('- **Filter:** status open; thema Werken');
    expect(md).toContain('- **Aantal:** geen acties');
    expect(md).toContain('Er zijn geen acties die aan dit filter voldoen.');
    expect(md).not.toContain('| Nr. |');
    const unfiltered = fromBase64((await renderActionListExport(actionListInput([], {}), 'md')).base64);
    expect(unfiltered).toContain('Er zijn geen acties.');
  });
});

// ---- Besluitenlijst ----

describe('besluitenlijst model', () => {
  it('titles the period and marks each decision adopted or not', () => {
    const model = buildDecisionListModel(decisionListInput());
    expect(model.documentTitle).toBe(DECISION_TITLE);
    expect(model.header).toEqual([
      { label: 'Aantal', value: '5 besluiten uit 3 vergaderingen; 2 vastgesteld, 3 nog niet vastgesteld' },
    ]);
    expect(model.rows.map((r) => [String(r.number), r.meeting, r.title, r.outcome, r.text, r.adoption])).toEqual(DECISION_ROWS);
    expect(buildDecisionListModel({ ...decisionListInput([]), from: '2027-03-11', to: '2027-03-11' }).documentTitle).toBe(
      'Besluitenlijst 11 maart 2027',
    );
  });
});

describe('besluitenlijst export', () => {
  it('Markdown: the period in the title, a row per decision with escaped cells', async () => {
    const file = await renderDecisionListExport(decisionListInput(), 'md');
    expect(file.fileName).toBe('besluitenlijst-2027-01-01-2027-12-31.md');
    expect(file.mimeType).toBe(MIME.md);
    const md = fromBase64(file.base64);
    expect(md.startsWith(`# ${DECISION_TITLE}\n`)).toBe(true);
    expect(md).toContain('| Nr. | Vergadering | Agendapunt | Uitkomst | Besluit | Status |');
    expect(md).toContain(
      '| 1 | Coalitieoverleg maart (11 maart 2027) | Pilot brugfunctionarissen op mbo-scholen | Aangenomen met wijzigingen | De pilot start op twee scholen.<br>Evaluatie na een jaar. | vastgesteld op 17 juni 2027 |',
    );
    expect(md).toContain('| Het voorstel past niet binnen de kaders \\| opnieuw in juni. | nog niet vastgesteld |');
    for (const row of DECISION_ROWS) expect(md).toContain(mdRow(row));
    expect(md.trimEnd().endsWith(`*${COLOPHON}*`)).toBe(true);
  });

  it('DOCX: a landscape Word table with every decision', async () => {
    const file = await renderDecisionListExport(decisionListInput(), 'docx');
    expect(file.fileName).toBe('besluitenlijst-2027-01-01-2027-12-31.docx');
    const { documentXml, text, tables } = await readDocx(file.base64);
    expect(text).toContain(DECISION_TITLE);
    expect(text).toContain('Aantal: 5 besluiten uit 3 vergaderingen; 2 vastgesteld, 3 nog niet vastgesteld');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toEqual([['Nr.', 'Vergadering', 'Agendapunt', 'Uitkomst', 'Besluit', 'Status'], ...DECISION_ROWS]);
    expect(documentXml).toContain('w:orient="landscape"');
  });

  it('PDF: title, every decision with meeting, outcome and adoption, page numbers', async () => {
    const file = await renderDecisionListExport(decisionListInput(), 'pdf');
    expect(file.fileName).toBe('besluitenlijst-2027-01-01-2027-12-31.pdf');
    const { layout, flat } = await pdf(file.base64, 'besluitenlijst.pdf');
    expect(layout).toContain(DECISION_TITLE);
    for (const row of DECISION_ROWS) expect(flat).toContain(row.join(' ').replace(/\n/g, ' '));
    expect(flat).toContain(COLOPHON);
    expect(pageCount(layout)).toBe(1);
  });

  it('says so for a period without decisions, and keeps odd period strings out of the file name', async () => {
    const file = await renderDecisionListExport({ ...decisionListInput([]), from: '2027-01-01', to: '../2027/12' }, 'md');
    expect(file.fileName).toBe('besluitenlijst-2027-01-01-2027-12.md');
    const md = fromBase64(file.base64);
    expect(md).toContain('- **Aantal:** geen besluiten');
    expect(md).toContain('In deze periode zijn geen besluiten genomen.');
  });

  it('carries the programme subtitle under its title in every format, as the other exports do', async () => {
    const subtitle = 'Nationaal Programma Leefbaarheid en Veiligheid (NPLV) — Groningen-Noord';
    const [md, docx, file] = await Promise.all(
      (['md', 'docx', 'pdf'] as const).map((format) => renderDecisionListExport(decisionListInput(), format)),
    );
    expect(fromBase64(md!.base64).startsWith(`# ${DECISION_TITLE}\n\n*${subtitle}*`)).toBe(true);
    expect((await readDocx(docx!.base64)).text.split('\n').slice(0, 2)).toEqual([DECISION_TITLE, subtitle]);
    const { layout } = await pdf(file!.base64, 'besluitenlijst-ondertitel.pdf');
    expect(layout.trim().split('\n').slice(0, 2).map((l) => l.trim())).toEqual([DECISION_TITLE, subtitle]);
    expect(await pdfSubject(file!.base64)).toBe(subtitle);
  });
});

// ---- Long texts and large documents ----

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('long texts', () => {
  it('lose nothing in the PDF when a block or a cell is longer than a page', async () => {
    // pdfmake drops what does not fit when a block it must keep on one page outgrows the page.
    const meeting = plannedMeeting();
    const item = meeting.agenda.find((i) => i.id === 104)!;
    item.description = words('toel', 700).join(' ');
    item.decision = undecided(words('voorstel', 500).join(' '));
    meeting.carriedActions = [actionEntry({ id: 99, description: words('actie', 300).join(' '), ownerName: 'Lefier' })];
    const agenda = await pdf((await renderAgendaExport(agendaInput(meeting), 'pdf')).base64, 'long-agenda.pdf');

    const decisions = [decision({ agendaItemId: 1, title: 'Lang besluit', outcome: 'aangenomen', text: words('besluit', 800).join(' ') })];
    const list = await pdf((await renderDecisionListExport(decisionListInput(decisions), 'pdf')).base64, 'long-decisions.pdf');

    const present = new Set([...agenda.flat.split(' '), ...list.flat.split(' ')]);
    const expected = [...words('toel', 700), ...words('voorstel', 500), ...words('actie', 300), ...words('besluit', 800)];
    expect(expected.filter((w) => !present.has(w))).toEqual([]);
    expect(agenda.flat).toContain('Voorstel: voorstel0 voorstel1');
    expect(list.flat).toContain('vastgesteld op 17 juni 2027');
  });

  it('lose nothing in the PDF at the longest rows still kept whole, in the narrower landscape columns', async () => {
    // Just under the 1200-character guard, with titles and names at the contract's 200-character maximum.
    const upTo = (prefix: string, max: number) => {
      const list: string[] = [];
      while ([...list, `${prefix}${list.length}`].join(' ').length <= max) list.push(`${prefix}${list.length}`);
      return list;
    };
    const text = upTo('t', 1200);
    const title = upTo('titel', 200);
    const owner = upTo('eigenaar', 200);
    const decisions = Array.from({ length: 3 }, (_, i) =>
      decision({ agendaItemId: i, meetingTitle: title.join(' '), title: title.join(' '), outcome: 'aangenomen', text: text.join(' ') }),
    );
    const list = await pdf((await renderDecisionListExport(decisionListInput(decisions), 'pdf')).base64, 'edge-decisions.pdf');
    const actions = Array.from({ length: 3 }, (_, i) =>
      actionEntry({ id: i, description: text.join(' '), ownerName: owner.join(' '), meetingTitle: title.join(' ') }),
    );
    const actionList = await pdf((await renderActionListExport(actionListInput(actions), 'pdf')).base64, 'edge-actions.pdf');
    const meeting = plannedMeeting();
    meeting.carriedActions = actions;
    const agenda = await pdf((await renderAgendaExport(agendaInput(meeting), 'pdf')).base64, 'edge-agenda.pdf');

    for (const [name, read, copies] of [
      ['besluitenlijst', list, 3],
      ['actielijst', actionList, 3],
      ['agenda', agenda, 3],
    ] as const) {
      const counts = new Map<string, number>();
      for (const word of read.flat.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1);
      const short = [...text, ...title].filter((w) => (counts.get(w) ?? 0) < copies);
      expect(short, name).toEqual([]);
    }
  });
});

function largeAgenda(): MeetingDetail {
  const base = plannedMeeting();
  const template = base.agenda.find((i) => i.id === 104)!;
  const agenda: AgendaItem[] = Array.from({ length: 25 }, (_, i) =>
    i === 1
      ? agendaItem({ id: 2000, position: 2, kind: 'actielijst', title: 'Actielijst' })
      : {
          ...template,
          id: 2000 + i,
          position: i + 1,
          title: `Voorstel ${i + 1} over de wijkaanpak`,
          description: `${WIJKBEDRIJF_DESCRIPTION}\n\n${'Toelichting met achtergrond uit de wijken. '.repeat(6)}`,
        },
  );
  const carried = Array.from({ length: 30 }, (_, i) =>
    actionEntry({ id: 3000 + i, description: `Openstaande actie ${i + 1}`, ownerName: 'WIJ Groningen', dueDate: '2026-11-15', overdue: i % 3 === 0 }),
  );
  return { ...base, agenda, carriedActions: carried };
}

function decisionYear(): DecisionListEntry[] {
  return Array.from({ length: 300 }, (_, i) => {
    const month = Math.floor(i / 25) + 1; // 12 meetings of 25 decisions
    return decision({
      meetingId: 100 + month,
      meetingTitle: `Coalitieoverleg ${month}`,
      meetingStartsAt: `2027-${String(month).padStart(2, '0')}-10T19:30`,
      agendaItemId: 10_000 + i,
      title: `Besluit ${i + 1} over de wijkaanpak`,
      outcome: (['aangenomen', 'aangenomen-met-wijzigingen', 'aangehouden', 'verworpen', 'ingetrokken'] as const)[i % 5]!,
      text: `Besluittekst ${i + 1}. ${'De coalitie stemt in met de aanpak en vraagt een evaluatie na een jaar. '.repeat(3)}`,
      adoptedAt: month < 12 ? `2027-${String(month + 1).padStart(2, '0')}-10` : null,
    });
  });
}

describe('large documents', () => {
  it('a 25-item agenda and a 300-decision year export completely in every format', async () => {
    const meeting = largeAgenda();
    const decisions = decisionYear();
    const [agendaMd, agendaDocx, agendaPdf, listMd, listDocx, listPdf] = await Promise.all([
      renderAgendaExport(agendaInput(meeting), 'md'),
      renderAgendaExport(agendaInput(meeting), 'docx'),
      renderAgendaExport(agendaInput(meeting), 'pdf'),
      renderDecisionListExport(decisionListInput(decisions), 'md'),
      renderDecisionListExport(decisionListInput(decisions), 'docx'),
      renderDecisionListExport(decisionListInput(decisions), 'pdf'),
    ]);

    const md = fromBase64(agendaMd.base64);
    const agendaPdfText = await pdf(agendaPdf.base64, 'large-agenda.pdf');
    const agendaDocxText = (await readDocx(agendaDocx.base64)).text;
    for (let n = 1; n <= 25; n++) {
      const title = n === 2 ? '2. Actielijst' : `${n}. Voorstel ${n} over de wijkaanpak`;
      expect(md).toContain(`## ${title}\n`);
      expect(agendaDocxText).toContain(title);
      expect(agendaPdfText.flat).toContain(title);
    }
    expect(agendaPdfText.flat).toContain('Openstaande actie 30 WIJ Groningen 15 november 2026 Open');
    expect(pageCount(agendaPdfText.layout)).toBeGreaterThan(3);

    const listMdText = fromBase64(listMd.base64);
    const { tables } = await readDocx(listDocx.base64);
    const listPdfText = await pdf(listPdf.base64, 'large-decisions.pdf');
    expect(tables[0]).toHaveLength(301);
    expect(tables[0]![300]!.slice(0, 4)).toEqual(['300', 'Coalitieoverleg 12 (10 december 2027)', 'Besluit 300 over de wijkaanpak', 'Ingetrokken']);
    for (let n = 1; n <= 300; n++) {
      expect(listMdText).toContain(`| ${n} | Coalitieoverleg `);
      expect(listPdfText.flat).toContain(`Besluit ${n} over de wijkaanpak`);
    }
    expect(listPdfText.flat).toContain('vastgesteld op 10 december 2027');
    expect(pageCount(listPdfText.layout)).toBeGreaterThan(10);
  });
});
