// One process per data file: openCore takes an exclusive lock beside the database, refuses a second opener in
// Dutch naming who holds it, releases it on close, keeps it through a restore, and takes over a stale lock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { spawnSync } from 'node:child_process';
import { lockPathFor } from '../../main/core/durability/store-lock';
import { caller, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';
import { bundleWebHost, startHostProcess } from './durability/web-host-process';

let bundle = '';
beforeAll(async () => {
  bundle = await bundleWebHost(tempDir('coalitietafel-host-'));
});
afterAll(removeTempDirs);

/** A pid that belonged to a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe('one process per data file', () => {
  it('refuses a second openCore on the same file in Dutch, naming who holds it, and frees the file on close', async () => {
    const dir = tempDir();
    const first = openTestCore(dir, { lockOwner: 'de webhost' });
    const lock = JSON.parse(readFileSync(lockPathFor(first.dataFile), 'utf8')) as { pid: number; host: string; mode: string; since: string };
    expect(lock).toMatchObject({ pid: process.pid, host: hostname(), mode: 'de webhost' });
    expect(() => openTestCore(dir)).toThrow(new RegExp(`is al geopend door de webhost \\(proces ${process.pid}\\) sinds \\d+ \\w+ 20\\d\\d om \\d\\d:\\d\\d\\..*Er is niets gewijzigd`));
    // A restore swaps the file but keeps the lock: nobody can slip in between.
    await caller(first)('backups:create', {});
    await caller(first)('backups:restore', { confirm: true });
    expect(() => openTestCore(dir)).toThrow(/is al geopend door de webhost/);
    first.close();
    expect(existsSync(lockPathFor(first.dataFile))).toBe(false);
    const second = openTestCore(dir);
    expect(second.mode).toBe('normal');
    second.close();
  });

  it('takes over a lock whose process is no longer alive on this machine', () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    core.close();
    const pid = deadPid();
    writeFileSync(lockPathFor(core.dataFile), JSON.stringify({ pid, host: hostname(), mode: 'de app', since: '2026-01-01T10:00:00Z', nonce: 'x' }));
    const again = openTestCore(dir);
    expect(JSON.parse(readFileSync(lockPathFor(core.dataFile), 'utf8'))).toMatchObject({ pid: process.pid });
    again.close();
  });

  it('never guesses about a lock held on another machine (a network folder)', () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    core.close();
    writeFileSync(lockPathFor(core.dataFile), JSON.stringify({ pid: deadPid(), host: 'andere-pc', mode: 'de app', since: '2026-01-01T10:00:00Z', nonce: 'x' }));
    expect(() => openTestCore(dir)).toThrow(/is al geopend door de app \(proces \d+ op computer andere-pc\)/);
  });

  it('refuses a second web host process on the same file with the Dutch message, and takes over after a SIGKILL', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    core.close();
    const first = startHostProcess(bundle, core.dataFile);
    await first.listening;
    const second = startHostProcess(bundle, core.dataFile);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toMatch(new RegExp(`is al geopend door de webhost \\(proces ${first.pid}\\) sinds .*Er is niets gewijzigd`));
    expect(second.stdout()).not.toContain('draait op');
    // A killed host cannot release its lock; the next start sees its process is gone and takes over.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(lockPathFor(core.dataFile))).toBe(true);
    const third = startHostProcess(bundle, core.dataFile);
    await third.listening;
    expect(JSON.parse(readFileSync(lockPathFor(core.dataFile), 'utf8'))).toMatchObject({ pid: third.pid, mode: 'de webhost' });
    expect(await third.stop()).toBe(0);
    expect(existsSync(lockPathFor(core.dataFile))).toBe(false);
  }, 30_000);
});
