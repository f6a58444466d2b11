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
