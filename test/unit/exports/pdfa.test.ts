// Every PDF export is an archival record: PDF/A-2 level A, tagged, fonts embedded, XMP metadata with title, author,
// date and language, and a structure tree a screen reader follows. Read back with poppler as an archive would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/domain';
import { renderActionListExport, renderAgendaExport, renderDecisionListExport } from '../../../main/core/exports/lists.export';
import { exportMinutes } from '../../../main/core/exports/minutes.export';
import { MINUTES_TEXT, NOT_ANSWERED } from '../../../main/core/exports/minutes.model';
import { RECORD_AUTHOR } from '../../../main/core/exports/records.meta';
import { tempCore } from '../../helpers/temp-core';
import { tinyPng } from '../../helpers/tiny-png';
import { QUESTIONS, checklist } from './fixtures';
import { flatten, readArchival, structAlts, textOf, type PdfArchival, type StructElement } from './pdf-structure';
import { ANSWERS, actionListInput, agendaInput, archivalInput, archivalMeeting, decisionListInput } from './records.fixtures';

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'coalitietafel-pdfa-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const CHART = {
  title: 'Alle vinkjes: hoe vaak ja, deels, nee of n.v.t.',
  alt: 'Gestapelde staafgrafiek met per vinkje het aantal antwoorden.',
  pngBase64: tinyPng(40, 30).toString('base64'),
};

async function reportPdf(): Promise<ExportedFile> {
  const core = tempCore();
  try {
    return await core.call('reports:export', { layer: 2, year: 2026, format: 'pdf', charts: [CHART] });
  } finally {
    core.dispose();
  }
}

const KINDS: [string, () => Promise<ExportedFile>, string][] = [
  ['notulen', () => exportMinutes(archivalInput(), 'pdf'), 'Notulen — Coalitieoverleg december'],
  ['agenda', () => renderAgendaExport(agendaInput(), 'pdf'), 'Agenda — Coalitieoverleg december'],
  ['actielijst', () => renderActionListExport(actionListInput(), 'pdf'), 'Actielijst'],
  ['besluitenlijst', () => renderDecisionListExport(decisionListInput(), 'pdf'), 'Besluitenlijst'],
  ['rapportage', reportPdf, 'Sturingsinformatie Groningen-Noord — 2026'],
];

