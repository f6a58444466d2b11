// Issue 4 in the browser: a register entry linked to an intervention, an intervention edited, an indicator with
// values by hand; the review of a decision shows that bewonersfeedback under vinkje 4 (and "niets vastgelegd"
// for a decision without links), cites it, and the exported minutes name it. A 100,000-row CSV import with a
// progress bar and a page that keeps responding. And axe on every new screen, charts included.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures';
import { call, meetingBase } from './arrange';

const VINKJE_4 = 'Hebben we onze bewoners ook gevraagd of het werkt?';
const FEEDBACK = 'Ouders blij met de brugfunctionaris';

/** A coalition meeting on 3 December 2026 with a decision linked to the brugfunctionaris and one linked to nothing. */
async function meetingWithLinkedDecision(app: AppFixture) {
  const meeting = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg december', startsAt: '2026-12-03T19:30' });
  const linked = await call(app.core, 'agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Uitbreiding brugfunctionarissen',
    proposal: 'Twee extra brugfunctionarissen in Beijum.',
    interventionIds: ['brugfunctionaris'],
  });
  const bare = await call(app.core, 'agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Losse vraag', proposal: 'Zonder koppeling.' });
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  return { meeting, linked, bare };
}

test('registers, an intervention and an indicator; the evidence under vinkje 4 is cited and named in the minutes', async ({ page, app }) => {
  const { meeting, linked } = await meetingWithLinkedDecision(app);
  // Trekkers come from the programmateam: two of its members.
  const team = (await call(app.core, 'bodies:list', {})).find((b) => b.kind === 'programmateam')!;
  for (const o of await call(app.core, 'coalition:list', {})) {
    for (const p of o.people.filter((x) => x.name === 'Koen Schuiling' || x.name === 'Bert Popken')) {
      await call(app.core, 'memberships:add', { bodyId: team.id, personId: p.id, role: 'lid' });
    }
  }
  await app.open(page);
  // The top bar has one Monitoring area; its own row reaches the seven pages.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Monitoring' }).click();
  const nav = page.getByRole('navigation', { name: 'Monitoring' });

  // 1. Interventies: find the brugfunctionaris, set its status, fill in the chain, trekkers and a prestatie.
  await nav.getByRole('link', { name: 'Interventies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interventies' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoektekst' }).fill('brugfunctionaris');
  await expect(page.getByRole('status').filter({ hasText: /interventies?\.$/ })).toHaveText(/^\d+ interventies?\.$/);
  await page.getByRole('table', { name: 'Interventies' }).getByRole('link', { name: 'De brugfunctionaris' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /De brugfunctionaris/ })).toBeVisible();

  const gegevens = page.getByRole('form', { name: 'Gegevens van de interventie' });
  await gegevens.getByLabel('Status').selectOption({ label: 'Structureel' });
  await gegevens.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(page.getByText('De gegevens van de interventie zijn opgeslagen.')).toBeVisible();

  const trekkers = page.getByRole('region', { name: 'Trekkers' });
  await expect(trekkers.locator('.trekker-gaps')).toContainText('Leren: geen trekkers');
  await trekkers.getByRole('checkbox', { name: /^Koen Schuiling/ }).check();
  await trekkers.getByRole('checkbox', { name: /^Bert Popken/ }).check();
  await trekkers.getByRole('button', { name: 'Trekkers opslaan' }).click();
  await expect(trekkers).toContainText('Trekkers: Bert Popken en Koen Schuiling.');
  await expect(trekkers.locator('.trekker-gaps')).not.toContainText('Leren:');

  const keten = page.getByRole('form', { name: 'Monitoringketen' });
  await keten.getByLabel('Doel (doelstellingen en criteria)').fill('Elk kind heeft op school een vertrouwd gezicht voor thuis.');
  await keten.getByLabel('Maatschappelijke impact').fill('Minder schooluitval in Selwerd en Paddepoel.');
  await keten.getByRole('button', { name: 'Monitoringketen opslaan' }).click();
  await expect(page.getByText('De monitoringketen is opgeslagen.')).toBeVisible();

  const prestaties = page.getByRole('region', { name: 'Prestaties: afgesproken en geleverd' });
  const add = prestaties.getByRole('group', { name: 'Prestatie toevoegen' });
  await add.getByLabel('Prestatie', { exact: true }).fill('Scholen met een brugfunctionaris');
  await add.getByLabel('Periode').fill('2026');
  await add.getByLabel('Afgesproken aantal').fill('27');
  await add.getByLabel('Geleverd aantal').fill('25');
  await add.getByRole('button', { name: 'Prestatie toevoegen' }).click();
  const row = prestaties.getByRole('table', { name: 'Prestaties: afgesproken en geleverd' }).getByRole('row', { name: /Scholen met een brugfunctionaris/ });
  await expect(row).toContainText('Nog niet gehaald (25 van 27)');
  await row.getByRole('button', { name: 'Bewerken: Scholen met een brugfunctionaris' }).click();
  const edit = prestaties.getByRole('group', { name: 'Prestatie bewerken: Scholen met een brugfunctionaris' });
  await edit.getByLabel('Geleverd aantal').fill('27');
  await edit.getByRole('button', { name: 'Prestatie opslaan' }).click();
  await expect(row).toContainText('Gehaald');
  const stored = await call(app.core, 'interventions:get', { id: 'brugfunctionaris' });
  expect(stored).toMatchObject({
    status: 'structureel',
    goal: 'Elk kind heeft op school een vertrouwd gezicht voor thuis.',
    impact: 'Minder schooluitval in Selwerd en Paddepoel.',
    prestatieCount: 1,
    prestatiesMet: 1,
  });
  expect(stored.trekkers.map((t) => t.name).sort()).toEqual(['Bert Popken', 'Koen Schuiling']);

  // A new intervention opens on its own page.
  await page.getByRole('link', { name: '← Alle interventies' }).click();
  const nieuw = page.getByRole('form', { name: 'Nieuwe interventie' });
  await nieuw.getByLabel('Titel').fill('Buurtkamer Beijum');
  await nieuw.getByRole('checkbox', { name: 'Meedoen' }).check();
  await nieuw.getByRole('checkbox', { name: 'Beijum' }).check();
  await nieuw.getByRole('button', { name: 'Interventie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Buurtkamer Beijum/ })).toBeVisible();
  expect(await call(app.core, 'interventions:get', { id: 'buurtkamer-beijum' })).toMatchObject({ themeIds: ['meedoen'], wijkIds: ['beijum'] });

  // 2. Registers: bewonersfeedback about the brugfunctionaris, dated, sourced and linked.
  await nav.getByRole('link', { name: 'Registers' }).click();
  await page.getByRole('navigation', { name: 'Soort register' }).getByRole('link', { name: 'Bewonersfeedback' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewonersfeedback' })).toBeVisible();
  const entry = page.getByRole('form', { name: 'Nieuwe registratie' });
  await expect(entry.getByLabel('Soort')).toHaveValue('bewonersfeedback');
  await entry.getByLabel('Datum').fill('2026-06-01');
  await entry.getByLabel('Titel').fill(FEEDBACK);
  await entry.getByLabel('Tekst').fill('Op de ouderavond zeiden twaalf ouders dat de brugfunctionaris het verschil maakt.');
  await entry.getByRole('radio', { name: 'Bewoner' }).check();
  await entry.getByLabel('Naam van de bron').fill('Ouderpanel Beijum');
  await entry.getByLabel('Grondslag (AVG)').selectOption({ label: 'Toestemming van de bewoner' });
  await entry.getByText(/Interventies koppelen/).click();
  await entry.getByRole('checkbox', { name: /^De brugfunctionaris/ }).check();
  await entry.getByRole('button', { name: 'Registratie vastleggen' }).click();
  const card = page.locator('.card-list > li').filter({ hasText: FEEDBACK });
  await expect(card).toContainText('1 juni 2026');
  await expect(card).toContainText('Bron: Bewoner: Ouderpanel Beijum');
  await expect(card.getByRole('link', { name: 'De brugfunctionaris' })).toBeVisible();
  // Found by the intervention filter.
  await page.getByLabel('Interventie', { exact: true }).selectOption({ label: 'De brugfunctionaris' });
  await expect(page.getByRole('status').filter({ hasText: 'registratie' })).toHaveText('1 registratie.');
  const [feedback] = await call(app.core, 'registers:list', { kind: 'bewonersfeedback', interventionId: 'brugfunctionaris' });
  expect(feedback).toMatchObject({ title: FEEDBACK, date: '2026-06-01', sourceKind: 'bewoner', sourceName: 'Ouderpanel Beijum' });

  // 3. Indicatoren: a new indicator with values for Selwerd and for the city, by hand.
  await nav.getByRole('link', { name: 'Indicatoren' }).click();
  const indicatorForm = page.getByRole('form', { name: 'Nieuwe indicator' });
  await indicatorForm.getByLabel('Thema').selectOption({ label: 'Wonen' });
  await indicatorForm.getByLabel('Naam').fill('Tevredenheid woning');
  await indicatorForm.getByLabel('Eenheid').fill('%');
  await indicatorForm.getByLabel('Bron').fill('Basismonitor Groningen');
  await indicatorForm.getByRole('radio', { name: 'Hoger is beter' }).check();
  await indicatorForm.getByRole('button', { name: 'Indicator aanmaken' }).click();
  await expect(page.getByRole('region', { name: 'Wonen' }).getByRole('heading', { name: 'Tevredenheid woning' })).toBeVisible();
  await page.getByRole('button', { name: 'Waarden van Tevredenheid woning' }).click();
  const valueForm = page.getByRole('form', { name: 'Waarde invoeren voor Tevredenheid woning' });
  for (const [area, period, value] of [['Selwerd', '2024', '61,5'], ['Groningen (gemeente)', '2024', '75'], ['Selwerd', '2025', '62']]) {
    await valueForm.getByLabel('Gebied').selectOption({ label: area! });
    await valueForm.getByLabel('Periode').fill(period!);
    await valueForm.getByLabel('Waarde (%)').fill(value!);
    await valueForm.getByRole('button', { name: 'Waarde opslaan' }).click();
    await expect(page.getByRole('table', { name: 'Waarden van Tevredenheid woning' }).getByRole('row', { name: `${area} ${period}` })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Waarden van Tevredenheid woning' })).toContainText('61,5%');
  const [indicator] = await call(app.core, 'indicators:list', { themeId: 'wonen' });
  expect(indicator).toMatchObject({ name: 'Tevredenheid woning', unit: '%', better: 'hoger', valueCount: 3, latestPeriod: '2025' });
  expect((await call(app.core, 'indicators:values', { indicatorId: indicator!.id })).map((v) => [v.area, v.period, v.value])).toEqual(
    expect.arrayContaining([
      ['selwerd', '2024', 61.5],
      ['groningen', '2024', 75],
      ['selwerd', '2025', 62],
    ]),
  );

  // 4. The review: the linked decision shows the feedback under vinkje 4; cite it and answer.
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}/vergadermodus`);
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('button', { name: /Uitbreiding brugfunctionarissen/ }).click();
  const vinkje4 = page.getByRole('group', { name: `Vinkje 4: ${VINKJE_4}` });
  await vinkje4.getByRole('button', { name: 'Toelichting bij vinkje 4' }).click();
  const evidence = vinkje4.getByRole('group', { name: 'Wat is vastgelegd bij vinkje 4' });
  await expect(evidence).toContainText('Over deze interventies is in de twaalf maanden voor de vergadering 1 reactie van bewoners vastgelegd.');
  await evidence.getByRole('button', { name: 'Vermeldingen tonen (1) bij vinkje 4' }).click();
  await expect(evidence).toContainText('1 juni 2026');
  await expect(evidence).toContainText('Bron: Bewoner (Ouderpanel Beijum)');
  await evidence.getByRole('checkbox', { name: `Aanhalen: ${FEEDBACK}` }).check();
  await expect(page.getByText(`Vinkje 4: “${FEEDBACK}” wordt aangehaald.`)).toBeVisible();
  await vinkje4.getByRole('radio', { name: 'Ja', exact: true }).check();
  await vinkje4.getByLabel('Toelichting bij vinkje 4').fill('Het ouderpanel in Beijum is in juni gevraagd.');
  await expect(vinkje4.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await expect
    .poll(async () => (await call(app.core, 'meetings:get', { id: meeting.id })).agenda.find((a) => a.id === linked.id)!.decision!.answers[0]?.explanation)
    .toBe('Het ouderpanel in Beijum is in juni gevraagd.');
  const answer = (await call(app.core, 'meetings:get', { id: meeting.id })).agenda.find((a) => a.id === linked.id)!.decision!.answers[0]!;
  expect(answer.citations).toEqual([{ id: feedback!.id, kind: 'bewonersfeedback', title: FEEDBACK, date: '2026-06-01' }]);

  // The decision linked to nothing says so plainly before the board answers.
  await agenda.getByRole('button', { name: /Losse vraag/ }).click();
  // Said once, quietly, above the vinkjes; and in the vinkje when it is opened.
  await expect(page.locator('.evidence-overview')).toContainText('niets vastgelegd');
  const bareRow = page.getByRole('group', { name: `Vinkje 4: ${VINKJE_4}` });
  await bareRow.getByRole('button', { name: 'Toelichting bij vinkje 4' }).click();
  const bare4 = bareRow.getByRole('group', { name: 'Wat is vastgelegd bij vinkje 4' });
  await expect(bare4).toContainText('niets vastgelegd');
  await expect(bare4.getByRole('checkbox')).toHaveCount(0);

  // 5. The minutes, exported as Markdown, name the cited entry.
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als Markdown' }).click()]);
  const minutes = readFileSync(await download.path(), 'utf8');
  expect(minutes).toContain(FEEDBACK);
  expect(minutes).toMatch(/Aangehaald: Bewonersfeedback “Ouders blij met de brugfunctionaris” \(1 juni 2026\)/);
});

test('plans and a wijk profile are created, edited, found and removed; a report is previewed and exported', async ({ page, app }) => {
  await app.open(page, '#/plannen');
  await expect(page.getByRole('heading', { level: 1, name: 'Plannen' })).toBeVisible();

  // A wijkuitvoeringsplan for Selwerd, linked to the Volkshortus.
  const form = page.getByRole('form', { name: 'Nieuw plan' });
  await form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Wijkuitvoeringsplan' });
  await form.getByLabel('Titel', { exact: true }).fill('Wijkuitvoeringsplan Selwerd');
  await form.getByLabel('Van', { exact: true }).fill('2025-01-01');
  await form.getByLabel('Tot en met', { exact: true }).fill('2028-12-31');
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Vastgesteld' });
  await form.getByLabel('Omschrijving', { exact: true }).fill('Wat de partners de komende jaren in Selwerd doen.');
  await form.getByRole('checkbox', { name: 'Selwerd' }).check();
  await form.getByText(/Interventies koppelen/).click();
  await form.getByRole('checkbox', { name: /^Volkshortus/ }).check();
  await form.getByRole('button', { name: 'Plan aanmaken' }).click();
  const plan = page.locator('.card-list > li').filter({ hasText: 'Wijkuitvoeringsplan Selwerd' });
  await expect(plan).toContainText('1 januari 2025 tot en met 31 december 2028');
  await expect(plan).toContainText('Vastgesteld');
  await expect(plan.getByRole('link', { name: /Volkshortus/ })).toBeVisible();

  // Edited in place: the period's end date before its start is refused in Dutch, then the status changes.
  await plan.getByRole('button', { name: 'Bewerken: Wijkuitvoeringsplan Selwerd' }).click();
  const edit = page.getByRole('form', { name: 'Plan bewerken: Wijkuitvoeringsplan Selwerd' });
  await edit.getByLabel('Tot en met', { exact: true }).fill('2024-12-31');
  await edit.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(edit.getByText('De einddatum ligt voor de begindatum.')).toBeVisible();
  await edit.getByLabel('Tot en met', { exact: true }).fill('2029-12-31');
  await edit.getByLabel('Status', { exact: true }).selectOption({ label: 'Lopend' });
  await edit.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(plan).toContainText('Lopend');
  await expect(plan.getByRole('button', { name: 'Bewerken: Wijkuitvoeringsplan Selwerd' })).toBeFocused();
  const [stored] = await call(app.core, 'plans:list', { wijkId: 'selwerd' });
  expect(stored).toMatchObject({ kind: 'wijkuitvoeringsplan', status: 'lopend', periodTo: '2029-12-31', interventionIds: ['volkshortus'] });

  // Found by its soort; removed after confirmation.
  await page.getByLabel('Soort plan', { exact: true }).selectOption({ label: 'Projectplan' });
  await expect(page.getByRole('status').filter({ hasText: 'plannen' })).toHaveText('Geen plannen met deze filters.');
  await page.getByLabel('Soort plan', { exact: true }).selectOption({ label: 'Wijkuitvoeringsplan' });
  await plan.getByRole('button', { name: 'Verwijderen: Wijkuitvoeringsplan Selwerd' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen: Wijkuitvoeringsplan Selwerd' }).click();
  await expect(plan).toHaveCount(0);
  expect((await call(app.core, 'plans:list', {})).filter((p) => p.trackKey === null)).toEqual([]);

  // Wijkprofielen: what makes Beijum itself.
  await page.getByRole('navigation', { name: 'Monitoring' }).getByRole('link', { name: 'Wijkprofielen' }).click();
  const beijum = page.getByRole('form', { name: 'Profiel van Beijum' });
  await beijum.getByLabel('Wat maakt Beijum eigen', { exact: true }).fill('Een groene wijk uit de jaren zeventig met woonerven.');
  await beijum.getByLabel('Waar Beijum trots op is', { exact: true }).fill('De Beijumer kunstroute.');
  await beijum.getByRole('button', { name: 'Profiel van Beijum opslaan' }).click();
  await expect(page.getByText('Het profiel van Beijum is opgeslagen.')).toBeVisible();
  expect((await call(app.core, 'wijken:list', {})).find((w) => w.id === 'beijum')).toMatchObject({ pride: 'De Beijumer kunstroute.' });

  // Rapportages: laag 1 needs a wijk; preview, then Markdown with the same content.
  await page.getByRole('navigation', { name: 'Monitoring' }).getByRole('link', { name: 'Rapportages' }).click();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2026');
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(page.getByText('Kies de wijk: laag 1 is een overzicht per wijk.')).toBeVisible();
  await expect(page.getByLabel('Wijk', { exact: true })).toBeFocused();
  await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Beijum' });
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const report = page.getByRole('article', { name: 'Hoe gaat het in de wijk? — Beijum — 2026' });
  await expect(report).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapportage als Markdown' }).click()]);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('Hoe gaat het in de wijk? — Beijum — 2026');
  const firstParagraph = (await report.locator('p.description').first().textContent())!;
  expect(markdown.replace(/\s+/g, ' ')).toContain(firstParagraph.replace(/\s+/g, ' ').slice(0, 60));
});

test('a 100,000-row CSV imports with a progress bar while the page keeps responding', async ({ page, app }) => {
  test.setTimeout(60_000);
  const started = Date.now();
  const names: string[] = [];
  for (let i = 1; i <= 20; i++) {
    names.push((await call(app.core, 'indicators:create', { themeId: 'wonen', name: `Indicator ${String(i).padStart(2, '0')}`, unit: '%', better: 'hoger' })).name);
  }
  const wijken = ['Selwerd', 'De Hoogte/Indische buurt', 'Beijum', 'Lewenborg', 'de Wijert', 'Paddepoel', 'Groningen'];
  const lines = ['indicator;gebied;periode;waarde'];
  outer: for (let month = 0; ; month++) {
    const period = `${1990 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const name of names) {
      for (const wijk of wijken) {
        lines.push(`${name};${wijk};${period};${String((month % 97) + 0.25 * names.indexOf(name)).replace('.', ',')}`);
        if (lines.length > 100_000) break outer;
      }
    }
  }
  const file = join(app.dataDir, 'basismonitor-100000.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);

  // A little latency on each check call, as over a busy network: the import takes a few seconds, so the test
  // can act while it runs (the core itself checks 100,000 rows in about a second).
  await page.route('**/rpc/indicators:importNext', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 120));
    await route.continue();
  });

  await app.open(page, '#/indicatoren');
  await expect(page.getByRole('heading', { level: 1, name: 'Indicatoren' })).toBeVisible();
  // The list loads after the heading: the observers below go in once the control to click is on the page.
  await expect(page.getByRole('button', { name: 'Waarden van Indicator 01' })).toBeVisible();
  // Record every value the progress bar shows, what it shows when another control is clicked, and long tasks.
  await page.evaluate(() => {
    const w = window as unknown as { seen: number[]; longTasks: number[]; atClick: number | null };
    w.seen = [];
    w.longTasks = [];
    w.atClick = null;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
      if (bar && /rijen gecontroleerd/.test(bar.previousElementSibling?.textContent ?? '')) w.seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    // Delegated, so a re-rendered button is still seen.
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target as Element).closest('button[aria-controls]')) return;
        w.atClick = document.querySelector<HTMLProgressElement>('.import-progress progress')?.value ?? null;
      },
      { capture: true },
    );
  });

  const panel = page.getByRole('region', { name: 'Waarden importeren uit CSV' });
  await panel.getByLabel('CSV-bestand', { exact: true }).setInputFiles(file);
  await panel.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(panel.getByText(/^[\d.]+ van 100\.000 rijen gecontroleerd$/)).toBeVisible();
  await expect(panel.getByRole('progressbar')).toHaveAttribute('max', '100000');

  // While it runs, another control answers at once.
  const values = page.getByRole('button', { name: 'Waarden van Indicator 01' });
  await values.click();
  await expect(values).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('form', { name: 'Waarde invoeren voor Indicator 01' })).toBeVisible();
  const atClick = await page.evaluate(() => (window as unknown as { atClick: number | null }).atClick);
  expect(atClick, 'the click was handled during the import').not.toBeNull();
  expect(atClick!).toBeLessThan(100_000);

  const preview = panel.getByRole('region', { name: 'Voorbeeld van de import' });
  await expect(preview).toContainText('100.000 regels kunnen worden ingelezen. Geen enkele regel bevat fouten. Er is nog niets ingelezen.', { timeout: 30_000 });
  const { seen, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { seen: number[]; longTasks: number[] };
    return { seen: w.seen, longTasks: w.longTasks };
  });
  const distinct = [...new Set(seen)];
  expect(distinct.length, `progress values: ${distinct.join(', ')}`).toBeGreaterThanOrEqual(5);
  expect(distinct).toEqual([...distinct].sort((a, b) => a - b));
  expect(distinct[distinct.length - 1]).toBe(100_000);
  expect(Math.max(0, ...longTasks), `long tasks: ${longTasks.map(Math.round).join(', ')} ms`).toBeLessThan(500);
  // Nothing written before "Importeren".
  expect((await call(app.core, 'indicators:list', {})).reduce((sum, i) => sum + i.valueCount, 0)).toBe(0);

  await preview.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('100.000 waarden zijn ingelezen (100.000 nieuw, 0 bijgewerkt).')).toBeVisible({ timeout: 30_000 });
  expect((await call(app.core, 'indicators:list', {})).reduce((sum, i) => sum + i.valueCount, 0)).toBe(100_000);
  expect(Date.now() - started).toBeLessThan(30_000);
});

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

