// Search hits as a reader needs them: an excerpt of about twenty whole words around the match from the
// part that matched, and an action titled with its own text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const words = (parts: { text: string }[]) => parts.map((p) => p.text).join('').replace(/…/g, '').trim().split(/\s+/);

describe('search hits', () => {
  it('cut about twenty whole words around a match deep in a long decision text', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    for (const [i, id] of meeting.checklist.items.map((c) => c.id).entries()) {
      await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: id, answer: 'ja', explanation: i === 0 ? 'Goed.' : '' });
    }
    const long =
      'De coalitie besluit de brugfunctionarissen in Beijum uit te breiden met twee collega’s die op de basisscholen ' +
      'werken en de ouders kennen; na een jaar kijken we samen met de buurtteams en de wijkraad of het werkt en ' +
      'wat de scholen ervan vinden, en leggen we dat voor aan de bewoners.';
    await core.call('decisions:decide', { agendaItemId: first.id, outcome: 'aangenomen', text: long });
    const hit = (await core.call('search:query', { q: 'buurtteams' })).find((h) => h.kind === 'besluit')!;
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['buurtteams']);
    expect(words(hit.snippet)).toHaveLength(20);
    expect(hit.snippet.map((p) => p.text).join('')).toMatch(/^…\S+ .*samen met de buurtteams en de wijkraad .*…$/);
  });

  it('show a vinkje result’s excerpt where the term is, and title an action with its text', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    await core.call('reviews:answer', {
      agendaItemId: first.id,
      checklistItemId: meeting.checklist.items[3]!.id,
      answer: 'deels',
      explanation: 'Alleen de ouders op twee scholen zijn bevraagd.',
    });
    // "gevraagd" is in vinkje 4's question, not in the toelichting: the excerpt shows the question.
    const vinkje = (await core.call('search:query', { q: 'gevraagd' })).find((h) => h.kind === 'toelichting')!;
    expect(vinkje.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['gevraagd']);
    const scholen = (await core.call('search:query', { q: 'scholen' })).find((h) => h.kind === 'toelichting')!;
    expect(scholen.snippet.map((p) => p.text).join('')).toBe('Alleen de ouders op twee scholen zijn bevraagd.');

    await core.call('actions:create', { meetingId: meeting.id, agendaItemId: first.id, description: 'Brugfunctionaris werven voor Beijum' });
    const action = (await core.call('search:query', { q: 'werven' })).find((h) => h.kind === 'actie')!;
    expect(action.title).toBe('Brugfunctionaris werven voor Beijum');
    expect(action.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['werven']);
  });
});
