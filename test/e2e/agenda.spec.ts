// Preparing a meeting's agenda in the browser: a new or moved item appears where it is stored at once,
// each item has few buttons (removal inside its edit form), the add form is above the items, and a
// meeting not yet held offers the agenda, not the minutes, for export.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { call, meetingBase } from './arrange';

const shown = (page: Page) => page.locator('ol.agenda-list > li h3').allInnerTexts();
const clean = (titles: string[]) => titles.map((t) => t.replace(/^Agendapunt \d+:\s*/, ''));

test('a new and a moved agenda item appear where they are stored, without a reload', async ({ page, app }) => {
  const meeting = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg maart', startsAt: '2027-03-04T19:30', agenda: 'standaard' });
  const stored = async () => (await call(app.core, 'meetings:get', { id: meeting.id })).agenda.map((a) => a.title);
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitieoverleg maart' })).toBeVisible();

  // The add form is above the items: its heading comes before the first item.
  const addHeading = page.getByRole('heading', { name: 'Agendapunt toevoegen' });
  const firstItem = page.locator('ol.agenda-list > li').first();
  expect((await addHeading.boundingBox())!.y).toBeLessThan((await firstItem.boundingBox())!.y);

  await page.getByRole('button', { name: 'Nieuw agendapunt' }).click();
  const form = page.getByRole('form', { name: 'Nieuw agendapunt' });
  await form.getByLabel('Soort').selectOption({ label: 'Besluit' });
  await form.getByLabel('Titel').fill('Uitbreiding brugfunctionarissen');
  await form.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(page.getByRole('listitem', { name: 'Agendapunt 5: Uitbreiding brugfunctionarissen' })).toBeVisible();
  expect(clean(await shown(page))).toEqual(await stored());
  expect((await stored()).slice(-3)).toEqual(['Uitbreiding brugfunctionarissen', 'Rondvraag', 'Sluiting']);

  // Omhoog moves within the order on screen, which is the stored order.
  await page.getByRole('button', { name: 'Omhoog: Uitbreiding brugfunctionarissen' }).click();
  await expect(page.getByRole('listitem', { name: 'Agendapunt 4: Uitbreiding brugfunctionarissen' })).toBeVisible();
  await expect.poll(stored).toEqual(clean(await shown(page)));
  await page.getByRole('button', { name: 'Omlaag: Actielijst' }).click();
  await expect(page.getByRole('listitem', { name: 'Agendapunt 4: Actielijst' })).toBeVisible();
  await expect.poll(stored).toEqual(clean(await shown(page)));
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Agendapunt 4: Actielijst' })).toBeVisible();
});

test('agenda preparation: three quiet buttons per item, removal asked inside the edit form, no second standard agenda', async ({ page, app }) => {
  const meeting = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg april', startsAt: '2027-04-08T19:30', agenda: 'standaard' });
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  const opening = page.getByRole('listitem', { name: 'Agendapunt 1: Opening en mededelingen' });
  await expect(opening.getByRole('button')).toHaveCount(3);
  await expect(opening.getByRole('button', { name: /^Verwijderen/ })).toHaveCount(0);

  // Not held yet: the agenda can be sent out, the minutes are not offered.
  await expect(page.getByRole('heading', { name: 'Agenda versturen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notulen exporteren' })).toHaveCount(0);

  // Applying the standard agenda again adds nothing and says why.
  await page.getByRole('button', { name: 'Standaardagenda toepassen' }).click();
  await expect(page.getByText('De punten van de standaardagenda staan al op de agenda.')).toBeVisible();
  await expect(page.locator('ol.agenda-list > li')).toHaveCount(6);

  // Removing: open the edit form, ask, cancel keeps it, confirm removes it.
  await opening.getByRole('button', { name: 'Bewerken: Opening en mededelingen' }).click();
  await page.getByRole('button', { name: 'Verwijderen: Opening en mededelingen' }).click();
  await page.getByRole('button', { name: 'Annuleren' }).last().click();
  await expect(page.getByRole('button', { name: 'Verwijderen: Opening en mededelingen' })).toBeFocused();
  await page.getByRole('button', { name: 'Verwijderen: Opening en mededelingen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen: Opening en mededelingen' }).click();
  await expect(page.getByRole('listitem', { name: /Opening en mededelingen/ })).toHaveCount(0);
  expect((await call(app.core, 'meetings:get', { id: meeting.id })).agenda).toHaveLength(5);
  await expect(page.getByRole('listitem', { name: 'Agendapunt 1: Vaststelling notulen vorige vergadering' })).toBeFocused();
});
