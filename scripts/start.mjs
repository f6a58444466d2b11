// `npm start`: fetch what the desktop app needs on first use, build, then run the app in Electron.
//   1. the Electron binary (Electron 45 downloads it lazily; scripts/desktop/electron-binary.mjs)
//   2. better-sqlite3 for Electron's ABI in .electron-native/ (scripts/desktop/electron-sqlite.mjs)
// When a download fails (offline), one Dutch line says what and from where and points to `npm run web`;
// the exit code is non-zero and nothing is started.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary } from './desktop/electron-binary.mjs';
import { ensureElectronSqlite } from './desktop/electron-sqlite.mjs';
import { DownloadFailed } from './desktop/download-failed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
// The package states its runtime's ABI (Electron 45: 150); a native module must be built for exactly that.
const electronAbi = Number(readFileSync(join(electronDir, 'abi_version'), 'utf8').trim());

let electronBinary;
try {
  electronBinary = await ensureElectronBinary(electronDir);
  ensureElectronSqlite({ root, electronVersion, electronAbi });
} catch (error) {
  if (!(error instanceof DownloadFailed)) throw error;
  console.error(error.line());
  process.exit(1);
}

const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const env = { ...process.env };
// Set in some shells and CI images; it would make Electron behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
