// The archive holds residents' stories: only the user who runs Coalitietafel may read it. Folders the app
// makes are 0700, and every file it keeps (database, -wal, -shm, backups, set-aside copies, lock, temp
// files) is 0600, whatever the umask says. Existing files are tightened when the store opens. SQLite gives
// a -wal, -shm and -journal the mode of their database, so a private database keeps its sidecars private.
// Windows has no such modes (its ACLs follow the user's profile folder): there this does nothing.
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;
const POSIX = process.platform !== 'win32';

/** Makes the folder (0700) when it is missing; a folder that exists already (the user's own) keeps its mode. */
export function ensurePrivateFolder(folder: string): void {
  const created = mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  if (created !== undefined && POSIX) chmodSync(folder, PRIVATE_FOLDER);
}

/** A folder that is the app's own (backups/): 0700 even when it exists already. */
export function ensureOwnFolder(folder: string): void {
  ensurePrivateFolder(folder);
  makePrivate(folder, PRIVATE_FOLDER);
}

/** Tightens an existing file or folder; quietly leaves what cannot be changed (not ours, read-only disk). */
export function makePrivate(path: string, mode = PRIVATE_FILE): void {
  if (!POSIX) return;
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch {
    // missing, not ours, or on a read-only file system
  }
}

/** Creates an empty file that only its owner can read, for SQLite (backup API, VACUUM INTO) to fill. */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE));
  makePrivate(path); // openSync applies the umask, which can only have removed bits; this makes it exact
}

/** Every regular file in a folder of the app's own (backups/), and the folder itself. */
export function makeFolderPrivate(folder: string): void {
  makePrivate(folder, PRIVATE_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    try {
      if (statSync(path).isFile()) makePrivate(path);
    } catch {
      // removed meanwhile
    }
  }
}
