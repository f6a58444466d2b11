// Search results as a reader sees them: about twenty words of context with the whole matched word marked,
// and an action found by its text, titled with it.
import { test, expect } from './fixtures';
import { call, meetingWithDecision } from './arrange';

test('search shows twenty words around the match, whole words marked, and an action by its text', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core);
  const checklist = meeting.checklist.items;
  for (const item of checklist) {
    await call(app.core, 'reviews:answer', { agendaItemId: decision.id, checklistItemId: item.id, answer: 'ja', explanation: '' });
  }
  await call(app.core, 'decisions:decide', {
    agendaItemId: decision.id,
    outcome: 'aangenomen',
    text:
      'De coalitie besluit de brugfunctionarissen in Beijum uit te breiden met twee collega’s die op de basisscholen ' +
      'werken en de ouders kennen; na een jaar kijken we samen met de buurtteams en de wijkraad of het werkt en ' +
      'wat de scholen ervan vinden, en leggen we dat voor aan de bewoners.',
  });
  await call(app.core, 'actions:create', { meetingId: meeting.id, agendaItemId: decision.id, description: 'Buurtteams uitnodigen voor de evaluatie' });

  await app.open(page);
  const search = page.getByRole('search', { name: 'Zoeken' });
  await search.getByRole('searchbox', { name: 'Zoeken' }).fill('buurtteams');
  await search.getByRole('searchbox', { name: 'Zoeken' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “buurtteams”' })).toBeVisible();

  const besluit = page.getByRole('main').getByRole('listitem').filter({ has: page.locator('.tag', { hasText: /^Besluit$/ }) });
  const snippet = besluit.locator('.snippet');
  await expect(snippet.locator('mark')).toHaveText(['buurtteams']);
  const text = (await snippet.innerText()).replace(/…/g, '').trim();
  expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(18);
  expect(text.split(/\s+/).length).toBeLessThanOrEqual(22);
  expect(text).toContain('samen met de buurtteams en de wijkraad');

  const actie = page.getByRole('main').getByRole('listitem').filter({ has: page.locator('.tag', { hasText: /^Actie$/ }) });
  await expect(actie.getByRole('link')).toHaveText('Buurtteams uitnodigen voor de evaluatie');
  await expect(actie.locator('mark')).toHaveText(['Buurtteams']);
});
