// The keurmerk end to end in Chromium: a plan and an intervention each get a seven-vinkjes review, from the
// keyboard; their status shows on the plan card, in the interventions list, on the intervention page and in the
// layer-2 report (preview and DOCX); changing the plan afterwards marks its review as older than the plan, with
// the date of each, and a new review keeps the old one readable.
import { test, expect } from './fixtures';
import { call } from './arrange';
import { docxText, squash } from './read-back';
import type { Page } from '@playwright/test';

const PLAN = 'Uitvoeringsprogramma 2027';

/** Answers the seven vinkjes from the keyboard: vinkje 1 "deels" with its toelichting, the others "ja". */
async function answerSeven(page: Page) {
  const first = page.getByRole('group', { name: /^Vinkje 1:/ });
  await first.getByRole('radio', { name: 'Ja' }).focus();
  await page.keyboard.press('d');
  // "Deels" needs a toelichting: the key goes straight to it.
  await expect(first.getByRole('textbox', { name: 'Toelichting bij vinkje 1' })).toBeFocused();
  await page.keyboard.type('Twee bewoners uit Beijum lazen mee; meer ervaringsverhalen volgen.');
  await page.keyboard.press('Escape');
  for (let n = 2; n <= 7; n++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('j');
  }
  await expect(page.getByText('7 van 7 vinkjes beantwoord')).toBeVisible();
  for (let n = 1; n <= 7; n++) {
    await expect(page.getByRole('group', { name: new RegExp(`^Vinkje ${n}:`) }).getByText('Opgeslagen')).toBeVisible();
  }
}

test('a plan and an intervention get a seven-vinkjes review; cards, lists and reports show the keurmerk; a later change outdates it', async ({ page, app }) => {
  await call(app.core, 'plans:create', { kind: 'uitvoeringsprogramma', title: PLAN, periodFrom: '2027-01-01', periodTo: '2027-12-31', themeIds: ['leren'] });

  // The plan card: not reviewed yet, with the way to the review.
  await app.open(page, '#/plannen');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PLAN }) });
  await expect(card).toContainText('Nog niet langs de vinkjes gelegd');
  await card.getByRole('link', { name: `Langs de vinkjes leggen voor ${PLAN}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Keurmerk: ${PLAN}` })).toBeVisible();

  await page.getByLabel('Getoetst door').fill('Programmateam');
  await page.getByRole('button', { name: 'Nieuwe toetsing beginnen' }).click();
  await answerSeven(page);
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Langs de zeven vinkjes gelegd');
  await expect(status).toContainText(/door Programmateam, vinkjes versie 1/);

  await page.getByRole('link', { name: '← Alle plannen' }).click();
  await expect(card.locator('[data-keurmerk="getoetst"]')).toContainText('Langs de zeven vinkjes gelegd');
  await expect(card).not.toContainText('Ouder dan het plan');

  // Saving the plan unchanged is no change; changing it outdates the review, with both dates.
  await card.getByRole('button', { name: `Bewerken: ${PLAN}` }).click();
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByText(`Plan “${PLAN}” is opgeslagen.`)).toBeVisible();
  await expect(card).not.toContainText('Ouder dan het plan');
  await card.getByRole('button', { name: `Bewerken: ${PLAN}` }).click();
  await page.getByRole('form', { name: `Plan bewerken: ${PLAN}` }).getByLabel('Omschrijving').fill('Met de wijkuitvoeringsplannen van Beijum en Lewenborg erbij.');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(card.locator('[data-outdated="true"]')).toContainText(
    /Ouder dan het plan: getoetst op \d{1,2} \w+ \d{4} om \d\d:\d\d, het plan is daarna gewijzigd op \d{1,2} \w+ \d{4} om \d\d:\d\d\./,
  );

  // The review screen says so too, keeps the answers as they were, and a new review keeps the old one readable.
  await card.getByRole('link', { name: `Toetsing bekijken voor ${PLAN}` }).click();
  await expect(page.getByRole('note')).toContainText('Ouder dan het plan');
  await expect(page.getByRole('group', { name: /^Vinkje 2:/ }).getByRole('radio', { name: 'Ja' })).toBeDisabled();
  await page.getByRole('button', { name: 'Nieuwe toetsing beginnen' }).click();
  await expect(page.getByText('0 van 7 vinkjes beantwoord')).toBeVisible();
  const earlier = page.getByRole('region', { name: 'Eerdere toetsingen' });
  await earlier.getByText(/Toetsing van .* door Programmateam \(7 van 7 vinkjes beantwoord, vinkjes versie 1\)/).click();
  await expect(earlier).toContainText('Deels — Twee bewoners uit Beijum lazen mee; meer ervaringsverhalen volgen.');
  await page.getByRole('group', { name: /^Vinkje 1:/ }).getByRole('radio', { name: 'Ja' }).focus();
  await page.keyboard.press('j');
  await expect(status).toContainText('Deels langs de vinkjes gelegd (1 van 7)');

  // An intervention, from its own page.
  await page.goto(`${app.origin}/#/interventies/brugfunctionaris`);
  await expect(page.locator('.keurmerk')).toContainText('Nog niet langs de vinkjes gelegd');
  await page.getByRole('link', { name: /^Langs de vinkjes leggen voor / }).click();
  // Who reviews is required, and said so in Dutch.
  await page.getByLabel('Getoetst door').fill('');
  await page.getByRole('button', { name: 'Nieuwe toetsing beginnen' }).click();
  await expect(page.getByText('Vul in wie de toetsing doet.')).toBeVisible();
  await page.getByLabel('Getoetst door').fill('Wijkraad Beijum');
  await page.getByRole('button', { name: 'Nieuwe toetsing beginnen' }).click();
  await answerSeven(page);
  await page.getByRole('link', { name: /^← / }).click();
  await expect(page.locator('.keurmerk')).toContainText('Langs de zeven vinkjes gelegd');

  // The interventions list.
  await page.goto(`${app.origin}/#/interventies`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: /brugfunctionaris/i }) }).first();
  await expect(row.locator('[data-keurmerk]')).toHaveText('Langs de zeven vinkjes gelegd');
  await expect(page.getByRole('table', { name: 'Interventies' }).locator('[data-keurmerk="niet-getoetst"]').first()).toBeVisible();

  // The layer-2 report: preview and DOCX.
  await page.goto(`${app.origin}/#/rapportages`);
  await page.getByRole('radio', { name: /Laag 2/ }).check();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2027');
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const report = page.getByRole('article', { name: 'Sturingsinformatie Groningen-Noord — 2027' });
  await expect(report.getByRole('heading', { name: 'Keurmerk: de zeven vinkjes op plannen en interventies' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Keurmerk van de plannen' }).getByRole('row', { name: new RegExp(PLAN) })).toContainText(
    'Deels langs de vinkjes gelegd (1 van 7)',
  );
  await expect(report.getByRole('table', { name: 'Keurmerk van de interventies' })).toContainText('Langs de zeven vinkjes gelegd');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapportage als Word (DOCX)' }).click()]);
  const text = squash(await docxText((await download.path())!));
  expect(text).toContain('Keurmerk van de plannen');
  expect(text).toMatch(new RegExp(`${PLAN}.*Deels langs de vinkjes gelegd \\(1 van 7\\)`));
});
