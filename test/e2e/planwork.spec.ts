// The plan's work in the browser: the ten "aan de slag" tracks on first start and in the jaarplanning, a track's
// status changed on Plannen and shown there; an intervention linked to an ambitie and two indicators showing its
// chain from trend to impact with the indicators' charts; layer 2 with the organisatieniveau. axe on each.
import { test, expect } from './fixtures';
import { call } from './arrange';
import { expectNoViolations } from './axe-check';

const TRACKS = [
  'Uitvoeringsprogramma',
  'Monitoring',
  'Communicatie',
  'Jaarplanning',
  'Governance',
  'Ervaringskennis',
  'Kennisuitwisseling',
  'Verstevigen programmateam',
  'Verstevigen maatschappelijke coalitie',
  'Aandacht voor zorg, sport & gezondheid',
];

test('the ten tracks are there on first start; a status changed on Plannen shows in the jaarplanning', async ({ page, app }) => {
  await app.open(page, '#/jaarplanning/2024');
  const section = page.getByRole('region', { name: 'Aan de slag: sporen uit het gebiedsplan' });
  const rows = section.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(11);
  await expect(section.getByRole('rowheader')).toHaveText(TRACKS);
  const monitoring = section.getByRole('row', { name: /^Monitoring/ });
  await expect(monitoring).toContainText('nog niemand');
  await expect(monitoring).toContainText('Lopend');
  await expect(monitoring).toContainText('niet ingeschat');
  // The year the tracks are placed in rests on a period the plan does not state.
  await expect(section.locator('p.hint').filter({ hasText: 'afgeleid' })).toHaveText(
    'afgeleid De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’.',
  );
  await expectNoViolations(page, 'jaarplanning met sporen');

  // On Plannen, in the plan's words and with its caveats.
  await page.getByRole('link', { name: 'Plannen' }).click();
  const card = page.locator('.card-list > li').filter({ has: page.getByRole('heading', { name: 'Monitoring', exact: true }) });
  await expect(card).toContainText('De indicatoren voor het NPLV Groningen-Noord concretiseren');
  await expect(card).toContainText('“Hiervoor maken we een projectplan dat onderdeel zal zijn van het uitvoeringsprogramma.”');
  await expect(card).toContainText('het komende half jaar');
  await expect(card.getByRole('button', { name: 'Verwijderen: Monitoring' })).toHaveCount(0);
  await expect(page.locator('.card-list > li').filter({ hasText: 'Ervaringskennis' }).first()).toContainText('in de bron onvolledig');
  await card.getByRole('button', { name: 'Bewerken: Monitoring' }).click();
  const edit = page.getByRole('form', { name: 'Plan bewerken: Monitoring' });
  await edit.getByLabel('Status', { exact: true }).selectOption({ label: 'Afgerond' });
  await edit.getByLabel('Eigenaar', { exact: true }).fill('Kernteam monitoring');
  await edit.getByLabel('Voortgang (%)', { exact: true }).fill('150');
  await edit.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(edit.getByText('Vul een heel getal van 0 tot en met 100 in, of laat het leeg.')).toBeVisible();
  await edit.getByLabel('Voortgang (%)', { exact: true }).fill('100');
  await edit.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(card).toContainText('Afgerond');
  await expectNoViolations(page, 'plannen met sporen');

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Jaarplanning' }).click();
  await page.goto(`${app.origin}/#/jaarplanning/2024`);
  const row = page.getByRole('region', { name: 'Aan de slag: sporen uit het gebiedsplan' }).getByRole('row', { name: /^Monitoring/ });
  await expect(row).toContainText('Afgerond');
  await expect(row).toContainText('Kernteam monitoring');
  await expect(row).toContainText('100%');
  await expect(row.getByRole('meter', { name: 'Voortgang Monitoring' })).toHaveAttribute('value', '100');

  // Two years on, the finished track is gone and the others are still there, marked late.
  await page.goto(`${app.origin}/#/jaarplanning/2026`);
  const later = page.getByRole('region', { name: 'Aan de slag: sporen uit het gebiedsplan' });
  await expect(later.getByRole('rowheader')).toHaveCount(9);
  await expect(later.getByRole('row', { name: /^Monitoring/ })).toHaveCount(0);
  await expect(later.getByRole('row', { name: /^Governance/ })).toContainText('liep tot 31 mei 2024, nog niet afgerond');
});

