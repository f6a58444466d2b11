// Residents' personal data in the browser: a story registered with consent as grondslag, cited in minutes that
// are then adopted; the person's inzage lists it (on screen, as Markdown and as JSON); erasure on request
// removes it from the store, the search index, later exports and a backup made afterwards, while the adopted
// minutes still verify and say "verwijderd op verzoek". With the core's clock moved on, the retention
// reminders appear and an entry is anonymised from there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { openCore, type Core } from '../../main/core/core';
import { startWebHost } from '../../main/web/server';
import { DIST_RENDERER, PROFILE_PATH } from './fixtures';
import { call, meetingBase, meetingWithDecision } from './arrange';

// A word that occurs nowhere else: finding it anywhere means the erased content is still there.
const SECRET = 'Zwanenburgh';
const STORY = `Verhaal van mevrouw ${SECRET}`;
const MARKER = 'verwijderd op verzoek (6 december 2026)';

interface ClockedApp {
  core: Core;
  origin: string;
  dataDir: string;
  signIn: string;
  /** Moves the core's clock: every handler sees this time from the next call on. */
  setNow(iso: string): void;
}

// The usual fixture (fixtures.ts) with the core's clock option, so a retention term can pass during the test.
const test = base.extend<{ app: ClockedApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coalitietafel-e2e-avg-'));
    let current = new Date('2026-12-06T10:00:00Z');
    const core = openCore({ dataFile: join(dataDir, 'coalitietafel.sqlite'), profilePath: PROFILE_PATH, log: () => {}, now: () => current });
    const host = await startWebHost({ core, distDir: DIST_RENDERER, port: 0 });
    await use({ core, origin: new URL(host.url).origin, dataDir, signIn: host.url, setNow: (iso) => (current = new Date(iso)) });
    await host.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('a story with consent: inzage, erasure on request everywhere, adopted minutes still verify; retention reminders', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core, 'Coalitieoverleg november', '2026-11-05T19:30');
  await page.goto(app.signIn);
  await expect(page.getByRole('main')).toBeVisible();

  // 1. The story is registered with consent as grondslag; a named resident without one is refused.
  await page.goto(`${app.origin}/#/registers/ervaringsverhalen`);
  const form = page.getByRole('form', { name: 'Nieuwe registratie' });
  await form.getByLabel('Datum').fill('2026-05-12');
  await form.getByLabel('Titel').fill(STORY);
  await form.getByLabel('Tekst').fill(`Mevrouw ${SECRET} vertelt dat de brugfunctionaris haar zoon weer naar school kreeg.`);
  await form.getByRole('radio', { name: 'Bewoner' }).check();
  await form.getByLabel('Naam van de bron').fill(`Mevrouw ${SECRET}`);
  await form.getByRole('button', { name: 'Registratie vastleggen' }).click();
  await expect(form.getByText('Deze registratie noemt een bewoner: kies de grondslag.')).toBeVisible();
  await expect(form.getByLabel('Grondslag (AVG)')).toBeFocused();
  await form.getByLabel('Grondslag (AVG)').selectOption({ label: 'Toestemming van de bewoner' });
  await form.getByRole('button', { name: 'Registratie vastleggen' }).click();
  const card = page.locator('.card-list > li').filter({ hasText: STORY });
  await expect(card).toContainText('Grondslag: Toestemming van de bewoner');
  const [entry] = await call(app.core, 'registers:list', { q: SECRET });
  expect(entry).toMatchObject({ title: STORY, grondslag: 'toestemming' });

  // Cited under vinkje 4, and the minutes adopted at the next meeting.
  const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
  await call(app.core, 'reviews:answer', { agendaItemId: decision.id, checklistItemId: v4.id, answer: 'ja', explanation: 'Bewoners zijn gevraagd.' });
  await call(app.core, 'reviews:cite', { agendaItemId: decision.id, checklistItemId: v4.id, registerEntryIds: [entry!.id] });
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'gehouden' });
  const next = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg december', startsAt: '2026-12-03T19:30' });
  await call(app.core, 'minutes:adopt', { meetingId: meeting.id, atMeetingId: next.id });

  // 2. The person's inzage lists it, on screen, as a document and as JSON.
  await page.goto(`${app.origin}/#/beheer`);
  await page.getByRole('link', { name: /^Naar persoonsgegevens/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Persoonsgegevens (AVG)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Naam van de persoon').fill(SECRET);
  await page.getByRole('button', { name: 'Inzage opstellen' }).click();
  const found = page.getByRole('table', { name: `Registraties die “${SECRET}” noemen` });
  await expect(found).toContainText(STORY);
  await expect(found).toContainText('Toestemming van de bewoner');
  await expect(page.getByText(/Leden van de coalitie staan in hun publieke rol/)).toBeVisible();
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  };
  const json = JSON.parse(await download('Inzage als JSON')) as { subject: string; entries: { title: string; grondslag: string }[] };
  expect(json.entries).toEqual([expect.objectContaining({ title: STORY, grondslag: 'toestemming' })]);
  expect(await download('Inzage als Markdown')).toContain(STORY);

  // 3. Erasure on request: on whose request is asked, the question confirmed.
  await page.getByRole('checkbox', { name: new RegExp(`^Kiezen: Ervaringsverhaal “${STORY}”`) }).check();
  await page.getByRole('button', { name: 'Gekozen registraties verwijderen op verzoek' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('Vul in op wiens verzoek, bijvoorbeeld “de betrokkene zelf”.')).toBeVisible();
  expect((await call(app.core, 'registers:get', { id: entry!.id })).title).toBe(STORY);
  await page.getByLabel('Op wiens verzoek').fill('de betrokkene zelf');
  await page.getByRole('button', { name: 'Gekozen registraties verwijderen op verzoek' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText(`1 registratie: de persoonsgegevens zijn vervangen door “${MARKER}”.`, { exact: false })).toBeVisible();
  await expect(page.getByText('Geen registraties die deze naam noemen.')).toBeVisible();

  // Gone from the store, the search index, later exports and a backup made afterwards.
  expect(await call(app.core, 'registers:get', { id: entry!.id })).toMatchObject({ title: MARKER, text: MARKER, sourceName: MARKER });
  await page.goto(`${app.origin}/#/zoeken?q=${SECRET}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await call(app.core, 'search:query', { q: SECRET })).toEqual([]);
  const minutes = Buffer.from((await call(app.core, 'minutes:export', { meetingId: meeting.id, format: 'md' })).base64, 'base64').toString('utf8');
  expect(minutes).toContain(MARKER);
  expect(minutes).not.toContain(SECRET);
  expect(JSON.stringify(await call(app.core, 'archive:export', {}))).not.toContain(SECRET);
  await page.goto(`${app.origin}/#/beheer`);
  await page.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
  await expect(page.getByText(/Reservekopie gemaakt/)).toBeVisible();
  const [backup] = (await call(app.core, 'backups:list', {})).entries.filter((b) => b.kind === 'handmatig');
  expect(readFileSync(join((await call(app.core, 'backups:list', {})).folder, backup!.fileName)).includes(SECRET)).toBe(false);

  // The adopted minutes still verify, record the erasure as such, and say "verwijderd op verzoek".
  await page.getByRole('button', { name: 'Controleer de vastgestelde notulen' }).click();
  await expect(page.locator('.chain-result')).toContainText('Alle 1 vastgestelde notulen zijn ongewijzigd sinds hun vaststelling.');
  await expect(page.locator('.chain-result')).toContainText('die verwijdering is vastgelegd en klopt');
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}?punt=${decision.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitieoverleg november' })).toBeVisible();
  await expect(page.getByText(MARKER).first()).toBeVisible();
  await expect(page.getByText(SECRET)).toHaveCount(0);

  // 4. Retention: bewonersfeedback is kept 24 months; once that has passed, Beheer reminds and it is anonymised.
  const feedback = await call(app.core, 'registers:create', {
    kind: 'bewonersfeedback',
    date: '2026-11-01',
    title: 'Reactie van meneer Oldenhuis',
    sourceKind: 'bewoner',
    sourceName: 'Meneer Oldenhuis',
    grondslag: 'publieke-taak',
  });
  await page.goto(`${app.origin}/#/beheer/persoonsgegevens`);
  await expect(page.getByText(/Geen registraties met persoonsgegevens over hun bewaartermijn/)).toBeVisible();
  app.setNow('2028-11-02T10:00:00Z');
  await page.goto(`${app.origin}/#/beheer`);
  await expect(page.getByRole('region', { name: 'Persoonsgegevens (AVG)' })).toContainText('1 registratie met persoonsgegevens is over de bewaartermijn');
  await page.getByRole('link', { name: /^Naar persoonsgegevens/ }).click();
  const reminders = page.getByRole('region', { name: 'Bewaartermijn verstreken' });
  await expect(reminders.getByRole('table', { name: 'Registraties over hun bewaartermijn' })).toContainText('Reactie van meneer Oldenhuis');
  await expect(reminders.getByRole('table')).toContainText('1 november 2028');
  await reminders.getByRole('checkbox', { name: /^Kiezen: Bewonersfeedback/ }).check();
  await reminders.getByRole('button', { name: 'Gekozen registraties anonimiseren' }).click();
  await reminders.getByRole('button', { name: 'Ja, anonimiseren' }).click();
  await expect(page.getByText('1 registratie geanonimiseerd: er staat nu “verwijderd na afloop van de bewaartermijn (2 november 2028)”.')).toBeVisible();
  await expect(reminders).toContainText('Geen registraties met persoonsgegevens over hun bewaartermijn');
  expect(await call(app.core, 'registers:get', { id: feedback.id })).toMatchObject({ title: 'verwijderd na afloop van de bewaartermijn (2 november 2028)' });
});

test('a free-text mention: where it is, made unreadable from the inzage when not locked; adopted minutes keep theirs, with why', async ({ page, app }) => {
  const NAME = 'Oosterwolde';
  const { meeting } = await meetingWithDecision(app.core, 'Coalitieoverleg oktober', '2026-10-08T19:30');
  const signal = await call(app.core, 'agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Signaal uit de Korrewegwijk',
    proposal: `Mevrouw ${NAME} meldt dat het speelveld al weken onverlicht is.`,
  });
  // Minutes adopted earlier mention her in a toelichting: an archival record.
  const earlier = await meetingWithDecision(app.core, 'Coalitieoverleg juni', '2026-06-11T19:30');
  for (const item of earlier.meeting.checklist.items) {
    const explanation = item.key === 'bewoners-gevraagd' ? `Mevrouw ${NAME} sprak in.` : '';
    await call(app.core, 'reviews:answer', { agendaItemId: earlier.decision.id, checklistItemId: item.id, answer: 'ja', explanation });
  }
  await call(app.core, 'decisions:decide', { agendaItemId: earlier.decision.id, outcome: 'aangenomen', text: 'De coalitie stemt in.' });
  await call(app.core, 'meetings:setStatus', { id: earlier.meeting.id, status: 'gehouden' });
  await call(app.core, 'minutes:adopt', { meetingId: earlier.meeting.id, atMeetingId: meeting.id });

  await page.goto(app.signIn);
  await page.goto(`${app.origin}/#/beheer/persoonsgegevens`);
  await page.getByLabel('Naam van de persoon').fill(NAME);
  await page.getByRole('button', { name: 'Inzage opstellen' }).click();
  const table = page.getByRole('table', { name: `Vermeldingen van “${NAME}” in de notulen` });
  const open = table.getByRole('row').filter({ hasText: 'Coalitieoverleg oktober (8 oktober 2026)' });
  const locked = table.getByRole('row').filter({ hasText: 'Coalitieoverleg juni (11 juni 2026)' });
  await expect(open.getByRole('link', { name: /^Agendapunt \d+$/ })).toHaveAttribute('href', `#/vergaderingen/${meeting.id}?punt=${signal.id}`);
  await expect(locked.getByRole('link', { name: /^Toelichting bij vinkje \d+ van agendapunt \d+$/ })).toBeVisible();
  await expect(locked).toContainText('archiefstuk (Archiefwet)');
  await expect(locked).toContainText('art. 17 lid 3');
  await expect(locked.getByRole('button')).toHaveCount(0);

  // Asked first; on whose request is required, and nothing changes without it.
  await open.getByRole('button', { name: /^Onleesbaar maken: Agendapunt/ }).click();
  await expect(page.getByRole('group', { name: /^Onleesbaar maken bevestigen: Agendapunt/ })).toContainText('Dat kan niet ongedaan worden gemaakt.');
  await page.getByRole('button', { name: 'Ja, onleesbaar maken' }).click();
  await expect(page.getByText('Vul in op wiens verzoek, bijvoorbeeld “de betrokkene zelf”.')).toBeVisible();
  const proposalNow = async () => (await call(app.core, 'meetings:get', { id: meeting.id })).agenda.find((i) => i.id === signal.id)!;
  expect(JSON.stringify(await proposalNow())).toContain(`Mevrouw ${NAME} meldt`);
  await page.getByLabel('Op wiens verzoek').fill('de betrokkene zelf');
  await open.getByRole('button', { name: /^Onleesbaar maken: Agendapunt/ }).click();
  await page.getByRole('button', { name: 'Ja, onleesbaar maken' }).click();
  await expect(page.getByText(`de naam is vervangen door “[${MARKER}]”, ook in het logboek en de zoekindex`)).toBeVisible();

  // The inzage no longer lists it; the adopted mention stays, with why (on screen and in the JSON).
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(locked).toContainText('Archiefwet');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Inzage als JSON' }).click()]);
  const json = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { mentions: { where: string; blocked: string | null }[] };
  expect(json.mentions).toEqual([expect.objectContaining({ where: expect.stringMatching(/^Toelichting bij vinkje/), blocked: expect.stringContaining('Archiefwet') })]);
  expect(JSON.stringify(await proposalNow())).toContain(`Mevrouw [${MARKER}] meldt dat het speelveld al weken onverlicht is.`);
  expect((await call(app.core, 'search:query', { q: NAME })).map((h) => h.meetingId)).toEqual([earlier.meeting.id]);

  // The adopted minutes still verify; the link leads to where the mention stands.
  await page.goto(`${app.origin}/#/beheer`);
  await page.getByRole('button', { name: 'Controleer de vastgestelde notulen' }).click();
  await expect(page.locator('.chain-result')).toContainText('Alle 1 vastgestelde notulen zijn ongewijzigd sinds hun vaststelling.');
  await page.goto(`${app.origin}/#/beheer/persoonsgegevens`);
  await page.getByLabel('Naam van de persoon').fill(NAME);
  await page.getByRole('button', { name: 'Inzage opstellen' }).click();
  await locked.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitieoverleg juni' })).toBeVisible();
});
