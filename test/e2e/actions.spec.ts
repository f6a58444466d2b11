// The actielijst in the browser: each action says where it came from (meeting, item, vinkje N / besluit /
// handmatig), a hand-made action is added between meetings, and a vinkje's follow-up shows at its item.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { call, meetingWithDecision } from './arrange';

test('the actielijst names each action’s source and takes a hand-made action', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  const vinkje3 = meeting.checklist.items[2]!;
  await call(app.core, 'reviews:answer', { agendaItemId: decision.id, checklistItemId: vinkje3.id, answer: 'deels', explanation: 'Leerpunten uit Selwerd nog niet verwerkt.' });
  await call(app.core, 'actions:create', { meetingId: meeting.id, agendaItemId: decision.id, checklistItemId: vinkje3.id, description: 'Leerpunten Selwerd ophalen' });
  await call(app.core, 'actions:create', { meetingId: meeting.id, agendaItemId: decision.id, description: 'Vacature brugfunctionaris uitzetten' });

  await app.open(page, '#/acties');
  await expect(page.getByRole('heading', { level: 1, name: 'Actielijst' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Acties' });
  const fromVinkje = table.getByRole('row').filter({ hasText: 'Leerpunten Selwerd ophalen' });
  await expect(fromVinkje).toContainText('Coalitieoverleg juni');
  await expect(fromVinkje).toContainText('Uitbreiding brugfunctionarissen');
  await expect(fromVinkje.locator('.tag')).toHaveText('Vinkje 3');
  await expect(table.getByRole('row').filter({ hasText: 'Vacature brugfunctionaris uitzetten' }).locator('.tag')).toHaveText('Besluit');

  // The export has the same source per action, in its own column.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Actielijst als Markdown' }).click();
  const markdown = readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain('| Status | Vergadering | Herkomst |');
  expect(markdown).toMatch(/\| Leerpunten Selwerd ophalen \|.*\| Vinkje 3 \|\n/);
  expect(markdown).toMatch(/\| Vacature brugfunctionaris uitzetten \|.*\| Besluit \|\n/);

  // A hand-made action, between meetings.
  const form = page.getByRole('form', { name: 'Nieuwe actie' });
  await form.getByLabel('Wat').fill('Zaal voor de bewonersavond reserveren');
  await form.getByLabel('Eigenaar').selectOption({ label: 'Lefier' });
  await form.getByLabel('Deadline').fill('2027-07-01');
  await expect(form.getByLabel('Bij vergadering')).toHaveValue(String(meeting.id));
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByText('Actie “Zaal voor de bewonersavond reserveren” is toegevoegd.')).toBeVisible();
  const handMade = table.getByRole('row').filter({ hasText: 'Zaal voor de bewonersavond reserveren' });
  await expect(handMade.locator('.tag')).toHaveText('Handmatig');
  await expect(handMade).toContainText('Lefier');
  expect((await call(app.core, 'actions:list', {})).find((a) => a.description === 'Zaal voor de bewonersavond reserveren')).toMatchObject({
    meetingId: meeting.id,
    agendaItemId: null,
    source: 'handmatig',
    dueDate: '2027-07-01',
  });

  // The vinkje's follow-up is shown at its item on the meeting screen, with the vinkje named.
  await fromVinkje.getByRole('link', { name: 'Coalitieoverleg juni' }).click();
  const item = page.locator(`li[data-item-id="${decision.id}"]`);
  await expect(item.locator('details.item-record')).toHaveAttribute('open', '');
  await expect(item).toContainText('Vinkje 3: Leerpunten Selwerd ophalen');
});
