// Renders DOCX and PDF exports in a short-lived worker thread, so the V8 heap and native memory that docx and
// pdfmake leave behind go away with the worker instead of staying in the host process (the web host or Electron's
// main process). The entry functions (minutes.export.ts, lists.export.ts, reports.export.ts) build their plain-data
// model as before and hand it over here; Markdown stays in-process, it is cheap.
//
// The worker renders one export at a time and exits after EXPORT_WORKER_IDLE_MS without work. It is the bundle export-worker.cjs that scripts/build.mjs (and bench/bench.mjs) put beside the running
// bundle. Unbundled (vitest, tsx) there is no such file and renderInWorker returns null: the caller then renders
// in-process exactly as before. It also returns null when the worker cannot be started or dies without an answer,
// so an export never fails because of the thread machinery; an error thrown by a renderer inside the worker is
// rethrown here with the same message.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '../../../shared/registers';
import type { ReportChartImage } from '../services/reports.service';
import type { ListDocument } from './lists.document';
import type { MinutesModel } from './minutes.model';

export const EXPORT_WORKER_FILE = 'export-worker.cjs';

/** What a worker renders: only structured-clonable data (plain objects, strings, numbers, Dates, byte arrays). */
export type ExportJob =
  | { kind: 'minutes'; model: MinutesModel }
  | { kind: 'list'; doc: ListDocument }
  | { kind: 'report'; report: ReportDocument; charts: readonly ReportChartImage[] };

export type BinaryFormat = 'docx' | 'pdf';

export interface ExportWorkerData {
  job: ExportJob;
  format: BinaryFormat;
}

export type ExportWorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

// undefined: look beside the running bundle; null: never use a worker; a string: that worker file (tests).
let override: string | null | undefined;

/** For tests: use this worker file, never a worker (null), or detect it again (undefined). */
export function setExportWorkerFile(file: string | null | undefined): void {
  override = file;
  if (live) stop(live);
}

/** The bundled worker beside the running bundle (dist/web, dist/main, bench/.cache/dist/web), or null. */
export function exportWorkerFile(): string | null {
  if (override !== undefined) return override;
  if (typeof __dirname !== 'string') return null;
  const file = join(__dirname, EXPORT_WORKER_FILE);
  return existsSync(file) ? file : null;
}

class WorkerUnavailable extends Error {}

/** A worker that rendered an export stays this long for the next one (a burst of exports), then exits. */
export const EXPORT_WORKER_IDLE_MS = 2000;

interface Live {
  worker: Worker;
  file: string;
  idle: NodeJS.Timeout | null;
  /** The export in progress: the worker renders one at a time. */
  pending: { resolve(bytes: Uint8Array): void; reject(error: Error): void } | null;
}

let live: Live | null = null;

function stop(l: Live): void {
  if (l.idle) clearTimeout(l.idle);
  if (live === l) live = null;
  void l.worker.terminate();
}

function start(file: string): Live {
  const l: Live = { worker: new Worker(file), file, idle: null, pending: null };
  const fail = (message: string) => {
    const pending = l.pending;
    l.pending = null;
    stop(l);
    pending?.reject(new WorkerUnavailable(message));
  };
  l.worker.on('message', (reply: ExportWorkerReply) => {
    const pending = l.pending;
    l.pending = null;
    if (!pending) return;
    // Idle: let the process exit without waiting for it, and end it after a short while.
    l.worker.unref();
    l.idle = setTimeout(() => stop(l), EXPORT_WORKER_IDLE_MS);
    l.idle.unref();
    if (reply.ok) pending.resolve(reply.bytes);
    else pending.reject(new Error(reply.message));
  });
  l.worker.on('error', (error) => fail(error.message));
  l.worker.on('exit', (code) => fail(`exportworker stopte met code ${code} zonder resultaat`));
  return l;
}

function runWorker(file: string, data: ExportWorkerData): Promise<Uint8Array> {
  if (live && live.file !== file) stop(live);
  const l = live ?? (live = start(file));
  if (l.idle) clearTimeout(l.idle);
  l.idle = null;
  l.worker.ref();
  return new Promise<Uint8Array>((resolve, reject) => {
    l.pending = { resolve, reject };
    l.worker.postMessage(data);
  });
}

// One export at a time in one worker: a burst of exports does not start a burst of docx/pdfmake heaps.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders a DOCX or PDF export in a fresh worker thread and returns its bytes, or null when no worker is available
 * (unbundled, or the worker could not start): the caller renders in-process then.
 */
export async function renderInWorker(job: ExportJob, format: BinaryFormat): Promise<Uint8Array | null> {
  const file = exportWorkerFile();
  if (!file) return null;
  const run = queue.then(() => runWorker(file, { job, format }));
  queue = run.catch(() => undefined);
  try {
    return await run;
  } catch (error) {
    if (error instanceof WorkerUnavailable) {
      console.warn(`Export in een apart proces mislukt (${error.message}); de export wordt in het hoofdproces gemaakt.`);
      return null;
    }
    throw error;
  }
}
