// render-in-worker.ts: with a bundled export-worker.cjs the DOCX and PDF exports are rendered in a worker (a thread, or
// a child process as the web host uses) and read the same as the in-process renderings. The worker is bundled here with esbuild the way scripts/build.mjs does,
// into a folder under node_modules/.cache so its external docx and pdfmake resolve from the project's node_modules.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DecisionListEntry } from '../../shared/domain';
import type { ReportDocument } from '../../shared/registers';
import { renderDecisionListExport } from '../../main/core/exports/lists.export';
import * as worker from '../../main/core/exports/render-in-worker';
import { renderReportExport } from '../../main/core/exports/reports.export';
import { reportDocument } from '../../main/core/exports/reports.document';
import { profile } from './exports/fixtures';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

const DECISIONS: DecisionListEntry[] = [
  {
    meetingId: 1,
    meetingTitle: 'Coalitieoverleg maart',
    meetingStartsAt: '2027-03-04T19:30',
    agendaItemId: 3,
    title: 'Buurtbudget Vinkhuizen-Zuid',
    outcome: 'aangenomen',
    text: 'De coalitie stemt in met het buurtbudget van € 25.000 voor Vinkhuizen-Zuid.',
    adoptedAt: '2027-04-01',
  },
  {
    meetingId: 2,
    meetingTitle: 'Coalitieoverleg april',
    meetingStartsAt: '2027-04-01T19:30',
    agendaItemId: 9,
    title: 'Speelplek Paddepoel',
    outcome: 'aangehouden',
    text: 'Aangehouden tot het bewonersgesprek; eerst de omwonenden horen.',
    adoptedAt: null,
  },
];
const listInput = () => ({ decisions: DECISIONS, from: '2027-01-01', to: '2027-12-31', profile, generatedAt: new Date('2027-05-01T10:00:00Z') });

const REPORT: ReportDocument = {
  layer: 1,
  year: 2027,
  wijkId: null,
  title: 'Rapportage laag 1 — 2027',
  subtitle: 'Groningen-Noord',
  blocks: [
    { type: 'heading', level: 2, text: 'Samenvatting' },
    { type: 'paragraph', text: 'Het programma liep in 2027 volgens plan.' },
    { type: 'table', caption: 'Interventies', columns: ['Interventie', 'Aantal'], rows: [['Buurtbudget', '3']] },
  ],
  generatedAt: '2027-05-01T10:00:00Z',
};

let dir = '';
let workerFile = '';
beforeAll(async () => {
  await mkdir(join(root, 'node_modules', '.cache'), { recursive: true });
  dir = await mkdtemp(join(root, 'node_modules', '.cache', 'export-worker-test-'));
  workerFile = join(dir, 'export-worker.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['main/core/exports/export-worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['better-sqlite3', 'docx', 'pdfmake', 'pdfmake/*'],
  });
}, 60_000);

afterEach(() => {
  worker.setExportWorkerFile(undefined);
  worker.setExportIsolation('thread');
  worker.setExportTimeout(undefined);
  vi.restoreAllMocks();
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function documentXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file('word/document.xml')!.async('string');
}

async function pdfText(base64: string, name: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, Buffer.from(base64, 'base64'));
  return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout;
}

/** Renders once in-process and once with the worker file set; a fall-back would warn, so none may. */
async function both<T extends { base64: string }>(render: () => Promise<T>): Promise<{ inProcess: T; inWorker: T }> {
  worker.setExportWorkerFile(null);
  const inProcess = await render();
  worker.setExportWorkerFile(workerFile);
  const warn = vi.spyOn(console, 'warn');
  const inWorker = await render();
  expect(warn).not.toHaveBeenCalled();
  return { inProcess, inWorker };
}

/** The processes this test process has started (Linux: every thread's children in /proc). */
function childPids(): string[] {
  return readdirSync('/proc/self/task').flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
}

