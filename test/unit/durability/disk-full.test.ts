// A full disk mid-write: the change is rolled back whole, the database stays consistent, the user gets a
// Dutch message, and writing works again once space is freed. On a real, small tmpfs where this machine
// allows mounting one; always also simulated with SQLite's page limit (what the pager does on ENOSPC).
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { snapshot } from '../../helpers/db-snapshot';
import { caller, openTestCore, removeTempDirs, tempDir } from './fixtures';
import type { Core } from '../../../main/core/core';

// Mounted while the file is collected: it.skipIf needs the answer before any hook runs.
function tryMountTmpfs(): { mountPoint: string | null; refusal: string } {
  if (process.platform !== 'linux') return { mountPoint: null, refusal: 'not Linux' };
  const dir = join(tempDir('coalitietafel-tmpfs-'), 'mnt');
  mkdirSync(dir);
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status === 0) return { mountPoint: dir, refusal: '' };
  return { mountPoint: null, refusal: (result.stderr || result.error?.message || `exit ${result.status}`).trim() };
}
const { mountPoint, refusal: mountRefusal } = tryMountTmpfs();

const opened: Core[] = [];
afterAll(() => {
  for (const core of opened) core.close(); // an open file would keep the tmpfs busy
  if (mountPoint && spawnSync('umount', [mountPoint]).status !== 0) spawnSync('umount', ['-l', mountPoint]);
  removeTempDirs();
});

/** Fills the file system holding dir until it refuses another byte, then gives back `leave` bytes. */
function fillDisk(dir: string, leave = 0): string {
  const filler = join(dir, 'vulling.bin');
  const fd = openSync(filler, 'w');
  try {
    for (const size of [256 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  if (leave > 0) truncateSync(filler, statSync(filler).size - leave);
  return filler;
}

async function prepare(core: Core) {
  const call = caller(core);
  const meeting = await call('meetings:create', { body: 'coalitie', title: 'Overleg', startsAt: '2026-09-10T19:30', place: 'Stadhuis', chairId: null, notulistId: null });
  return { call, meeting };
}

const bigItem = (meetingId: number, n: number) => ({
  meetingId,
  kind: 'bespreking' as const,
  title: `Groot punt ${n}`,
  description: `Punt ${n}: ${'Een lange toelichting over de wijk. '.repeat(540)}`.slice(0, 20_000),
});

/** Writes until the store reports the disk full; returns the refused input and the snapshot from just before. */
async function writeUntilFull(core: Core, meetingId: number) {
  for (let n = 1; n <= 200; n++) {
    const before = snapshot(core.db);
    const input = bigItem(meetingId, n);
    const result = await core.dispatch('agenda:add', input);
    if (!result.ok) return { result, before, input, succeeded: n - 1 };
  }
  throw new Error('the disk never filled up');
}

function expectConsistent(core: Core): void {
  expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  // A second connection (as after a restart) sees the same, whole database.
  const other = new Database(core.dataFile, { readonly: true });
  expect(other.pragma('integrity_check', { simple: true })).toBe('ok');
  other.close();
}

describe('disk full', () => {
  it.skipIf(!mountPoint)(
    `on a real 8 MB tmpfs: rolls back, says so in Dutch, stays consistent, works again after freeing space${mountPoint ? '' : ` (skipped: mounting a tmpfs is not permitted here: ${mountRefusal})`}`,
    async () => {
      const dir = join(mountPoint!, 'data');
      const core = openTestCore(dir);
      opened.push(core);
      const { call, meeting } = await prepare(core);
      await call('backups:create', {}); // a real backup must still fit first
      // Leave room for a few writes, so the disk runs full in the middle of one.
      const filler = fillDisk(mountPoint!, 160 * 1024);

      const { result, before, input, succeeded } = await writeUntilFull(core, meeting.id);
      expect(succeeded).toBeGreaterThan(0);
      expect(result).toEqual({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^De schijf is vol; de wijziging is teruggedraaid/) } });
      expect(snapshot(core.db)).toEqual(before);
      expectConsistent(core);
      // Reading still works while the disk is full.
      expect((await call('meetings:get', { id: meeting.id })).title).toBe('Overleg');
      // A backup on a full disk fails cleanly and leaves no half file behind.
      const backup = await core.dispatch('backups:create', {});
      expect(backup).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/schijf is vol/) } });
      expect(readdirSync(core.backupFolder).filter((n) => n.startsWith('.'))).toEqual([]);

      rmSync(filler);
      const added = await call('agenda:add', input);
      expect(added.title).toBe(input.title);
      expect((await call('backups:create', {})).kind).toBe('handmatig');
      core.close();

      // After a restart everything acknowledged is there.
      const reopened = openTestCore(dir);
      opened.push(reopened);
      expect(reopened.mode).toBe('normal');
      expect((await caller(reopened)('meetings:get', { id: meeting.id })).agenda.map((a) => a.title)).toContain(input.title);
      expectConsistent(reopened);
      reopened.close();
    },
  );

  it('simulated with SQLite’s page limit (max_page_count: the pager answers SQLITE_FULL as on a full disk): same guarantees', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const { call, meeting } = await prepare(core);
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true }) as number}`);

    const { result, before, input } = await writeUntilFull(core, meeting.id);
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^De schijf is vol; de wijziging is teruggedraaid/) } });
    expect(snapshot(core.db)).toEqual(before);
    expectConsistent(core);

    core.db.pragma('max_page_count = 1073741823');
    expect((await call('agenda:add', input)).title).toBe(input.title);
    core.close();
  });
});
