// The minutes exports, read back the way a user would read them: Markdown as text, DOCX through its XML,
// PDF through pdftotext.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionItem,
  ActionListEntry,
  AgendaItem,
  Answer,
  AttendanceEntry,
  MeetingDetail,
} from '../../../shared/domain';
import { ANSWER_LABELS } from '../../../shared/domain';
import { exportMinutes, minutesFileName } from '../../../main/core/exports/minutes.export';
import { slugify } from '../../../main/core/exports/file-names';
import { buildMinutesModel, formatMeetingDateTime, type MinutesInput } from '../../../main/core/exports/minutes.model';
import { escapeCell } from '../../../main/core/exports/md.blocks';
import { renderMinutesMarkdown } from '../../../main/core/exports/minutes.document';
import { QUESTIONS, actionItem, agendaItem, checklist, profile, vinkjeAnswers } from './fixtures';

const run = promisify(execFile);

// ---- Fixture: a held coalition meeting with two decisions ----

const answers = vinkjeAnswers;

const FIRST_ANSWERS: [Answer, string][] = [
  ['ja', 'Beijum, Selwerd — ervaringsverhalen, café De Wierde'],
  ['ja', 'Werken en wonen hangen samen: werkervaring in de eigen straat'],
  ['deels', 'Leerpunten uit Selwerd verwerkt; successen nog niet beschreven'],
  ['ja', 'Bewonersavond in Lewenborg, 42 deelnemers, reacties positief'],
  ['ja', 'Beijum kent sterke zelforganisatie; daar sluiten we op aan'],
  ['nee', 'Norm voor doorstroom naar betaald werk ontbreekt nog'],
  ['nvt', 'Nog geen resultaat om te vieren; volgt bij de eerste oplevering'],
];
const SECOND_ANSWERS: [Answer, string][] = [
  ['deels', 'Twee ouders van OBS De Pijlstaart gesproken, meer nodig'],
  ['ja', 'Samenhang leren en zorg: brugfunctionaris werkt met WIJ-team'],
  ['ja', 'Evaluatie Paddepoel (2024) als basis gebruikt'],
  ['nee', 'Bewoners in Selwerd nog niet gevraagd of het werkt'],
  ['deels', 'Verschil tussen Selwerd en De Hoogte nog onduidelijk'],
  ['ja', 'Norm: elke school binnen vier weken een vast aanspreekpunt'],
  ['ja', 'Succes Paddepoel gevierd bij de Noorderpoort, met taart en koffie'],
];

function attendee(personId: number, personName: string, organisationName: string, status: AttendanceEntry['status']): AttendanceEntry {
  return { personId, personName, organisationName, role: 'lid', status };
}

function action(partial: Parameters<typeof actionItem>[1]): ActionItem {
  return actionItem(4, partial);
}

