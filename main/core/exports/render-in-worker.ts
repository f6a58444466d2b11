// Renders DOCX, PDF and ODT exports in a short-lived worker, so the V8 heap and native memory that docx and pdfmake
// leave behind go away with the worker instead of staying in the host. render(doc, format) (document.render.ts)
// hands the plain-data document over here; Markdown stays in-process, it is cheap.
//
// The worker is a thread by default (Electron's main process: a packaged app cannot fork itself as plain Node, its
// runAsNode fuse is off). The web host asks for a child process instead (setExportIsolation('process')): a process
// gives every byte back to the operating system when it exits, where a thread leaves its malloc arenas (about 20 MB)
// in the host, and a renderer that runs out of memory ends only itself.
//
// The worker renders one export at a time and exits after EXPORT_WORKER_IDLE_MS without work. It is the bundle
// export-worker.cjs that scripts/build.mjs (and bench/bench.mjs) put beside the running bundle. Unbundled (vitest,
// tsx) there is no such file and renderInWorker returns null: the caller then renders in-process exactly as before.
// It also returns null when the worker cannot be started (it never said it was ready), so a broken worker file does
// not stop exports. A worker that dies while rendering, or takes longer than EXPORT_TIMEOUT_MS, fails that export
// with a Dutch message instead: rendering the same export in the host would only risk the host. An error thrown by
// a renderer inside the worker is rethrown here with the same message.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import type { ExportDocument } from './document';

export const EXPORT_WORKER_FILE = 'export-worker.cjs';

/** What a worker renders: a document is structured-clonable data (plain objects, strings, numbers, Dates, byte arrays). */
export type ExportJob = ExportDocument;

export type BinaryFormat = 'docx' | 'pdf' | 'odt';

export interface ExportWorkerData {
  job: ExportJob;
  format: BinaryFormat;
}

export type ExportWorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** What a worker sends: once `ready` when it has loaded, then one reply per export. */
export type ExportWorkerMessage = { ready: true } | ExportWorkerReply;

// undefined: look beside the running bundle; null: never use a worker; a string: that worker file (tests).
let override: string | null | undefined;

/** A worker thread (the default) or a child process; see the top of this file. */
export type ExportIsolation = 'thread' | 'process';
let isolation: ExportIsolation = 'thread';

/** For tests: use this worker file, never a worker (null), or detect it again (undefined). */
export function setExportWorkerFile(file: string | null | undefined): void {
  override = file;
  if (live) stop(live);
}

