// Beheer and rescue mode in Chromium: the Beheer screen works (backup made, listed and restored, user
// name saved, chain checked, archive downloaded, audit trail read), and axe finds no violations on it
// nor on the rescue banner, for which a core is opened on a deliberately damaged database file.
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../main/core/core';
import { startWebHost } from '../../main/web/server';
import { DIST_RENDERER, PROFILE_PATH, expect, test } from './fixtures';
import { call, meetingBase } from './arrange';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

const INSTANT = /\d{1,2} \w+ \d{4} om \d{2}:\d{2}:\d{2}/;

test('the Beheer screen makes, lists and restores a backup, saves the user name, checks the minutes, and has no axe violations', async ({ browser, app }) => {
  await call(app.core, 'milestones:create', { date: '2026-11-15', title: 'Wijkfeest Selwerd' });
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
  const page = await context.newPage();
  await app.open(page);
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeFocused();
  await expect(page).toHaveTitle('Beheer – Coalitietafel');
  await expect(page.getByRole('link', { name: 'Beheer' })).toHaveAttribute('aria-current', 'page');

  // Where the data is: the file and the backup folder, visible.
  const where = page.getByRole('region', { name: 'Waar de gegevens staan' });
  await expect(where).toContainText(app.core.dataFile);
  await expect(where).toContainText(app.core.backupFolder);
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'Beheer, leeg');

  // A backup now, listed with date, kind and size.
  const backups = page.getByRole('region', { name: 'Reservekopieën' });
  await expect(backups).toContainText('laatste 7 dagen');
  await backups.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
  const row = backups.getByRole('table', { name: 'Reservekopieën, nieuwste eerst' }).getByRole('row').nth(1);
  await expect(row).toContainText('Handmatig gemaakt');
  // A new store is about a megabyte: its size in KB or MB.
  await expect(row).toContainText(/\d+ KB|\d+,\d MB/);
  await expect(page.getByRole('status').filter({ hasText: 'Reservekopie gemaakt' })).toContainText(INSTANT);

  // The user name, by keyboard. Until it is set the log says so in Dutch, not the computer's login name.
  const name = page.getByRole('form', { name: 'Uw naam in het logboek' });
  await expect(name.getByLabel('Gebruikersnaam')).toHaveValue('');
  await expect(name).toContainText('Er is nog geen naam ingesteld');
  const milestoneRow = page.getByRole('region', { name: 'Logboek van wijzigingen' }).getByRole('row').filter({ hasText: 'Wijkfeest Selwerd' });
  await expect(milestoneRow.first()).toContainText('naam nog niet ingesteld');
  await name.getByLabel('Gebruikersnaam').fill('Koen Schuiling');
  await name.getByLabel('Gebruikersnaam').press('Enter');
  await expect(page.getByText('Opgeslagen: wijzigingen worden voortaan vastgelegd op naam van Koen Schuiling.')).toBeVisible();
  expect(await call(app.core, 'settings:getUserName', {})).toEqual({ userName: 'Koen Schuiling' });

  // The chain check.
  const chain = page.getByRole('region', { name: 'Vastgestelde notulen controleren' });
  await chain.getByRole('button', { name: 'Controleer de vastgestelde notulen' }).click();
  await expect(chain.getByRole('status')).toHaveText('Er zijn nog geen vastgestelde notulen om te controleren.');

  // The archive as a download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Archief exporteren (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^coalitietafel-archief-\d{4}-\d{2}-\d{2}\.json$/);
  const archive = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { tables: Record<string, unknown> };
  expect(Object.keys(archive.tables)).toContain('milestones');

  // The audit trail: the name change is the newest entry, before and after readable.
  const trail = page.getByRole('region', { name: 'Logboek van wijzigingen' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  const newest = trail.getByRole('row').nth(1);
  await expect(newest).toContainText('Koen Schuiling');
  await expect(newest).toContainText('Instellingen');
  await expect(newest).toContainText('Toegevoegd');
  await newest.getByText('Voor en na').click();
  await expect(newest.locator('pre').last()).toContainText('"value": "Koen Schuiling"');
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'Beheer, met reservekopie en logboek open');

  // Restore the backup: asked first (focus on "Ja"), then the app reloads and says what happened.
  await call(app.core, 'milestones:create', { date: '2026-12-01', title: 'Na de reservekopie' });
  await backups.getByRole('button', { name: /^Terugzetten: / }).click();
  const confirm = page.getByRole('group', { name: /^Terugzetten bevestigen: / });
  await expect(confirm).toContainText('De huidige database wordt niet verwijderd');
  await expect(confirm.getByRole('button', { name: /^Ja, terugzetten: / })).toBeFocused();
  await expectNoViolations(page, 'Beheer, terugzetten bevestigen');
  await page.keyboard.press('Enter');
  const done = page.getByRole('region', { name: 'Herstel' });
  await expect(done).toContainText('teruggezet; Coalitietafel werkt weer normaal');
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Waar de gegevens staan' })).toContainText('Opzij gezette databases');
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'Beheer, na het terugzetten');
  const titles = (await call(app.core, 'year:get', { year: 2026 })).milestones.map((m) => m.title);
  expect(titles).toContain('Wijkfeest Selwerd');
  expect(titles).not.toContain('Na de reservekopie');
  await context.close();
});