function heldMeeting(): MeetingDetail {
  return {
    id: 4,
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
    // Deliberately out of order: the minutes follow position, not array order.
    agenda: [
      agendaItem({
        id: 102,
        position: 2,
        kind: 'vaststelling-notulen',
        title: 'Vaststelling notulen 24 september 2026',
        notes: 'De notulen worden ongewijzigd vastgesteld.',
      }),
      agendaItem({
        id: 101,
        position: 1,
        kind: 'opening',
        title: 'Opening',
        notes: 'De voorzitter opent de vergadering om 19.30 uur en heet iedereen welkom.',
      }),
      agendaItem({
        id: 103,
        position: 3,
        kind: 'besluit',
        title: 'Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
        presenter: 'Jeriça Hartholt',
        notes: 'De leden steunen de uitbreiding.\nLefier vraagt aandacht voor de huurders in de Zuidoostbuurt.',
        themeIds: ['werken', 'wonen'],
        wijkIds: ['beijum', 'lewenborg'],
        interventionIds: ['wijkbedrijven'],
        decision: {
          proposal: 'Het wijkbedrijf breidt in 2027 uit naar Beijum en Lewenborg, met twintig werkervaringsplekken.',
          outcome: 'aangenomen',
          text: 'De coalitie stemt in met de uitbreiding naar Beijum en Lewenborg.',
          checklistId: 1,
          answers: answers(FIRST_ANSWERS),
          decidedAt: '2026-12-03T20:15:00.000Z',
        },
      }),
      agendaItem({
        id: 104,
        position: 4,
        kind: 'besluit',
        title: 'Pilot brugfunctionarissen op mbo-scholen',
        presenter: 'Carine Bloemhoff',
        notes: 'Er is twijfel of bewoners de brugfunctionaris kennen.',
        themeIds: ['leren'],
        wijkIds: ['selwerd'],
        interventionIds: ['brugfunctionaris'],
        decision: {
          proposal: 'Een pilot met brugfunctionarissen op twee mbo-scholen in Groningen-Noord.',
          outcome: 'aangehouden',
          text: 'Aangehouden tot maart 2027: eerst bewoners in Selwerd bevragen.',
          checklistId: 1,
          answers: answers(SECOND_ANSWERS),
          decidedAt: '2026-12-03T20:40:00.000Z',
        },
      }),
      agendaItem({ id: 105, position: 5, kind: 'rondvraag', title: 'Rondvraag', notes: 'Geen vragen.' }),
      agendaItem({ id: 106, position: 6, kind: 'sluiting', title: 'Sluiting', notes: 'Sluiting om 21.05 uur.' }),
    ],
    attendance: [
      { ...attendee(1, 'Koen Schuiling', 'Gemeente Groningen', 'aanwezig'), role: 'voorzitter' },
      attendee(2, 'Jeriça Hartholt', 'De Huismeesters', 'aanwezig'),
      attendee(3, 'Elles Dost', 'Lefier', 'aanwezig'),
      attendee(4, 'Carine Bloemhoff', 'Gemeente Groningen', 'aanwezig'),
      attendee(5, 'Agnes Groen', 'Sportcentrum Noord', 'afwezig-met-bericht'),
      attendee(6, 'Cees-Jan Gieskes', 'WerkPro', 'afwezig-met-bericht'),
      attendee(7, 'Bastiaan Krajenbrink', 'Patrimonium', 'afwezig'),
      attendee(8, 'Ronald de Jong', 'Gemeente Groningen', null),
    ],
    actions: [
      action({
        id: 1,
        agendaItemId: 103,
        description: 'Werkplan wijkbedrijf Beijum uitwerken',
        ownerName: 'Elles Dost',
        dueDate: '2027-02-01',
      }),
      action({
        id: 2,
        agendaItemId: 104,
        checklistItemId: 14,
        description: 'Bewoners in Selwerd vragen of de brugfunctionaris werkt',
        ownerName: 'WIJ Groningen',
        dueDate: '2027-03-01',
      }),
      action({ id: 3, description: 'Successen Paddepoel delen in de nieuwsbrief', ownerName: 'Koen Schuiling', status: 'gereed' }),
    ],
    carriedActions: [],
    adoption: null,
  };
}

/** The same meeting, adopted at the next one with a correction, and with actions carried over from September. */
function adoptedMeeting(): MeetingDetail {
  const carried = (partial: Partial<ActionListEntry> & Pick<ActionListEntry, 'id' | 'description'>): ActionListEntry => ({
    ...action({ ownerName: 'Lefier', ...partial }),
    meetingId: 3,
    meetingTitle: 'Coalitieoverleg september',
    meetingStartsAt: '2026-09-24T19:30',
    closedInMeetingId: null,
    themeIds: [],
    overdue: false,
    agendaItemTitle: null,
    vinkjePosition: null,
    source: 'handmatig',
    ...partial,
  });
  return {
    ...heldMeeting(),
    adoption: {
      adoptedAt: '2027-03-11',
      adoptedInMeetingId: 5,
      adoptedInMeetingTitle: 'Coalitieoverleg maart',
      corrections: [
        { text: 'Bij punt 3: het zijn 22 werkervaringsplekken, niet 20.', adoptedInMeetingId: 5, createdAt: '2027-03-11T20:00:00.000Z' },
      ],
    },
    carriedActions: [
      carried({ id: 90, description: 'Kaart van ontmoetingsplekken in Selwerd maken', dueDate: '2026-11-01', overdue: true }),
      carried({ id: 91, description: 'Ouderavond OBS De Pijlstaart plannen', ownerName: 'Openbaar Onderwijs Groningen', status: 'gereed', closedInMeetingId: 4 }),
    ],
  };
}

const GENERATED_AT = new Date('2026-12-04T09:15:00Z'); // 10:15 in Groningen
const input = (meeting: MeetingDetail = heldMeeting()): MinutesInput => ({ meeting, profile, generatedAt: GENERATED_AT });

