// electron-builder.yml is only read when packaging, on a machine with internet; a typo there would
// surface late. Validate it here against the schema of the installed electron-builder.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_WORKER_FILE } from '../../main/core/exports/render-in-worker';
import { withNodeBuildKept } from '../../scripts/desktop/keep-node-build.mjs';

const root = join(__dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));
// js-yaml comes with electron-builder (which reads the same file with it); it ships no types.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  win: { target: (string | { target: string })[] };
  linux: { target: (string | { target: string })[]; maintainer?: string; vendor?: string; category?: string };
  mac: { target: (string | { target: string })[]; identity?: string | null };
  copyright?: string;
  electronFuses?: Record<string, boolean>;
  npmRebuild?: boolean;
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const targets = (list: (string | { target: string })[]) => list.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is valid against the installed app-builder-lib schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      $schema?: string;
    };
    // The schema is draft-07, which Ajv's default class speaks. It uses a few non-standard
    // keywords and no formats we care about, so unknown ones are tolerated rather than rejected.
    expect(schema.$schema).toContain('draft-07');
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app', () => {
    expect(config.appId).toBe('nl.groningen.coalitietafel');
    expect(config.productName).toBe('Coalitietafel');
  });

  it('builds NSIS and MSI, AppImage and deb, and a dmg', () => {
    expect(targets(config.win.target)).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(targets(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets(config.mac.target)).toContain('dmg');
    // deb refuses to build without a maintainer; the menu entry needs a category.
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/);
    expect(config.linux.category).toBeTruthy();
  });

  it('names a real vendor and maintainer a municipality can ship under, no placeholder address', () => {
    const text = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/\.invalid\b|example\.(com|org|net)\b/);
    expect(config.linux.vendor).toBe('Gemeente Groningen');
    expect(config.linux.maintainer).toMatch(/^Gemeente Groningen, Programma Leefbaarheid en Veiligheid Groningen-Noord <[^@>]+@groningen\.nl>$/);
    expect(config.copyright).toContain('Gemeente Groningen');
  });

  it('lets an unsigned macOS build start after its fuses are flipped', () => {
    // Flipping fuses breaks the signature; without a signing identity the app must be ad-hoc signed again.
    const signed = typeof config.mac.identity === 'string' && config.mac.identity !== '';
    expect(signed || config.electronFuses?.resetAdHocDarwinSignature === true).toBe(true);
  });

  it('unpacks better-sqlite3 from the asar and rebuilds it for Electron', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).not.toBe(false);
  });

  it('packages the build output and the area profile where main.ts looks for it', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.extraResources).toContainEqual({
      from: 'resources/groningen-noord.profile.json',
      to: 'groningen-noord.profile.json',
    });
    const mainSource = readFileSync(join(root, 'main', 'app', 'main.ts'), 'utf8');
    expect(mainSource).toContain("'groningen-noord.profile.json'");
    expect(mainSource).toContain('process.resourcesPath');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.cjs');
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has an app icon large enough for every platform (build/icon.png, at least 512 × 512)', () => {
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR comes first: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });
});

