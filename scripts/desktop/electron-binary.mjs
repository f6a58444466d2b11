// The Electron executable for `npm start`. Electron 45's npm package downloads its binary lazily; this fetches
// it the package's own way: @electron/get (which honours ELECTRON_MIRROR, its cache and
// electron_use_remote_checksums) with a progress line, then the package's install.js, which unpacks the
// cached zip and writes path.txt.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DownloadFailed } from './download-failed.mjs';
import { progressReporter } from './progress.mjs';

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** The binary if it is on disk, by the same rules as the package's index.js, else null. Never downloads. */
export function findElectronBinary(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(binary) ? binary : null;
  }
  if (!relative) return null;
  const binary = join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Where @electron/get will look, for messages: the first of its mirror settings that is set. */
function electronMirror() {
  const env = process.env;
  return (
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_config_electron_mirror ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    DEFAULT_MIRROR
  );
}

function platformArch() {
  const platform = process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform;
  const arch = process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch;
  return { platform, arch };
}

/** Returns the Electron executable, downloading it first when missing; throws DownloadFailed when that fails. */
export async function ensureElectronBinary(packageDir) {
  const found = findElectronBinary(packageDir);
  if (found) return found;

  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const { platform, arch } = platformArch();
  const fileName = `electron-v${version}-${platform}-${arch}.zip`;
  const mirror = electronMirror();
  const where = `${mirror.replace(/\/?$/, '/')}v${version}/${fileName}`;
  const what = `Electron ${version} (${fileName})`;
  console.log(`${what} wordt eenmalig gedownload van ${mirror} …`);

  const require = createRequire(join(packageDir, 'package.json'));
  const remoteChecksums = process.env.electron_use_remote_checksums || process.env.npm_config_electron_use_remote_checksums;
  try {
    const { downloadArtifact } = await import(pathToFileURL(require.resolve('@electron/get')).href);
    const progress = progressReporter('Electron');
    await downloadArtifact({
      version,
      artifactName: 'electron',
      platform,
      arch,
      // The same cache and checksums install.js uses, so it finds this download in the cache.
      cacheRoot: process.env.electron_config_cache,
      force: process.env.force_no_cache === 'true',
      checksums: remoteChecksums ? undefined : JSON.parse(readFileSync(join(packageDir, 'checksums.json'), 'utf8')),
      downloadOptions: { quiet: true, getProgressCallback: progress.update },
    });
    progress.done();
  } catch (error) {
    throw new DownloadFailed(what, where, error);
  }

  // Electron's own installer unpacks the zip from the cache and writes path.txt.
  const installed = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const binary = findElectronBinary(packageDir);
  if (installed.status !== 0 || !binary) {
    throw new DownloadFailed(what, where, new Error(lastLine(installed.stderr) || `install.js stopte met code ${installed.status}`));
  }
  return binary;
}

function lastLine(text) {
  return (text ?? '').trim().split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
