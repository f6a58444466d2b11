// Synchronous file steps that survive a power cut: flush a file, flush a folder entry, move or place a
// file with a rename. Used where the store must stay synchronous (opening, restoring).
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { makePrivate } from './private-files';

// Platforms that cannot open or fsync a folder (Windows, some network file systems) say so with these.
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or a new file in the folder durable. */
export function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errorCode(error))) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A hidden, unique temporary name beside the target, so the final rename never crosses file systems. */
export function tempPathBeside(target: string, purpose: string): string {
  return join(dirname(target), `.${basename(target)}.${purpose}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Copies a file that nobody is writing (a finished backup) to target, atomically: a copy beside the
 * target, flushed, then renamed over it. Never used for a live database: that goes through SQLite.
 */
export function copyClosedFileAtomic(source: string, target: string): void {
  const temp = tempPathBeside(target, 'kopie');
  try {
    copyFileSync(source, temp);
    makePrivate(temp); // a copy takes the source's mode; what it becomes is the user's private data
    fsyncFile(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(dirname(target));
}

/** Moves a file if it exists; returns whether it did. */
export function moveIfExists(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  renameSync(from, to);
  return true;
}

export { errorCode };
