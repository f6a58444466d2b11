// Writes a file so that readers see either the old content or the new, never half of it: write a temporary
// file beside the target, flush it to disk, rename it over the target, then flush the folder entry.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Windows refuses a rename while a virus scanner or indexer briefly holds the target; these pass within moments.
const WINDOWS_TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);
const WINDOWS_RETRY_DELAYS_MS = [20, 50, 100, 200, 400];

// Platforms that cannot open or fsync a folder (Windows, some network file systems) say so with these.
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const delay = WINDOWS_RETRY_DELAYS_MS[attempt];
      if (process.platform !== 'win32' || delay === undefined || !WINDOWS_TRANSIENT.has(errorCode(error) ?? '')) {
        throw error;
      }
      await sleep(delay);
    }
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const folder = dirname(path);
  // Same folder, so the rename never crosses file systems; dot-prefixed and random, so it clashes with nothing.
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // Keep the permissions of a file being replaced (e.g. one the user made read-only for others).
  const mode = await stat(path).then(
    (s) => (s.isFile() ? s.mode & 0o7777 : undefined),
    () => undefined,
  );

  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode ?? 0o666);
    if (mode !== undefined) await handle.chmod(mode); // open() applies the umask; the old file's mode wins
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}
