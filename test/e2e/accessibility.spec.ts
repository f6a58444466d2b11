// axe on every screen of the spine, in the states a chair actually sees them.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, screen).toEqual([]);
}

test('axe finds no violations on any screen', async ({ browser, app }) => {
  // Arrange a meeting with a decision item, partly reviewed, through the contract.
  const call = async (channel: string, input: unknown) => {
    const result = await app.core.dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: number; checklist: { items: { id: number }[] } };
  };
  const meeting = await call('meetings:create', {
    body: 'coalitie', title: 'Toegankelijkheidsoverleg', startsAt: '2027-01-14T19:30', place: 'Stadhuis', chairId: 1, notulistId: null, agenda: 'standaard',
  });
  const item = await call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Besluit over de Volkshortus', proposal: 'Uitbreiden.', wijkIds: ['selwerd'] });
  await call('reviews:answer', { agendaItemId: item.id, checklistItemId: meeting.checklist.items[0]!.id, answer: 'deels', explanation: 'Half gedaan.' });
  await call('actions:create', { meetingId: meeting.id, agendaItemId: item.id, description: 'Bewoners vragen', dueDate: '2020-01-01' });

  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await app.open(page);

  const screens: [string, string, RegExp][] = [
    ['Vergaderingen', '#/vergaderingen', /Vergaderingen/],
    ['Vergadering', `#/vergaderingen/${meeting.id}`, /Toegankelijkheidsoverleg/],
    ['Vergadermodus', `#/vergaderingen/${meeting.id}/vergadermodus`, /Vergadermodus/],
    ['Coalitie', '#/coalitie', /Coalitie/],
    ['Niet gevonden', '#/bestaat-niet', /niet gevonden/i],
  ];
  for (const [name, hash, heading] of screens) {
    await page.goto(`${app.origin}/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Laden…')).toHaveCount(0);
    await expectNoViolations(page, name);
  }

  // Meeting mode on the decision item, with the review open.
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}/vergadermodus`);
  await page.getByRole('button', { name: /\. Besluit over de Volkshortus$/ }).click();
  await expect(page.getByText(/van 7 vinkjes beantwoord/)).toBeVisible();
  // One row open (toelichting, evidence, a "deels" with its follow-up button), and the closing check.
  const v2 = page.getByRole('group', { name: /^Vinkje 2:/ });
  await v2.getByRole('radio', { name: 'Deels', exact: true }).check();
  await v2.getByRole('button', { name: 'Toelichting bij vinkje 2' }).click();
  await expect(v2.getByLabel('Toelichting bij vinkje 2')).toBeVisible();
  await expectNoViolations(page, 'Vinkjesreview');
  await page.getByRole('button', { name: 'Vergadering starten' }).click();
  // Not today's date: the chair is asked first, the question focused on its answer.
  await expect(page.getByRole('button', { name: 'Ja, nu starten' })).toBeFocused();
  await expectNoViolations(page, 'Vergadering starten bevestigen');
  await page.getByRole('button', { name: 'Ja, nu starten' }).click();
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  await expect(page.getByRole('group', { name: 'Vergadering sluiten' })).toBeVisible();
  await expectNoViolations(page, 'Vergadering sluiten');
  await context.close();
});
