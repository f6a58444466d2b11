// Residents' stories are readable only by the user who runs Coalitietafel: folders 0700, and the database,
// its -wal and -shm, backups, set-aside copies and the lock 0600, whatever the umask; older readable files
// are tightened at open. And stale temporary copies from a crash during a backup are removed at start.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listBackups } from '../../main/core/durability/backups';
import { lockPathFor } from '../../main/core/durability/store-lock';
import { caller, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('private files', () => {
  it('creates the data folder, database, -wal, -shm, lock, backups and set-aside copies for the owner only, even under umask 000', async () => {
    const previous = process.umask(0o000);
    try {
      const dir = join(tempDir(), 'gegevens');
      const core = openTestCore(dir);
      const call = caller(core);
      await call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest' });
      const backup = await call('backups:create', {});
      const restored = await call('backups:restore', { confirm: true, fileName: backup.fileName });
      await call('milestones:create', { date: '2026-11-16', title: 'Buurtbarbecue' });
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(core.backupFolder)).toBe(0o700);
      for (const file of [core.dataFile, `${core.dataFile}-wal`, `${core.dataFile}-shm`, lockPathFor(core.dataFile), join(core.backupFolder, backup.fileName), restored.setAsideFile!]) {
        expect([file, modeOf(file).toString(8)]).toEqual([file, '600']);
      }
      core.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens files and the backup folder an older version left readable, when the store opens', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    await caller(core)('backups:create', {});
    core.close();
    const backups = readdirSync(core.backupFolder).map((name) => join(core.backupFolder, name));
    for (const file of [core.dataFile, ...backups]) chmodSync(file, 0o644);
    chmodSync(core.backupFolder, 0o755);
    const again = openTestCore(dir);
    expect(modeOf(core.dataFile)).toBe(0o600);
    expect(modeOf(core.backupFolder)).toBe(0o700);
    for (const file of backups) expect(modeOf(file)).toBe(0o600);
    again.close();
  });
});

describe('stale temporary files', () => {
  /** A pid that belonged to a process that has ended. */
  const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());

  it('removes at start the temporary copies and journals of a backup whose process died, never lists them, and leaves others alone', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const backup = await caller(core)('backups:create', {});
    core.close();
    const dead = deadPid();
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const stem = backup.fileName.replace(/-\d{4}-.*$/, '');
      const stale = [
        join(core.backupFolder, `.${stem}-2026-03-02T09-00-00-000Z-start.sqlite.reservekopie-${dead}-0a1b2c3d.tmp`),
        join(core.backupFolder, `.${stem}-2026-03-02T09-00-00-000Z-start.sqlite.reservekopie-${dead}-0a1b2c3d.tmp-journal`),
        join(dir, `.coalitietafel.sqlite.kopie-${dead}-11223344.tmp`),
        join(dir, `.coalitietafel.sqlite.nieuw-${dead}-55667788.tmp`),
        join(dir, `coalitietafel.sqlite.lock.${dead}-99aabbcc.tmp`),
      ];
      const kept = [
        // Written by a process that is still running (made after this test process started).
        join(core.backupFolder, `.${stem}-2026-03-03T09-00-00-000Z-start.sqlite.reservekopie-${live.pid}-0a1b2c3d.tmp`),
        // Another store's, and the user's own files.
        join(core.backupFolder, `.ander-2026-03-02T09-00-00-000Z-start.sqlite.reservekopie-${dead}-0a1b2c3d.tmp`),
        join(dir, 'notities.tmp'),
      ];
      for (const file of [...stale, ...kept]) writeFileSync(file, 'x'.repeat(1000));
      expect(listBackups(core.backupFolder).map((b) => b.fileName)).toEqual([backup.fileName]);
      const again = openTestCore(dir);
      for (const file of stale) expect([file, existsSync(file)]).toEqual([file, false]);
      for (const file of kept) expect([file, existsSync(file)]).toEqual([file, true]);
      expect(listBackups(core.backupFolder).map((b) => b.fileName)).toEqual([backup.fileName]);
      again.close();
    } finally {
      live.kill();
    }
  });
});
