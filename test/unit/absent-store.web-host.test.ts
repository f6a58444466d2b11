// End to end against the real web host process: an archive whose data file is truncated or deleted between
// two runs opens in rescue mode, and the host never backs up an empty store over the good backup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, statSync, truncateSync } from 'node:fs';
import { listBackups } from '../../main/core/durability/backups';
import { buildArchive, caller, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';
import { bundleWebHost, startHostProcess } from './durability/web-host-process';

let bundle = '';
beforeAll(async () => {
  bundle = await bundleWebHost(tempDir('coalitietafel-host-'));
});
afterAll(removeTempDirs);

async function until(what: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A store with data, then one run of the web host (which makes its start-up backup of it). */
async function archiveServedOnce() {
  const dir = tempDir();
  const core = openTestCore(dir);
  await buildArchive(caller(core));
  core.close();
  const host = startHostProcess(bundle, core.dataFile);
  await host.listening;
  await until(() => listBackups(core.backupFolder).length === 1);
  expect(await host.stop()).toBe(0);
  const [backup] = listBackups(core.backupFolder);
  return { dataFile: core.dataFile, backupFolder: core.backupFolder, backup: backup! };
}

describe('the web host after the data file was emptied or deleted', () => {
  for (const [what, damage] of [
    ['truncated to 0 bytes', (file: string) => truncateSync(file, 0)],
    ['deleted', (file: string) => rmSync(file)],
  ] as const) {
    it(`starts in rescue mode when the data file was ${what}, and keeps the good backup`, async () => {
      const s = await archiveServedOnce();
      damage(s.dataFile);
      const host = startHostProcess(bundle, s.dataFile);
      await host.listening;
      await until(() => host.stderr().includes('Herstelmodus'));
      expect(host.stderr()).toMatch(/Herstelmodus \(alleen-lezen\): Het databasebestand (is leeg|ontbreekt)/);
      // Give a start-up backup every chance to appear: none may.
      await new Promise((r) => setTimeout(r, 500));
      expect(await host.stop()).toBe(0);
      expect(listBackups(s.backupFolder)).toEqual([s.backup]);
      if (what === 'deleted') expect(() => statSync(s.dataFile)).toThrow();
      else expect(statSync(s.dataFile).size).toBe(0);
    }, 30_000);
  }
});
