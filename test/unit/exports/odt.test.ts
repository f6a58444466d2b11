// The ODT exports, read back through their XML and opened in LibreOffice as a reader would.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/domain';
import { renderActionListExport, renderAgendaExport, renderDecisionListExport } from '../../../main/core/exports/lists.export';
import { exportMinutes } from '../../../main/core/exports/minutes.export';
import { MINUTES_TEXT, buildMinutesModel, programmeSubtitle } from '../../../main/core/exports/minutes.model';
import { ODT_MIME_TYPE, xmlEscape } from '../../../main/core/exports/odt.blocks';
import { RECORD_AUTHOR } from '../../../main/core/exports/records.meta';
import { blocksOf, readOdt, tablesOf } from '../../helpers/odt-read-back';
import { tempCore } from '../../helpers/temp-core';
import { tinyPng } from '../../helpers/tiny-png';
import { checklist, profile as coalitionProfile } from './fixtures';
import { DECISION_TEXT, actionListInput, agendaInput, archivalInput, archivalMeeting, decisionListInput } from './records.fixtures';

const run = promisify(execFile);

const CHART = {
  title: 'Alle vinkjes: hoe vaak ja, deels, nee of n.v.t.',
  alt: 'Gestapelde staafgrafiek met per vinkje het aantal antwoorden.',
  pngBase64: tinyPng(40, 30).toString('base64'),
};

async function reportOdt(): Promise<ExportedFile> {
  const core = tempCore();
  try {
    return await core.call('reports:export', { layer: 2, year: 2026, format: 'odt', charts: [CHART] });
  } finally {
    core.dispose();
  }
}

const KINDS: [string, () => Promise<ExportedFile>][] = [
  ['notulen', () => exportMinutes(archivalInput(), 'odt')],
  ['agenda', () => renderAgendaExport(agendaInput(), 'odt')],
  ['actielijst', () => renderActionListExport(actionListInput(), 'odt')],
  ['besluitenlijst', () => renderDecisionListExport(decisionListInput(), 'odt')],
  ['rapportage', reportOdt],
];

const bytes = (file: ExportedFile) => Buffer.from(file.base64, 'base64');

/** LibreOffice's soffice on PATH, or null. */
function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, 'soffice');
    if (dir && existsSync(file)) return file;
  }
  return null;
}
const SOFFICE = findSoffice();