// ---- Reading the exports back ----

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function xmlText(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : decodeXml(m[1]))).join(''),
    )
    .join('\n');
}

function docxTables(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) =>
    (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) =>
      (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => xmlText(tc)),
    ),
  );
}

async function readDocx(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  return { documentXml, text: xmlText(documentXml), tables: docxTables(documentXml), footers: footers.join('\n') };
}

let tempDir = '';
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'coalitietafel-minutes-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

/** -layout for how the page reads; -raw (content order) to find text that wraps inside table cells. */
async function readPdf(base64: string, name: string) {
  const file = join(tempDir, name);
  await writeFile(file, Buffer.from(base64, 'base64'));
  const [layout, raw] = await Promise.all([
    run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']),
    run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']),
  ]);
  return { layout: layout.stdout, flat: raw.stdout.replace(/\s+/g, ' ') };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

// ---- The model ----

describe('minutes model', () => {
  it('formats the wall-clock start time in Dutch without shifting it', () => {
    expect(formatMeetingDateTime('2026-12-03T19:30')).toBe('donderdag 3 december 2026, 19:30');
    // Across the summer-time change the hour must not move either.
    expect(formatMeetingDateTime('2026-03-29T02:30')).toBe('zondag 29 maart 2026, 02:30');
    expect(formatMeetingDateTime('2026-06-01T00:15')).toBe('maandag 1 juni 2026, 00:15');
  });

  it('builds header, items in order, vinkjes, besluitenlijst and actielijst', () => {
    const model = buildMinutesModel(input());
    expect(model.documentTitle).toBe('Notulen');
    expect(model.header).toEqual([
      { label: 'Overleg', value: 'Maatschappelijke coalitie' },
      { label: 'Datum', value: 'donderdag 3 december 2026, 19:30' },
      { label: 'Plaats', value: 'Wijkcentrum De Wierde, Beijum' },
      { label: 'Voorzitter', value: 'Koen Schuiling' },
      { label: 'Notulist', value: 'Bert Popken' },
    ]);
    expect(model.present.map((p) => p.text)).toEqual([
      'Koen Schuiling (Gemeente Groningen)',
      'Jeriça Hartholt (De Huismeesters)',
      'Elles Dost (Lefier)',
      'Carine Bloemhoff (Gemeente Groningen)',
    ]);
    expect(model.absentWithNotice.map((p) => p.text)).toEqual(['Agnes Groen (Sportcentrum Noord)', 'Cees-Jan Gieskes (WerkPro)']);
    expect(model.items.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Opening',
      '2. Vaststelling notulen 24 september 2026',
      '3. Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
      '4. Pilot brugfunctionarissen op mbo-scholen',
      '5. Rondvraag',
      '6. Sluiting',
    ]);
    const third = model.items[2]!;
    expect(third.links).toEqual([
      { label: "Thema's", value: 'Werken, Wonen' },
      { label: 'Wijken', value: 'Beijum, Lewenborg' },
      { label: 'Interventies', value: 'Wijkbedrijven' },
    ]);
    expect(third.meta[0]).toEqual({ label: 'Soort', value: 'Besluit' });
    // Every item names its kind, also where the title repeats it.
    expect(model.items.map((i) => i.meta[0])).toEqual(model.items.map((i) => ({ label: 'Soort', value: i.kind })));
    expect(model.items[0]!.meta).toEqual([{ label: 'Soort', value: 'Opening' }]);
    expect(third.decision?.outcome).toBe('Aangenomen');
    expect(third.decision?.vinkjes.map((v) => [v.number, v.answer])).toEqual(
      FIRST_ANSWERS.map(([a], i) => [i + 1, ANSWER_LABELS[a]]),
    );
    expect(model.decisionList).toEqual([
      {
        number: 3,
        title: 'Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
        outcome: 'Aangenomen',
        text: 'De coalitie stemt in met de uitbreiding naar Beijum en Lewenborg.',
      },
      {
        number: 4,
        title: 'Pilot brugfunctionarissen op mbo-scholen',
        outcome: 'Aangehouden',
        text: 'Aangehouden tot maart 2027: eerst bewoners in Selwerd bevragen.',
      },
    ]);
    expect(model.actions.map((a) => [a.number, a.owner, a.dueDate, a.status, a.origin])).toEqual([
      [1, 'Elles Dost', '1 februari 2027', 'Open', 'n.a.v. agendapunt 3'],
      [2, 'WIJ Groningen', '1 maart 2027', 'Open', 'n.a.v. agendapunt 4; n.a.v. vinkje 4'],
      [3, 'Koen Schuiling', '—', 'Gereed', ''],
    ]);
    expect(model.items[3]!.actions.map((a) => a.number)).toEqual([2]);
    expect(model.colophon).toBe('Gegenereerd met Coalitietafel op 4 december 2026 om 10:15');
  });

  it('marks unanswered vinkjes and undecided items, and calls unheld minutes a concept', () => {
    const meeting = heldMeeting();
    meeting.status = 'bezig';
    const item = meeting.agenda.find((i) => i.id === 104)!;
    item.decision = { ...item.decision!, outcome: null, text: '', answers: item.decision!.answers.slice(0, 5) };
    const model = buildMinutesModel(input(meeting));
    expect(model.documentTitle).toBe('Conceptnotulen');
    const decision = model.items[3]!.decision!;
    expect(decision.outcome).toBe('Nog geen besluit');
    expect(decision.vinkjes.slice(5)).toEqual([
      { number: 6, question: QUESTIONS[5], answered: false, answer: 'Niet beantwoord', explanation: '', cited: [] },
      { number: 7, question: QUESTIONS[6], answered: false, answer: 'Niet beantwoord', explanation: '', cited: [] },
    ]);
    expect(model.decisionList.map((d) => d.number)).toEqual([3]);
  });

  it('shows the wording the board answered, even after the checklist was reworded', () => {
    const meeting = heldMeeting();
    meeting.checklist = {
      ...checklist,
      items: checklist.items.map((i) => (i.position === 7 ? { ...i, question: 'Vieren we onze successen?' } : i)),
    };
    const model = buildMinutesModel(input(meeting));
    expect(model.items[2]!.decision!.vinkjes[6]!.question).toBe('Hebben we onze successen gevierd?');
  });

  it('matches answers from an older checklist version by position', () => {
    const meeting = heldMeeting();
    meeting.checklist = { ...checklist, id: 2, version: 2, items: checklist.items.map((i) => ({ ...i, id: i.id + 100 })) };
    const vinkjes = buildMinutesModel(input(meeting)).items[2]!.decision!.vinkjes;
    expect(vinkjes).toHaveLength(7);
    expect(vinkjes.every((v) => v.answered)).toBe(true);
    expect(vinkjes.map((v) => v.explanation)).toEqual(FIRST_ANSWERS.map(([, e]) => e));
  });
});