test('an intervention linked to an ambitie and two indicators shows its chain from trend to impact with their charts', async ({ page, app }) => {
  const werkloosheid = await call(app.core, 'indicators:create', { themeId: 'werken', name: 'Werkloosheid', unit: '%', better: 'lager' });
  const bijstand = await call(app.core, 'indicators:create', { themeId: 'werken', name: 'Bijstandsuitkeringen', unit: 'per 1.000', better: 'lager' });
  for (const [indicator, base] of [
    [werkloosheid, 8],
    [bijstand, 60],
  ] as const) {
    for (const [n, period] of ['2024', '2025'].entries()) {
      await call(app.core, 'indicators:setValue', { indicatorId: indicator.id, area: 'selwerd', period, value: base + n });
      await call(app.core, 'indicators:setValue', { indicatorId: indicator.id, area: 'groningen', period, value: base / 2 });
    }
  }
  await call(app.core, 'interventions:setChain', {
    id: 'doorbraakmethode',
    goal: 'Eén passende oplossing per huishouden.',
    means: 'Ruimte voor professionals van gemeente en WIJ.',
    results: 'Minder stapeling van regelingen.',
    impact: 'Herstel van vertrouwen in instanties.',
  });
  await call(app.core, 'prestaties:create', { interventionId: 'doorbraakmethode', description: 'Doorbraakcasussen', agreedNumber: 20, deliveredNumber: 24 });
  const org = (await call(app.core, 'coalition:list', {})).find((o) => o.name === 'Lefier')!;
  await call(app.core, 'interventions:setPartners', { id: 'doorbraakmethode', organisationIds: [org.id] });

  await app.open(page, '#/interventies/doorbraakmethode');
  const chain = page.getByRole('region', { name: 'Van trend tot impact' });
  await expect(chain).toContainText('5 van de 7 stappen zijn ingevuld.');
  await expect(chain).toContainText('algemene zin uit het gebiedsplan');
  const form = chain.getByRole('form', { name: 'Trend, ambitie en indicatoren' });
  await form.getByLabel('Maatschappelijke trend', { exact: true }).fill('Bewoners van Groningen-Noord raken klem tussen regelingen.');
  await form.getByLabel('Maatschappelijke ambitie', { exact: true }).selectOption({ label: 'Ambitie Werken' });
  await form.getByRole('checkbox', { name: /^Werkloosheid/ }).check();
  await form.getByRole('checkbox', { name: /^Bijstandsuitkeringen/ }).check();
  await form.getByRole('button', { name: 'Koppelingen opslaan' }).click();
  await expect(page.getByText('Trend, ambitie en indicatoren zijn opgeslagen.')).toBeVisible();

  await expect(chain).toContainText('7 van de 7 stappen zijn ingevuld.');
  const steps = chain.locator('ol.chain-view > li > h3');
  await expect(steps).toHaveText([
    'Maatschappelijke trend',
    'Maatschappelijke ambitie',
    'Doelstellingen en criteria',
    'Middelen en activiteiten',
    'Prestaties',
    'Resultaten',
    'Maatschappelijke impact',
  ]);
  await expect(chain).toContainText('Bewoners van Groningen-Noord raken klem tussen regelingen.');
  await expect(chain).toContainText('meer inwoners een betaalde baan of een eigen stabiel inkomen hebben');
  await expect(chain).toContainText('1 van 1 prestaties leverden minstens wat was afgesproken.');
  await expect(chain).toContainText('Herstel van vertrouwen in instanties.');
  // The two indicators' charts, each drawn and with its table.
  await expect(chain.getByRole('img', { name: /Werkloosheid per wijk/ })).toBeVisible();
  await expect(chain.getByRole('img', { name: /Bijstandsuitkeringen per wijk/ })).toBeVisible();
  await expect(chain.locator('canvas')).toHaveCount(2);
  await expectNoViolations(page, 'interventie met keten');

  // Ambities per thema: the plan's words, and this intervention under Werken.
  await page.getByRole('navigation', { name: 'Monitoring' }).getByRole('link', { name: 'Ambities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ambities per thema' })).toBeVisible();
  const werken = page.locator('.card-list > li').filter({ has: page.getByRole('heading', { name: 'Werken', exact: true }) });
  await expect(werken.getByRole('link', { name: 'Doorbraakmethode' })).toBeVisible();
  await expect(werken).toContainText('2 indicatoren volgen dit thema');
  await expectNoViolations(page, 'ambities');

  // Layer 2 of the report: the chain's trend and ambitie, and the organisatieniveau.
  await page.getByRole('navigation', { name: 'Monitoring' }).getByRole('link', { name: 'Rapportages' }).click();
  await page.getByRole('radio', { name: /Laag 2/ }).check();
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = page.getByRole('region', { name: /Voorbeeld/ });
  await expect(preview.getByRole('heading', { name: 'Organisatieniveau' })).toBeVisible();
  await expect(preview.getByRole('table', { name: /Inzet per organisatie/ }).getByRole('row', { name: /Lefier/ })).toBeVisible();
  await expect(preview).toContainText('Maatschappelijke ambitie: Werken');
});