test('axe finds no violations on the new screens, charts included', async ({ browser, app }) => {
  test.setTimeout(240_000); // the plans page now also holds the area plan's ten tracks
  // A year of work through the contract: a plan, registers of every kind, an indicator with values, reviewed decisions.
  const { meeting, linked } = await meetingWithLinkedDecision(app);
  await call(app.core, 'plans:create', { kind: 'wijkuitvoeringsplan', title: 'Wijkuitvoeringsplan Selwerd', periodFrom: '2025-01-01', periodTo: '2028-12-31', wijkIds: ['selwerd'], interventionIds: ['volkshortus'] });
  await call(app.core, 'registers:create', { kind: 'bewonersfeedback', date: '2026-06-01', title: FEEDBACK, sourceKind: 'bewoner', interventionIds: ['brugfunctionaris'] });
  await call(app.core, 'registers:create', { kind: 'ervaringsverhaal', date: '2026-05-01', title: 'Samen tuinieren', sourceKind: 'bewoner', wijkIds: ['selwerd'], interventionIds: ['volkshortus'] });
  await call(app.core, 'registers:create', { kind: 'norm', date: '2026-01-10', title: 'Binnen twee weken contact', sourceKind: 'organisatie', interventionIds: ['brugfunctionaris'], kept: 'deels' });
  await call(app.core, 'registers:create', { kind: 'succes', date: '2026-09-20', title: 'Eerste oogstfeest', sourceKind: 'organisatie', wijkIds: ['selwerd'], celebration: 'Soep voor de hele straat' });
  await call(app.core, 'prestaties:create', { interventionId: 'brugfunctionaris', description: 'Scholen bereikt', agreedNumber: 27, deliveredNumber: 25, period: '2026' });
  const indicator = await call(app.core, 'indicators:create', { themeId: 'wonen', name: 'Tevredenheid woning', unit: '%', better: 'hoger', source: 'Basismonitor Groningen' });
  await call(app.core, 'indicators:importCommit', {
    csv: 'indicator;gebied;periode;waarde\nTevredenheid woning;Groningen;2024;74\nTevredenheid woning;Groningen;2025;75\nTevredenheid woning;Selwerd;2024;61\nTevredenheid woning;Selwerd;2025;60\nTevredenheid woning;Beijum;2024;70\nTevredenheid woning;Beijum;2025;72\n',
  });
  const detail = await call(app.core, 'meetings:get', { id: meeting.id });
  for (const [i, ci] of detail.checklist.items.entries()) {
    const answer = (['ja', 'deels', 'nee', 'nvt'] as const)[i % 4]!;
    await call(app.core, 'reviews:answer', { agendaItemId: linked.id, checklistItemId: ci.id, answer, explanation: answer === 'ja' ? '' : 'Toelichting.' });
  }
  writeFileSync(join(app.dataDir, 'fouten.csv'), 'indicator;gebied;periode;waarde\nTevredenheid woning;Selwerd;2026;63\nOnbekend;Selwerd;2026;1\nTevredenheid woning;Atlantis;2026;1\n');

  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  await app.open(page);
  const visit = async (hash: string, heading: RegExp | string) => {
    await page.goto(`${app.origin}/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Laden…')).toHaveCount(0);
  };

  await visit('#/interventies', 'Interventies');
  await expect(page.getByRole('table', { name: 'Interventies' })).toBeVisible();
  await expectNoViolations(page, 'interventies');

  await visit('#/interventies/brugfunctionaris', /De brugfunctionaris/);
  await page.getByRole('button', { name: 'Bewerken: Scholen bereikt' }).click();
  await expectNoViolations(page, 'interventie, prestatie bewerken');

  await visit('#/plannen', 'Plannen');
  await page.getByRole('button', { name: 'Bewerken: Wijkuitvoeringsplan Selwerd' }).click();
  await expectNoViolations(page, 'plannen, plan bewerken');

  await visit('#/registers', 'Registers');
  await page.getByRole('button', { name: 'Verwijderen: Samen tuinieren' }).click();
  await expectNoViolations(page, 'registers, verwijderen bevestigen');
  for (const [slug, title] of [['normen', 'Normen'], ['successen', 'Successen'], ['bewonersfeedback', 'Bewonersfeedback']]) {
    await visit(`#/registers/${slug}`, title!);
    await expectNoViolations(page, `registers: ${title}`);
  }

  await visit('#/wijken', 'Wijkprofielen');
  await expectNoViolations(page, 'wijkprofielen');

  await visit('#/indicatoren', 'Indicatoren');
  await page.getByRole('button', { name: 'Waarden van Tevredenheid woning' }).click();
  await expect(page.getByRole('table', { name: 'Waarden van Tevredenheid woning' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Waarden importeren uit CSV' });
  await panel.getByLabel('CSV-bestand', { exact: true }).setInputFiles(join(app.dataDir, 'fouten.csv'));
  await panel.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(panel.getByRole('table', { name: 'Fouten per regel' })).toBeVisible();
  await expectNoViolations(page, 'indicatoren, waarden en CSV-voorbeeld');

  await visit(`#/grafieken?indicator=${indicator.id}`, 'Grafieken');
  await expect(page.locator('.chart-box canvas')).toHaveCount(5);
  await expect(page.getByRole('img', { name: /^Lijngrafiek: Tevredenheid woning per wijk en voor Groningen als geheel/ })).toBeVisible();
  for (const summary of await page.getByText('Tabel bij deze grafiek').all()) await summary.click();
  await expect(page.getByRole('table', { name: 'Tevredenheid woning per gebied en periode (%)' })).toContainText('61');
  await expectNoViolations(page, 'grafieken, met de tabellen open');

  await visit('#/rapportages', 'Rapportages');
  await page.getByLabel('Wijk').selectOption({ label: 'Selwerd' });
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(page.getByRole('heading', { name: /Hoe gaat het in de wijk\? — Selwerd/ })).toBeVisible();
  await expectNoViolations(page, 'rapportages, voorbeeld');

  await visit(`#/vergaderingen/${meeting.id}/vergadermodus`, /Vergadermodus/);
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Uitbreiding brugfunctionarissen/ }).click();
  // The evidence opens on demand: the row of vinkje 4, then its mentions.
  const row4 = page.getByRole('group', { name: `Vinkje 4: ${VINKJE_4}` });
  await row4.getByRole('button', { name: 'Toelichting bij vinkje 4' }).click();
  await row4.getByRole('button', { name: 'Vermeldingen tonen (1) bij vinkje 4' }).click();
  await expect(page.getByRole('checkbox', { name: `Aanhalen: ${FEEDBACK}` })).toBeVisible();
  await expectNoViolations(page, 'vinkjesreview met onderbouwing');

  expect(cspErrors).toEqual([]);
  await context.close();
});

test('an empty register says nothing is recorded yet; only a filter that finds nothing speaks of filters', async ({ page, app }) => {
  await app.open(page, '#/registers');
  const found = page.getByRole('region', { name: 'Vastgelegd' }).locator('.result-count');
  await expect(found).toHaveText('In de registers is nog niets vastgelegd.');
  await page.getByRole('navigation', { name: 'Soort register' }).getByRole('link', { name: 'Leerpunten' }).click();
  await expect(found).toHaveText('In dit register is nog niets vastgelegd.');
  await page.getByRole('group', { name: 'Filteren' }).getByLabel('Wijk').selectOption({ label: 'Beijum' });
  await expect(found).toHaveText('Niets gevonden met deze filters.');
});
