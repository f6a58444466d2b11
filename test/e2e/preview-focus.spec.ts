// What a check or a preview shows appears where the button that asked for it was: the cursor goes to its
// heading, so a keyboard or screen-reader user is not left on the page's body after the button went away.
import { test, expect } from './fixtures';
import { call } from './arrange';

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('checking an indicator or budget CSV, and showing a report, takes the cursor to the preview', async ({ page, app }) => {
  await call(app.core, 'indicators:create', { themeId: 'leren', name: 'Vroegtijdig schoolverlaters', unit: '%', better: 'lager' });
  await app.open(page, '#/indicatoren');
  const indicators = page.getByRole('region', { name: 'Waarden importeren uit CSV' });
  await indicators.getByLabel('CSV-bestand', { exact: true }).setInputFiles(
    csv('waarden.csv', 'indicator;gebied;periode;waarde\nVroegtijdig schoolverlaters;Selwerd;2024;3,5\nVroegtijdig schoolverlaters;Atlantis;2024;1\n'),
  );
  await indicators.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(indicators.getByRole('heading', { name: 'Voorbeeld van de import' })).toBeFocused();

  await page.goto(`${app.origin}/#/financien`);
  await page.getByLabel('CSV-bestand met begrotingsregels').setInputFiles(
    csv('begroting.csv', 'jaar;soort;status;organisatie;omschrijving;bedrag\n2026;geld;toegezegd;Lefier;Buurtbudget;"2.500,00"\n'),
  );
  await page.getByRole('button', { name: 'Begroting controleren' }).click();
  const budget = page.getByRole('region', { name: 'Voorbeeld van de begrotingsimport' });
  await expect(budget.getByRole('heading', { name: 'Voorbeeld van de begrotingsimport' })).toBeFocused();
  // Importing takes the cursor back to the file field, ready for the next file.
  await budget.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('1 regel ingelezen')).toBeVisible();
  await expect(page.getByLabel('CSV-bestand met begrotingsregels')).toBeFocused();

  await page.goto(`${app.origin}/#/rapportages`);
  await page.getByRole('radio', { name: /Laag 2/ }).check();
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Voorbeeld' })).toBeFocused();
});