/** The files electron-builder would put in app.asar and app.asar.unpacked, by its own matchers. */
describe('the packaged layout, as electron-builder computes it from a fresh build', () => {
  const work = mkdtempSync(join(tmpdir(), 'coalitietafel-pack-'));
  const appDir = join(work, 'app');
  let packed: string[] = [];
  let unpacked: string[] = [];

  beforeAll(() => {
    // The project as electron-builder sees it, with a fresh build in place of whatever dist/ holds now.
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet', '--out', join(appDir, 'dist')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    for (const entry of readdirSync(root)) {
      if (['dist', 'node_modules', '.git', 'out'].includes(entry)) continue;
      symlinkSync(join(root, entry), join(appDir, entry));
    }
    const { getMainFileMatchers, getFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
      getMainFileMatchers: (...args: unknown[]) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }[];
      getFileMatchers: (...args: unknown[]) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }[] | null;
    };
    const same = (text: string) => text;
    const packager = {
      info: { projectDir: appDir, buildResourcesDir: 'build', isPrepackedAppAsar: false, config, debugLogger: { isEnabled: false } },
    };
    const outDir = join(appDir, 'out');
    const include = getMainFileMatchers(appDir, '/resources/app', same, config.linux, packager, outDir, false)[0]!.createFilter();
    const unpack = getFileMatchers(config, 'asarUnpack', '/resources/app', {
      macroExpander: same,
      customBuildOptions: config.linux,
      globalOutDir: outDir,
      defaultSrc: appDir,
    })![0]!.createFilter();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = join(dir, name);
        const stat = statSync(file);
        if (!include(file, stat)) continue;
        if (stat.isDirectory()) walk(file);
        else (unpack(file, stat) ? unpacked : packed).push(relative(appDir, file).split(sep).join('/'));
      }
    };
    walk(appDir);
    packed = packed.sort();
    unpacked = unpacked.sort();
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs the main process, preload, export worker and renderer, and nothing else of the project', () => {
    expect(packed).toEqual(expect.arrayContaining(['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/main/export-worker.cjs', 'dist/renderer/index.html', 'package.json']));
    const stray = packed.filter((file) => !file.startsWith('dist/main/') && !file.startsWith('dist/renderer/') && file !== 'package.json');
    expect(stray).toEqual([]);
    expect(packed.filter((file) => file.endsWith('.map') || file.startsWith('dist/web/'))).toEqual([]);
    expect(unpacked).toEqual([]);
  });

  it('keeps the export worker in app.asar beside main.cjs, where render-in-worker.ts looks for it', () => {
    const worker = `${dirname('dist/main/main.cjs')}/${EXPORT_WORKER_FILE}`;
    expect(packed).toContain(worker);
    // What the worker loads at run time comes with the app: only production dependencies are packaged.
    const source = readFileSync(join(appDir, worker), 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    const external = [...new Set(required.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)))];
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) {
      const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
      expect(Object.keys(pkg.dependencies), name).toContain(packageName);
    }
  });

  it("unpacks the rebuilt better-sqlite3 where main.ts loads it from when packaged", () => {
    const mainSource = readFileSync(join(root, 'main', 'app', 'main.ts'), 'utf8');
    expect(mainSource).toContain("'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'");
    const unpack = (require('app-builder-lib/out/fileMatcher') as {
      getFileMatchers: (...args: unknown[]) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }[];
    })
      .getFileMatchers(config, 'asarUnpack', '/resources/app', { macroExpander: (t: string) => t, customBuildOptions: {}, globalOutDir: join(appDir, 'out'), defaultSrc: appDir })[0]!
      .createFilter();
    const file = { isDirectory: () => false };
    expect(unpack(join(appDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), file)).toBe(true);
    expect(unpack(join(appDir, 'dist', 'main', EXPORT_WORKER_FILE), file)).toBe(false);
  });
});

describe('packaging leaves Node\'s better-sqlite3 build in node_modules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-keep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts it back after a rebuild for Electron, also when packaging fails', async () => {
    const binding = join(dir, 'better_sqlite3.node');
    const otherCheckout = join(dir, 'other-checkout.node');
    const saved = join(dir, 'aside', 'kept.node');
    writeFileSync(binding, 'node-abi-137');
    // node_modules may be hard-linked to another checkout's: putting the build back must not write through it.
    linkSync(binding, otherCheckout);
    const rebuildForElectron = () => {
      writeFileSync(`${binding}.new`, 'electron-abi-150');
      renameSync(`${binding}.new`, binding);
    };
    expect(await withNodeBuildKept(binding, saved, () => (rebuildForElectron(), 0))).toBe(0);
    expect(readFileSync(binding, 'utf8')).toBe('node-abi-137');
    await expect(
      withNodeBuildKept(binding, saved, () => {
        rebuildForElectron();
        throw new Error('electron-builder stopte');
      }),
    ).rejects.toThrow('electron-builder stopte');
    expect(readFileSync(binding, 'utf8')).toBe('node-abi-137');
    expect(readdirSync(join(dir, 'aside'))).toEqual([]);
    expect(readFileSync(otherCheckout, 'utf8')).toBe('node-abi-137');
    expect(statSync(binding).ino).not.toBe(statSync(otherCheckout).ino);
  });

  it('puts back a copy an interrupted run left aside before it starts', async () => {
    const binding = join(dir, 'interrupted.node');
    const saved = join(dir, 'aside-2', 'kept.node');
    writeFileSync(binding, 'electron-abi-150');
    mkdirSync(dirname(saved), { recursive: true });
    writeFileSync(saved, 'node-abi-137');
    await withNodeBuildKept(binding, saved, () => expect(readFileSync(binding, 'utf8')).toBe('node-abi-137'));
    expect(readFileSync(binding, 'utf8')).toBe('node-abi-137');
  });
});
