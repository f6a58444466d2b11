// The area and its themes as they develop, in the browser: a wijk added on Wijkprofielen and a theme on Ambities
// appear at once, say that the coalition added them, can be chosen for an intervention, and offer no removing.
import { test, expect } from './fixtures';
import { expectNoViolations } from './axe-check';

test('a wijk and a theme are added, shown as added by the coalition, and can be chosen for an intervention', async ({ page, app }) => {
  await app.open(page, '#/wijken');
  await page.locator('summary', { hasText: 'Wijk toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe wijk' });
  await form.getByRole('button', { name: 'Wijk toevoegen' }).click();
  await expect(form.getByText('Vul de naam van de wijk in.')).toBeVisible();
  await expectNoViolations(page, 'wijk toevoegen, met een fout');
  await form.getByLabel('Naam van de wijk').fill('Oude Ebbinge');
  await form.getByLabel('Wat maakt de wijk eigen').fill('Studenten, ateliers en de oude gasfabriek.');
  await form.getByRole('button', { name: 'Wijk toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De wijk “Oude Ebbinge” is toegevoegd.' })).toBeVisible();
  const card = page.getByRole('region', { name: 'Oude Ebbinge' });
  await expect(card).toContainText('Niet uit het gebiedsplan: door de coalitie toegevoegd op');
  await expect(card.getByLabel('Wat maakt Oude Ebbinge eigen')).toHaveValue('Studenten, ateliers en de oude gasfabriek.');
  await expect(page.getByRole('button', { name: /verwijder/i })).toHaveCount(0);

  await form.getByLabel('Naam van de wijk').fill('oude ebbinge');
  await form.getByRole('button', { name: 'Wijk toevoegen' }).click();
  await expect(page.getByText('Er is al een wijk met de naam “oude ebbinge”.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Oude Ebbinge' })).toHaveCount(1);

  await page.goto(`${app.origin}/#/ambities`);
  await page.locator('summary', { hasText: 'Thema toevoegen' }).click();
  const themeForm = page.getByRole('form', { name: 'Nieuw thema' });
  await themeForm.getByLabel('Naam van het thema').fill('Werk en inkomen');
  await themeForm.getByLabel('De maatschappelijke ambitie').fill('Iedereen in Noord doet mee.');
  await themeForm.getByRole('button', { name: 'Thema toevoegen' }).click();
  const theme = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Werk en inkomen' }) });
  await expect(theme).toContainText('Iedereen in Noord doet mee.');
  await expect(theme).toContainText('door de coalitie toegevoegd op');
  await expectNoViolations(page, 'ambities met een toegevoegd thema');

  await page.goto(`${app.origin}/#/interventies`);
  const newIntervention = page.getByRole('form', { name: 'Nieuwe interventie' });
  await expect(newIntervention.getByRole('checkbox', { name: 'Oude Ebbinge' })).toBeVisible();
  await expect(newIntervention.getByRole('checkbox', { name: 'Werk en inkomen' })).toBeVisible();
});
