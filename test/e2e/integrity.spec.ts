// Tamper evidence in Chromium against the web host: an adopted decision edited in the file (triggers dropped)
// is named in a banner on every screen as soon as the app is opened, without a click in Beheer; the meeting
// itself says its minutes no longer match their seal; axe finds no violations on either.
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../main/core/core';
import { startWebHost } from '../../main/web/server';
import { DIST_RENDERER, PROFILE_PATH, expect } from './fixtures';
import { buildArchive, caller, type Archive } from '../unit/durability/fixtures';

interface TamperedApp {
  archive: Archive;
  open(page: Page, hash?: string): Promise<void>;
}

const test = base.extend<{ tampered: TamperedApp }>({
  // eslint-disable-next-line no-empty-pattern
  tampered: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coalitietafel-e2e-integrity-'));
    const dataFile = join(dataDir, 'coalitietafel.sqlite');
    const first = openCore({ dataFile, profilePath: PROFILE_PATH, log: () => {} });
    const archive = await buildArchive(caller(first));
    first.close();
    // Outside the app: every trigger dropped, one adopted decision changed, no trace in the audit trail.
    const db = new Database(dataFile);
    for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare("UPDATE agenda_items SET decision_text = 'Besloten: niets.' WHERE id = ?").run(archive.decisionItemId);
    db.close();

    const core = openCore({ dataFile, profilePath: PROFILE_PATH, log: () => {} });
    const host = await startWebHost({ core, distDir: DIST_RENDERER, port: 0 });
    const origin = new URL(host.url).origin;
    await use({
      archive,
      async open(page, hash = '') {
        await page.goto(host.url);
        if (hash) await page.goto(`${origin}/${hash}`);
        await expect(page.getByRole('main')).toBeVisible();
      },
    });
    await host.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

test('adopted minutes changed outside the app are named in a banner at start-up and on the meeting itself', async ({ browser, tampered }) => {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await tampered.open(page);

  const banner = page.getByRole('region', { name: 'Vastgestelde notulen zijn buiten Coalitietafel om gewijzigd' });
  await expect(banner.getByRole('alert')).toContainText(
    'De vastgestelde notulen van de vergadering van 12 maart 2026 ("Coalitieoverleg maart") zijn gewijzigd na vaststelling',
  );
  // The locks had been dropped too: re-created at open, and said so.
  await expect(banner).toContainText('is bij het openen hersteld');
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'vergaderingen met de waarschuwing');

  await banner.getByRole('link', { name: 'Naar deze vergadering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Coalitieoverleg maart/ })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('alert')).toContainText('zijn gewijzigd na vaststelling');
  await expect(main).toContainText('klopt niet meer met de gegevens');
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'vergadering met gewijzigde notulen');

  // Minutes that were not touched show their seal as checked.
  await page.goto(page.url().replace(/\/vergaderingen\/\d+.*$/, `/vergaderingen/${tampered.archive.adopted[1]!.id}`));
  await expect(page.getByRole('main')).toContainText('gecontroleerd, klopt');
  await context.close();
});