test('a chain not filled in yet says so per step, in words that agree with the step', async ({ page, app }) => {
  await app.open(page, '#/interventies/wijkbedrijven');
  const chain = page.getByRole('region', { name: 'Van trend tot impact' });
  await expect(chain).toContainText('0 van de 7 stappen zijn ingevuld.');
  for (const sentence of [
    'Het doel is nog niet ingevuld.',
    'De middelen en activiteiten zijn nog niet ingevuld.',
    'De resultaten zijn nog niet ingevuld.',
    'De maatschappelijke impact is nog niet ingevuld.',
  ]) {
    await expect(chain.getByText(sentence, { exact: true })).toBeVisible();
  }
});

test('the sturingsvragen of three meetings show side by side; a knelpunt escalated from the register lands on the coalition agenda', async ({ page, app }) => {
  const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: null, notulistId: null };
  // Two meetings held last year and the next one still to come, whenever this runs.
  const year = new Date().getFullYear();
  const meetings = [];
  for (const [title, startsAt] of [
    ['Voorjaarsoverleg', `${year - 1}-03-12T19:30`],
    ['Najaarsoverleg', `${year - 1}-10-29T19:30`],
    ['Voorjaarsoverleg volgend jaar', `${year + 1}-03-11T19:30`],
  ] as const) {
    meetings.push(await call(app.core, 'meetings:create', { ...base, title, startsAt }));
  }
  const empty = { focusNote: '', rightThingsNote: '', goingWell: '', toAdjust: '' };
  await call(app.core, 'steering:set', { meetingId: meetings[0]!.id, focus: 'ja', rightThings: 'deels', ...empty, toAdjust: 'Zorgpartners erbij' });
  await call(app.core, 'steering:set', { meetingId: meetings[1]!.id, focus: 'deels', rightThings: 'ja', ...empty, goingWell: 'De stratenaanpak' });

  // The third meeting's answers given on its own page.
  await app.open(page, `#/vergaderingen/${meetings[2]!.id}`);
  const panel = page.getByRole('region', { name: 'Sturingsvragen' });
  const form = panel.getByRole('form', { name: 'Sturingsvragen' });
  await form.getByRole('group', { name: 'Ligt de focus bij iedereen nog op Groningen-Noord?' }).getByRole('radio', { name: 'Nee' }).check();
  await form.getByLabel('Toelichting bij de focus', { exact: true }).fill('Twee partners haakten af.');
  await form.getByRole('group', { name: 'Zijn we nog met de juiste dingen bezig?' }).getByRole('radio', { name: 'Ja' }).check();
  await form.getByLabel('Wat loopt goed?', { exact: true }).fill('De leergang');
  await form.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(page.getByText('De antwoorden op de sturingsvragen zijn opgeslagen.')).toBeVisible();
  await expectNoViolations(page, 'vergadering met sturingsvragen');

  await panel.getByRole('link', { name: 'Antwoorden naast elkaar over de jaren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sturingsvragen' })).toBeVisible();
  await page.getByLabel('Tot en met jaar', { exact: true }).selectOption(String(year + 1));
  const table = page.getByRole('table', { name: 'Antwoorden op de sturingsvragen per coalitievergadering' });
  await expect(table.getByRole('columnheader')).toHaveText(['Vraag', /^Voorjaarsoverleg12 maart/, /^Najaarsoverleg/, /^Voorjaarsoverleg volgend jaar/]);
  await expect(table.getByRole('row', { name: /Ligt de focus/ }).getByRole('cell')).toHaveText(['Ja', 'Deels', 'Nee — Twee partners haakten af.']);
  await expect(table.getByRole('row', { name: /juiste dingen/ }).getByRole('cell')).toHaveText(['Deels', 'Ja', 'Ja']);
  await expect(table.getByRole('row', { name: /Wat loopt goed/ }).getByRole('cell')).toHaveText(['—', 'De stratenaanpak', 'De leergang']);
  await expect(table.getByRole('row', { name: /bijsturen/ }).getByRole('cell')).toHaveText(['Zorgpartners erbij', '—', '—']);
  await expectNoViolations(page, 'sturingsvragen naast elkaar');

  // A knelpunt raised in the Doorbraakmethode's register and escalated: it lands on the next coalition agenda.
  await page.goto(`${app.origin}/#/knelpunten`);
  await expect(page.getByRole('heading', { level: 1, name: 'Knelpunten uit de Doorbraakmethode' })).toBeVisible();
  const nieuw = page.getByRole('form', { name: 'Nieuw knelpunt' });
  await nieuw.getByLabel('Knelpunt', { exact: true }).fill('Terugvordering toeslagen na maatwerk');
  await nieuw.getByLabel('Ingebracht op', { exact: true }).fill('2026-11-02');
  await nieuw.getByLabel('Omschrijving', { exact: true }).fill('Maatwerk van WIJ wordt ongedaan gemaakt door een terugvordering.');
  await nieuw.getByLabel('Ingebracht door', { exact: true }).fill('WIJ Selwerd');
  await nieuw.getByLabel('Eigenaar', { exact: true }).fill('Gemeente Groningen');
  await nieuw.getByRole('button', { name: 'Knelpunt vastleggen' }).click();
  const card = page.locator('.card-list > li').filter({ hasText: 'Terugvordering toeslagen na maatwerk' });
  await expect(card).toContainText('Open');
  await expectNoViolations(page, 'knelpunten');
  await card.getByRole('button', { name: 'Agenderen voor de coalitie: Terugvordering toeslagen na maatwerk' }).click();
  await expect(card).toContainText('Op de agenda van Voorjaarsoverleg volgend jaar');
  await expect(card).toContainText('In behandeling');
  await card.getByRole('link', { name: 'Voorjaarsoverleg volgend jaar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorjaarsoverleg volgend jaar' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda', exact: true })).toContainText('Knelpunt uit de Doorbraakmethode: Terugvordering toeslagen na maatwerk');
  const stored = await call(app.core, 'meetings:get', { id: meetings[2]!.id });
  const item = stored.agenda.find((i) => i.title.startsWith('Knelpunt'))!;
  expect(item.description).toContain('Bron: knelpuntenregister Doorbraakmethode, ingebracht op 2 november 2026 door WIJ Selwerd.');
});

