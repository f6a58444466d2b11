// Coalitie in the browser: a bewonersvertegenwoordiger added without creating an organisation first, a
// person renamed, and a person leaving the coalition — gone from a later meeting's attendance, still in
// an earlier one's.
import { test, expect } from './fixtures';
import { call, meetingBase } from './arrange';

test('adds a resident straight away, renames a person and records that someone left', async ({ page, app }) => {
  const earlier = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg februari', startsAt: '2027-02-04T19:30' });
  const later = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg april', startsAt: '2027-04-08T19:30' });
  const bert = earlier.attendance.find((a) => a.personName === 'Bert Popken')!;
  await call(app.core, 'attendance:set', { meetingId: earlier.id, personId: bert.personId, status: 'aanwezig' });

  await app.open(page, '#/coalitie');
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitie' })).toBeVisible();

  // The organisation form is reachable above the organisations, not below the person form.
  const addOrganisation = page.locator('summary', { hasText: 'Organisatie toevoegen' });
  const personHeading = page.getByRole('heading', { name: 'Persoon toevoegen' });
  expect((await addOrganisation.boundingBox())!.y).toBeLessThan((await personHeading.boundingBox())!.y + 100);
  await expect(page.getByRole('heading', { level: 3, name: 'Bewonersvertegenwoordiging Groningen-Noord' })).toBeVisible();

  // A bewonersvertegenwoordiger: the residents' organisation is chosen with the role.
  const personForm = page.getByRole('region', { name: 'Persoon toevoegen' });
  await personForm.getByLabel('Naam').fill('Anna de Vries');
  await personForm.getByLabel('Rol').selectOption({ label: 'Bewonersvertegenwoordiger' });
  await expect(personForm.getByLabel('Organisatie')).toHaveValue(/\d+/);
  await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(page.getByText('Anna de Vries is toegevoegd als bewonersvertegenwoordiger bij Bewonersvertegenwoordiging Groningen-Noord.')).toBeVisible();

  // Rename.
  await page.getByRole('button', { name: 'Bewerken: Anna de Vries' }).click();
  const edit = page.getByRole('form', { name: 'Persoon bewerken: Anna de Vries' });
  await expect(edit.getByLabel('Naam')).toBeFocused();
  await edit.getByLabel('Naam').fill('Anna de Vries-Bos');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('button', { name: 'Bewerken: Anna de Vries-Bos' })).toBeFocused();

  // Bert Popken leaves on 1 March 2027.
  await page.getByRole('button', { name: 'Bewerken: Bert Popken' }).click();
  const bertForm = page.getByRole('form', { name: 'Persoon bewerken: Bert Popken' });
  await bertForm.getByLabel('Uit de coalitie per').fill('2027-03-01');
  await bertForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Bert Popken is uit de coalitie per 1 maart 2027.')).toBeVisible();
  await expect(page.getByText('uit de coalitie sinds 1 maart 2027')).toBeVisible();

  const names = async (id: number) => (await call(app.core, 'meetings:get', { id })).attendance.map((a) => a.personName);
  expect(await names(earlier.id)).toContain('Bert Popken');
  expect(await names(later.id)).not.toContain('Bert Popken');
  expect(await names(later.id)).toContain('Anna de Vries-Bos');
});

test('offers as chair and notulist only who takes part on the meeting day, and keeps a chair who has left since', async ({ page, app }) => {
  const people = (await call(app.core, 'coalition:list', {})).flatMap((o) => o.people);
  const bert = people.find((p) => p.name === 'Bert Popken')!;
  const chaired = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg februari', startsAt: '2027-02-04T19:30', chairId: bert.id });
  const later = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg april', startsAt: '2027-04-08T19:30' });
  await call(app.core, 'people:setLeft', { id: bert.id, leftOn: '2027-03-01' });

  await app.open(page, `#/vergaderingen/${later.id}`);
  const form = page.getByRole('region', { name: 'Gegevens van de vergadering' });
  const chair = form.getByLabel('Voorzitter');
  await expect(chair.locator('option', { hasText: 'Koen Schuiling' })).toHaveCount(1);
  await expect(chair.locator('option', { hasText: 'Bert Popken' })).toHaveCount(0);
  await expect(form.getByLabel('Notulist').locator('option', { hasText: 'Bert Popken' })).toHaveCount(0);
  // Moved to before he left, the meeting may have him again.
  await form.getByLabel('Datum en tijd').fill('2027-02-25T19:30');
  await expect(chair.locator('option', { hasText: 'Bert Popken' })).toHaveCount(1);

  // A meeting he chaired before leaving keeps him as its chair, named as having left; saving keeps him.
  await app.open(page, `#/vergaderingen/${chaired.id}`);
  const earlierForm = page.getByRole('region', { name: 'Gegevens van de vergadering' });
  await earlierForm.getByLabel('Datum en tijd').fill('2027-03-11T19:30');
  await expect(earlierForm.getByLabel('Voorzitter').locator('option:checked')).toHaveText(
    'Bert Popken (Gemeente Groningen, lid) — uit de coalitie sinds 1 maart 2027',
  );
  await expect(earlierForm.getByLabel('Notulist').locator('option', { hasText: 'Bert Popken' })).toHaveCount(0);
  await earlierForm.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect.poll(async () => (await call(app.core, 'meetings:get', { id: chaired.id })).chairId).toBe(bert.id);
});
