// Electron's main process loads better-sqlite3 through a build of its own (.electron-native/); a build for
// another ABI must be refused in Dutch before Node's own "NODE_MODULE_VERSION" error. Runs on the real
// Node build in node_modules; the Electron-tagged file is that build with its ABI tag rewritten, because
// a real Electron build cannot be made without Electron's headers.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../main/core/errors';
import { openStore } from '../../main/core/store/connection';
import { bindingAbi, useNativeBinding } from '../../main/core/store/sqlite';

const require = createRequire(import.meta.url);
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-binding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('not refused');
}

describe('the native SQLite module for this process', () => {
  it('reads the ABI a build was made for from the build itself', () => {
    expect(bindingAbi(nodeBuild)).toBe(Number(process.versions.modules));
  });

  it("refuses Node's build where Electron 45 (ABI 150) runs, in Dutch", () => {
    const error = refusal(() => useNativeBinding(nodeBuild, '150'));
    expect(error.message).toContain(`is gebouwd voor ABI ${process.versions.modules}, maar deze app draait op ABI 150`);
    expect(error.message).toContain('npm start');
  });

  it('refuses a build for another ABI under the running Node, before Node would try to load it', () => {
    const electronTagged = join(dir, 'electron-tagged.node');
    const bytes = readFileSync(nodeBuild);
    const tag = Buffer.from(`node_register_module_v${process.versions.modules}`, 'latin1');
    // Same length, so the file stays a valid shared library; only the tag says "Electron 45".
    const replacement = Buffer.from('node_register_module_v150', 'latin1');
    expect(replacement.length).toBe(tag.length);
    for (let at = bytes.indexOf(tag); at !== -1; at = bytes.indexOf(tag, at + 1)) replacement.copy(bytes, at);
    writeFileSync(electronTagged, bytes);
    expect(bindingAbi(electronTagged)).toBe(150);
    expect(refusal(() => useNativeBinding(electronTagged)).message).toMatch(/gebouwd voor ABI 150, maar deze app draait op ABI \d+/);
  });

  it('refuses a missing build with where it was looked for', () => {
    const missing = join(dir, 'nergens', 'better_sqlite3.node');
    expect(refusal(() => useNativeBinding(missing)).message).toContain(`De SQLite-module voor deze versie van Coalitietafel ontbreekt (${missing})`);
  });

  it('opens the store through a build of the running ABI kept outside node_modules', () => {
    const ownFolder = join(dir, 'own');
    const own = join(ownFolder, 'better_sqlite3.node');
    mkdirSync(ownFolder);
    copyFileSync(nodeBuild, own);
    const db = openStore(join(dir, 'store.sqlite'), { nativeBinding: own, backupFolder: null });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(require.cache[own]).toBeDefined();
    } finally {
      db.close();
    }
  });
});
