// Each test gets its own store in a temp folder and its own web host over the same dispatcher
// Electron uses, and a page signed in with the printed one-time link.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../../main/core/core';
import { startWebHost } from '../../main/web/server';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_RENDERER = join(root, 'dist', 'renderer');
export const PROFILE_PATH = join(root, 'resources', 'groningen-noord.profile.json');

export interface AppFixture {
  core: Core;
  url: string;
  origin: string;
  dataDir: string;
  /** Opens the app in the page and waits for the first screen. */
  open(page: Page, hash?: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture }>({
  // Playwright reads the fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coalitietafel-e2e-'));
    const core = openCore({ dataFile: join(dataDir, 'coalitietafel.sqlite'), profilePath: PROFILE_PATH, log: () => {} });
    const host = await startWebHost({ core, distDir: DIST_RENDERER, port: 0 });
    const origin = new URL(host.url).origin;
    // The printed link signs in once; a later page signs in with a fresh link, as Enter in the terminal gives.
    let printedLinkUsed = false;
    await use({
      core,
      url: host.url,
      origin,
      dataDir,
      async open(page, hash = '') {
        await page.goto(printedLinkUsed ? host.newSignInUrl() : host.url);
        printedLinkUsed = true;
        if (hash) await page.goto(`${origin}/${hash}`);
        await expect(page.getByRole('main')).toBeVisible();
      },
    });
    await host.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
