// The area plan's caveats where people meet its facts: a koppelkans that already runs, says why it makes the
// difference and that its themes were inferred; a wijk the plan does not place in the area; a theme still in
// development that asks no trekkers yet.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test('the plan caveats show on the intervention, the wijk profiles and the trekker notice', async ({ page, app }) => {
  await app.open(page, '#/interventies/stratenaanpak');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stratenaanpak');
  await expect(page.getByText('Status:').locator('..')).toContainText('Lopend');
  await expect(page.getByText('Uit het gebiedsplan:').locator('..')).toContainText('werkt al goed op kleine schaal');
  await expect(page.getByText('afgeleid, niet door het gebiedsplan toegewezen')).toBeVisible();
  const why = page.getByRole('region', { name: 'Waarom maakt dit het verschil?' });
  await expect(why).toContainText('We sluiten direct aan bij de behoefte van inwoners.');
  await expect(page.locator('#trekker-tekort')).toContainText('Zorg, sport & gezondheid is nog in ontwikkeling en telt niet mee.');
  await expect(page.locator('#trekker-tekort')).not.toContainText('Zorg, sport & gezondheid:');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // An initiative the plan puts under no theme heading: its theme is marked as inferred, with the plan's reason.
  await app.open(page, '#/interventies/kansrijk-groningen');
  await expect(page.getByText("Thema's:").locator('..')).toContainText('afgeleid, niet door het gebiedsplan toegewezen');
  await expect(page.getByText('Uit het gebiedsplan:').locator('..')).toContainText("In hoofdstuk 1 ontbreekt de kop 'Meedoen'");

  // The list of interventions marks inferred themes too.
  await app.open(page, '#/interventies');
  const themesOf = (title: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) }).getByRole('cell').nth(2);
  await expect(themesOf('Kansrijk Groningen')).toHaveText('Meedoen afgeleid');
  await expect(themesOf('Wijkbedrijven')).toHaveText('Werken');

  // A kans that names its own theme has only that theme, stated as fact.
  await app.open(page, '#/interventies/doorbraakmethode-kans-3');
  await expect(page.getByText("Thema's:")).toHaveText("Thema's: Leren");

  // The count of interventions per theme says which themes the plan does not assign, and which is in development.
  await app.open(page, '#/grafieken');
  const perTheme = page.getByRole('figure', { name: 'Interventies per thema en status' });
  await expect(perTheme).toContainText('Niet elk thema komt uit het gebiedsplan; afgeleid is het thema Leren bij');
  await expect(perTheme).toContainText('Zorg, sport & gezondheid is nog in ontwikkeling.');

  await app.open(page, '#/wijken');
  const wijert = page.getByRole('region', { name: 'de Wijert' });
  await expect(wijert).toContainText('Niet vastgesteld dat deze wijk tot Groningen-Noord hoort.');
  await expect(page.getByRole('region', { name: 'Selwerd' })).not.toContainText('Niet vastgesteld');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

// The plan lists its signatories by organisation only: most sectors are inferred, and the facts note doubts about
// some organisations. Coalitie says so at each partner and in the balance, until the coalition sets a sector.
test('the coalition marks inferred sectors and carries the plan’s notes on its organisations', async ({ page, app }) => {
  await app.open(page, '#/coalitie');
  const card = (name: string) => page.getByRole('listitem', { name, exact: true });
  // The tag's text, then its reason (read with it, shown on hover or focus).
  await expect(card('Lefier').locator('.meta')).toHaveText(/^Woningcorporaties afgeleid Het gebiedsplan noemt niet in welke sector/);
  await expect(card('Politie').locator('.meta')).toHaveText('Politie');
  await expect(card('Nijestee').locator('.meta')).toHaveText('Woningcorporaties');
  await expect(card('Nijestee')).toContainText("Toelichting bij het gebiedsplan: Het document noemt elders 'woningcorporatie Nijestee'.");
  await expect(card('Mbo/hbo partners')).toContainText("Toelichting bij het gebiedsplan: Geen enkele organisatie maar een verzamelnaam ('Mbo/hbo partners').");
  await expect(card('Het Pand')).toContainText('Toelichting bij het gebiedsplan: Het document zegt niet wat voor organisatie Het Pand is.');
  await expect(card('Rijk').locator('.meta')).toHaveText(/^Het Rijk afgeleid /);
  await expect(card('Rijk')).toContainText("de organisatie 'Rijk' is afgeleid");
  await expect(card('Gemeente Groningen')).toContainText("Koen Schuiling: Bij naam staat alleen de rol; de organisatie (gemeente Groningen) is afgeleid uit 'Burgemeester'.");

  // The reason is the tag's description, shown on keyboard focus and on hover; Escape hides it.
  const tag = card('Lefier').locator('.tag-caveat');
  const tip = card('Lefier').getByRole('tooltip');
  await expect(tag).toHaveAccessibleDescription(/Het gebiedsplan noemt niet in welke sector deze partij zit; de sector is afgeleid/);
  const width = async () => (await tip.boundingBox())?.width ?? 0;
  expect(await width()).toBeLessThan(2);
  // In the tab order: reached with Tab from the control before it.
  await tag.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(tag).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tag).toBeFocused();
  await expect.poll(width).toBeGreaterThan(100);
  await page.keyboard.press('Escape');
  await expect.poll(width).toBeLessThan(2);
  await tag.blur();
  await card('Sportcentrum Noord').locator('.tag-caveat').hover();
  await expect.poll(async () => (await card('Sportcentrum Noord').getByRole('tooltip').boundingBox())?.width ?? 0).toBeGreaterThan(100);

  // The balance says it rests on inferred sectors, per row too.
  const balance = page.getByRole('region', { name: 'Evenwicht per sector' });
  await expect(balance).toContainText('Deze verdeling rust deels op afgeleide sectoren: bij 10 van de 15 partners noemt het gebiedsplan de sector niet.');
  const rowHeader = (sector: string) => balance.getByRole('rowheader').filter({ hasText: new RegExp(`^${sector}`) });
  await expect(rowHeader('Woningcorporaties')).toHaveText(/^Woningcorporaties deels afgeleid Het gebiedsplan/);
  await expect(rowHeader('Woningcorporaties').locator('.tag-caveat')).toHaveAccessibleDescription(
    'Het gebiedsplan noemt de sector niet van De Huismeesters, Lefier en Patrimonium; die is afgeleid uit hoe ze in de namenlijst onder de belofte staan.',
  );
  await expect(rowHeader('Sport')).toHaveText(/^Sport afgeleid Het gebiedsplan/);
  await expect(rowHeader('Politie')).toHaveText('Politie');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Once the coalition sets the sector, it is its own: no longer marked, and the balance counts one fewer.
  await card('Lefier').getByRole('button', { name: 'Organisatie bewerken: Lefier' }).click();
  const form = page.getByRole('form', { name: 'Organisatie bewerken: Lefier' });
  await form.getByLabel('Sector').selectOption({ label: 'Overig' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Organisatie “Lefier” is opgeslagen.')).toBeVisible();
  await expect(card('Lefier').locator('.meta')).toHaveText('Overig');
  await expect(balance).toContainText('bij 9 van de 15 partners');
});
