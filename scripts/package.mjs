// `npm run package [-- electron-builder options]`: build, then package with electron-builder (electron-builder.yml).
// electron-builder rebuilds better-sqlite3 for Electron in node_modules; Node's build is put back afterwards, so
// `npm test` and `npm run web` keep loading the ABI they run on (scripts/desktop/keep-node-build.mjs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withNodeBuildKept } from './desktop/keep-node-build.mjs';
import { ELECTRON_NATIVE_DIR, bindingAbi } from './desktop/electron-sqlite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const binding = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const saved = join(root, ELECTRON_NATIVE_DIR, 'node-build-while-packaging.node');

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = run([join(root, 'scripts', 'build.mjs')]);
if (status === 0) {
  status = await withNodeBuildKept(binding, saved, () =>
    run([require.resolve('electron-builder/cli.js'), ...process.argv.slice(2)]),
  );
  const abi = bindingAbi(binding);
  if (String(abi) !== process.versions.modules) {
    console.error(`node_modules/better-sqlite3 is na het verpakken gebouwd voor ABI ${abi}, niet voor deze Node (${process.versions.modules}); draai \`npm rebuild better-sqlite3\`.`);
    status = status || 1;
  }
}
process.exit(status);
