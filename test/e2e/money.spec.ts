// The programme's money end to end: the plan's NPLV budget is there with its caveat, an intervention gets an
// NPLV allocation and two partner contributions (money and capacity) typed as people write amounts; they show
// on the intervention, on the partners' cards, in the year overview chart and its table, and in the layer-2
// report read back as DOCX and PDF; a budget CSV with one bad line is previewed and refused without writing.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { call } from './arrange';
import { docxText, pdfText, squash } from './read-back';

test('budget lines and contributions: entered, shown everywhere, reported, and imported with a preview', async ({ page, app }) => {
  // Five screens and two rendered reports (charts drawn in the page, DOCX and PDF in the export worker).
  test.setTimeout(240_000);
  await app.open(page, '#/interventies/wijkbedrijven');
  await expect(page.getByRole('heading', { level: 1, name: /Wijkbedrijven/ })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Geld, kennis en mensen' });
  await panel.getByText('Begrotingsregel of bijdrage toevoegen').click();
  const form = panel.getByRole('form', { name: 'Begrotingsregel toevoegen' });

  // NPLV money allocated to this intervention; an ambiguous amount is refused first, in Dutch.
  await form.getByLabel('Jaar', { exact: true }).fill('2025');
  await form.getByLabel('Bron', { exact: true }).selectOption('nplv');
  await form.getByLabel('Bedrag in euro').fill('25.000');
  await form.getByLabel('Waarvoor').fill('Kwartiermaker wijkbedrijven');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(form.getByText(/kan twee dingen betekenen/)).toBeVisible();
  await expect(form.getByLabel('Bedrag in euro')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Bedrag in euro').fill('25.000,00');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(panel.getByRole('table')).toContainText('€ 25.000,00');

  // The gemeente's money.
  await form.getByLabel('Jaar', { exact: true }).fill('2025');
  await form.getByLabel('Partner', { exact: true }).selectOption({ label: 'Gemeente Groningen' });
  await form.getByLabel('Bron', { exact: true }).selectOption('regulier');
  await form.getByLabel('Bedrag in euro').fill('1.250,00');
  await form.getByLabel('Waarvoor').fill('Inzet wijkcoaches');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(panel.getByRole('table')).toContainText('Inzet wijkcoaches');

  // Lefier's people: half an FTE, valued.
  await form.getByLabel('Jaar', { exact: true }).fill('2025');
  await form.getByLabel('Partner', { exact: true }).selectOption({ label: 'Lefier' });
  await form.getByRole('radio', { name: 'Capaciteit (mensen)' }).check();
  await form.getByLabel('Capaciteit', { exact: true }).fill('0,5');
  await form.getByLabel('Eenheid').selectOption('fte');
  await form.getByLabel('Waarde in euro').fill('40000');
  await form.getByLabel('Status', { exact: true }).selectOption('gerealiseerd');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  const table = panel.getByRole('table', { name: 'Begrotingsregels en bijdragen van deze interventie' });
  await expect(table).toContainText('0,5 fte (gewaardeerd op € 40.000,00)');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(panel).toContainText('Geld toegezegd: € 26.250,00; gerealiseerd: € 0,00');

  // The partners' cards.
  await page.goto(`${app.origin}/#/coalitie`);
  await expect(page.locator('li.organisation', { hasText: 'Gemeente Groningen' })).toContainText('Bijdrage: € 1.250,00 toegezegd');
  await expect(page.locator('li.organisation', { hasText: 'Lefier' })).toContainText('0,5 fte');
  await expect(page.locator('li.organisation', { hasText: 'WerkPro' })).toContainText('Bijdrage: nog niets genoemd');

  // Financiën: the plan's budget with its caveat, the year chart with its table, the partners.
  await page.goto(`${app.origin}/#/financien`);
  await expect(page.getByRole('heading', { level: 1, name: 'Financiën' })).toBeVisible();
  await expect(page.locator('.plan-note')).toContainText('0,5 miljoen euro per jaar');
  await expect(page.locator('.plan-note')).toContainText('2024–2026 is afgeleid');
  await page.getByLabel('Jaar', { exact: true }).first().selectOption('2025');
  const figure = page.getByRole('figure', { name: 'Geld in 2025 per bron en status' });
  await expect(figure.getByRole('img')).toBeVisible();
  await figure.getByText('Tabel bij deze grafiek').click();
  const yearTable = figure.getByRole('table', { name: 'Geld in 2025 per bron en status' });
  await expect(yearTable.getByRole('row', { name: /Totaal/ })).toContainText('€ 526.250,00');
  await expect(yearTable.getByRole('row', { name: /NPLV-programmabudget/ })).toContainText('€ 525.000,00');
  await expect(page.getByRole('figure', { name: 'Meerjarenoverzicht: geld per jaar en status' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wat elke partner bijdraagt, alle jaren samen' })).toContainText('Gemeente Groningen');
  await expect(page.locator('.without-contribution')).toContainText('WerkPro');

  // A budget CSV with one bad line: previewed, refused whole.
  const before = await call(app.core, 'money:list', {});
  await page.getByLabel('CSV-bestand met begrotingsregels').setInputFiles({
    name: 'begroting.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('jaar;soort;status;organisatie;omschrijving;bedrag\n2026;geld;toegezegd;Lefier;Buurtbudget;"2.500,00"\n2026;geld;toegezegd;Onbekende BV;Iets;100\n'),
  });
  await page.getByRole('button', { name: 'Begroting controleren' }).click();
  const preview = page.getByRole('region', { name: 'Voorbeeld van de begrotingsimport' });
  await expect(preview).toContainText('1 regel is goed (samen € 2.500,00 aan geld).');
  await expect(preview.getByRole('table', { name: 'Fouten per regel' })).toContainText('Onbekende BV');
  await expect(preview.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  expect(await call(app.core, 'money:list', {})).toEqual(before);
  await preview.getByRole('button', { name: 'Annuleren' }).click();

  // The layer-2 report, read back as DOCX and PDF.
  await page.goto(`${app.origin}/#/rapportages`);
  await page.getByRole('radio', { name: /Laag 2/ }).check();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(page.getByRole('article', { name: 'Sturingsinformatie Groningen-Noord — 2025' })).toContainText('Financiën en bijdragen');
  const expected = ['Financiën en bijdragen', 'Inzet wijkcoaches', '€ 1.250,00', '€ 526.250,00', 'Lefier', 'de eerste drie jaar'];
  const [docx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Rapportage als Word (DOCX)' }).click()]);
  const docxFlat = squash(await docxText(await docx.path()));
  for (const e of expected) expect(docxFlat, e).toContain(e);
  expect(docxFlat).toContain('0,5 fte (gewaardeerd op € 40.000,00)');
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Rapportage als PDF' }).click()]);
  const pdfFlat = squash(pdfText(await pdf.path()));
  for (const e of expected) expect(pdfFlat, e).toContain(e);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a plan carries its own budget lines, folded away on its card', async ({ page, app }) => {
  await call(app.core, 'plans:create', { kind: 'uitvoeringsprogramma', title: 'Uitvoeringsprogramma 2025', periodFrom: '2025-01-01', periodTo: '2025-12-31' });
  await app.open(page, '#/plannen');
  const card = page.locator('li.card', { hasText: 'Uitvoeringsprogramma 2025' });
  await card.getByText('Geld, kennis en mensen').click();
  const form = card.getByRole('form', { name: 'Begrotingsregel toevoegen: Uitvoeringsprogramma 2025' });
  await form.getByLabel('Jaar', { exact: true }).fill('2025');
  await form.getByLabel('Partner', { exact: true }).selectOption({ label: 'Nijestee' });
  await form.getByLabel('Bedrag in euro').fill('12.345,67');
  await form.getByLabel('Waarvoor').fill('Huismeesters in de flats');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(card.getByRole('table', { name: 'Begrotingsregels en bijdragen: Uitvoeringsprogramma 2025' })).toContainText('€ 12.345,67');
  expect((await call(app.core, 'money:list', { organisationId: (await call(app.core, 'coalition:list', {})).find((o) => o.name === 'Nijestee')!.id }))[0]).toMatchObject({
    amountCents: 1_234_567,
    planTitle: 'Uitvoeringsprogramma 2025',
  });
});

test('a refused budget line puts the cursor on the field to correct; a line for another year turns the overview to it', async ({ page, app }) => {
  await app.open(page, '#/financien');
  const form = page.getByRole('form', { name: 'Begrotingsregel toevoegen' });
  const before = await call(app.core, 'money:list', {});
  await form.getByLabel('Jaar', { exact: true }).fill('20277');
  await form.getByLabel('Bedrag in euro').fill('12,5,0');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(form.getByLabel('Jaar', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Jaar', { exact: true })).toHaveAccessibleDescription('Vul een jaar tussen 2000 en 2100 in.');
  await form.getByLabel('Jaar', { exact: true }).fill('2027');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(form.getByLabel('Bedrag in euro')).toBeFocused();
  await expect(form.getByLabel('Bedrag in euro')).toHaveAccessibleDescription(/"12,5,0" is geen bedrag/);
  expect(await call(app.core, 'money:list', {})).toEqual(before);

  await form.getByLabel('Bedrag in euro').fill('1.250,00');
  await form.getByLabel('Waarvoor').fill('Wijkfeest Beijum');
  await form.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  const overview = page.getByRole('region', { name: 'Jaaroverzicht' });
  await expect(overview.getByLabel('Jaar', { exact: true })).toHaveValue('2027');
  await expect(overview.getByRole('table', { name: 'Alle begrotingsregels en bijdragen in 2027' })).toContainText('Wijkfeest Beijum');
  await expect(overview.getByRole('table', { name: 'Alle begrotingsregels en bijdragen in 2027' })).toContainText('€ 1.250,00');
});
