// Accessibility of the new screens: axe finds no violations on the jaarplanning, standaardagenda,
// actielijst, besluitenlijst, search results, projector page, and the new parts of the meeting pages
// (actielijst and vaststelling items, the locked meeting).
import { test, expect, type AppFixture } from './fixtures';
import { adoptedMeeting, call, meetingBase, meetingWithDecision, resident } from './arrange';
import { expectNoViolations } from './axe-check';

async function arrange(app: AppFixture) {
  const { meeting: first, decision } = await meetingWithDecision(app.core, 'Voorjaarsoverleg', '2027-03-11T19:30');
  const anna = await resident(app.core);
  await call(app.core, 'attendance:set', { meetingId: first.id, personId: anna.id, status: 'aanwezig' });
  await call(app.core, 'reviews:answer', {
    agendaItemId: decision.id,
    checklistItemId: first.checklist.items[3]!.id,
    answer: 'deels',
    explanation: 'De bewonersparticipatie in Beijum liep via de wijkraad.',
  });
  await call(app.core, 'decisions:decide', { agendaItemId: decision.id, outcome: 'aangehouden', text: 'Terug in juni.' });
  const lefier = (await call(app.core, 'coalition:list', {})).find((o) => o.name === 'Lefier')!;
  await call(app.core, 'actions:create', { meetingId: first.id, agendaItemId: decision.id, description: 'Brugfunctionarissen werven', dueDate: '2020-04-01', ownerOrganisationId: lefier.id });
  await call(app.core, 'actions:create', { meetingId: first.id, description: 'Wijkschouw Selwerd', dueDate: '2099-04-01' });
  await call(app.core, 'meetings:setStatus', { id: first.id, status: 'gehouden' });
  const second = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Zomeroverleg', startsAt: '2027-06-24T19:30', agenda: 'standaard' });
  await call(app.core, 'meetings:create', { ...meetingBase, body: 'programmateam', title: 'Programmateam mei', startsAt: '2027-05-06T09:00' });
  await call(app.core, 'milestones:create', { date: '2027-04-15', title: 'Presentatie uitvoeringsprogramma', description: 'In de raadszaal.' });
  return { first, second, decision };
}

test('the new screens have no axe violations', async ({ page, app }) => {
  // Many screens, each analysed whole: on a loaded two-core machine this runs near a minute.
  test.setTimeout(180_000);
  const { first, second, decision } = await arrange(app);
  await app.open(page, '#/jaarplanning/2027');

  await expect(page.getByRole('heading', { level: 1, name: 'Jaarplanning 2027' })).toBeVisible();
  await expect(page.getByText('Presentatie uitvoeringsprogramma').first()).toBeVisible();
  await expectNoViolations(page, 'jaarplanning');
  await page.getByRole('button', { name: 'Bewerken: Presentatie uitvoeringsprogramma' }).click();
  await expectNoViolations(page, 'jaarplanning, mijlpaal bewerken');

  await page.goto(`${app.origin}/#/standaardagenda`);
  await expect(page.getByRole('group', { name: 'Punt 1: Opening en mededelingen' })).toBeVisible();
  await expectNoViolations(page, 'standaardagenda');

  await page.goto(`${app.origin}/#/acties`);
  await page.getByLabel('Status', { exact: true }).selectOption('');
  await expect(page.getByRole('table', { name: 'Acties' })).toContainText('verlopen');
  await expectNoViolations(page, 'actielijst');

  await page.goto(`${app.origin}/#/besluiten`);
  await page.getByLabel('Van', { exact: true }).fill('2027-01-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2027-12-31');
  await page.getByRole('button', { name: 'Besluiten tonen' }).click();
  await expect(page.getByRole('table', { name: 'Besluiten' })).toContainText('Uitbreiding brugfunctionarissen');
  await expectNoViolations(page, 'besluitenlijst');

  await page.goto(`${app.origin}/#/zoeken?q=participatie`);
  await expect(page.locator('mark').first()).toBeVisible();
  await expectNoViolations(page, 'zoeken');

  // Meeting mode of the next meeting: the actielijst and vaststelling items.
  await page.goto(`${app.origin}/#/vergaderingen/${second.id}/vergadermodus`);
  await page.getByRole('button', { name: /^3\. Actielijst/ }).click();
  await expect(page.getByRole('region', { name: 'Acties uit eerdere vergaderingen' })).toContainText('verlopen');
  await page.getByRole('button', { name: 'Doorschuiven: Wijkschouw Selwerd' }).click();
  await expectNoViolations(page, 'vergadermodus, actielijst');
  await page.getByRole('button', { name: /^2\. Vaststelling notulen/ }).click();
  await page.getByRole('form', { name: 'Notulen vaststellen' }).getByRole('radio', { name: 'Met correcties' }).check();
  await expectNoViolations(page, 'vergadermodus, vaststelling notulen');

  // The projector page, during the review of a decision.
  await call(app.core, 'presenter:set', { meetingId: first.id, agendaItemId: decision.id, checklistItemId: first.checklist.items[3]!.id });
  await page.goto(`${app.origin}/#/vergaderingen/${first.id}/scherm`);
  // The decision is taken (aangehouden): the projector shows the outcome in place of the vinkje.
  await expect(page.getByRole('group', { name: 'Besluit' })).toContainText('Aangehouden');
  await expectNoViolations(page, 'projectorscherm');

  // The adopted meeting: locked.
  await call(app.core, 'minutes:adopt', { meetingId: first.id, atMeetingId: second.id, corrections: 'Naam gecorrigeerd.' });
  await page.goto(`${app.origin}/#/vergaderingen/${first.id}?punt=${decision.id}`);
  await expect(page.getByText('Vastgesteld op 24 juni 2027')).toBeVisible();
  await expectNoViolations(page, 'vastgestelde vergadering');
  await page.goto(`${app.origin}/#/vergaderingen/${first.id}/vergadermodus`);
  await expect(page.getByText('Vastgesteld op 24 juni 2027')).toBeVisible();
  await expectNoViolations(page, 'vastgestelde vergadering, vergadermodus');
});

