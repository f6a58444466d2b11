// `npm start` on a newcomer's machine, played here by a local HTTP mirror (no internet on CI): it serves
// an Electron stand-in zip with its SHASUMS256.txt (ELECTRON_MIRROR, electron_use_remote_checksums) and a
// recorded stand-in of better-sqlite3's electron-v150 prebuilt (npm_config_better_sqlite3_binary_host):
// Node's build with its ABI tag rewritten to Electron 45's, since Electron's headers cannot be had here.
// The stand-in "electron" is a small Node script that records how it was started.
// Runs in a copy of the project whose node_modules links to the real packages except electron, which is a
// copy without dist/ and path.txt, so node_modules itself is never changed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));
const realModules = join(root, 'node_modules');
const electronPackage = JSON.parse(readFileSync(join(realModules, 'electron', 'package.json'), 'utf8')) as { version: string };
const electronVersion = electronPackage.version;
const electronAbi = readFileSync(join(realModules, 'electron', 'abi_version'), 'utf8').trim();
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = (JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')) as { version: string }).version;
const platformName = `${process.platform}-${process.arch}`;
const zipName = `electron-v${electronVersion}-${platformName}.zip`;
const prebuildName = `better-sqlite3-v${sqliteVersion}-electron-v${electronAbi}-${platformName}.tar.gz`;

const work = mkdtempSync(join(tmpdir(), 'coalitietafel-start-'));
const project = join(work, 'project');
const record = join(work, 'electron-started.json');
const served: string[] = [];
let mirror: Server;
let mirrorUrl = '';
let closedUrl = '';

/** The stand-in Electron: records argv, cwd and whether ELECTRON_RUN_AS_NODE leaked, then exits 0. */
const STAND_IN = `#!/usr/bin/env node
const fs = require('node:fs');
fs.writeFileSync(process.env.STAND_IN_RECORD, JSON.stringify({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null,
}));
`;

async function electronZip(): Promise<Buffer> {
  const zip = new JSZip();
  // Laid out like Electron's release zips: the executable and a version file at the top.
  zip.file('electron', STAND_IN, { unixPermissions: 0o755 });
  zip.file('version', electronVersion);
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
}

/** Node's better-sqlite3 build tagged as an Electron build: the recorded stand-in of the prebuilt tarball. */
function prebuildTarball(): Buffer {
  const staging = join(work, 'prebuild');
  mkdirSync(join(staging, 'build', 'Release'), { recursive: true });
  const bytes = readFileSync(join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'));
  const from = Buffer.from(`node_register_module_v${process.versions.modules}`, 'latin1');
  const to = Buffer.from(`node_register_module_v${electronAbi}`, 'latin1');
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  writeFileSync(join(staging, 'build', 'Release', 'better_sqlite3.node'), bytes);
  const tar = spawnSync('tar', ['-czf', '-', '-C', staging, 'build'], { maxBuffer: 64 * 1024 * 1024 });
  expect(tar.status).toBe(0);
  return tar.stdout;
}

function copyProject(): void {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project);
  for (const entry of ['main', 'renderer', 'shared', 'resources', 'scripts', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(realModules)) {
    if (entry === 'electron' || entry === '.bin' || entry === '.vite') continue;
    symlinkSync(join(realModules, entry), join(modules, entry));
  }
  cpSync(join(realModules, 'electron'), join(modules, 'electron'), { recursive: true });
  rmSync(join(modules, 'electron', 'dist'), { recursive: true, force: true });
  rmSync(join(modules, 'electron', 'path.txt'), { force: true });
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/start.mjs` in the copy; asynchronously, because the mirror answers from this process. */
function start(env: Record<string, string>): Promise<Run> {
  rmSync(record, { force: true });
  const base = { ...process.env };
  // Whatever the developer's shell says, this run decides where things come from.
  for (const key of Object.keys(base)) if (/^(electron_|npm_config_electron|npm_config_better_sqlite3)/i.test(key)) delete base[key];
  const child = spawn(process.execPath, [join(project, 'scripts', 'start.mjs')], {
    cwd: project,
    timeout: 240_000,
    env: {
      ...base,
      electron_config_cache: join(work, 'electron-cache'),
      npm_config_cache: join(work, 'npm-cache'),
      ELECTRON_HEADERS_URL: `${closedUrl}headers`,
      STAND_IN_RECORD: record,
      ELECTRON_RUN_AS_NODE: '1',
      ...env,
    },
  });
  const run: Run = { status: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ ...run, status: code })));
}

const connected = () => ({
  ELECTRON_MIRROR: mirrorUrl,
  electron_use_remote_checksums: '1',
  npm_config_better_sqlite3_binary_host: mirrorUrl.replace(/\/$/, ''),
});

beforeAll(async () => {
  const zip = await electronZip();
  const files = new Map<string, Buffer>([
    [`/v${electronVersion}/${zipName}`, zip],
    [`/v${electronVersion}/SHASUMS256.txt`, Buffer.from(`${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`)],
    [`/v${sqliteVersion}/${prebuildName}`, prebuildTarball()],
  ]);
  mirror = createServer((request, response) => {
    served.push(request.url ?? '');
    const body = files.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'Content-Length': body?.length ?? 0 });
    response.end(body);
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as { port: number }).port}/`;
  // A port that was just free: connections to it are refused, as offline.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}/`;
  await new Promise((resolve) => closed.close(resolve));
  copyProject();
});

afterAll(async () => {
  await new Promise((resolve) => mirror.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('npm start on first use', () => {
  it('offline: one Dutch line naming Electron and where it was looked for, non-zero, nothing started', async () => {
    const run = await start({ ELECTRON_MIRROR: closedUrl, electron_use_remote_checksums: '1' });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^Electron ${electronVersion} \\(${zipName}\\) kon niet worden opgehaald van ${closedUrl}v${electronVersion}/${zipName} \\(.*ECONNREFUSED.*\\)\\. Zonder internet opent \`npm run web\` Coalitietafel in de browser\\.$`),
    );
    expect(run.stdout).toContain(`wordt eenmalig gedownload van ${closedUrl}`);
    expect(existsSync(record)).toBe(false);
    expect(existsSync(join(project, 'node_modules', 'electron', 'path.txt'))).toBe(false);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });

  it('connected: fetches Electron and the Electron build of better-sqlite3, builds, and starts the app in Electron', async () => {
    const run = await start(connected());
    expect(run.stderr).not.toMatch(/kon niet worden opgehaald/);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Electron downloaden: 100%/);
    expect(run.stdout).toContain(`SQLite-module voor Electron ${electronVersion} wordt klaargezet`);

    expect(served).toEqual(
      expect.arrayContaining([`/v${electronVersion}/${zipName}`, `/v${electronVersion}/SHASUMS256.txt`, `/v${sqliteVersion}/${prebuildName}`]),
    );
    expect(readFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron');
    const native = readFileSync(join(project, '.electron-native', 'better_sqlite3.node')).toString('latin1');
    expect(native).toContain(`node_register_module_v${electronAbi}`);
    expect(readdirSync(join(project, '.electron-native'))).toEqual(['better_sqlite3.node']);
    // Node's build in node_modules is untouched.
    expect(readFileSync(join(sqliteDir, 'build', 'Release', 'better_sqlite3.node')).toString('latin1')).toContain(
      `node_register_module_v${process.versions.modules}`,
    );
    expect(existsSync(join(project, 'dist', 'main', 'main.cjs'))).toBe(true);

    const started = JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; cwd: string; runAsNode: string | null };
    expect(started.argv).toEqual(['.']);
    expect(started.cwd).toBe(project);
    expect(started.runAsNode).toBeNull();
  }, 240_000);

  it('a second start downloads nothing', async () => {
    served.length = 0;
    const run = await start({ ...connected(), ELECTRON_MIRROR: closedUrl, npm_config_better_sqlite3_binary_host: closedUrl });
    expect(run.status, run.stderr).toBe(0);
    expect(served).toEqual([]);
    expect(existsSync(record)).toBe(true);
  }, 240_000);

  it('without the SQLite module for Electron: one Dutch line naming it and where, nothing started', async () => {
    rmSync(join(project, '.electron-native'), { recursive: true, force: true });
    const run = await start({ ...connected(), npm_config_better_sqlite3_binary_host: closedUrl.replace(/\/$/, '') });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `De SQLite-module voor Electron (better-sqlite3 ${sqliteVersion}, ABI ${electronAbi}) kon niet worden opgehaald van ${closedUrl}v${sqliteVersion}/${prebuildName} of de Electron-headers van ${closedUrl}headers`,
    );
    expect(lines[0]).toMatch(/Zonder internet opent `npm run web` Coalitietafel in de browser\.$/);
    expect(existsSync(record)).toBe(false);
    expect(readdirSync(join(project, '.electron-native'))).toEqual([]);
  }, 240_000);
});
