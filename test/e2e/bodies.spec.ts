// The plan's organisation in the browser: a programmateam of three partners with its trekkers per theme
// (and the plan's warning on a theme with fewer than two), its meeting listing only its members, and an item
// of its meeting put on the coalition's next agenda; the residents' seat of a fresh install; and a partner
// that joins with sector and contribution, then leaves — gone from later attendance, kept in earlier minutes.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { call, meetingBase } from './arrange';
import { expectNoViolations } from './axe-check';

async function openAttendance(page: Page) {
  const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
  // Folded or not depending on what is filled in: unfold it when folded.
  const toggle = attendance.getByRole('button', { name: /^Aanwezigheidslijst/ });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return attendance;
}

test('a programmateam from three partners, trekkers per theme, its own attendance, and an item for the coalition', async ({ page, app }) => {
  test.setTimeout(120_000); // many steps, and axe three times
  const team = await call(app.core, 'meetings:create', { ...meetingBase, body: 'programmateam', title: 'Programmateam maart', startsAt: '2027-03-10T10:00' });
  await call(app.core, 'agenda:add', { meetingId: team.id, kind: 'besluit', title: 'Inzet jongerenwerk Vinkhuizen', proposal: 'Twee extra jongerenwerkers.' });
  await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg april', startsAt: '2027-04-15T19:30', agenda: 'standaard' });

  await app.open(page, '#/coalitie');
  await page.getByRole('region', { name: 'Overleggen' }).getByRole('link', { name: 'Programmateam' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programmateam' })).toBeVisible();
  await expect(page.getByText('Dit overleg heeft vandaag geen leden.')).toBeVisible();

  const form = page.getByRole('form', { name: 'Lid toevoegen aan Programmateam' });
  const addTrekker = async (name: string, theme: string) => {
    await form.getByLabel('Persoon').selectOption({ label: name });
    await form.getByLabel('Rol').selectOption({ label: 'Trekker' });
    await form.getByLabel('Thema').selectOption({ label: theme });
    await form.getByRole('button', { name: 'Lid toevoegen' }).click();
    await expect(page.getByText(`${name} is trekker voor ${theme} in Programmateam.`)).toBeVisible();
  };
  await addTrekker('Elles Dost', 'Wonen'); // Lefier
  await addTrekker('Geth Kuin', 'Wonen'); // WIJ Groningen
  await addTrekker('Geth Kuin', 'Veilig zijn');
  await addTrekker('Frank Smilda', 'Veilig zijn'); // Politie

  const members = page.getByRole('table', { name: 'Leden van Programmateam vandaag' });
  await expect(members.getByRole('rowheader')).toHaveText(['Elles Dost', 'Frank Smilda', 'Geth Kuin', 'Geth Kuin']);
  const trekkers = page.getByRole('region', { name: 'Trekkers per thema' });
  await expect(trekkers.getByRole('listitem').filter({ hasText: 'Wonen' })).toHaveText('Wonen: Elles Dost en Geth Kuin');
  await expect(trekkers.getByRole('listitem').filter({ hasText: 'Veilig zijn' })).toHaveText('Veilig zijn: Frank Smilda en Geth Kuin');
  await expect(trekkers.getByRole('listitem').filter({ hasText: 'Leren' })).toContainText('nog geen trekkers — minder dan 2 trekkers');
  await expect(trekkers).toContainText("3 thema's hebben minder dan 2 trekkers.");
  await expectNoViolations(page, 'programmateam');

  // The programmateam's meeting lists its three members, no one else.
  await page.goto(`${app.origin}/#/vergaderingen/${team.id}/vergadermodus`);
  const attendance = await openAttendance(page);
  await expect(attendance).toContainText('(van 3)');
  await expect(attendance.getByRole('group')).toHaveCount(3);
  await expect(attendance.getByRole('group', { name: /^Frank Smilda \(trekker\)/ })).toBeVisible();
  await expect(attendance.getByRole('group', { name: /^Koen Schuiling/ })).toHaveCount(0);

  // "Naar de coalitie": the item lands on the next coalition meeting's agenda, with its source.
  await page.goto(`${app.origin}/#/vergaderingen/${team.id}`);
  await page.getByRole('button', { name: 'Naar de coalitie: Inzet jongerenwerk Vinkhuizen' }).click();
  await expect(page.getByText('“Inzet jongerenwerk Vinkhuizen” staat op de agenda van Coalitieoverleg april.')).toBeVisible();
  const sent = page.getByRole('listitem', { name: /Inzet jongerenwerk Vinkhuizen/ });
  await expect(sent).toBeFocused();
  await expectNoViolations(page, 'programmateam meeting, item sent to the coalition');
  await sent.getByRole('link', { name: 'Coalitieoverleg april van 15 april 2027' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Coalitieoverleg april/ })).toBeVisible();
  const landed = page.getByRole('listitem', { name: /Inzet jongerenwerk Vinkhuizen/ });
  await expect(landed).toContainText('Van het programmateam');
  await expect(landed.getByRole('link', { name: 'Programmateam maart van 10 maart 2027' })).toBeVisible();
  await expect(landed).toContainText('Twee extra jongerenwerkers.');
  await expectNoViolations(page, 'coalition meeting with an item from the programmateam');
});

test('the residents’ seat of a fresh install, and a partner that joins and leaves', async ({ page, app }) => {
  test.setTimeout(120_000); // many steps, and axe twice
  const february = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg februari', startsAt: '2027-02-04T19:30' });
  const march = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg maart', startsAt: '2027-03-11T19:30' });
  const october = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg oktober', startsAt: '2027-10-07T19:30' });

  // A fresh install has no bewonersvertegenwoordiger: every meeting says so.
  await app.open(page, `#/vergaderingen/${october.id}/vergadermodus`);
  await expect(page.getByRole('region', { name: 'Aanwezigheid' })).toContainText('Er staan nog geen bewonersvertegenwoordigers in de coalitie.');

  await page.goto(`${app.origin}/#/coalitie`);
  await expect(page.getByRole('heading', { level: 3, name: 'Bewonersvertegenwoordiging Groningen-Noord' })).toBeVisible();
  const balance = page.getByRole('region', { name: 'Evenwicht per sector' });
  await expect(balance).toContainText('Nog geen partner uit: zorg, ondernemers en werkgevers.');

  const personForm = page.getByRole('region', { name: 'Persoon toevoegen' });
  await personForm.getByLabel('Naam').fill('Anna de Vries');
  await personForm.getByLabel('Rol').selectOption({ label: 'Bewonersvertegenwoordiger' });
  await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(page.getByText('Anna de Vries is toegevoegd als bewonersvertegenwoordiger bij Bewonersvertegenwoordiging Groningen-Noord.')).toBeVisible();

  // A partner from a sector the plan misses joins, with its contribution and why it makes the difference.
  await page.locator('summary', { hasText: 'Organisatie toevoegen' }).click();
  const orgForm = page.getByRole('form', { name: 'Nieuwe organisatie' });
  await orgForm.getByLabel('Naam van de organisatie').fill('Zorggroep Noord');
  await orgForm.getByLabel('Sector').selectOption({ label: 'Zorg' });
  await orgForm.getByLabel('In de coalitie sinds').fill('2026-11-01');
  await orgForm.getByLabel('Bijdrage').fill('Twee wijkverpleegkundigen, een dag per week.');
  await orgForm.getByLabel('Waarom kan juist deze partij het verschil maken?').fill('Zij zien achter de voordeur wat niemand anders ziet.');
  await orgForm.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(page.getByText('Organisatie “Zorggroep Noord” is toegevoegd.')).toBeVisible();
  const card = page.getByRole('listitem', { name: 'Zorggroep Noord' });
  await expect(card).toContainText('Zorg · in de coalitie sinds 1 november 2026');
  await expect(card).toContainText('Twee wijkverpleegkundigen, een dag per week.');
  await expect(balance).toContainText('Nog geen partner uit: ondernemers en werkgevers.');
  await personForm.getByLabel('Naam').fill('Iris Bakker');
  await personForm.getByLabel('Organisatie').selectOption({ label: 'Zorggroep Noord' });
  await personForm.getByLabel('Rol').selectOption({ label: 'Lid' });
  await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(page.getByText('Iris Bakker is toegevoegd als lid bij Zorggroep Noord.')).toBeVisible();
  await expectNoViolations(page, 'coalitie with sector balance');

  // The resident clears the meeting's warning once marked present.
  await page.goto(`${app.origin}/#/vergaderingen/${october.id}/vergadermodus`);
  let attendance = await openAttendance(page);
  await expect(attendance).not.toContainText('Er staan nog geen bewonersvertegenwoordigers in de coalitie.');
  await expect(attendance).toContainText('Er is geen bewonersvertegenwoordiger aanwezig.');
  await attendance.getByRole('group', { name: /^Anna de Vries/ }).getByRole('radio', { name: 'Aanwezig', exact: true }).check();
  await expect(attendance).not.toContainText('Er is geen bewonersvertegenwoordiger aanwezig.');
  await expect(attendance.getByRole('group', { name: /^Iris Bakker/ })).toBeVisible();

  // February: Iris was there, and those minutes are adopted in March.
  const iris = (await call(app.core, 'meetings:get', { id: february.id })).attendance.find((a) => a.personName === 'Iris Bakker')!;
  await call(app.core, 'attendance:set', { meetingId: february.id, personId: iris.personId, status: 'aanwezig' });
  await call(app.core, 'meetings:setStatus', { id: february.id, status: 'gehouden' });
  await call(app.core, 'minutes:adopt', { meetingId: february.id, atMeetingId: march.id });

  // The partner leaves on 1 June 2027.
  await page.goto(`${app.origin}/#/coalitie`);
  await page.getByRole('button', { name: 'Organisatie bewerken: Zorggroep Noord' }).click();
  const edit = page.getByRole('form', { name: 'Organisatie bewerken: Zorggroep Noord' });
  await expect(edit.getByLabel('Naam van de organisatie')).toBeFocused();
  await expectNoViolations(page, 'coalitie, organisation edit form');
  await edit.getByLabel('Uit de coalitie per').fill('2027-06-01');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Zorggroep Noord is uit de coalitie per 1 juni 2027.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Organisatie bewerken: Zorggroep Noord' })).toBeFocused();
  await expect(page.getByRole('listitem', { name: 'Zorggroep Noord' })).toContainText('uit de coalitie sinds 1 juni 2027');

  // Gone from the October meeting; still in February's adopted minutes.
  await page.goto(`${app.origin}/#/vergaderingen/${october.id}/vergadermodus`);
  attendance = await openAttendance(page);
  await expect(attendance.getByRole('group', { name: /^Anna de Vries/ })).toBeVisible();
  await expect(attendance.getByRole('group', { name: /^Iris Bakker/ })).toHaveCount(0);
  const minutes = await call(app.core, 'meetings:get', { id: february.id });
  expect(minutes.adoption).not.toBeNull();
  expect(minutes.attendance.find((a) => a.personName === 'Iris Bakker')?.status).toBe('aanwezig');
  await page.goto(`${app.origin}/#/vergaderingen/${february.id}/vergadermodus`);
  attendance = await openAttendance(page);
  await expect(attendance.getByRole('group', { name: /^Iris Bakker/ })).toBeVisible();
});
