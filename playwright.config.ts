import { defineConfig } from '@playwright/test';
import { findChromium } from './test/helpers/chromium';

// CHROMIUM_PATH, else Debian's /usr/bin/chromium (CI), else Playwright's own Chromium.
const chromium = findChromium();
if (!chromium.found) throw new Error(chromium.message);

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        acceptDownloads: true,
        actionTimeout: 10_000,
        launchOptions: {
          executablePath: chromium.executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'test/electron',
    },
  ],
});