// ---- Rescue mode: a core opened on a damaged file ----

interface DamagedApp {
  core: Core;
  origin: string;
  open(page: Page, hash?: string): Promise<void>;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

const rescueTest = base.extend<{ damaged: DamagedApp }>({
  // eslint-disable-next-line no-empty-pattern
  damaged: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coalitietafel-e2e-rescue-'));
    const dataFile = join(dataDir, 'coalitietafel.sqlite');
    // A store with a meeting and a good backup of it, closed whole; then "SQLite format 3" → "RQLite…".
    const first = openCore({ dataFile, profilePath: PROFILE_PATH, log: () => {} });
    await call(first, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg van voor de schade', startsAt: '2026-12-03T19:30' });
    await call(first, 'backups:create', {});
    first.close();
    overwrite(dataFile, 0, Buffer.from([0x53 ^ 0x01]));

    const core = openCore({ dataFile, profilePath: PROFILE_PATH, log: () => {} });
    const host = await startWebHost({ core, distDir: DIST_RENDERER, port: 0 });
    const origin = new URL(host.url).origin;
    await use({
      core,
      origin,
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

rescueTest('a damaged database opens in rescue mode: a calm Dutch banner, no axe violations, and restore brings the data back', async ({ browser, damaged }) => {
  expect(damaged.core.mode).toBe('rescue');
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await damaged.open(page);

  const banner = page.getByRole('region', { name: 'Coalitietafel staat in de herstelmodus' });
  await expect(banner.getByRole('alert')).toContainText('Het databasebestand is beschadigd');
  await expect(banner.getByRole('alert')).toContainText('Uw gegevens zijn niet verwijderd');
  await expect(banner).toContainText(/Laatste goede reservekopie terugzetten/);
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'herstelmodus, vergaderingen');

  // The technical details, and the same banner on the Beheer screen (one, not repeated).
  await banner.getByText('Technische gegevens voor wie helpt').click();
  await expect(banner).toContainText('SQLITE_NOTADB');
  await banner.getByRole('link', { name: 'Naar Beheer: een andere reservekopie kiezen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Coalitietafel staat in de herstelmodus' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Nu een reservekopie maken' })).toBeDisabled();
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expectNoViolations(page, 'herstelmodus, beheer');

  // Restore by keyboard from the banner: the question names the backup's date and takes focus.
  await banner.getByRole('button', { name: 'Laatste goede reservekopie terugzetten' }).focus();
  await page.keyboard.press('Enter');
  const confirm = banner.getByRole('group', { name: 'Terugzetten bevestigen' });
  await expect(confirm).toContainText(INSTANT);
  await expect(confirm.getByRole('button', { name: /^Ja, terugzetten: / })).toBeFocused();
  await expectNoViolations(page, 'herstelmodus, terugzetten bevestigen');
  await page.keyboard.press('Enter');

  // The app reloads: no banner, the core's words about the restore, and the data is back.
  await expect(page.getByRole('region', { name: 'Herstel' })).toContainText('De vervangen database is bewaard als');
  await expect(page.getByRole('region', { name: 'Coalitietafel staat in de herstelmodus' })).toHaveCount(0);
  expect(damaged.core.mode).toBe('normal');
  await page.goto(`${damaged.origin}/#/vergaderingen`);
  await expect(page.getByRole('main')).toContainText('Coalitieoverleg van voor de schade');
  await expectNoViolations(page, 'na het herstel');
  await context.close();
});