/** Checks what every archival PDF must have; returns the read-back for checks of its own. */
function expectArchival(pdf: PdfArchival, title: string): void {
  expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
  expect(pdf.info).toMatch(/^PDF version:\s+1\.7$/m);
  expect(pdf.info).toMatch(new RegExp(`^Author:\\s+${RECORD_AUTHOR}$`, 'm'));
  expect(pdf.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(pdf.xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
  expect(pdf.xmp).toMatch(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">[^<]*<\/rdf:li>/);
  expect(pdf.xmp).toContain(title.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  expect(pdf.xmp).toContain(`<rdf:li>${RECORD_AUTHOR}</rdf:li>`);
  expect(pdf.xmp).toContain('<rdf:li>nl-NL</rdf:li>');
  expect(pdf.xmp).toMatch(/<xmp:CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/xmp:CreateDate>/);
  expect(pdf.fonts.length).toBeGreaterThan(0);
  expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
  expect(pdf.structure.map((e) => e.type)).toEqual(['Document']);
  const all = flatten(pdf.structure);
  expect(all.filter((e) => e.type === 'H1').map(textOf)).toEqual([expect.stringContaining(title.split(' — ')[0]!)]);
  // Nothing of the page furniture is content: the footer is an artifact.
  expect(all.some((e) => /Pagina \d+ van \d+/.test(e.text))).toBe(false);
}

/** Text without white space: a cell's lines break where the column is full, or even inside a word. */
const squash = (text: string) => text.replace(/\s+/g, '');
const cellsOf = (row: StructElement) => row.children.filter((c) => c.type === 'TH' || c.type === 'TD');

// Five exports read back by three poppler tools each: slow on a busy machine.
describe('PDF/A-2 and tagged PDF', { timeout: 120_000 }, () => {
  it.each(KINDS)('%s: tagged PDF/A-2a with embedded fonts, XMP metadata and a structure tree', async (kind, render, title) => {
    const file = await render();
    const pdf = await readArchival(file.base64, tempDir, `${kind}.pdf`);
    expectArchival(pdf, title);
    const all = flatten(pdf.structure);
    // Every table has a row of column headers (the minutes' and agenda's header block names its rows instead).
    const tables = all.filter((e) => e.type === 'Table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const rows = table.children.filter((c) => c.type === 'TR');
      const first = cellsOf(rows[0]!);
      if (first[0]!.attributes.join(' ').includes('/Scope /Row')) {
        expect(rows.map((r) => cellsOf(r).map((c) => c.type).join(' '))).toEqual(rows.map(() => 'TH TD'));
      } else {
        expect(first.map((c) => `${c.type} ${c.attributes.join(' ')}`)).toEqual(first.map(() => 'TH /Scope /Column'));
      }
    }
  });

  it('minutes: headings per agenda item and the vinkjes table with header cells, row by row in order', async () => {
    const file = await exportMinutes(archivalInput(), 'pdf');
    const pdf = await readArchival(file.base64, tempDir, 'notulen-vinkjes.pdf');
    const all = flatten(pdf.structure);
    expect(all.filter((e) => e.type === 'H2').map(textOf)).toEqual([
      '1. Opening',
      '2. Wijkbedrijf Beijum & Lewenborg',
      '3. Sluiting',
      MINUTES_TEXT.decisionList,
      MINUTES_TEXT.actionList,
    ]);
    const vinkjes = all.find((e) => e.type === 'Table' && e.children[0]?.type === 'Caption');
    expect(vinkjes && textOf(vinkjes.children[0]!)).toBe(checklist.name);
    const rows = vinkjes!.children.filter((c) => c.type === 'TR').map((r) => cellsOf(r));
    expect(rows[0]!.map((c) => `${c.type} ${textOf(c)} ${c.attributes.join(' ')}`)).toEqual(
      MINUTES_TEXT.vinkjeColumns.map((name) => `TH ${name} /Scope /Column`),
    );
    const body = rows.slice(1);
    expect(body).toHaveLength(7);
    body.forEach((cells, i) => {
      expect(cells.map((c) => c.type)).toEqual(['TD', 'TD', 'TD', 'TD']);
      expect(textOf(cells[0]!)).toBe(String(i + 1));
      expect(squash(textOf(cells[1]!))).toBe(squash(QUESTIONS[i] as string));
      const answer = ANSWERS[i];
      expect(squash(textOf(cells[3]!))).toBe(answer ? squash(answer[1]) : '');
    });
    expect(squash(textOf(body[6]![2]!))).toBe(squash(NOT_ANSWERED));
    // People present are a list.
    const lists = all.filter((e) => e.type === 'L');
    expect(lists.length).toBeGreaterThan(0);
    expect(flatten(lists).filter((e) => e.type === 'LI').map(textOf)).toContain('Koen Schuiling (Gemeente Groningen)');
  });

  it('repeats the column names on every page of a long table without reading them twice', async () => {
    const meeting = archivalMeeting();
    const long = 'Een lange toelichting die de tabel over meerdere pagina’s laat lopen. '.repeat(14);
    const item = meeting.agenda.find((a) => a.decision)!;
    item.decision!.answers = item.decision!.answers.map((a) => ({ ...a, explanation: long }));
    const file = await exportMinutes(archivalInput(meeting), 'pdf');
    const pdf = await readArchival(file.base64, tempDir, 'notulen-lang.pdf');
    expect(Number(/^Pages:\s+(\d+)$/m.exec(pdf.info)?.[1])).toBeGreaterThan(2);
    const vinkjes = flatten(pdf.structure).find((e) => e.type === 'Table' && e.children[0]?.type === 'Caption')!;
    const headerCells = flatten([vinkjes]).filter((e) => e.type === 'TH');
    expect(headerCells.map(textOf)).toEqual(MINUTES_TEXT.vinkjeColumns);
  });

  it('escapes the title in the XMP metadata', async () => {
    const meeting = { ...archivalMeeting(), title: 'Overleg <Noord> & "Oost"' };
    const file = await exportMinutes(archivalInput(meeting), 'pdf');
    const pdf = await readArchival(file.base64, tempDir, 'notulen-escape.pdf');
    expect(pdf.xmp).toContain('Notulen — Overleg &lt;Noord&gt; &amp; &quot;Oost&quot;');
    expect(pdf.info).toContain('Title:           Notulen — Overleg <Noord> & "Oost"');
  });

  it('report: charts are figures with their description as alternative text', async () => {
    const file = await reportPdf();
    const pdf = await readArchival(file.base64, tempDir, 'rapportage-figuur.pdf');
    expect(flatten(pdf.structure).filter((e) => e.type === 'Figure')).toHaveLength(1);
    // pdfinfo does not print /Alt: read it from the figure's structure element (pdfkit writes those uncompressed).
    expect(structAlts(Buffer.from(file.base64, 'base64'))).toEqual([`${CHART.title}: ${CHART.alt}`]);
  });
});