describe('adopted minutes', () => {
  it('carry their adoption date, corrections and the actions carried over, in every format', async () => {
    const model = buildMinutesModel(input(adoptedMeeting()));
    expect(model.header.at(-1)).toEqual({ label: 'Status', value: 'Vastgesteld op 11 maart 2027, in de vergadering Coalitieoverleg maart' });
    expect(model.corrections).toEqual(['Bij punt 3: het zijn 22 werkervaringsplekken, niet 20.']);
    expect(model.carriedActions).toEqual([
      {
        description: 'Kaart van ontmoetingsplekken in Selwerd maken',
        owner: 'Lefier',
        dueDate: '1 november 2026',
        status: 'Open, verlopen',
        meeting: 'Coalitieoverleg september (24 september 2026)',
      },
      {
        description: 'Ouderavond OBS De Pijlstaart plannen',
        owner: 'Openbaar Onderwijs Groningen',
        dueDate: '—',
        status: 'Gereed',
        meeting: 'Coalitieoverleg september (24 september 2026)',
      },
    ]);

    const md = Buffer.from((await exportMinutes(input(adoptedMeeting()), 'md')).base64, 'base64').toString('utf8');
    expect(md).toContain('- **Status:** Vastgesteld op 11 maart 2027, in de vergadering Coalitieoverleg maart');
    expect(md).toContain('- Bij punt 3: het zijn 22 werkervaringsplekken, niet 20.');
    expect(md).toContain('| Kaart van ontmoetingsplekken in Selwerd maken | Lefier | 1 november 2026 | Open, verlopen | Coalitieoverleg september (24 september 2026) |');

    const { text, tables } = await readDocx((await exportMinutes(input(adoptedMeeting()), 'docx')).base64);
    expect(text).toContain('Status: Vastgesteld op 11 maart 2027, in de vergadering Coalitieoverleg maart');
    expect(text).toContain('Bij punt 3: het zijn 22 werkervaringsplekken, niet 20.');
    expect(tables.at(-1)?.[2]).toEqual([
      'Ouderavond OBS De Pijlstaart plannen',
      'Openbaar Onderwijs Groningen',
      '—',
      'Gereed',
      'Coalitieoverleg september (24 september 2026)',
    ]);

    const { layout, flat } = await readPdf((await exportMinutes(input(adoptedMeeting()), 'pdf')).base64, 'adopted.pdf');
    expect(layout).toContain('11 maart 2027, in de vergadering Coalitieoverleg maart');
    expect(flat).toContain('Bij punt 3: het zijn 22 werkervaringsplekken, niet 20.');
    expect(flat).toContain('Acties uit eerdere vergaderingen');
    expect(flat).toContain('Kaart van ontmoetingsplekken in Selwerd maken Lefier 1 november 2026 Open, verlopen');
  });
});

