// A data file this user may read but not write opens in rescue mode with a message that names the
// permissions as the cause, for the start and for every refused write, never advice to restore a backup.
// Run as a child process of another user (nobody) when the tests run as root, who may write anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_PATH, REPO_ROOT } from '../helpers/paths';
import { openTestCore, removeTempDirs, tempDir } from './durability/fixtures';

const ROOT = process.getuid?.() === 0;
const OTHER = 65534; // nobody

/**
 * As root the check needs another user who can run this Node and read the repository; where this Node or the
 * checkout lives in a folder only root may enter (/root), nobody cannot, and the test says so instead of failing.
 */
function otherUserCannotRun(): string | null {
  if (!ROOT || process.platform === 'win32') return null;
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(REPO_ROOT, 'node_modules', 'better-sqlite3'))})`], {
    uid: OTHER,
    gid: OTHER,
    encoding: 'utf8',
  });
  return probe.status === 0
    ? null
    : `user nobody cannot run ${process.execPath} or read ${REPO_ROOT} (${probe.error?.message ?? probe.stderr.split('\n')[0]})`;
}
const cannotRun = otherUserCannotRun();
if (cannotRun) console.warn(`read-only.test.ts skipped: ${cannotRun}`);

let bundle = '';
beforeAll(async () => {
  const dir = tempDir('coalitietafel-open-child-');
  chmodSync(dir, 0o755);
  bundle = join(dir, 'open-child.cjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'test/unit/durability/open-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: bundle,
    logLevel: 'error',
  });
  chmodSync(bundle, 0o644);
});
afterAll(removeTempDirs);

interface Seen {
  mode: string;
  reason: string;
  detail: string;
  write: { ok: boolean; error?: { code: string; message: string } };
}

function openAsReader(dataFile: string): Seen {
  const child = spawnSync(process.execPath, [bundle, dataFile, PROFILE_PATH], {
    env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
    encoding: 'utf8',
    ...(ROOT ? { uid: OTHER, gid: OTHER } : {}),
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Seen;
}

describe.skipIf(process.platform === 'win32' || cannotRun !== null)('a data file without write permission', () => {
  /** A store readable by everyone, writable only by its owner (root), or by no one when not root. */
  function readableStore(folderWritable: boolean) {
    const dir = join(tempDir(), 'gegevens');
    mkdirSync(dir);
    const core = openTestCore(dir);
    core.close();
    chmodSync(join(dir, '..'), 0o755);
    chmodSync(dir, folderWritable ? 0o777 : 0o555);
    chmodSync(core.dataFile, 0o444);
    return core.dataFile;
  }

  for (const folderWritable of [true, false]) {
    it(`names the permissions, not damage, as the cause (folder ${folderWritable ? 'writable' : 'read-only'})`, () => {
      const seen = openAsReader(readableStore(folderWritable));
      expect(seen.mode).toBe('rescue');
      expect(seen.reason).toMatch(/alleen-lezen.*Geef weer schrijfrechten/);
      expect(seen.detail).toMatch(/geen schrijfrechten op|SQLITE_READONLY/);
      expect(seen.write.ok).toBe(false);
      expect(seen.write.error!.message).toMatch(/herstelmodus, want het databasebestand .* alleen-lezen \(geen schrijfrechten\).*Er is niets gewijzigd/);
      for (const text of [seen.reason, seen.write.error!.message]) expect(text).not.toMatch(/reservekopie terug|beschadigd/);
    });
  }

  it('says the folder is read-only when a new store cannot be created in it', () => {
    const dir = join(tempDir(), 'alleen-lezen');
    mkdirSync(dir);
    chmodSync(join(dir, '..'), 0o755);
    chmodSync(dir, 0o555);
    const seen = openAsReader(join(dir, 'coalitietafel.sqlite'));
    expect(seen.mode).toBe('rescue');
    expect(seen.reason).toMatch(/alleen-lezen.*Geef weer schrijfrechten/);
    expect(seen.reason).not.toMatch(/reservekopie terug/);
  });
});