test('the projector page without a resident present, in a fresh context', async ({ browser, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  const context = await browser.newContext();
  const page = await context.newPage();
  await app.open(page, `#/vergaderingen/${meeting.id}/scherm`);
  await expect(page.getByText('Let op: er is geen bewonersvertegenwoordiger aanwezig.')).toBeVisible();
  await expectNoViolations(page, 'projectorscherm zonder bewoners');
  await context.close();
});

test('the keurmerk screens and statuses have no axe violations', async ({ page, app }) => {
  // Seven axe runs, two of them over the whole interventions list.
  test.setTimeout(180_000);
  const plan = await call(app.core, 'plans:create', { kind: 'projectplan', title: 'Projectplan monitoring', periodFrom: '2027-01-01' });
  const started = await call(app.core, 'keurmerk:start', { subject: { kind: 'plan', id: plan.id }, reviewer: 'Programmateam' });
  const review = started.reviews[0]!;
  for (const ci of review.checklist.items) {
    await call(app.core, 'keurmerk:answer', { reviewId: review.id, checklistItemId: ci.id, answer: ci.position === 2 ? 'nee' : 'ja', explanation: ci.position === 2 ? 'Nog alleen Leren.' : '' });
  }
  await call(app.core, 'plans:update', { id: plan.id, kind: 'projectplan', title: 'Projectplan monitoring', periodFrom: '2027-01-01', description: 'Herzien.' });
  await call(app.core, 'keurmerk:start', { subject: { kind: 'interventie', id: 'brugfunctionaris' }, reviewer: 'Programmateam' });

  await app.open(page, '#/plannen');
  await expect(page.locator('[data-outdated="true"]')).toContainText('Ouder dan het plan');
  await expectNoViolations(page, 'plannen met keurmerk');
  await page.goto(`${app.origin}/#/plannen/${plan.id}/keurmerk`);
  await expect(page.getByRole('note')).toContainText('Ouder dan het plan');
  await expectNoViolations(page, 'keurmerk van een plan, ouder dan het plan');
  await page.getByRole('button', { name: 'Nieuwe toetsing beginnen' }).click();
  await page.getByRole('region', { name: 'Eerdere toetsingen' }).getByText(/^Toetsing van /).click();
  await expect(page.getByText('Nog alleen Leren.')).toBeVisible();
  await expectNoViolations(page, 'keurmerk van een plan, nieuwe toetsing en eerdere');
  await page.getByRole('group', { name: /^Vinkje 1:/ }).getByRole('radio', { name: 'Deels' }).check();
  await page.getByRole('group', { name: /^Vinkje 1:/ }).getByRole('button', { name: 'Toelichting bij vinkje 1' }).click();
  await expect(page.getByText('Niet opgeslagen: toelichting nodig')).toBeVisible();
  await expectNoViolations(page, 'keurmerk van een plan, een vinkje open');

  await page.goto(`${app.origin}/#/interventies/brugfunctionaris/keurmerk`);
  await expect(page.getByText('0 van 7 vinkjes beantwoord')).toBeVisible();
  await expectNoViolations(page, 'keurmerk van een interventie');
  await page.goto(`${app.origin}/#/interventies`);
  await expect(page.getByRole('table', { name: 'Interventies' }).locator('[data-keurmerk]').first()).toBeVisible();
  await expectNoViolations(page, 'interventies met keurmerk');
  await page.goto(`${app.origin}/#/interventies/brugfunctionaris`);
  await expect(page.locator('.keurmerk')).toBeVisible();
  await expectNoViolations(page, 'interventie met keurmerk');
});

test('the money screens have no axe violations: Financiën, an intervention’s money and the partners’ contributions', async ({ page, app }) => {
  // Four pages, each analysed whole: the intervention page alone is long.
  test.setTimeout(180_000);
  const [gemeente] = (await call(app.core, 'coalition:list', {})).filter((o) => o.name === 'Gemeente Groningen');
  await call(app.core, 'money:create', { year: 2025, kind: 'geld', source: 'regulier', status: 'toegezegd', organisationId: gemeente!.id, interventionId: 'wijkbedrijven', purpose: 'Wijkcoaches', amountCents: 125_000 });
  await call(app.core, 'money:create', { year: 2025, kind: 'capaciteit', source: 'regulier', status: 'gerealiseerd', organisationId: gemeente!.id, interventionId: 'wijkbedrijven', capacityHundredths: 50, capacityUnit: 'fte' });

  await app.open(page, '#/financien');
  await page.getByLabel('Jaar', { exact: true }).first().selectOption('2025');
  const figure = page.getByRole('figure', { name: 'Geld in 2025 per bron en status' });
  await expect(figure.getByRole('img')).toBeVisible();
  await figure.getByText('Tabel bij deze grafiek').click();
  await expectNoViolations(page, 'financiën');
  await page.getByLabel('CSV-bestand met begrotingsregels').setInputFiles({
    name: 'begroting.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('jaar;soort;status;bedrag\n2026;geld;toegezegd;100\n2026;geld;betaald;1.250\n'),
  });
  await page.getByRole('button', { name: 'Begroting controleren' }).click();
  await expect(page.getByRole('table', { name: 'Fouten per regel' })).toBeVisible();
  await expectNoViolations(page, 'financiën, voorbeeld van de begrotingsimport');

  await page.goto(`${app.origin}/#/interventies/wijkbedrijven`);
  const panel = page.getByRole('region', { name: 'Geld, kennis en mensen' });
  await expect(panel.getByRole('table')).toContainText('€ 1.250,00');
  await panel.getByText('Begrotingsregel of bijdrage toevoegen').click();
  await panel.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expect(panel.getByText('Het bedrag is leeg.')).toBeVisible();
  await expectNoViolations(page, 'interventie, geld en bijdragen');

  await page.goto(`${app.origin}/#/coalitie`);
  await expect(page.locator('li.organisation', { hasText: 'Gemeente Groningen' })).toContainText('Bijdrage: € 1.250,00 toegezegd');
  await expectNoViolations(page, 'coalitie met bijdragen');
});

test('the persoonsgegevens page, with a reminder, an inzage and the erasure question open', async ({ page, app }) => {
  // Dated 2015: its five years have passed by the real clock, so the reminder shows.
  await call(app.core, 'registers:create', {
    kind: 'ervaringsverhaal',
    date: '2015-03-01',
    title: 'Verhaal van mevrouw Bakker',
    text: 'Over de buurtkamer.',
    sourceKind: 'bewoner',
    sourceName: 'Mevrouw Bakker',
    grondslag: 'toestemming',
  });
  await app.open(page, '#/beheer');
  await expect(page.getByRole('region', { name: 'Persoonsgegevens (AVG)' })).toContainText('over de bewaartermijn');
  await expectNoViolations(page, 'beheer met herinnering');
  await page.goto(`${app.origin}/#/beheer/persoonsgegevens`);
  await expect(page.getByRole('table', { name: 'Registraties over hun bewaartermijn' })).toContainText('Verhaal van mevrouw Bakker');
  await page.getByLabel('Naam van de persoon').fill('Bakker');
  await page.getByRole('button', { name: 'Inzage opstellen' }).click();
  const inzage = page.getByRole('region', { name: 'Inzage en verwijderen op verzoek' });
  await inzage.getByRole('checkbox', { name: /^Kiezen: Ervaringsverhaal/ }).check();
  await inzage.getByRole('button', { name: 'Gekozen registraties verwijderen op verzoek' }).click();
  await expect(page.getByRole('group', { name: 'Verwijderen op verzoek bevestigen' })).toBeVisible();
  await expectNoViolations(page, 'persoonsgegevens');
});

test('the inzage with free-text mentions, one in adopted minutes, and the question to make one unreadable open', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core, 'Coalitieoverleg oktober', '2026-10-08T19:30');
  await call(app.core, 'actions:create', { meetingId: meeting.id, description: 'Mevrouw Oosterwolde terugbellen over het speelveld' });
  const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
  await call(app.core, 'reviews:answer', { agendaItemId: decision.id, checklistItemId: v4.id, answer: 'nee', explanation: 'Alleen mevrouw Oosterwolde is gesproken.' });
  // Adopted minutes that mention her: listed with why they stay.
  const earlier = await meetingWithDecision(app.core, 'Coalitieoverleg juni', '2026-06-11T19:30');
  for (const item of earlier.meeting.checklist.items) {
    const explanation = item.key === 'bewoners-gevraagd' ? 'Mevrouw Oosterwolde sprak in.' : '';
    await call(app.core, 'reviews:answer', { agendaItemId: earlier.decision.id, checklistItemId: item.id, answer: 'ja', explanation });
  }
  await call(app.core, 'decisions:decide', { agendaItemId: earlier.decision.id, outcome: 'aangenomen', text: 'De coalitie stemt in.' });
  await call(app.core, 'meetings:setStatus', { id: earlier.meeting.id, status: 'gehouden' });
  await call(app.core, 'minutes:adopt', { meetingId: earlier.meeting.id, atMeetingId: meeting.id });
  await app.open(page, '#/beheer/persoonsgegevens');
  await page.getByLabel('Naam van de persoon').fill('Oosterwolde');
  await page.getByRole('button', { name: 'Inzage opstellen' }).click();
  const table = page.getByRole('table', { name: 'Vermeldingen van “Oosterwolde” in de notulen' });
  await expect(table.getByRole('button', { name: /^Onleesbaar maken: Actie/ })).toBeVisible();
  await expect(table).toContainText('Archiefwet');
  await expectNoViolations(page, 'inzage met vermeldingen');
  await table.getByRole('button', { name: /^Onleesbaar maken: Actie/ }).click();
  await expect(page.getByRole('group', { name: /^Onleesbaar maken bevestigen: Actie/ })).toBeVisible();
  await expectNoViolations(page, 'inzage met de vraag om onleesbaar te maken');
});

test('checking an archive package on Beheer has no axe violations', async ({ page, app }) => {
  const meeting = await adoptedMeeting(app.core, 'Coalitieoverleg juni');
  const exported = await call(app.core, 'minutes:exportArchive', { meetingId: meeting.id });
  await app.open(page, '#/beheer');
  const panel = page.getByRole('region', { name: 'Archiefpakket controleren' });
  await panel.getByRole('button', { name: 'Archiefpakket controleren' }).click();
  await expect(panel.getByText('Kies eerst een archiefpakket (ZIP).')).toBeVisible();
  await expectNoViolations(page, 'archiefpakket controleren, zonder bestand');
  await panel.getByLabel('Archiefpakket (ZIP)').setInputFiles({ name: exported.fileName, mimeType: 'application/zip', buffer: Buffer.from(exported.base64, 'base64') });
  await panel.getByRole('button', { name: 'Archiefpakket controleren' }).click();
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('Het pakket is ongewijzigd');
  await expectNoViolations(page, 'archiefpakket controleren, met uitslag');
});
