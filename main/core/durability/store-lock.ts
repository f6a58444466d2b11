// One process per data file. Two processes writing one SQLite file stay consistent for SQLite, but not for
// the app: a restore in one swaps the file under the other, whose writes then land in the set-aside copy.
// So openCore takes an exclusive lock file beside the database ("<file>.lock", created with O_EXCL so only
// one process can make it) that says who holds it. A lock whose process is gone (same machine, pid not
// alive) is stale and taken over; one from another machine (a network folder) is never guessed about.
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { formatInstant } from '../../../shared/format';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import { errorCode, fsyncFolder } from './durable-files';
import { PRIVATE_FILE, ensurePrivateFolder } from './private-files';
import { dirname } from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  /** Who holds it, in Dutch: "de webhost", "de app". */
  mode: string;
  since: string;
  /** Tells this lock from a later one by the same pid. */
  nonce: string;
}

export interface StoreLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

export function lockPathFor(dataFile: string): string {
  return `${dataFile}.lock`;
}

function readHolder(path: string): { holder: LockHolder | null; text: string } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return { holder: parsed as LockHolder, text };
  } catch {
    // written half by a process killed while making it: treated below as stale when it is old enough
  }
  return { holder: null, text };
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, but belongs to someone else
  }
}

function isStale(holder: LockHolder | null): boolean {
  // An unreadable lock file can only come from a process that died between creating and filling it.
  if (!holder) return true;
  return holder.host === hostname() && holder.pid !== process.pid && !processAlive(holder.pid);
}

export function lockRefusal(dataFile: string, holder: LockHolder): AppError {
  const since = Number.isNaN(Date.parse(holder.since)) ? '' : ` sinds ${formatInstant(holder.since)}`;
  const where = holder.host === hostname() ? '' : ` op computer ${holder.host}`;
  return new AppError(
    'conflict',
    `${dataFile} is al geopend door ${holder.mode} (proces ${holder.pid}${where})${since}. ` +
      'Eén databasebestand kan maar door één Coalitietafel tegelijk worden gebruikt: sluit dat eerst, of gebruik het. ' +
      'Er is niets gewijzigd.',
  );
}

/** Writes the holder to a private temp file and links it into place: the lock appears whole or not at all. */
function tryCreate(path: string, holder: LockHolder): boolean {
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', PRIVATE_FILE);
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Moves a stale lock out of the way, unless another process replaced it meanwhile (then it stays). */
function removeStale(path: string, seen: string): void {
  const aside = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== seen) {
    // A fresh lock was taken between reading and moving: put it back (never over a newer one).
    try {
      linkSync(aside, path);
    } catch {
      // a newer lock is in place; the next attempt reads that one
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Takes the data file's lock, or throws a Dutch AppError naming who holds it. Returns null where no lock
 * file can be made (a read-only folder): the store then opens read-only anyway, which cannot harm another.
 */
export function acquireStoreLock(dataFile: string, mode: string, now = new Date()): StoreLock | null {
  const path = lockPathFor(dataFile);
  const holder: LockHolder = { pid: process.pid, host: hostname(), mode, since: now.toISOString(), nonce: randomBytes(8).toString('hex') };
  try {
    ensurePrivateFolder(dirname(dataFile));
    for (let attempt = 0; attempt < 5; attempt++) {
      if (tryCreate(path, holder)) {
        fsyncFolder(dirname(path));
        return { path, holder, release: () => releaseStoreLock(path, holder) };
      }
      const found = readHolder(path);
      if (found === null) continue; // released meanwhile
      if (!isStale(found.holder)) throw lockRefusal(dataFile, found.holder!);
      removeStale(path, found.text);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error))) return null;
    throw error;
  }
  throw new AppError('conflict', `Het slot op ${dataFile} kon niet worden genomen; er is niets gewijzigd. Probeer het opnieuw.`);
}

function releaseStoreLock(path: string, holder: LockHolder): void {
  try {
    const found = readHolder(path);
    // Only our own lock: never one a later process took after ours was (wrongly) judged stale.
    if (found?.holder?.nonce === holder.nonce && found.holder.pid === holder.pid) rmSync(path, { force: true });
  } catch {
    // gone already, or the folder went away; nothing to release
  }
}
