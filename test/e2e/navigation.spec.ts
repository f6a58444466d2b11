// One navigation level per area: the top bar names the areas, only Monitoring has a row of its own pages,
// and on every screen exactly one top-bar item is the current one, the right one.
import { test, expect } from './fixtures';
import { call, meetingWithDecision, startedMeetingPage } from './arrange';

test('every screen highlights exactly its own area in the top bar; Monitoring’s row does not repeat it', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  const intervention = (await call(app.core, 'profile:get', {})).interventions[0]!;
  const routes: [hash: string, area: string, monitoringPage?: string][] = [
    ['#/vergaderingen', 'Vergaderingen'],
    [`#/vergaderingen/${meeting.id}`, 'Vergaderingen'],
    [`#/vergaderingen/${meeting.id}/vergadermodus`, 'Vergaderingen'],
    ['#/jaarplanning', 'Jaarplanning'],
    ['#/jaarplanning/2027', 'Jaarplanning'],
    ['#/standaardagenda', 'Jaarplanning'],
    ['#/sturingsvragen', 'Jaarplanning'],
    ['#/acties', 'Actielijst'],
    ['#/besluiten', 'Besluitenlijst'],
    ['#/interventies', 'Monitoring', 'Interventies'],
    [`#/interventies/${encodeURIComponent(intervention.id)}`, 'Monitoring', 'Interventies'],
    ['#/plannen', 'Monitoring', 'Plannen'],
    ['#/ambities', 'Monitoring', 'Ambities'],
    ['#/knelpunten', 'Monitoring', 'Knelpunten'],
    ['#/registers', 'Monitoring', 'Registers'],
    ['#/registers/normen', 'Monitoring', 'Registers'],
    ['#/wijken', 'Monitoring', 'Wijkprofielen'],
    ['#/indicatoren', 'Monitoring', 'Indicatoren'],
    ['#/grafieken', 'Monitoring', 'Grafieken'],
    ['#/rapportages', 'Monitoring', 'Rapportages'],
    ['#/financien', 'Monitoring', 'Financiën'],
    ['#/coalitie', 'Coalitie'],
    ['#/beheer', 'Beheer'],
  ];
  await app.open(page);
  const top = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const topLabels = await top.getByRole('link').allInnerTexts();
  expect(topLabels).toEqual(['Vergaderingen', 'Jaarplanning', 'Actielijst', 'Besluitenlijst', 'Monitoring', 'Coalitie', 'Beheer']);

  for (const [hash, area, monitoringPage] of routes) {
    await page.goto(`${app.origin}/${hash}`);
    // The screen on view stays until the next one can draw itself: wait for the new screen, whose h1 takes focus.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const current = top.locator('a[aria-current]');
    await expect(current, hash).toHaveCount(1);
    await expect(current, hash).toHaveAttribute('aria-current', 'page');
    await expect(current, hash).toHaveText(area);

    const sub = page.getByRole('navigation', { name: 'Monitoring' });
    if (!monitoringPage) {
      await expect(sub, hash).toHaveCount(0);
      continue;
    }
    // A hash change swaps the screen without a reload: wait for this screen's row before reading it.
    await expect(sub.getByRole('link'), hash).toHaveCount(10);
    const subLabels = await sub.getByRole('link').allInnerTexts();
    expect(subLabels.filter((l) => topLabels.includes(l)), hash).toEqual([]);
    await expect(sub.locator('a[aria-current]'), hash).toHaveCount(1);
    await expect(sub.locator('a[aria-current]'), hash).toHaveText(monitoringPage);
  }

  // Search results and unknown addresses belong to no area.
  await page.goto(`${app.origin}/#/zoeken?q=brug`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(top.locator('a[aria-current]')).toHaveCount(0);
});

test('the screen behind a link starts loading when the pointer rests on it or the keyboard reaches it', async ({ page, app }) => {
  const { meeting, meetingModeLink: link } = await startedMeetingPage(page, app);
  const requested = (chunk: string) =>
    page.evaluate((name) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.startsWith(`/assets/${name}-`)), chunk);
  expect(await requested('MeetingModeScreen')).toBe(false);
  await link.hover();
  await expect.poll(() => requested('MeetingModeScreen')).toBe(true);

  const beheer = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' });
  expect(await requested('BeheerScreen')).toBe(false);
  await beheer.focus();
  await expect.poll(() => requested('BeheerScreen')).toBe(true);
  // Only the code came: nothing was followed.
  expect(new URL(page.url()).hash).toBe(`#/vergaderingen/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(meeting.title);
});

test('a screen whose code does not come is announced after a moment, and one that fails to load says so and offers a reload', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const meetingsHeading = await page.getByRole('heading', { level: 1 }).innerText();
  // Beheer's code is held back, then refused, as when the connection to the web host drops.
  let refuse!: () => void;
  const refused = new Promise<void>((resolve) => (refuse = resolve));
  await page.route(/\/assets\/BeheerScreen-[^/]*\.js$/, async (route) => {
    await refused;
    await route.abort('connectionreset');
  });
  const top = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await top.getByRole('link', { name: 'Beheer' }).click();
  // The screen on view stays, and after a moment a status says the next one is loading.
  await expect(page.getByRole('status').filter({ hasText: 'Laden…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meetingsHeading);
  refuse();
  const alert = page.getByRole('alert').filter({ hasText: 'Dit scherm kon niet worden geladen' });
  await expect(alert).toBeVisible();
  // The app frame is still there: the navigation works, and the failed screen offers a reload.
  await expect(top.getByRole('link', { name: 'Vergaderingen' })).toBeVisible();
  await page.unroute(/\/assets\/BeheerScreen-[^/]*\.js$/);
  await alert.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
});

test('the success that led to a screen is still said when that screen\'s code comes late', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await app.open(page);
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}`);
  // Meeting mode's code is held back for longer than a success counts as the one that led to the navigation.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/MeetingModeScreen-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Vergadering starten' }).click();
  await page.getByRole('button', { name: 'Ja, nu starten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Laden…' })).toBeVisible();
  await page.waitForTimeout(2500);
  release();
  await expect(page.getByRole('heading', { level: 1, name: `Vergadermodus: ${meeting.title}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De vergadering is gestart.' })).toBeVisible();
});
