// What a new chair and notulist ran into on the meeting's path at 1366×768: notes typed just before closing,
// where the focus goes after adding an action or closing the meeting, and finding the minutes after it.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { adoptedMeeting, call, meetingWithDecision, startedMeetingPage } from './arrange';
import { expectNoViolations } from './axe-check';

test.use({ viewport: { width: 1366, height: 768 } });

test('notes typed just before "Vergadering sluiten" are stored, not listed as unsaved', async ({ page, app }) => {
  const { meeting, meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  // The save that leaving the field starts is still under way when closing stores everything.
  await page.route(/\/rpc\/agenda:setNotes$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const text = 'De voorzitter opent de vergadering en heet iedereen welkom.';
  await page.getByLabel('Aantekeningen').fill(text);
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();

  const check = page.getByRole('group', { name: 'Vergadering sluiten' });
  await expect(check.getByRole('button', { name: 'Toch sluiten' })).toBeVisible();
  await expect(check).not.toContainText('niet opgeslagen');
  await expect(check.getByRole('button', { name: 'Naar aantekeningen' })).toHaveCount(0);
  const stored = await call(app.core, 'meetings:get', { id: meeting.id });
  expect(stored.agenda[0]!.notes).toBe(text);
});

test('adding an action at an item or a vinkje starts in "Wat" and leaves the focus on the button that opened it', async ({ page, app }) => {
  const { meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /^5\. / }).click();

  // An action at the agenda item; the opener also closes the form again.
  const itemActions = page.getByRole('region', { name: 'Actiepunten bij dit agendapunt' });
  const opener = itemActions.getByRole('button', { name: 'Nieuw actiepunt…' });
  await opener.click();
  const form = itemActions.getByRole('group', { name: 'Nieuw actiepunt' });
  await expect(form.getByLabel('Wat')).toBeFocused();
  await opener.click();
  await expect(form).toHaveCount(0);
  await opener.click();
  await page.keyboard.type('Begroting nalopen');
  await page.keyboard.press('Enter');
  await expect(itemActions.getByText('Begroting nalopen', { exact: true })).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(opener).toBeFocused();

  // A follow-up at a vinkje answered "nee".
  const v3 = page.getByRole('group', { name: /^Vinkje 3:/ });
  await v3.getByRole('radio', { name: 'Nee', exact: true }).check();
  await v3.getByRole('button', { name: 'Toelichting bij vinkje 3' }).click();
  await v3.getByLabel('Toelichting bij vinkje 3').fill('De leerpunten uit de pilot zijn nog niet verwerkt.');
  const followUpOpener = v3.getByRole('button', { name: 'Vervolgactie bij vinkje 3 toevoegen…' });
  await followUpOpener.click();
  const followUp = v3.getByRole('group', { name: 'Vervolgactie bij vinkje 3' });
  await expect(followUp.getByLabel('Wat')).toBeFocused();
  await page.keyboard.type('Leerpunten pilot verwerken');
  await v3.getByRole('button', { name: 'Vervolgactie toevoegen bij vinkje 3' }).click();
  await expect(v3.getByText('Leerpunten pilot verwerken', { exact: true })).toBeVisible();
  await expect(followUp).toHaveCount(0);
  await expect(followUpOpener).toBeFocused();
});

test('after "Toch sluiten" the focus is on the note that the meeting is closed, not lost on the page', async ({ page, app }) => {
  const { meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  await page.getByRole('button', { name: 'Toch sluiten' }).click();
  const closed = page.getByText('Deze vergadering is gesloten.');
  await expect(closed).toBeVisible();
  await expect(closed).toBeFocused();
});

test('"Notulen exporteren" after closing leads to a page where the minutes export is in view at 1366×768', async ({ page, app }) => {
  const { meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  await page.getByRole('button', { name: 'Toch sluiten' }).click();
  await page.getByRole('link', { name: 'Notulen exporteren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitieoverleg juni' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Notulen exporteren' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Exporteren als PDF' })).toBeInViewport();
});

test('the sturingsvragen answered on the meeting page are in its minutes', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  const steering = page.getByRole('region', { name: 'Sturingsvragen' });
  await steering.getByRole('group', { name: 'Ligt de focus bij iedereen nog op Groningen-Noord?' }).getByRole('radio', { name: 'Ja' }).check();
  await steering.getByLabel('Toelichting bij de focus').fill('Alle partners richten zich op Noord.');
  await steering.getByRole('group', { name: 'Zijn we nog met de juiste dingen bezig?' }).getByRole('radio', { name: 'Deels' }).check();
  await steering.getByLabel('Waar hebben we nog keuzes te maken of moeten we bijsturen?').fill('Werken verdient meer aandacht.');
  await steering.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(page.getByText('De antwoorden op de sturingsvragen zijn opgeslagen.')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als Markdown' }).click()]);
  const minutes = readFileSync(await download.path(), 'utf8');
  expect(minutes).toContain('## Sturingsvragen');
  expect(minutes).toContain('| Ligt de focus bij iedereen nog op Groningen-Noord? | Ja — Alle partners richten zich op Noord. |');
  expect(minutes).toContain('| Zijn we nog met de juiste dingen bezig? | Deels |');
  expect(minutes).toContain('| Waar hebben we nog keuzes te maken of moeten we bijsturen? | Werken verdient meer aandacht. |');
});

test('notes that could not be stored are named in plain Dutch when closing, with a way back to them', async ({ page, app }) => {
  const { meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  await page.route(/\/rpc\/agenda:setNotes$/, (route) => route.abort('connectionrefused'));
  await page.getByLabel('Aantekeningen').fill('De voorzitter opent de vergadering.');
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  const check = page.getByRole('group', { name: 'Vergadering sluiten' });
  await expect(check).toContainText('Aantekeningen niet opgeslagen: het opslaan is mislukt; probeer het opnieuw.');
  await check.getByRole('button', { name: 'Naar aantekeningen' }).click();
  await expect(page.getByLabel('Aantekeningen')).toBeFocused();
  await expect(page.getByLabel('Aantekeningen')).toHaveValue('De voorzitter opent de vergadering.');
});

test('the meeting list and the jaarplanning tell minutes that are adopted from meetings only held', async ({ page, app }) => {
  const adopted = await adoptedMeeting(app.core);
  const { meeting: held } = await meetingWithDecision(app.core, 'Coalitieoverleg oktober', '2027-10-14T19:30');
  await call(app.core, 'meetings:setStatus', { id: held.id, status: 'gehouden' });

  await app.open(page, '#/vergaderingen');
  const card = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(card(adopted.title)).toContainText('Notulen vastgesteld');
  await expect(card('Coalitieoverleg oktober')).toContainText('Gehouden');
  await expect(card('Coalitieoverleg oktober')).not.toContainText('vastgesteld');
  await expect(card('Coalitieoverleg september')).toContainText('Gepland');

  await page.goto(`${app.origin}/#/jaarplanning/2027`);
  const entry = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: adopted.title }) });
  await expect(entry).toContainText('Status: Notulen vastgesteld');
});

