// A process killed while making a backup, placing a restored one or creating a new store leaves its hidden
// temporary copy behind (".<name>.reservekopie-<pid>-<random>.tmp" and SQLite's journal of it): full copies
// of the archive that nobody lists. openCore removes those of its own store at start, once it holds the
// store's lock, when the process that made them is gone or they are older than this process.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './store-lock';

const TEMP = /\.(?:reservekopie|kopie|nieuw)-(\d+)-[0-9a-f]{8}\.tmp(?:-journal|-wal|-shm)?$|\.lock\.(\d+)-[0-9a-f]{8}\.(?:tmp|stale)$/;
const STARTED_AT = Date.now() - process.uptime() * 1000;

function isStale(path: string, pid: number): boolean {
  if (pid === process.pid) return false; // ours, possibly still being written
  if (!processAlive(pid)) return true;
  // Another process with that number: the writer may have died and its pid been reused.
  try {
    return statSync(path).mtimeMs < STARTED_AT;
  } catch {
    return false;
  }
}

function clean(folder: string, prefix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = TEMP.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    if (!isStale(path, Number(m[1] ?? m[2]))) continue;
    try {
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // in use (Windows) or not ours; the next start tries again
    }
  }
  return removed;
}

/** Removes the store's stale temporary files beside the data file and in its backup folder; returns their paths. */
export function removeStaleTemps(dataFile: string, backupFolder: string, backupStem: string): string[] {
  return [...clean(dirname(dataFile), `.${basename(dataFile)}.`), ...clean(dirname(dataFile), `${basename(dataFile)}.lock.`), ...clean(backupFolder, `.${backupStem}-`)];
}