describe('the sturingsvragen', () => {
  const steering = {
    meetingId: 1,
    focus: 'ja' as const,
    focusNote: 'Alle partners richten zich op Noord.',
    rightThings: 'deels' as const,
    rightThingsNote: 'Werken blijft achter bij Leren.',
    goingWell: 'De brugfunctionarissen op de scholen.',
    toAdjust: '',
    answeredAt: '2026-12-03T20:15:00.000Z',
  };

  it('are in the minutes as answered in the meeting, in every format, and left out when not answered', async () => {
    const model = buildMinutesModel({ ...input(heldMeeting()), steering });
    expect(model.steering).toEqual([
      { label: 'Ligt de focus bij iedereen nog op Groningen-Noord?', value: 'Ja — Alle partners richten zich op Noord.' },
      { label: 'Zijn we nog met de juiste dingen bezig?', value: 'Deels — Werken blijft achter bij Leren.' },
      { label: 'Wat loopt goed?', value: 'De brugfunctionarissen op de scholen.' },
    ]);
    expect(buildMinutesModel(input(heldMeeting())).steering).toEqual([]);
    expect(renderMinutesMarkdown(buildMinutesModel(input(heldMeeting())))).not.toContain('Sturingsvragen');

    const md = Buffer.from((await exportMinutes({ ...input(heldMeeting()), steering }, 'md')).base64, 'base64').toString('utf8');
    expect(md).toContain('## Sturingsvragen');
    expect(md).toContain('| Zijn we nog met de juiste dingen bezig? | Deels — Werken blijft achter bij Leren. |');
    // Between the agenda items and the besluitenlijst.
    expect(md.indexOf('## Sturingsvragen')).toBeGreaterThan(md.indexOf('## 1.'));
    expect(md.indexOf('## Sturingsvragen')).toBeLessThan(md.indexOf('## Besluitenlijst'));

    const { text } = await readDocx((await exportMinutes({ ...input(heldMeeting()), steering }, 'docx')).base64);
    expect(text).toContain('Sturingsvragen');
    expect(text).toContain('Ja — Alle partners richten zich op Noord.');

    const { flat } = await readPdf((await exportMinutes({ ...input(heldMeeting()), steering }, 'pdf')).base64, 'steering.pdf');
    expect(flat).toContain('Sturingsvragen');
    expect(flat).toContain('Wat loopt goed? De brugfunctionarissen op de scholen.');
  });
});

// ---- File names ----

describe('minutes file name', () => {
  it('is ASCII, dated, named after the body, and says concept until held', () => {
    const held = buildMinutesModel(input());
    expect(minutesFileName(held, 'docx')).toBe('notulen-2026-12-03-maatschappelijke-coalitie.docx');
    const meeting = heldMeeting();
    meeting.status = 'gepland';
    meeting.body = 'programmateam';
    expect(minutesFileName(buildMinutesModel(input(meeting)), 'pdf')).toBe('conceptnotulen-2026-12-03-programmateam.pdf');
    expect(slugify('Jeriça’s café — Beijum/Selwerd')).toBe('jerica-s-cafe-beijum-selwerd');
  });
});

// ---- Markdown ----

