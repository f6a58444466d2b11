// Two windows on the same web host answer the same vinkje: a draft made on an older answer is never stored over a
// newer one unseen; the chair sees both and chooses.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures';
import { call, meetingWithDecision } from './arrange';

const LAPTOP = { width: 1366, height: 768 };
test.use({ viewport: LAPTOP });

const vinkje2 = (page: Page) => page.getByRole('group', { name: /^Vinkje 2:/ });

async function openDecision(page: Page, app: AppFixture, meetingId: number) {
  await app.open(page, `#/vergaderingen/${meetingId}/vergadermodus`);
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /^5\. / }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 5 van/ })).toBeVisible();
}

/** The notulist's laptop: another browser with its own session, answering vinkje 2 with "Ja". */
async function otherWindowAnswersJa(browser: Browser, app: AppFixture, meetingId: number) {
  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  await openDecision(page, app, meetingId);
  await vinkje2(page).getByRole('radio', { name: 'Ja', exact: true }).check();
  await expect(vinkje2(page).getByText('Opgeslagen')).toBeVisible();
  await context.close();
}

async function arrange(app: AppFixture) {
  const { meeting, decision } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  const stored = async () => (await call(app.core, 'meetings:get', { id: meeting.id })).agenda.find((a) => a.id === decision.id)!.decision!.answers;
  return { meetingId: meeting.id, stored };
}

test('a draft restored after another window answered waits for the choice; "Mijn concept gebruiken" stores it', async ({ page, app, browser }) => {
  const { meetingId, stored } = await arrange(app);
  await openDecision(page, app, meetingId);
  // This window cannot reach the store for a moment: the answer stays a draft here.
  await page.route('**/rpc/reviews:answer', (route) => route.abort());
  await vinkje2(page).getByRole('radio', { name: 'Nee', exact: true }).check();
  await vinkje2(page).getByRole('button', { name: 'Toelichting bij vinkje 2' }).click();
  await vinkje2(page).getByLabel('Toelichting bij vinkje 2').fill('Concept van de voorzitter.');
  await expect(vinkje2(page).getByText(/Niet opgeslagen:/)).toBeVisible();
  await page.unroute('**/rpc/reviews:answer');

  await otherWindowAnswersJa(browser, app, meetingId);
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'Intussen is een ander antwoord opgeslagen bij vinkje 2' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/Opgeslagen antwoord\s*Ja/);
  await expect(notice).toContainText('Concept van de voorzitter.');
  await expect(vinkje2(page).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  // Nothing is stored while the choice waits, not even after the toelichting's debounce.
  await page.waitForTimeout(1_000);
  expect(await stored()).toEqual([expect.objectContaining({ answer: 'ja', explanation: '' })]);
  expect((await new AxeBuilder({ page }).include('.vinkjes').analyze()).violations).toEqual([]);

  await notice.getByRole('button', { name: 'Mijn concept gebruiken bij vinkje 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(vinkje2(page).getByRole('radio', { name: 'Nee', exact: true })).toBeChecked();
  await expect.poll(stored).toEqual([expect.objectContaining({ answer: 'nee', explanation: 'Concept van de voorzitter.' })]);
});

test('an autosave after another window answered is refused; "Opgeslagen antwoord houden" keeps that answer', async ({ page, app, browser }) => {
  const { meetingId, stored } = await arrange(app);
  await openDecision(page, app, meetingId);
  await otherWindowAnswersJa(browser, app, meetingId);

  // This window still shows vinkje 2 unanswered, as it loaded it.
  await vinkje2(page).getByRole('radio', { name: 'Nee', exact: true }).check();
  await vinkje2(page).getByRole('button', { name: 'Toelichting bij vinkje 2' }).click();
  await vinkje2(page).getByLabel('Toelichting bij vinkje 2').fill('Later getypt in dit venster.');

  const notice = page.getByRole('alert').filter({ hasText: 'Intussen is een ander antwoord opgeslagen bij vinkje 2' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Later getypt in dit venster.');
  expect(await stored()).toEqual([expect.objectContaining({ answer: 'ja', explanation: '' })]);

  await notice.getByRole('button', { name: 'Opgeslagen antwoord houden bij vinkje 2' }).click();
  await expect(notice).toHaveCount(0);
  await expect(vinkje2(page).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  // The draft is gone for good: a reload shows the stored answer and asks nothing.
  await page.reload();
  await expect(vinkje2(page).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  await expect(page.getByRole('alert').filter({ hasText: 'Intussen is een ander antwoord' })).toHaveCount(0);
  expect(await stored()).toEqual([expect.objectContaining({ answer: 'ja', explanation: '' })]);
});
