// electron-builder.yml is only read when packaging, on a machine with internet; a typo there would
// surface late. Validate it here against the schema of the installed electron-builder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

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
  linux: { target: (string | { target: string })[]; maintainer?: string; category?: string };
  mac: { target: (string | { target: string })[] };
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
