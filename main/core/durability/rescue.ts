// Rescue mode: when the database cannot be used safely (damaged, unreadable, read-only, disk full), the
// app opens it read-only instead of failing or "repairing" it. Reading channels keep working as far as
// the file allows; every channel that would write is refused with a Dutch message, except restoring a
// backup and trying again. And the file swap that a restore does: the current database is moved aside
// (kept, never deleted), the checked backup is placed, and the store is reopened.
import { readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Channel, RpcError } from '../../../shared/contract';
import { CHANNEL_ACCESS } from '../../../shared/channels';
import { copyClosedFileAtomic, fsyncFolder, moveIfExists } from './durable-files';
import type { StoreProblemKind } from './health';

/** Channels that only read, as the channel list declares them (shared/channels.ts, checked against the contract). */
export function isReadChannel(channel: string): boolean {
  return Object.hasOwn(CHANNEL_ACCESS, channel) && CHANNEL_ACCESS[channel as Channel] === 'read';
}

/** The only writes rescue mode allows: they replace or reopen the database, never edit the damaged one. */
const RESCUE_WRITES = new Set<string>(['backups:restore', 'rescue:retry']);

export function allowedInRescue(channel: Channel): boolean {
  return isReadChannel(channel) || RESCUE_WRITES.has(channel);
}

export const RESCUE_REFUSAL: RpcError = {
  code: 'rescue-mode',
  message:
    'Coalitietafel staat in de herstelmodus: de database kon niet veilig worden geopend en is alleen te lezen. ' +
    'Er is niets gewijzigd. Zet een reservekopie terug (of exporteer eerst wat nog leesbaar is) om weer te kunnen werken.',
};

/** Causes outside the file itself: a backup would not help, the user can remove the cause and try again. */
const NOT_THE_FILE: Partial<Record<StoreProblemKind, string>> = {
  'read-only': 'het databasebestand of de map waarin het staat is alleen-lezen (geen schrijfrechten). Geef weer schrijfrechten en kies "Opnieuw proberen".',
  full: 'de schijf is vol. Maak ruimte vrij en kies "Opnieuw proberen".',
  locked: 'de database is in gebruik door een ander programma. Sluit dat en kies "Opnieuw proberen".',
};

/** The refusal of a write in rescue mode, naming the real cause where that is not damage to the file. */
export function rescueRefusal(kind: StoreProblemKind | undefined): RpcError {
  const cause = kind ? NOT_THE_FILE[kind] : undefined;
  if (!cause) return RESCUE_REFUSAL;
  return { code: 'rescue-mode', message: `Coalitietafel staat in de herstelmodus, want ${cause} Er is niets gewijzigd.` };
}

// ---- The file swap of a restore ----

const SIDECARS = ['-wal', '-shm', '-journal'];

function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

/**
 * Replaces the (closed) data file by a copy of the backup. The current file and its -wal/-shm move aside
 * together as "<file>.vervangen-<time>" (SQLite pairs them by name, so the set stays openable); if placing
 * the backup fails, they move back. Returns where the old file went, or null when there was none.
 */
export function replaceDataFile(dataFile: string, backupPath: string, now: Date): string | null {
  let aside = `${dataFile}.vervangen-${stamp(now)}`;
  for (let n = 2; existsAny(aside); n++) aside = `${dataFile}.vervangen-${stamp(now)}-${n}`;
  const moved: [string, string][] = [];
  try {
    for (const suffix of ['', ...SIDECARS]) {
      if (moveIfExists(`${dataFile}${suffix}`, `${aside}${suffix}`)) moved.push([`${dataFile}${suffix}`, `${aside}${suffix}`]);
    }
    copyClosedFileAtomic(backupPath, dataFile);
  } catch (error) {
    for (const [from, to] of moved.reverse()) {
      try {
        renameSync(to, from);
      } catch {
        // leave it aside rather than lose it; the error below says what failed
      }
    }
    throw error;
  }
  fsyncFolder(dirname(dataFile));
  return moved.length > 0 && moved[0]![0] === dataFile ? aside : null;
}

function existsAny(path: string): boolean {
  const folder = dirname(path);
  const base = basename(path);
  try {
    return readdirSync(folder).some((name) => name === base || SIDECARS.some((s) => name === `${base}${s}`));
  } catch {
    return false;
  }
}

/** Databases a restore set aside, newest first. */
export function listSetAside(dataFile: string): string[] {
  const base = `${basename(dataFile)}.vervangen-`;
  try {
    return readdirSync(dirname(dataFile))
      .filter((name) => name.startsWith(base) && !SIDECARS.some((s) => name.endsWith(s)))
      .sort()
      .reverse()
      .map((name) => join(dirname(dataFile), name));
  } catch {
    return [];
  }
}
