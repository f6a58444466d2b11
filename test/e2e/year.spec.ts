// The coalition's year in the browser: the jaarplanning warning and its iCalendar export (parsed), an
// action carried to the next meeting and closed there, minutes adopted and then locked, and search.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect } from './fixtures';
import { call, meetingBase, meetingWithDecision } from './arrange';

test('jaarplanning: the warning until the third coalition meeting, and the year as iCalendar', async ({ page, app }) => {
  await call(app.core, 'meetings:create', { ...meetingBase, title: 'Voorjaarsoverleg', startsAt: '2027-03-11T19:30' });
  await call(app.core, 'meetings:create', { ...meetingBase, title: 'Zomeroverleg', startsAt: '2027-06-24T16:00' });
  await call(app.core, 'meetings:create', { ...meetingBase, body: 'programmateam', title: 'Programmateam mei', startsAt: '2027-05-06T09:00' });

  await app.open(page, '#/jaarplanning/2027');
  await expect(page.getByRole('heading', { level: 1, name: 'Jaarplanning 2027' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'coalitievergaderingen' })).toContainText(
    'In 2027 zijn 2 coalitievergaderingen gepland; de coalitie komt minstens 3 keer per jaar bijeen.',
  );

  // Plan the third with the form on Vergaderingen.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Vergaderingen' }).click();
  const form = page.getByRole('region', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Titel').fill('Najaarsoverleg');
  await form.getByLabel('Datum en tijd').fill('2027-10-28T19:30');
  await form.getByLabel('Plaats').fill('Wijkcentrum Beijum');
  await form.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Najaarsoverleg' })).toBeVisible();
  // It starts from the standard agenda.
  await expect(page.getByRole('heading', { name: 'Agendapunt 3: Actielijst' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Jaarplanning' }).click();
  await page.getByRole('link', { name: /Volgend jaar \(2027\)/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jaarplanning 2027' })).toBeVisible();
  await expect(page.getByText('In 2027 zijn 3 coalitievergaderingen gepland; de coalitie komt minstens 3 keer per jaar bijeen.')).toBeVisible();
  await expect(page.locator('.year-warning')).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Agenda's in Outlook zetten (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('jaarplanning-2027.ics');
  const text = await readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const starts = Object.fromEntries(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()]));
  expect(starts).toEqual({
    'Voorjaarsoverleg (Maatschappelijke coalitie)': '2027-03-11T18:30:00.000Z',
    'Programmateam mei (Programmateam)': '2027-05-06T07:00:00.000Z',
    'Zomeroverleg (Maatschappelijke coalitie)': '2027-06-24T14:00:00.000Z',
    'Najaarsoverleg (Maatschappelijke coalitie)': '2027-10-28T17:30:00.000Z',
  });
  await expect(page.getByText('jaarplanning-2027.ics is gedownload.')).toBeVisible();
});

test('an action carried to the next meeting, minutes adopted and locked, and search', async ({ page, app }) => {
  // Meeting 1: a decision held over, an overdue action; then closed.
  const { meeting: first, decision } = await meetingWithDecision(app.core, 'Voorjaarsoverleg', '2027-03-11T19:30');
  await call(app.core, 'decisions:decide', { agendaItemId: decision.id, outcome: 'aangehouden', text: 'Terug in juni.' });
  const action = await call(app.core, 'actions:create', {
    meetingId: first.id,
    agendaItemId: decision.id,
    description: 'Brugfunctionarissen werven in Beijum',
    dueDate: '2020-04-01',
  });
  await call(app.core, 'meetings:setStatus', { id: first.id, status: 'gehouden' });
  const second = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Zomeroverleg', startsAt: '2027-06-24T19:30', agenda: 'standaard' });

  // Meeting 2, item "Actielijst": the action is there by itself, overdue, and is closed here.
  await app.open(page, `#/vergaderingen/${second.id}`);
  await page.getByRole('button', { name: 'Vergadering starten' }).click();
  await page.getByRole('button', { name: 'Ja, nu starten' }).click();
  await page.getByRole('button', { name: /^3\. Actielijst/ }).click();
  const carried = page.getByRole('region', { name: 'Acties uit eerdere vergaderingen' });
  const item = carried.getByRole('listitem').filter({ hasText: action.description });
  await expect(item).toContainText('verlopen');
  await expect(item).toContainText('Uit: Voorjaarsoverleg');
  await item.getByRole('button', { name: `Gereed: ${action.description}` }).click();
  await expect(item).toContainText('afgehandeld in deze vergadering');
  const [closed] = await call(app.core, 'actions:list', { status: 'gereed' });
  expect(closed).toMatchObject({ id: action.id, closedInMeetingId: second.id });

  // Item "Vaststelling notulen": adopt meeting 1's minutes as they are.
  await page.getByRole('button', { name: /^2\. Vaststelling notulen/ }).click();
  const adopt = page.getByRole('form', { name: 'Notulen vaststellen' });
  await expect(adopt.getByLabel('Notulen van')).toHaveValue(String(first.id));
  await adopt.getByRole('button', { name: 'Notulen vaststellen' }).click();
  await adopt.getByRole('button', { name: 'Ja, notulen vaststellen' }).click();
  await expect(page.getByText(/De notulen van Voorjaarsoverleg .* zijn in deze vergadering vastgesteld, ongewijzigd\./)).toBeVisible();

  // Meeting 1 is now locked: its page says so and offers no editing.
  await page.goto(`${app.origin}/#/vergaderingen/${first.id}`);
  await expect(page.getByText('Vastgesteld op 24 juni 2027')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agendapunt toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Bewerken:/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gegevens opslaan' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Naar de vergadermodus' }).click();
  await page.getByRole('button', { name: /Uitbreiding brugfunctionarissen/ }).click();
  await expect(page.getByRole('group', { name: /^Vinkje 1:/ }).getByRole('radio', { name: 'Ja' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Besluit vastleggen' })).toHaveCount(0);
  await expect(page.getByLabel('Aantekeningen')).not.toBeEditable();
  // The minutes export says so too.
  const minutes = await call(app.core, 'minutes:export', { meetingId: first.id, format: 'md' });
  expect(Buffer.from(minutes.base64, 'base64').toString('utf8')).toMatch(/Vastgesteld\W+(op )?24 juni 2027/i);

  // Search from the header: ranked hits with the matched words marked, linking to the item.
  const search = page.getByRole('search', { name: 'Zoeken' });
  await search.getByRole('searchbox', { name: 'Zoeken' }).fill('brugfunctionarissen');
  await search.getByRole('searchbox', { name: 'Zoeken' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “brugfunctionarissen”' })).toBeVisible();
  const hits = page.getByRole('main').getByRole('listitem');
  await expect(hits.first()).toContainText('Agendapunt');
  await expect(hits.first()).toContainText('Voorjaarsoverleg, 11 maart 2027');
  // The matched word is highlighted whole.
  await expect(hits.first().locator('mark').first()).toHaveText(/^brugfunctionarissen$/i);
  await hits.first().getByRole('link', { name: 'Uitbreiding brugfunctionarissen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorjaarsoverleg' })).toBeVisible();
  await expect(page.locator(`li[data-item-id="${decision.id}"]`)).toBeFocused();
});