describe('Markdown export', () => {
  it('contains header, every vinkje row, outcomes, besluitenlijst and actielijst', async () => {
    const file = await exportMinutes(input(), 'md');
    expect(file.fileName).toBe('notulen-2026-12-03-maatschappelijke-coalitie.md');
    expect(file.mimeType).toBe('text/markdown; charset=utf-8');
    const md = Buffer.from(file.base64, 'base64').toString('utf8');

    expect(md).toContain('# Notulen — Coalitieoverleg december');
    expect(md).toContain('- **Datum:** donderdag 3 december 2026, 19:30');
    expect(md).toContain('- **Plaats:** Wijkcentrum De Wierde, Beijum');
    expect(md).toContain('- **Voorzitter:** Koen Schuiling');
    expect(md).toContain('- **Notulist:** Bert Popken');
    expect(md).toContain('- Jeriça Hartholt (De Huismeesters)');
    expect(md).toMatch(/\*\*Afwezig met bericht\*\*\n\n- Agnes Groen \(Sportcentrum Noord\)\n- Cees-Jan Gieskes \(WerkPro\)/);
    expect(md).not.toContain('Bastiaan Krajenbrink');
    for (const [answersOf, item] of [
      [FIRST_ANSWERS, 103],
      [SECOND_ANSWERS, 104],
    ] as const) {
      expect(md).toContain(`## ${item - 100}. `);
      answersOf.forEach(([answer, explanation], i) => {
        expect(md).toContain(`| ${i + 1} | ${escapeCell(QUESTIONS[i]!)} | ${ANSWER_LABELS[answer]} | ${explanation} |`);
      });
    }
    expect(md).toContain('**Besluit: Aangenomen**');
    expect(md).toContain('**Besluit: Aangehouden**');
    expect(md).toContain("*Thema's:* Werken, Wonen");
    expect(md).toContain('| 3 | Uitbreiding wijkbedrijven naar Beijum en Lewenborg | Aangenomen | De coalitie stemt in met de uitbreiding naar Beijum en Lewenborg. |');
    expect(md).toContain('| 4 | Pilot brugfunctionarissen op mbo-scholen | Aangehouden | Aangehouden tot maart 2027: eerst bewoners in Selwerd bevragen. |');
    expect(md).toContain('| 2 | Bewoners in Selwerd vragen of de brugfunctionaris werkt | WIJ Groningen | 1 maart 2027 | Open | n.a.v. agendapunt 4; n.a.v. vinkje 4 |');
    expect(md).toContain('| 3 | Successen Paddepoel delen in de nieuwsbrief | Koen Schuiling | — | Gereed |  |');
    expect(md).toContain('Lefier vraagt aandacht voor de huurders in de Zuidoostbuurt.');
    expect(md.trimEnd().endsWith('*Gegenereerd met Coalitietafel op 4 december 2026 om 10:15*')).toBe(true);
  });

  it('keeps pipes and line breaks inside their table cell', () => {
    const meeting = heldMeeting();
    const first = meeting.agenda.find((i) => i.id === 103)!.decision!.answers[0]!;
    first.explanation = 'Wel | niet\r\nTweede regel';
    const md = renderMinutesMarkdown(buildMinutesModel(input(meeting)));
    expect(md).toContain('| Ja | Wel \\| niet<br>Tweede regel |');
    expect(escapeCell('a\\|b')).toBe('a\\\\\\|b');
  });
});

// ---- DOCX ----

