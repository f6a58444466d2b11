// writeFileAtomic: the target holds the old content or the new, never a mix, and no temp file is left behind.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../main/core/files/atomic-write';

// A disk that fills up halfway: the next temp file opened fails on fsync. Root ignores read-only folders,
// so this is the failure every environment can produce.
const failure = vi.hoisted(() => ({ nextSync: null as null | NodeJS.ErrnoException }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    const error = failure.nextSync;
    if (error && String(args[0]).endsWith('.tmp')) {
      failure.nextSync = null;
      return new Proxy(handle, {
        get: (target, key, receiver) =>
          key === 'sync' ? () => Promise.reject(error) : (Reflect.get(target, key, receiver) as unknown),
      }) as FileHandle;
    }
    return handle;
  };
  return { ...actual, open };
});

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coalitietafel-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file from text and from bytes', async () => {
    const text = join(dir, 'notulen.md');
    await writeFileAtomic(text, '# Notulen — Jeriça, café\n');
    expect(await readFile(text, 'utf8')).toBe('# Notulen — Jeriça, café\n');

    const bytes = join(dir, 'notulen.pdf');
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255]);
    await writeFileAtomic(bytes, data);
    expect(new Uint8Array(await readFile(bytes))).toEqual(data);
    expect((await readdir(dir)).sort()).toEqual(['notulen.md', 'notulen.pdf']);
  });

  it('replaces an existing file whole, keeps its permissions and leaves no temp file', async () => {
    const target = join(dir, 'notulen.docx');
    await writeFile(target, 'oude inhoud die langer is dan de nieuwe');
    if (process.platform !== 'win32') await chmod(target, 0o640);
    await writeFileAtomic(target, 'nieuw');
    expect(await readFile(target, 'utf8')).toBe('nieuw');
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['notulen.docx']);
  });

  it('survives many writes to the same file at once, ending with one whole version', async () => {
    const target = join(dir, 'notulen.md');
    const versions = Array.from({ length: 20 }, (_, i) => `versie ${i} `.repeat(500));
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['notulen.md']);
  });

  it('when the rename fails (target is a folder) leaves the folder untouched and no temp file', async () => {
    const target = join(dir, 'notulen.pdf');
    await mkdir(target);
    await writeFile(join(target, 'inhoud.txt'), 'blijft staan');
    await expect(writeFileAtomic(target, 'nieuw')).rejects.toMatchObject({ code: expect.any(String) });
    expect((await stat(target)).isDirectory()).toBe(true);
    expect(await readFile(join(target, 'inhoud.txt'), 'utf8')).toBe('blijft staan');
    expect(await readdir(dir)).toEqual(['notulen.pdf']);
  });

  it('when flushing the temp file fails, keeps the old content, removes the temp file and rethrows', async () => {
    const target = join(dir, 'notulen.docx');
    await writeFile(target, 'oud');
    failure.nextSync = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    await expect(writeFileAtomic(target, 'nieuw')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('oud');
    expect(await readdir(dir)).toEqual(['notulen.docx']);
  });

  it('when the folder does not exist, fails and creates nothing', async () => {
    const target = join(dir, 'bestaat-niet', 'notulen.md');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'when the folder is read-only, keeps the old content and fails',
    async () => {
      const target = join(dir, 'notulen.md');
      await writeFile(target, 'oud');
      await chmod(dir, 0o555);
      try {
        await expect(writeFileAtomic(target, 'nieuw')).rejects.toMatchObject({ code: 'EACCES' });
      } finally {
        await chmod(dir, 0o755);
      }
      expect(await readFile(target, 'utf8')).toBe('oud');
      expect(await readdir(dir)).toEqual(['notulen.md']);
    },
  );
});