describe.each(['thread', 'process'] as const)('exports in a worker %s', (isolation) => {
  beforeEach(() => worker.setExportIsolation(isolation));

  it('without a bundled worker beside the code, renders in-process', async () => {
    expect(worker.exportWorkerFile()).toBeNull();
    await expect(worker.renderInWorker({} as never, 'pdf')).resolves.toBeNull();
  });

  it('renders a DOCX in the worker with the same document.xml', async () => {
    const { inProcess, inWorker } = await both(() => renderDecisionListExport(listInput(), 'docx'));
    expect(inWorker.fileName).toBe(inProcess.fileName);
    expect(await documentXml(inWorker.base64)).toBe(await documentXml(inProcess.base64));
    // The worker itself answered (no fall-back): render directly.
    worker.setExportWorkerFile(workerFile);
    const bytes = await worker.renderInWorker(reportDocument(REPORT), 'docx');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes!).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 60_000);

  it('renders a PDF in the worker with the same text', async () => {
    const { inProcess, inWorker } = await both(() => renderDecisionListExport(listInput(), 'pdf'));
    expect(await pdfText(inWorker.base64, 'worker.pdf')).toBe(await pdfText(inProcess.base64, 'in-process.pdf'));
    const report = await both(() => renderReportExport(REPORT, 'pdf'));
    const text = await pdfText(report.inWorker.base64, 'report-worker.pdf');
    expect(text).toContain('Buurtbudget');
    expect(text).toBe(await pdfText(report.inProcess.base64, 'report-in-process.pdf'));
  }, 60_000);

  it('uses the worker when its file exists, and falls back in-process when it cannot start', async () => {
    worker.setExportWorkerFile(workerFile);
    const bytes = await worker.renderInWorker((await import('../../main/core/exports/lists.document')).decisionListDocument((await import('../../main/core/exports/lists.model')).buildDecisionListModel(listInput())), 'pdf');
    expect(Buffer.from(bytes!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    worker.setExportWorkerFile(join(dir, 'missing-worker.cjs'));
    await expect(worker.renderInWorker(reportDocument(REPORT), 'pdf')).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
    const file = await renderReportExport(REPORT, 'pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('passes a renderer error back as the same error', async () => {
    worker.setExportWorkerFile(workerFile);
    const broken = { ...REPORT, blocks: null as never };
    worker.setExportWorkerFile(null);
    const inProcess = await renderReportExport(broken, 'pdf').then(() => null, (e: Error) => e.message);
    worker.setExportWorkerFile(workerFile);
    const inWorker = await renderReportExport(broken, 'pdf').then(() => null, (e: Error) => e.message);
    expect(inProcess).toBeTruthy();
    expect(inWorker).toBe(inProcess);
  }, 60_000);
});

describe('the export process', () => {
  it('is gone once it has been idle for EXPORT_WORKER_IDLE_MS, and the next export starts a new one', async () => {
    worker.setExportIsolation('process');
    worker.setExportWorkerFile(workerFile);
    const before = new Set(childPids());
    const first = await worker.renderInWorker(reportDocument(REPORT), 'docx');
    expect(Buffer.from(first!).subarray(0, 2).toString('latin1')).toBe('PK');
    const started = childPids().filter((pid) => !before.has(pid));
    expect(started).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, worker.EXPORT_WORKER_IDLE_MS + 1000));
    expect(childPids().filter((pid) => !before.has(pid))).toEqual([]);

    const second = await worker.renderInWorker(reportDocument(REPORT), 'pdf');
    expect(Buffer.from(second!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});

/** A stand-in worker written for one test: `body` runs for each export posted to it. */
async function fakeWorker(name: string, body: string): Promise<string> {
  const file = join(dir, `${name}.cjs`);
  await writeFile(
    file,
    `const { parentPort } = require('node:worker_threads');
     const onExport = () => { ${body} };
     if (parentPort) { parentPort.on('message', onExport); parentPort.postMessage({ ready: true }); }
     else { process.on('message', onExport); process.on('disconnect', () => process.exit(0)); process.send({ ready: true }); }`,
  );
  return file;
}

describe.each(['thread', 'process'] as const)('a failing export worker (%s)', (isolation) => {
  beforeEach(() => worker.setExportIsolation(isolation));

  it('that dies while rendering fails that export in Dutch, without rendering it in the host instead', async () => {
    worker.setExportWorkerFile(await fakeWorker(`dies-${isolation}`, 'process.exit(3);'));
    const warn = vi.spyOn(console, 'warn');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await renderReportExport(REPORT, 'pdf').then(
      () => null,
      (e: Error) => e,
    );
    expect(failed).toMatchObject({ code: 'internal', message: expect.stringMatching(/exportproces stopte onverwacht.*niets gewijzigd/) });
    expect(warn).not.toHaveBeenCalled();
  }, 30_000);

  it('that never gets ready is passed over: the export is rendered in the host', async () => {
    const broken = join(dir, `broken-${isolation}.cjs`);
    await writeFile(broken, 'process.exit(1); // dies while loading, before it says ready');
    worker.setExportWorkerFile(broken);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const file = await renderReportExport(REPORT, 'pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/wordt in het hoofdproces gemaakt/));
  }, 30_000);

  it('that hangs is ended after the time limit, and the next export gets a fresh worker', async () => {
    worker.setExportTimeout(500);
    worker.setExportWorkerFile(await fakeWorker(`hangs-${isolation}`, '/* never answers */'));
    const before = new Set(childPids());
    const failed = await renderReportExport(REPORT, 'docx').then(
      () => null,
      (e: Error) => e,
    );
    expect(failed).toMatchObject({ code: 'internal', message: expect.stringMatching(/duurde te lang en is afgebroken/) });
    if (isolation === 'process') {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(childPids().filter((pid) => !before.has(pid))).toEqual([]);
    }
    worker.setExportTimeout(undefined);
    worker.setExportWorkerFile(workerFile);
    const bytes = await worker.renderInWorker(reportDocument(REPORT), 'docx');
    expect(Buffer.from(bytes!).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 30_000);
});