test('notes that could not be stored are kept when the chair moves on anyway, and stored on return', async ({ page, app }) => {
  const { meeting, meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  const refuse = /\/rpc\/agenda:setNotes$/;
  await page.route(refuse, (route) => route.abort('connectionrefused'));
  const text = 'De voorzitter opent de vergadering; de wethouder is iets later.';
  await page.getByLabel('Aantekeningen').fill(text);
  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  const warning = page.getByRole('group', { name: /Niet alles is opgeslagen/ });
  await expect(warning).toContainText('blijft bewaard op deze computer');
  await warning.getByRole('button', { name: 'Toch naar agendapunt 2' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 2 van/ })).toBeVisible();

  await page.unroute(refuse);
  await page.getByRole('button', { name: 'Vorig agendapunt' }).click();
  await expect(page.getByLabel('Aantekeningen')).toHaveValue(text);
  await expect(page.locator('.notes-footer').getByText('Opgeslagen', { exact: true })).toBeVisible();
  expect((await call(app.core, 'meetings:get', { id: meeting.id })).agenda[0]!.notes).toBe(text);
});

test('in meeting mode the Koers item takes the answers to the sturingsvragen, stored on moving on', async ({ page, app }) => {
  const { meeting, meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /^4\. Koers/ }).click();
  const steering = page.getByRole('region', { name: 'Sturingsvragen' });
  await steering.getByRole('group', { name: 'Ligt de focus bij iedereen nog op Groningen-Noord?' }).getByRole('radio', { name: 'Deels' }).check();
  await steering.getByLabel('Toelichting bij de focus').fill('De zorgpartners kijken ook naar de hele stad.');
  await steering.getByLabel('Wat loopt goed?').fill('De stratenaanpak in Selwerd.');
  await expectNoViolations(page, 'the Koers item in meeting mode');
  // No save button pressed: moving on stores the answers, as with the notes.
  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 5 van/ })).toBeVisible();
  expect(await call(app.core, 'steering:get', { meetingId: meeting.id })).toMatchObject({
    focus: 'deels',
    focusNote: 'De zorgpartners kijken ook naar de hele stad.',
    goingWell: 'De stratenaanpak in Selwerd.',
  });
  // Other items do not ask them.
  await expect(page.getByRole('region', { name: 'Sturingsvragen' })).toHaveCount(0);
});