/** The web host renders in a child process; Electron's main process keeps the thread. */
export function setExportIsolation(kind: ExportIsolation): void {
  isolation = kind;
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

/** The largest meeting renders in well under a second; an export still busy after this is stuck and is ended. */
export const EXPORT_TIMEOUT_MS = 120_000;
let timeoutMs = EXPORT_TIMEOUT_MS;

/** For tests: a shorter time limit per export, or the default again (undefined). */
export function setExportTimeout(ms: number | undefined): void {
  timeoutMs = ms ?? EXPORT_TIMEOUT_MS;
}

const TEXT = {
  died: 'De export kon niet worden gemaakt: het exportproces stopte onverwacht. Er is niets gewijzigd; probeer het opnieuw.',
  timedOut: 'De export duurde te lang en is afgebroken. Er is niets gewijzigd; probeer het opnieuw.',
};

// A small young generation: rendering makes many short-lived objects, and V8's default (16 MB semi-spaces, 48 MB
// in all) would be resident for the worker's whole life. Measured with the largest meeting: about 20 MB less.
const YOUNG_GENERATION_MB = 6;
const SEMI_SPACE_MB = YOUNG_GENERATION_MB / 3;

/** What the queue needs of a thread or a child process. */
interface WorkerHandle {
  post(data: ExportWorkerData): void;
  /** Whether the host's event loop waits for the worker: only while it renders. */
  hold(busy: boolean): void;
  end(): void;
}

interface WorkerEvents {
  message(message: ExportWorkerMessage): void;
  failed(message: string): void;
}

function startThread(file: string, on: WorkerEvents): WorkerHandle {
  const worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  worker.on('message', on.message);
  worker.on('error', (error) => on.failed(error.message));
  worker.on('exit', (code) => on.failed(`exportworker stopte met code ${code} zonder resultaat`));
  return {
    post: (data) => worker.postMessage(data),
    hold: (busy) => (busy ? worker.ref() : worker.unref()),
    end: () => void worker.terminate(),
  };
}

function startProcess(file: string, on: WorkerEvents): WorkerHandle {
  // 'advanced' serialization is the structured clone a thread uses: Dates and byte arrays arrive as they were sent.
  const child = fork(file, [], {
    serialization: 'advanced',
    execArgv: [`--max-semi-space-size=${SEMI_SPACE_MB}`],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  child.on('message', (message) => on.message(message as ExportWorkerMessage));
  child.on('error', (error) => on.failed(error.message));
  child.on('exit', (code, signal) => on.failed(`exportproces stopte (${signal ?? `code ${code}`}) zonder resultaat`));
  return {
    post: (data) => {
      if (!child.send(data) && !child.connected) on.failed('exportproces is niet bereikbaar');
    },
    hold: (busy) => {
      if (busy) {
        child.ref();
        child.channel?.ref();
      } else {
        child.unref();
        child.channel?.unref();
      }
    },
    end: () => void child.kill(),
  };
}

interface Live {
  handle: WorkerHandle;
  file: string;
  kind: ExportIsolation;
  /** The worker has loaded its code: from now on a failure is the export's, not the worker's. */
  ready: boolean;
  idle: NodeJS.Timeout | null;
  /** The export in progress (the worker renders one at a time), with its time limit. */
  pending: { resolve(bytes: Uint8Array): void; reject(error: Error): void; timeout: NodeJS.Timeout } | null;
}

let live: Live | null = null;

function stop(l: Live): void {
  if (l.idle) clearTimeout(l.idle);
  if (live === l) live = null;
  l.handle.end();
}

/** Takes the export in progress off the worker, with its timer stopped. */
function takePending(l: Live): Live['pending'] {
  const pending = l.pending;
  l.pending = null;
  if (pending) clearTimeout(pending.timeout);
  return pending;
}

/** Ends the export worker now, if one runs (the host is shutting down). */
export function stopExportWorker(): void {
  if (live) stop(live);
}

function start(file: string, kind: ExportIsolation): Live {
  if (!existsSync(file)) throw new WorkerUnavailable(`${file} ontbreekt`);
  // The events arrive asynchronously, after `l` is assigned below.
  const events: WorkerEvents = {
    message(message) {
      if ('ready' in message) {
        l.ready = true;
        return;
      }
      const pending = takePending(l);
      if (!pending) return;
      // Idle: let the host exit without waiting for the worker, and end it after a short while.
      l.handle.hold(false);
      l.idle = setTimeout(() => stop(l), EXPORT_WORKER_IDLE_MS);
      l.idle.unref();
      if (message.ok) pending.resolve(message.bytes);
      else pending.reject(new Error(message.message));
    },
    failed(message) {
      const pending = takePending(l);
      stop(l);
      if (!pending) return;
      if (l.ready) {
        console.error(`Exportworker stopte tijdens een export: ${message}`);
        pending.reject(new AppError('internal', TEXT.died));
      } else {
        pending.reject(new WorkerUnavailable(message));
      }
    },
  };
  const l: Live = {
    handle: kind === 'process' ? startProcess(file, events) : startThread(file, events),
    file,
    kind,
    ready: false,
    idle: null,
    pending: null,
  };
  return l;
}

function runWorker(file: string, data: ExportWorkerData): Promise<Uint8Array> {
  if (live && (live.file !== file || live.kind !== isolation)) stop(live);
  const l = live ?? (live = start(file, isolation));
  if (l.idle) clearTimeout(l.idle);
  l.idle = null;
  l.handle.hold(true);
  return new Promise<Uint8Array>((resolve, reject) => {
    const timeout = setTimeout(() => {
      takePending(l);
      stop(l);
      reject(new AppError('internal', TEXT.timedOut));
    }, timeoutMs);
    timeout.unref();
    l.pending = { resolve, reject, timeout };
    l.handle.post(data);
  });
}

// One export at a time in one worker: a burst of exports does not start a burst of docx/pdfmake heaps.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders a DOCX or PDF export in a worker (thread or process) and returns its bytes, or null when no worker is
 * available (unbundled, or the worker could not start): the caller renders in-process then.
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
