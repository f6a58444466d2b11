// Typed text is never thrown away unasked: leaving a screen whose form holds changes not stored yet (a link, the
// browser's back button, a reload or closing) asks first; "Blijven" keeps the text, a stored form lets go at once.
import { test, expect } from './fixtures';
import { call, meetingBase } from './arrange';
import { expectNoViolations } from './axe-check';

test('leaving a screen with an agenda item typed but not added asks first, and staying keeps the text', async ({ page, app }) => {
  const meeting = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg maart', startsAt: '2027-03-04T19:30', agenda: 'standaard' });
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitieoverleg maart' })).toBeVisible();
  await page.getByRole('button', { name: 'Nieuw agendapunt' }).click();
  const form = page.getByRole('form', { name: 'Nieuw agendapunt' });
  await form.getByLabel('Titel').fill('Uitbreiding brugfunctionarissen');

  // A link in the top bar: the question, starting on "Blijven".
  const actions = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Actielijst' });
  await actions.click();
  const question = page.getByRole('dialog', { name: 'Niet opgeslagen' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('Het formulier “Nieuw agendapunt” is nog niet opgeslagen.');
  await expect(question.getByRole('button', { name: 'Blijven' })).toBeFocused();
  await expectNoViolations(page, 'de vraag voor het verlaten van een scherm met niet opgeslagen tekst');
  // Esc stays too.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  expect(new URL(page.url()).hash).toBe(`#/vergaderingen/${meeting.id}`);
  await expect(form.getByLabel('Titel')).toHaveValue('Uitbreiding brugfunctionarissen');

  // The browser's back button: the address is put back and the same question asked.
  await page.goBack();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Blijven' }).click();
  expect(new URL(page.url()).hash).toBe(`#/vergaderingen/${meeting.id}`);
  await expect(form.getByLabel('Titel')).toHaveValue('Uitbreiding brugfunctionarissen');

  // A reload or closing the window: the browser's own question.
  const asked = page.waitForEvent('dialog');
  const closing = page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await closing;
  expect(page.isClosed()).toBe(false);
  await expect(form.getByLabel('Titel')).toHaveValue('Uitbreiding brugfunctionarissen');

  // Leaving on purpose.
  await actions.click();
  await question.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Actielijst');
});

test('a form whose text is stored lets the screen go without asking', async ({ page, app }) => {
  const meeting = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg maart', startsAt: '2027-03-04T19:30', agenda: 'standaard' });
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  await page.getByRole('button', { name: 'Nieuw agendapunt' }).click();
  const form = page.getByRole('form', { name: 'Nieuw agendapunt' });
  await form.getByLabel('Titel').fill('Uitbreiding brugfunctionarissen');
  await form.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(page.getByRole('listitem', { name: /Uitbreiding brugfunctionarissen/ })).toBeVisible();

  // The meeting's own details, changed and stored: the form stays, and so does nothing to ask about.
  const details = page.getByRole('textbox', { name: 'Plaats' });
  await details.fill('Het Pand, Selwerd');
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('opgeslagen');

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Actielijst' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Actielijst');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a new action on the actielijst and a budget line typed on Financiën ask too', async ({ page, app }) => {
  await app.open(page, '#/acties');
  const top = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const question = page.getByRole('dialog', { name: 'Niet opgeslagen' });
  await page.getByRole('form', { name: 'Nieuwe actie' }).getByLabel('Wat').fill('Zaal voor de bewonersavond reserveren');
  await top.getByRole('link', { name: 'Besluitenlijst' }).click();
  await expect(question).toContainText('De nieuwe actie is nog niet opgeslagen.');
  await question.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Besluitenlijst');

  await page.goto(`${app.origin}/#/financien`);
  const form = page.getByRole('form', { name: 'Begrotingsregel toevoegen' });
  await form.getByLabel('Waarvoor').fill('Kwartiermaker wijkbedrijven');
  await top.getByRole('link', { name: 'Coalitie' }).click();
  await expect(question).toContainText('Het formulier “Begrotingsregel toevoegen” is nog niet opgeslagen.');
  await question.getByRole('button', { name: 'Blijven' }).click();
  await expect(form.getByLabel('Waarvoor')).toHaveValue('Kwartiermaker wijkbedrijven');
});

test('a person typed on Coalitie but not added asks before the screen is left', async ({ page, app }) => {
  await app.open(page, '#/coalitie');
  await page.getByRole('region', { name: 'Persoon toevoegen' }).getByLabel('Naam').fill('Anna de Vries');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Vergaderingen' }).click();
  const question = page.getByRole('dialog', { name: 'Niet opgeslagen' });
  await expect(question).toContainText('De nieuwe persoon is nog niet opgeslagen.');
  await question.getByRole('button', { name: 'Blijven' }).click();
  await expect(page.getByRole('region', { name: 'Persoon toevoegen' }).getByLabel('Naam')).toHaveValue('Anna de Vries');
});
