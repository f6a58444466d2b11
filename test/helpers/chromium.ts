// Which Chromium the browser tests drive: CHROMIUM_PATH when set, else a system Chromium (Debian's package,
// what CI installs), else Playwright's own (`npx playwright install chromium`). None of them: a clear message
// before the first end-to-end test instead of a launch error in each.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type ChromiumChoice =
  | { found: true; executablePath: string; source: 'CHROMIUM_PATH' | 'systeem' | 'Playwright' }
  | { found: false; message: string };

export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv;
  systemPaths?: readonly string[];
  /** Where Playwright's own Chromium is (installed or not). */
  playwrightPath?: () => string;
}

export function findChromium({
  env = process.env,
  systemPaths = SYSTEM_CHROMIUM_PATHS,
  playwrightPath = () => chromium.executablePath(),
}: ChromiumLookup = {}): ChromiumChoice {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    return existsSync(wanted)
      ? { found: true, executablePath: wanted, source: 'CHROMIUM_PATH' }
      : { found: false, message: `CHROMIUM_PATH wijst naar ${wanted}, maar dat bestand bestaat niet.` };
  }
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return { found: true, executablePath: system, source: 'systeem' };
  const own = playwrightPath();
  if (existsSync(own)) return { found: true, executablePath: own, source: 'Playwright' };
  return {
    found: false,
    message:
      `Geen Chromium gevonden voor de browsertests: CHROMIUM_PATH is niet gezet, ${systemPaths.join(' en ') || 'geen systeempad'} ` +
      `bestaat niet en Playwright's eigen Chromium (${own}) is niet geïnstalleerd. ` +
      'Installeer die met `npx playwright install chromium` (of op Debian/Ubuntu: `apt install chromium`).',
  };
}
