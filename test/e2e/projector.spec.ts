// The meeting room: the projector page (opened from the vergadermodus with "Projectorscherm openen")
// follows the voorzitter's current agenda item and vinkje within a second, shows the answers so far,
// who is present, and warns while no bewonersvertegenwoordiger is present.
import { test, expect } from './fixtures';
import { call, meetingWithDecision, resident } from './arrange';

// After an action on the voorzitter's page the projector must show it within a second.
const WITHIN_A_SECOND = { timeout: 1000 };

test('the projector page follows the voorzitter’s item and vinkje', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core);
  const anna = await resident(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });

  await app.open(page, `#/vergaderingen/${meeting.id}/vergadermodus`);
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 1 van 7:\s*Opening en mededelingen/ })).toBeVisible();

  // The link opens the projector page in a new window of the same browser (same session).
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /Projectorscherm openen/ }).click()]);
  await expect(projector.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
  const current = projector.getByRole('region', { name: /./ }).filter({ has: projector.locator('#scherm-punt') });
  await expect(current.getByRole('heading', { level: 2 })).toHaveText('Opening en mededelingen');
  await expect(projector.getByText('Let op: er is geen bewonersvertegenwoordiger aanwezig.')).toBeVisible();

  // Next item on the voorzitter's screen → on the projector within a second.
  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  await expect(current.getByRole('heading', { level: 2 })).toHaveText('Vaststelling notulen vorige vergadering', WITHIN_A_SECOND);

  // Jump to the decision: its title and proposal.
  await page.getByRole('button', { name: /^5\. Uitbreiding brugfunctionarissen/ }).click();
  await expect(current.getByRole('heading', { level: 2 })).toHaveText(decision.title, WITHIN_A_SECOND);
  await expect(projector.getByText('Twee extra brugfunctionarissen in Beijum.')).toBeVisible();
  const answers = projector.getByRole('region', { name: /De zeven vinkjes/ });
  await expect(answers).toContainText('0 van 7 beantwoord');

  // Focusing a vinkje puts it on the projector, highlighted.
  const vinkje3 = page.getByRole('group', { name: /^Vinkje 3:/ });
  await vinkje3.getByRole('radio', { name: 'Ja' }).focus();
  await expect(projector.getByText('Nu aan de orde: vinkje 3')).toBeVisible(WITHIN_A_SECOND);
  await expect(answers.locator('[aria-current="step"]')).toContainText('Vinkje 3');

  // Answering it shows the answer; a "deels" with its toelichting on another vinkje follows as well.
  await vinkje3.getByRole('radio', { name: 'Ja' }).check();
  await expect(answers.locator('[aria-current="step"]')).toContainText('Ja', WITHIN_A_SECOND);
  await expect(answers).toContainText('1 van 7 beantwoord');

  const vinkje4 = page.getByRole('group', { name: /^Vinkje 4:/ });
  await vinkje4.getByRole('radio', { name: 'Deels' }).check();
  await expect(projector.getByText('Nu aan de orde: vinkje 4')).toBeVisible(WITHIN_A_SECOND);
  await vinkje4.getByRole('button', { name: 'Toelichting bij vinkje 4' }).click();
  await vinkje4.getByLabel('Toelichting bij vinkje 4').fill('Bewoners van Beijum zijn gehoord, die van De Hoogte nog niet.');
  const fourth = answers.locator('[aria-current="step"]');
  // Stored ~600 ms after typing stops, then on the projector within a second.
  await expect(fourth).toContainText('Deels', { timeout: 2000 });
  await expect(answers).toContainText('Toelichting: Bewoners van Beijum zijn gehoord, die van De Hoogte nog niet.');

  // Attendance at a glance, and the residents' warning goes once a resident is marked present.
  const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
  if (!(await attendance.getByRole('group', { name: /Anna de Vries/ }).isVisible())) {
    await attendance.getByRole('button', { name: 'Aanwezigheidslijst tonen' }).click();
  }
  await attendance.getByRole('group', { name: new RegExp(anna.name) }).getByRole('radio', { name: 'Aanwezig', exact: true }).check();
  const present = projector.getByRole('region', { name: /Aanwezig: 1/ });
  await expect(present).toBeVisible(WITHIN_A_SECOND);
  await expect(projector.getByText('Let op: er is geen bewonersvertegenwoordiger aanwezig.')).toBeHidden();

  // And back to another item: the vinkje is no longer shown, and the names return beside the item.
  await page.getByRole('button', { name: 'Vorig agendapunt' }).click();
  await expect(current.getByRole('heading', { level: 2 })).toHaveText('Koers: zijn we nog op de goede weg?', WITHIN_A_SECOND);
  await expect(projector.getByRole('region', { name: /De zeven vinkjes/ })).toBeHidden();
  await expect(present).toContainText('Bewoners Groningen-Noord');
  await expect(present).toContainText(anna.name);
});