test('a new koppelkans answers the plan criterion and is linked to another as a train', async ({ page, app }) => {
  await app.open(page, '#/interventies');
  const nieuw = page.getByRole('form', { name: 'Nieuwe interventie' });
  await nieuw.getByLabel('Titel').fill('Sportclub en school');
  await nieuw.getByLabel('Soort', { exact: true }).selectOption({ label: 'Koppelkans' });
  await nieuw.getByRole('button', { name: 'Interventie aanmaken' }).click();
  const criterion = nieuw.getByLabel('Hoe draagt deze koppelkans bij aan het vergroten van de kansen en mogelijkheden voor de bewoners van Groningen-Noord?');
  await expect(criterion).toBeFocused();
  await expect(nieuw.getByText('Een koppelkans moet bijdragen aan meer kansen en mogelijkheden voor de bewoners; beschrijf hoe.')).toBeVisible();
  await criterion.fill('Kinderen in Beijum sporten na school bij de club.');
  await nieuw.getByRole('button', { name: 'Interventie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sportclub en school/ })).toBeVisible();
  await expect(page.getByText('Kinderen in Beijum sporten na school bij de club.')).toBeVisible();

  const link = page.getByRole('form', { name: 'Koppelen aan een andere interventie' });
  await link.getByLabel('Koppelen aan', { exact: true }).selectOption({ label: 'Stratenaanpak' });
  await link.getByLabel('Toelichting', { exact: true }).fill('Dezelfde straten, dezelfde kinderen');
  await link.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByRole('link', { name: 'Stratenaanpak' }).first()).toBeVisible();
  await expectNoViolations(page, 'koppelkans met koppelingen');
  // The link shows from the other side too, next to the plan's own links.
  await page.goto(`${app.origin}/#/interventies/stratenaanpak`);
  await expect(page.getByRole('link', { name: 'Sportclub en school' })).toBeVisible();
  await expect(page.getByText('genoemd in het gebiedsplan').first()).toBeVisible();
  await page.getByRole('button', { name: 'Ontkoppelen: Sportclub en school' }).click();
  await expect(page.getByRole('link', { name: 'Sportclub en school' })).toHaveCount(0);
});
