// Start-up that does not grow with the archive: a large store is served read-only at once while quick_check
// runs in a worker; writes are refused in Dutch until it passes and accepted after; a damaged file goes to
// rescue mode without a byte written; the start-up backup waits for the check.
// (checkInlineUpToBytes: 0 makes the small test archive count as large.)
import { afterEach, describe, expect, it } from 'vitest';
import { closeSync, openSync, writeSync } from 'node:fs';
import { listBackups } from '../../main/core/durability/backups';
import { startBackupSchedule } from '../../main/core/core';
import { buildArchive, caller, openTestCore, removeTempDirs, sha, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

async function closedArchive() {
  const dir = tempDir();
  const core = openTestCore(dir);
  const archive = await buildArchive(caller(core));
  const pageSize = core.db.pragma('page_size', { simple: true }) as number;
  const agendaRoot = core.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'").pluck().get() as number;
  core.close();
  return { dir, dataFile: core.dataFile, archive, pageSize, agendaRoot };
}

describe('the start-up check of a large archive', () => {
  it('serves reads at once, refuses writes in Dutch while quick_check runs in a worker, and accepts them once it passed', async () => {
    const s = await closedArchive();
    const before = sha(s.dataFile);
    const core = openTestCore(s.dir, { checkInlineUpToBytes: 0 });
    const meetings = await core.dispatch('meetings:list', {});
    expect(meetings.ok).toBe(true);
    const refused = await core.dispatch('milestones:create', { date: '2026-11-15', title: 'Wijkfeest' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Even geduld, de controle van de database loopt nog.*Er is niets gewijzigd/) } });
    expect(sha(s.dataFile)).toBe(before);
    await core.checked();
    expect(core.mode).toBe('normal');
    expect((await core.dispatch('milestones:create', { date: '2026-11-15', title: 'Wijkfeest' })).ok).toBe(true);
    core.close();
  });

  it('goes to rescue mode when the check in the worker finds damage, having written nothing to the file', async () => {
    const s = await closedArchive();
    const fd = openSync(s.dataFile, 'r+');
    writeSync(fd, Buffer.alloc(s.pageSize, 0xa5), 0, s.pageSize, (s.agendaRoot - 1) * s.pageSize);
    closeSync(fd);
    const damaged = sha(s.dataFile);
    const core = openTestCore(s.dir, { checkInlineUpToBytes: 0 });
    const schedule = startBackupSchedule(core, { log: () => {} });
    await core.checked();
    expect(core.mode).toBe('rescue');
    expect(core.status().reason).toMatch(/beschadigd/);
    expect(core.status().detail).toMatch(/quick_check|SQLITE_CORRUPT/);
    // The start-up backup waited for the check, and then made no copy of a damaged file.
    expect(await schedule.started).toBeNull();
    schedule.stop();
    expect(listBackups(core.backupFolder)).toEqual([]);
    expect((await core.dispatch('milestones:create', { date: '2026-11-15', title: 'x' })).ok).toBe(false);
    core.close();
    expect(sha(s.dataFile)).toBe(damaged);
  });
});