describe('DOCX export', () => {
  it('has a real Word table per decision, plus besluitenlijst and actielijst tables', async () => {
    const file = await exportMinutes(input(), 'docx');
    expect(file.fileName).toBe('notulen-2026-12-03-maatschappelijke-coalitie.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { text, tables, footers } = await readDocx(file.base64);

    for (const expected of [
      'Notulen — Coalitieoverleg december',
      'Overleg: Maatschappelijke coalitie',
      'Datum: donderdag 3 december 2026, 19:30',
      'Plaats: Wijkcentrum De Wierde, Beijum',
      'Voorzitter: Koen Schuiling',
      'Notulist: Bert Popken',
      'Jeriça Hartholt (De Huismeesters)',
      'Cees-Jan Gieskes (WerkPro)',
      '3. Uitbreiding wijkbedrijven naar Beijum en Lewenborg',
      'Besluit: Aangenomen',
      'Besluit: Aangehouden',
      'Besluitenlijst',
      'Actielijst',
      'Gegenereerd met Coalitietafel op 4 december 2026 om 10:15',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('De leden steunen de uitbreiding.\nLefier vraagt aandacht');

    expect(tables).toHaveLength(4);
    const [firstVinkjes, secondVinkjes, decisionList, actionList] = tables as [string[][], string[][], string[][], string[][]];
    expect(firstVinkjes[0]).toEqual(['Nr.', 'Vraag', 'Antwoord', 'Toelichting']);
    expect(firstVinkjes.slice(1)).toEqual(FIRST_ANSWERS.map(([a, e], i) => [String(i + 1), QUESTIONS[i], ANSWER_LABELS[a], e]));
    expect(secondVinkjes.slice(1)).toEqual(SECOND_ANSWERS.map(([a, e], i) => [String(i + 1), QUESTIONS[i], ANSWER_LABELS[a], e]));
    expect(decisionList.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['3', 'Uitbreiding wijkbedrijven naar Beijum en Lewenborg', 'Aangenomen'],
      ['4', 'Pilot brugfunctionarissen op mbo-scholen', 'Aangehouden'],
    ]);
    expect(actionList[0]).toEqual(['Nr.', 'Actie', 'Eigenaar', 'Uiterlijk', 'Status', 'Herkomst']);
    expect(actionList[2]).toEqual([
      '2',
      'Bewoners in Selwerd vragen of de brugfunctionaris werkt',
      'WIJ Groningen',
      '1 maart 2027',
      'Open',
      'n.a.v. agendapunt 4; n.a.v. vinkje 4',
    ]);
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(squash(xmlText(footers))).toContain('Pagina');
  });
});

// ---- PDF ----

describe('PDF export', () => {
  it('reads back with every answer, toelichting, outcome, list and page numbers', async () => {
    const file = await exportMinutes(input(), 'pdf');
    expect(file.fileName).toBe('notulen-2026-12-03-maatschappelijke-coalitie.pdf');
    expect(file.mimeType).toBe('application/pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const { layout, flat } = await readPdf(file.base64, 'held.pdf');

    for (const expected of [
      'Notulen — Coalitieoverleg december',
      'donderdag 3 december 2026, 19:30',
      'Wijkcentrum De Wierde, Beijum',
      'Koen Schuiling',
      'Bert Popken',
      'Jeriça Hartholt (De Huismeesters)',
      'Agnes Groen (Sportcentrum Noord)',
      'Besluit: Aangenomen',
      'Besluit: Aangehouden',
      'Besluitenlijst',
      'Actielijst',
    ]) {
      expect(layout).toContain(expected);
    }
    expect(layout).toMatch(/Pagina 1 van (\d+)/);
    const pages = Number(/Pagina 1 van (\d+)/.exec(layout)![1]);
    expect(layout).toContain(`Pagina ${pages} van ${pages}`);

    // Each row in content order: number, question, answer, toelichting.
    for (const answersOf of [FIRST_ANSWERS, SECOND_ANSWERS]) {
      answersOf.forEach(([answer, explanation], i) => {
        expect(flat).toContain(`${i + 1} ${QUESTIONS[i]} ${ANSWER_LABELS[answer]} ${explanation}`);
      });
    }
    expect(flat).toContain('3 Uitbreiding wijkbedrijven naar Beijum en Lewenborg Aangenomen De coalitie stemt in');
    expect(flat).toContain('4 Pilot brugfunctionarissen op mbo-scholen Aangehouden Aangehouden tot maart 2027');
    expect(flat).toContain('2 Bewoners in Selwerd vragen of de brugfunctionaris werkt WIJ Groningen 1 maart 2027 Open n.a.v. agendapunt 4; n.a.v. vinkje 4');
    expect(flat).toContain('Gegenereerd met Coalitietafel op 4 december 2026 om 10:15');
    // Every agenda item names its kind, the opening and closing too.
    expect(flat).toContain('1. Opening Soort: Opening');
    expect(flat).toContain('6. Sluiting Soort: Sluiting');
    expect(flat.match(/Soort: /g)).toHaveLength(6);
  });

  it('loses no text when a cell or a block is longer than a page', async () => {
    // pdfmake drops what does not fit when a block it must keep on one page outgrows the page.
    const meeting = heldMeeting();
    const item = meeting.agenda.find((i) => i.id === 103)!;
    const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    item.decision!.answers[0]!.explanation = words('toel', 600).join(' '); // the maximum is 5,000 characters
    item.interventionIds = words('onbekendeinterventiemeteenlangenaam', 200); // unknown ids are shown as is
    meeting.actions.push(
      ...[4, 5, 6, 7, 8].map((n) =>
        action({ id: 10 + n, agendaItemId: 103, description: words(`actie${n}w`, 150).join(' '), ownerName: 'Lefier' }),
      ),
    );
    const { flat } = await readPdf((await exportMinutes(input(meeting), 'pdf')).base64, 'long.pdf');
    const present = new Set(flat.split(' '));
    const missing = [...words('toel', 600), ...words('onbekendeinterventiemeteenlangenaam', 199).map((w) => `${w},`)];
    expect(missing.filter((w) => !present.has(w))).toEqual([]);
    expect(flat).toContain('1 Hebben we ervaringskennis meegenomen in onze besluiten en beleid? Ja toel0 toel1');
    for (const n of [4, 5, 6, 7, 8]) {
      // Once under the agenda item, once in the actielijst.
      expect(flat).toContain(`Actie ${n}: actie${n}w0 actie${n}w1`);
      expect(flat).toContain(`${n} actie${n}w0 actie${n}w1`);
      expect(flat).toContain(`actie${n}w149 (Lefier, open, n.a.v. agendapunt 3)`);
    }
  });

  it('keeps "Niet beantwoord" and every answer whole in the answer column', async () => {
    const meeting = heldMeeting();
    meeting.status = 'bezig';
    const item = meeting.agenda.find((i) => i.id === 104)!;
    item.decision = { ...item.decision!, outcome: null, text: '', answers: item.decision!.answers.slice(0, 5) };
    const { layout } = await readPdf((await exportMinutes(input(meeting), 'pdf')).base64, 'unanswered.pdf');
    // The answer column is wide enough for its longest word: "beantwoord" never wraps as "beantwoor / d".
    expect(layout).toMatch(/\bbeantwoord\b/);
    expect(layout).not.toMatch(/beantwoor\s*\n/);
    for (const label of Object.values(ANSWER_LABELS)) expect(layout).toContain(label);
  });

  it('calls a meeting not yet held Conceptnotulen', async () => {
    const meeting = heldMeeting();
    meeting.status = 'bezig';
    const file = await exportMinutes(input(meeting), 'pdf');
    expect(file.fileName).toBe('conceptnotulen-2026-12-03-maatschappelijke-coalitie.pdf');
    const { layout } = await readPdf(file.base64, 'concept.pdf');
    expect(layout).toContain('Conceptnotulen — Coalitieoverleg december');
  });
});

// ---- A long meeting ----

function largeMeeting(): MeetingDetail {
  const base = heldMeeting();
  const template = base.agenda.find((i) => i.id === 103)!;
  const agenda: AgendaItem[] = Array.from({ length: 25 }, (_, i) => ({
    ...template,
    id: 1000 + i,
    position: i + 1,
    title: `Besluit ${i + 1} over de wijkaanpak`,
    notes: `${template.notes}\n\n${'Uitgebreide bespreking met veel inbreng uit de wijken. '.repeat(8)}`,
  }));
  const actions = agenda.map((item, i) =>
    action({ id: 100 + i, agendaItemId: item.id, checklistItemId: 11 + (i % 7), description: `Actie bij besluit ${i + 1}`, ownerName: 'Lefier' }),
  );
  return { ...base, agenda, actions };
}

describe('a meeting of 25 decisions', () => {
  it('exports in every format with all items and numbered pages', async () => {
    const meeting = largeMeeting();
    const [md, docx, pdf] = await Promise.all([
      exportMinutes(input(meeting), 'md'),
      exportMinutes(input(meeting), 'docx'),
      exportMinutes(input(meeting), 'pdf'),
    ]);
    const mdText = Buffer.from(md.base64, 'base64').toString('utf8');
    const { tables } = await readDocx(docx.base64);
    const { layout, flat } = await readPdf(pdf.base64, 'large.pdf');
    expect(tables).toHaveLength(27);
    expect(tables[26]).toHaveLength(26);
    for (let n = 1; n <= 25; n++) {
      expect(mdText).toContain(`## ${n}. Besluit ${n} over de wijkaanpak`);
      expect(flat).toContain(`${n}. Besluit ${n} over de wijkaanpak`);
    }
    const pages = Number(/Pagina 1 van (\d+)/.exec(layout)![1]);
    expect(pages).toBeGreaterThan(10);
    expect(layout).toContain(`Pagina ${pages} van ${pages}`);
  });
});
