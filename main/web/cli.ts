// `npm run web`: the app in a browser, for the meeting-room screen and for machines without the
// Electron binary. Prints a one-time sign-in link (a new one on Enter) and opens nothing by itself.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore, startBackupSchedule, type Core } from '../core/core';
import { AppError } from '../core/errors';
import { setExportIsolation, stopExportWorker } from '../core/exports/render-in-worker';
import { defaultDataFile } from './data-path';
import { startWebHost, type WebHost } from './server';

const PROFILE_FILE = 'groningen-noord.profile.json';

const USAGE = `Gebruik: npm run web -- [--data <bestand>] [--port <poort>] [--profile <bestand>]
  --data     het SQLite-bestand (standaard: ${defaultDataFile()})
  --port     de poort op 127.0.0.1 (standaard: een vrije poort)
  --profile  het gebiedsprofiel voor de eerste start (standaard: resources/${PROFILE_FILE})`;

/** The bundle lives in dist/web/, the source in main/web/: both are two levels below the repository. */
function here(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

function defaultProfile(): string {
  const candidates = [resolve(here(), '..', '..', 'resources', PROFILE_FILE), resolve(process.cwd(), 'resources', PROFILE_FILE)];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { data?: string; port?: string; profile?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }

  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Ongeldige poort: ${values.port}\n${USAGE}`);

  const dataFile = resolve(values.data ?? defaultDataFile());
  const profilePath = resolve(values.profile ?? defaultProfile());
  if (!existsSync(profilePath)) fail(`Gebiedsprofiel niet gevonden: ${profilePath}`);

  const distDir = resolve(here(), '..', 'renderer');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    fail(`De gebouwde app ontbreekt (${distDir}). Start via "npm run web", dat eerst bouwt.`);
  }

  // DOCX and PDF render in a child process that exits when idle: its memory never stays in the host.
  setExportIsolation('process');
  let core: Core;
  try {
    core = openCore({ dataFile, profilePath, lockOwner: 'de webhost' });
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    fail(`De gegevens in ${dataFile} konden niet worden geopend: ${(error as Error).message}`);
  }

  let host: WebHost;
  try {
    host = await startWebHost({ core, distDir, port });
  } catch (error) {
    core.close();
    fail(`De webserver kon niet starten op poort ${port}: ${(error as Error).message}`);
  }
  const backups = startBackupSchedule(core, { log: (error) => console.error(error) });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    process.stdin.pause();
    backups.stop();
    // An export process still rendering would otherwise outlive the host.
    stopExportWorker();
    // Close the store last so no request is left writing to a closed database.
    host
      .close()
      .catch(() => undefined)
      .finally(() => {
        core.close();
        process.exit(0);
      });
  };
  // Before the host says it runs: a stop asked for right after that line still closes the store and its lock.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Coalitietafel draait op ${host.url}`);
  console.log('Deze aanmeldlink werkt één keer (in een browser die *.localhost kent, zoals Chrome, Edge of Firefox).');
  // Only someone at this terminal can ask for another link: after closing the window, or for a second browser.
  if (process.stdin.isTTY) {
    console.log('Druk op Enter voor een nieuwe aanmeldlink.');
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', () => console.log(`Nieuwe aanmeldlink: ${host.newSignInUrl()}`));
  }
  console.log(`Gegevens: ${dataFile}`);
  console.log(`Reservekopieën: ${core.backupFolder}`);
  if (core.mode === 'rescue') console.error(`Herstelmodus (alleen-lezen): ${core.status().reason ?? ''}`);
}

void main();
