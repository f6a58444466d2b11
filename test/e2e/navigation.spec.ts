// One navigation level per area: the top bar names the areas, only Monitoring has a row of its own pages,
// and on every screen exactly one top-bar item is the current one, the right one.
import { test, expect } from './fixtures';
import { call, meetingWithDecision } from './arrange';

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
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(top.locator('a[aria-current]')).toHaveCount(0);
});