test('before a decision the voorzitter is warned when no bewonersvertegenwoordiger is present', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await app.open(page, `#/vergaderingen/${meeting.id}/vergadermodus`);
  await page.getByRole('button', { name: /^5\. Uitbreiding brugfunctionarissen/ }).click();
  const submit = page.getByRole('button', { name: 'Besluit vastleggen' });
  await expect(submit).toBeEnabled();
  await expect(submit).toHaveAccessibleDescription(/er is geen bewonersvertegenwoordiger aanwezig/);
  // A warning, not a block: the decision can still be taken (here: held over).
  await page.getByRole('group', { name: 'Uitkomst' }).getByRole('radio', { name: 'Aangehouden' }).check();
  await submit.click();
  await expect(page.getByText(/Het besluit is vastgelegd: aangehouden/)).toBeVisible();
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} the projector shows the proposal, the seven answers and then the decision without scrolling`, async ({ browser, app }) => {
    const { meeting, decision } = await meetingWithDecision(app.core);
    const { checklist } = meeting;
    for (const ci of checklist.items) {
      await call(app.core, 'reviews:answer', {
        agendaItemId: decision.id,
        checklistItemId: ci.id,
        answer: ci.position % 3 === 0 ? 'deels' : 'ja',
        explanation: ci.position % 3 === 0 ? 'Bewoners van Beijum zijn gehoord, die van De Hoogte nog niet.' : '',
      });
    }
    await call(app.core, 'presenter:set', { meetingId: meeting.id, agendaItemId: decision.id, checklistItemId: checklist.items[2]!.id });
    const context = await browser.newContext({ viewport });
    const projector = await context.newPage();
    await app.open(projector, `#/vergaderingen/${meeting.id}/scherm`);

    const inside = async (locator: ReturnType<typeof projector.locator>) => {
      const box = (await locator.boundingBox())!;
      expect(box.y, await locator.innerText()).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, await locator.innerText()).toBeLessThanOrEqual(viewport.height);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    };
    await expect(projector.getByText('Twee extra brugfunctionarissen in Beijum.')).toBeVisible();
    await inside(projector.locator('.projector-proposal'));
    const answers = projector.locator('.projector-answers > li');
    await expect(answers).toHaveCount(7);
    for (let i = 0; i < 7; i++) await inside(answers.nth(i));
    await expect(projector.locator('[aria-current="step"]')).toContainText('Vinkje 3');

    await call(app.core, 'decisions:decide', {
      agendaItemId: decision.id,
      outcome: 'aangenomen',
      text: 'De coalitie stelt twee extra brugfunctionarissen aan op de basisscholen in Beijum, voor twee jaar.',
    });
    const outcome = projector.getByRole('group', { name: 'Besluit' });
    await expect(outcome).toContainText('Aangenomen', WITHIN_A_SECOND);
    await expect(outcome).toContainText('De coalitie stelt twee extra brugfunctionarissen aan op de basisscholen in Beijum, voor twee jaar.');
    await expect(projector.getByText(/Nu aan de orde/)).toHaveCount(0);
    await inside(outcome);
    await inside(projector.locator('.projector-proposal'));
    for (let i = 0; i < 7; i++) await inside(answers.nth(i));
    expect(await projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await context.close();
  });
}
