// The whole-file check (quick_check) of a large archive, in a worker thread, so the first screen does not wait
// for it: its time grows with every year of minutes. The worker opens its own read-only connection; nothing
// is written while it runs (openCore serves the store read-only until the check has passed). Where a worker
// cannot run (a platform without worker threads, a module it cannot load), the check runs here, inline:
// slower to start, never unchecked.
import type Database from 'better-sqlite3';
import { openDatabase, nativeBindingInUse } from '../store/sqlite';
import { Worker } from 'node:worker_threads';
import { quickCheck } from './health';

export type CheckOutcome = { ok: true; problems: string[] } | { ok: false; error: { code?: string; message: string } };

// Plain CommonJS, evaluated as the worker's script: no file of its own to bundle and ship.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  const options = { readonly: true, fileMustExist: true };
  if (workerData.binding) options.nativeBinding = workerData.binding;
  db = new Database(workerData.file, options);
  const found = db.pragma('quick_check(10)', { simple: false }).map((r) => r.quick_check);
  parentPort.postMessage({ ok: true, problems: found.length === 1 && found[0] === 'ok' ? [] : found });
} catch (error) {
  parentPort.postMessage({ ok: false, error: { code: error && error.code, message: String(error && error.message) } });
} finally {
  if (db) db.close();
}
`;

function inline(file: string): CheckOutcome {
  let db: Database.Database | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    return { ok: true, problems: quickCheck(db) };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return { ok: false, error: { code: e.code, message: e.message ?? String(error) } };
  } finally {
    db?.close();
  }
}

export interface RunningCheck {
  readonly done: Promise<CheckOutcome>;
  /** Stops a check nobody waits for any more (the store was closed). */
  cancel(): void;
}

export function quickCheckInWorker(file: string): RunningCheck {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, module: require.resolve('better-sqlite3'), binding: nativeBindingInUse() } });
  } catch {
    return { done: Promise.resolve(inline(file)), cancel: () => {} };
  }
  let settled = false;
  const done = new Promise<CheckOutcome>((resolve) => {
    const finish = (outcome: CheckOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      void worker.terminate();
    };
    worker.once('message', (outcome: CheckOutcome) => finish(outcome));
    // The worker itself failed (not the check): do the check here rather than skip it.
    worker.once('error', () => finish(inline(file)));
    worker.once('exit', () => finish({ ok: false, error: { message: 'De controle is afgebroken.' } }));
  });
  return {
    done,
    cancel: () => {
      settled = true;
      void worker.terminate();
    },
  };
}
