// An empty or missing data file never silently becomes a new archive, and backups of such a store never
// push the good ones out: a 0-byte file and a missing file beside backups open in rescue mode, retention
// keeps the last backup from before the data shrank, and restoring an empty backup says so.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { applyRetention, listBackups } from '../../main/core/durability/backups';
import { startBackupSchedule } from '../../main/core/core';
import { buildArchive, caller, logicalSnapshot, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

/** A store with adopted minutes and one backup of it, closed. */
async function archivedStore(now = () => new Date('2026-03-02T09:00:00Z'), backupFolder?: string) {
  const dir = tempDir();
  const core = openTestCore(dir, { now, ...(backupFolder ? { backupFolder } : {}) });
  await buildArchive(caller(core));
  const backup = await core.createBackup('start');
  const good = logicalSnapshot(core.db);
  core.close();
  return { dir, dataFile: core.dataFile, backupFolder: core.backupFolder, backup, good };
}

describe('an empty or missing data file', () => {
  it('opens an existing 0-byte data file in rescue mode, never as a new store, and restore brings the data back', async () => {
    const s = await archivedStore();
    truncateSync(s.dataFile, 0);
    const core = openTestCore(s.dir);
    expect(core.mode).toBe('rescue');
    expect(core.status().reason).toMatch(/is leeg \(0 bytes\).*Er is niets verwijderd of overschreven.*reservekopie terug/);
    expect(statSync(s.dataFile).size).toBe(0);
    expect(core.status().backups.map((b) => b.fileName)).toEqual([s.backup.fileName]);
    await expect(core.createBackup('start')).rejects.toThrow(/herstelmodus/);
    const restored = await caller(core)('backups:restore', { confirm: true });
    expect(restored.status.mode).toBe('normal');
    expect(restored.message).toMatch(/werkt weer normaal/);
    expect(logicalSnapshot(core.db)).toEqual(s.good);
    core.close();
  });

  it('opens a 0-byte data file in rescue mode even when there is no backup', () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    core.close();
    truncateSync(core.dataFile, 0);
    const again = openTestCore(dir);
    expect(again.mode).toBe('rescue');
    expect(statSync(again.dataFile).size).toBe(0);
    again.close();
  });

  it('offers the restore, in Dutch, for a missing data file beside a backups folder that holds backups', async () => {
    const s = await archivedStore();
    rmSync(s.dataFile);
    const core = openTestCore(s.dir);
    expect(core.mode).toBe('rescue');
    expect(core.status().reason).toMatch(/ontbreekt.*reservekopieën.*geen nieuw, leeg archief.*Zet de laatste goede reservekopie terug/);
    // Nothing was created in its place.
    expect(existsSync(s.dataFile)).toBe(false);
    const restored = await caller(core)('backups:restore', { confirm: true });
    expect(restored.status.mode).toBe('normal');
    expect(logicalSnapshot(core.db)).toEqual(s.good);
    core.close();
  });

  it('starts a new archive for a missing data file when there are no backups, and knows it created it', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    expect(core.mode).toBe('normal');
    expect(core.createdNow).toBe(true);
    core.close();
    const again = openTestCore(dir);
    expect(again.createdNow).toBe(false);
    again.close();
  });

  it('never removes the last backup that holds more than the one made after it, however many empty ones follow', async () => {
    let clock = new Date('2026-03-02T09:00:00Z');
    // The worst case of the old behaviour: an empty store is backed up day after day beside the good copy.
    const backupFolder = join(tempDir(), 'backups');
    const empty = openTestCore(tempDir(), { now: () => clock, backupFolder });
    const s = await archivedStore(() => clock, backupFolder);
    // Every fourth day for eleven weeks: past both the 7 days and the 8 weeks retention keeps.
    for (let day = 4; day <= 80; day += 4) {
      clock = new Date(Date.UTC(2026, 2, 2 + day, 9));
      await empty.createBackup('dagelijks');
    }
    empty.close();
    const left = listBackups(s.backupFolder);
    expect(left.map((b) => b.fileName)).toContain(s.backup.fileName);
    // Retention itself still works on the rest: 7 days and 8 weeks (overlapping), plus the guarded one.
    expect(left.length).toBeLessThanOrEqual(7 + 8 + 1);
    expect(applyRetention(s.backupFolder).removed).toEqual([]);
  });

  it('says so when another backup holds more than the restored one, instead of "all is well"', async () => {
    let clock = new Date('2026-03-02T09:00:00Z');
    const backupFolder = join(tempDir(), 'backups');
    const empty = openTestCore(tempDir(), { now: () => clock, backupFolder });
    const s = await archivedStore(() => clock, backupFolder);
    clock = new Date('2026-03-03T09:00:00Z');
    const emptyBackup = await empty.createBackup('dagelijks');
    empty.close();
    const core = openTestCore(s.dir, { now: () => clock, backupFolder });
    const restored = await caller(core)('backups:restore', { confirm: true, fileName: emptyBackup.fileName });
    expect(restored.message).not.toMatch(/werkt weer normaal/);
    expect(restored.message).toMatch(/Let op: de reservekopie van 2 maart 2026 .* bevat meer gegevens dan deze; zet die terug als u gegevens mist\./);
    core.close();
  });

  it('makes no start-up backup in rescue mode for a missing or empty file', async () => {
    const s = await archivedStore();
    truncateSync(s.dataFile, 0);
    const core = openTestCore(s.dir);
    const schedule = startBackupSchedule(core, { log: () => {} });
    expect(await schedule.started).toBeNull();
    schedule.stop();
    expect(listBackups(s.backupFolder)).toHaveLength(1);
    core.close();
  });
});