let tempDir = '';
const files = new Map<string, ExportedFile>();
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'coalitietafel-odt-'));
  for (const [kind, render] of KINDS) files.set(kind, await render());
}, 120_000);
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe('ODT export', { timeout: 60_000 }, () => {
  it.each(KINDS.map(([kind]) => kind))('%s: a zip with the mimetype first and stored, manifest and metadata', async (kind) => {
    const file = files.get(kind)!;
    expect(file.fileName).toMatch(/\.odt$/);
    expect(file.mimeType).toBe(ODT_MIME_TYPE);
    const odt = await readOdt(bytes(file));
    expect(odt.first).toEqual({ name: 'mimetype', method: 0, extraLength: 0, content: ODT_MIME_TYPE });
    for (const part of ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']) expect(odt.names).toContain(part);
    for (const part of ['content.xml', 'styles.xml', 'meta.xml']) {
      expect(odt.manifest).toContain(`manifest:full-path="${part}" manifest:media-type="text/xml"`);
    }
    expect(odt.manifest).toContain(`manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODT_MIME_TYPE}"`);
    expect(odt.meta).toContain(`<dc:creator>${RECORD_AUTHOR}</dc:creator>`);
    expect(odt.meta).toContain('<dc:language>nl-NL</dc:language>');
    expect(odt.meta).toMatch(/<meta:creation-date>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta:creation-date>/);
    expect(odt.meta).toMatch(/<dc:title>[^<]+<\/dc:title>/);
    // One level-1 heading (the title), and every table has a header row.
    expect(blocksOf(odt.content).filter((b) => b.startsWith('h1: '))).toHaveLength(1);
    // The agenda of this meeting has no table: nothing is carried over.
    const tables = tablesOf(odt.content);
    if (kind !== 'agenda') expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.headers).toHaveLength(1);
    // The page footer counts pages in styles.xml.
    expect(odt.styles).toContain('Pagina <text:page-number text:select-page="current"/> van <text:page-count/>');
  });

  it('minutes: content.xml holds every answer and toelichting, with headings, lists and the vinkjes table', async () => {
    const model = buildMinutesModel(archivalInput());
    const odt = await readOdt(bytes(files.get('notulen')!));
    const blocks = blocksOf(odt.content);
    expect(odt.meta).toContain('<dc:title>Notulen — Coalitieoverleg december</dc:title>');
    expect(blocks.filter((b) => /^h\d: /.test(b))).toEqual([
      'h1: Notulen — Coalitieoverleg december',
      'h2: 1. Opening',
      'h2: 2. Wijkbedrijf Beijum & Lewenborg',
      'h2: 3. Sluiting',
      `h2: ${MINUTES_TEXT.decisionList}`,
      `h2: ${MINUTES_TEXT.actionList}`,
    ]);
    expect(odt.content).toMatch(/<text:list text:style-name="Opsomming"><text:list-item><text:p[^>]*>Koen Schuiling \(Gemeente Groningen\)<\/text:p>/);
    const vinkjes = tablesOf(odt.content).find((t) => t.headers[0]?.join('|') === MINUTES_TEXT.vinkjeColumns.join('|'));
    expect(vinkjes).toBeDefined();
    const decision = model.items.find((i) => i.decision)!.decision!;
    expect(decision.vinkjes).toHaveLength(checklist.items.length);
    expect(vinkjes!.rows).toEqual(decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]));
    // Every answer and toelichting, as typed (line breaks kept, escaped characters restored).
    for (const v of decision.vinkjes) {
      expect(vinkjes!.rows.some((row) => row[2] === v.answer && row[3] === v.explanation)).toBe(true);
    }
    expect(blocks).toContain(DECISION_TEXT);
    expect(blocks).toContain('Lefier vraagt aandacht voor de huurders.');
  });

  it('escapes markup and drops the characters XML 1.0 cannot hold', async () => {
    expect(xmlEscape('a & b < c > "d"')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;');
    expect(xmlEscape('x\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFFy\t\n')).toBe('xy\t\n');
    expect(xmlEscape('lone \uD800 and \uDC00, pair 😀')).toBe('lone  and , pair 😀');
    const meeting = archivalMeeting();
    meeting.title = 'Overleg <Noord> & "Oost"';
    meeting.agenda[0]!.notes = 'Half emoji \uD83D hier   en  tab\there.';
    const odt = await readOdt(bytes(await exportMinutes(archivalInput(meeting), 'odt')));
    expect(odt.meta).toContain('<dc:title>Notulen — Overleg &lt;Noord&gt; &amp; &quot;Oost&quot;</dc:title>');
    expect(blocksOf(odt.content)).toContain('Half emoji  hier   en  tab\there.');
    expect(odt.content).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('report: tables with header rows and the chart as an embedded image with its description', async () => {
    const odt = await readOdt(bytes(files.get('rapportage')!));
    expect(odt.names).toContain('Pictures/afbeelding-1.png');
    expect(odt.manifest).toContain('manifest:full-path="Pictures/afbeelding-1.png" manifest:media-type="image/png"');
    expect(odt.content).toContain(`<svg:title>${CHART.title}</svg:title><svg:desc>${CHART.alt}</svg:desc>`);
  });

  const libreOffice = SOFFICE ? it : it.skip;
  libreOffice(
    SOFFICE
      ? 'opens in LibreOffice: soffice converts every kind to PDF, and the minutes PDF holds every answer'
      : 'opens in LibreOffice — SKIPPED: soffice not found on PATH (apt-get install libreoffice-writer-nogui)',
    async () => {
      const inputs = join(tempDir, 'lo-in');
      const outputs = join(tempDir, 'lo-out');
      await mkdir(inputs, { recursive: true });
      const names = KINDS.map(([kind]) => `${kind}.odt`);
      for (const [kind] of KINDS) await writeFile(join(inputs, `${kind}.odt`), bytes(files.get(kind)!));
      // Its own profile, so a LibreOffice already running (or another test run) does not take the conversion over.
      const profile = pathToFileURL(join(tempDir, 'lo-profile')).href;
      await run(
        SOFFICE!,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outputs, ...names.map((n) => join(inputs, n))],
        { timeout: 170_000 },
      );
      for (const name of names) expect(existsSync(join(outputs, name.replace(/\.odt$/, '.pdf')))).toBe(true);
      const pdf = join(outputs, 'notulen.pdf');
      expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // -raw: content order, which is cell by cell for LibreOffice's tables.
      const text = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'])).stdout.replace(/\s+/g, ' ');
      const decision = buildMinutesModel(archivalInput()).items.find((i) => i.decision)!.decision!;
      for (const v of decision.vinkjes) {
        expect(text).toContain(v.answer);
        expect(text).toContain(v.explanation.replace(/\s+/g, ' '));
      }
      expect(text).toContain('Pagina 1 van');
      // The besluitenlijst carries the programme subtitle, and every agenda item names its kind, the opening too.
      const textOf = async (name: string) =>
        (await run('pdftotext', ['-raw', '-enc', 'UTF-8', join(outputs, name), '-'])).stdout.replace(/\s+/g, ' ');
      expect(await textOf('besluitenlijst.pdf')).toContain(programmeSubtitle(coalitionProfile));
      expect(await textOf('agenda.pdf')).toContain('1. Opening Soort: Opening');
      expect(text).toContain('1. Opening Soort: Opening');
    },
    180_000,
  );
});
