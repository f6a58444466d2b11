// better-sqlite3 built for Electron's ABI, in .electron-native/ beside node_modules: the tests and the web host
// keep Node's build in node_modules, Electron's main process loads this one (main.ts → CoreOptions.nativeBinding).
// First a prebuilt binary for the electron runtime (prebuild-install, which honours
// npm_config_better_sqlite3_binary_host), else a build from source against Electron's headers (node-gyp).
// Whatever is made is checked for the ABI before it is put in place.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { DownloadFailed } from './download-failed.mjs';

export const ELECTRON_NATIVE_DIR = '.electron-native';
const DEFAULT_HEADERS_URL = 'https://www.electronjs.org/headers';

/**
 * The ABI a compiled Node module was built for, from its registration symbol (node_register_module_v<ABI>);
 * null when it has none. The app checks the same at start (main/core/store/sqlite.ts).
 */
export function bindingAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}

/** The Electron build's path when it is there and right for electronAbi, else null. */
export function electronSqlitePath(root, electronAbi) {
  const file = join(root, ELECTRON_NATIVE_DIR, 'better_sqlite3.node');
  return existsSync(file) && bindingAbi(file) === electronAbi ? file : null;
}

/**
 * Child processes must build for Electron: an npm_config_nodedir (set for building against Node's headers)
 * would make node-gyp build for Node's ABI instead, whatever --target says.
 */
function electronBuildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

/** Puts better-sqlite3 for Electron in .electron-native/ when it is missing; throws DownloadFailed when it cannot. */
export function ensureElectronSqlite({ root, electronVersion, electronAbi }) {
  const ready = electronSqlitePath(root, electronAbi);
  if (ready) return ready;

  const require = createRequire(join(root, 'package.json'));
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const platform = process.platform;
  const arch = process.env.npm_config_arch || process.arch;
  const tarball = `better-sqlite3-v${version}-electron-v${electronAbi}-${platform}-${arch}.tar.gz`;
  const host =
    process.env.npm_config_better_sqlite3_binary_host ||
    process.env.npm_config_better_sqlite3_binary_host_mirror ||
    'https://github.com/WiseLibs/better-sqlite3/releases/download';
  const headersUrl = process.env.ELECTRON_HEADERS_URL || DEFAULT_HEADERS_URL;
  console.log(`SQLite-module voor Electron ${electronVersion} wordt klaargezet (better-sqlite3 ${version}, ABI ${electronAbi}) …`);

  const nativeDir = join(root, ELECTRON_NATIVE_DIR);
  mkdirSync(nativeDir, { recursive: true });
  const staging = mkdtempSync(join(nativeDir, 'staging-'));
  const env = electronBuildEnv();
  const built = join(staging, 'build', 'Release', 'better_sqlite3.node');
  const problems = [];
  try {
    // 1. A prebuilt binary, unpacked into a copy of the package's own folder layout (never into node_modules).
    copyFileSync(join(packageDir, 'package.json'), join(staging, 'package.json'));
    const prebuild = spawnSync(
      process.execPath,
      [createRequire(join(packageDir, 'package.json')).resolve('prebuild-install/bin.js'), '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`],
      { cwd: staging, env, encoding: 'utf8' },
    );
    if (prebuild.status !== 0 || !existsSync(built)) problems.push(`prebuild-install: ${lastLine(prebuild.stderr) || `code ${prebuild.status}`}`);

    // 2. Else from source against Electron's headers, in a copy of the package.
    if (!existsSync(built)) {
      const ownBuild = join(packageDir, 'build');
      cpSync(packageDir, staging, { recursive: true, filter: (source) => source !== ownBuild && !source.startsWith(ownBuild + sep) });
      const gyp = spawnSync(
        process.execPath,
        [
          require.resolve('node-gyp/bin/node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          `--dist-url=${headersUrl}`,
          `--devdir=${join(homedir(), '.electron-gyp')}`,
        ],
        { cwd: staging, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
      );
      if (gyp.status !== 0 || !existsSync(built)) problems.push(`node-gyp: ${lastLine(gyp.stderr, /gyp ERR!.*(error|stack Error)/) || `code ${gyp.status}`}`);
    }

    if (!existsSync(built)) {
      throw new DownloadFailed(
        `De SQLite-module voor Electron (better-sqlite3 ${version}, ABI ${electronAbi})`,
        `${host}/v${version}/${tarball} of de Electron-headers van ${headersUrl}`,
        new Error(problems.join('; ')),
      );
    }
    const abi = bindingAbi(built);
    if (abi !== electronAbi) {
      throw new DownloadFailed(
        `De SQLite-module voor Electron (better-sqlite3 ${version}, ABI ${electronAbi})`,
        host,
        new Error(`wat werd opgehaald is gebouwd voor ABI ${abi ?? 'onbekend'}`),
      );
    }
    const target = join(nativeDir, 'better_sqlite3.node');
    renameSync(built, target);
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function lastLine(text, pattern = /\S/) {
  const lines = (text ?? '').split('\n').map((line) => line.trim()).filter((line) => pattern.test(line));
  return lines.at(-1) ?? '';
}
