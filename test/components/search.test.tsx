// @vitest-environment happy-dom
// Zoeken: the header's search field leads to ranked results with the matched words in <mark>, rendered
// as text (never as HTML), each linking to its meeting and agenda item.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openTestCore, type TestCore } from './harness';
import { renderApp } from './app-harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  window.location.hash = '#/vergaderingen';
});
afterEach(() => {
  cleanup();
  t.close();
});

async function arrange() {
  const old = await t.call('meetings:create', {
    body: 'coalitie',
    title: 'Coalitieoverleg 2023',
    startsAt: '2023-11-16T19:30',
    place: 'Stadhuis',
    chairId: null,
    notulistId: null,
  });
  const item = await t.call('agenda:add', { meetingId: old.id, kind: 'besluit', title: 'Brugfunctionarissen Beijum', proposal: 'Twee extra.' });
  await t.call('reviews:answer', {
    agendaItemId: item.id,
    checklistItemId: old.checklist.items[3]!.id,
    answer: 'deels',
    explanation: 'De bewonersparticipatie in Beijum liep via het café van de wijkraad.',
  });
  await t.call('agenda:setNotes', { id: item.id, notes: 'Participatie <b>niet</b> vergeten.' });
  return { old, item };
}

describe('Zoeken', () => {
  it('finds a toelichting from years back and highlights the matched words', async () => {
    const user = userEvent.setup();
    const { old, item } = await arrange();
    renderApp(t);
    const search = screen.getByRole('search', { name: 'Zoeken' });
    await user.type(within(search).getByRole('searchbox', { name: 'Zoeken' }), 'participatie');
    await user.click(within(search).getByRole('button', { name: 'Zoek' }));

    await waitFor(() => expect(window.location.hash).toBe('#/zoeken?q=participatie'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoekresultaten voor “participatie”' })).toBeTruthy();
    const results = await within(screen.getByRole('main')).findByRole('list');
    const hits = within(results).getAllByRole('listitem');
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/resultaten, het best passende eerst/)).toBeTruthy();

    const toelichting = hits.find((h) => h.textContent?.includes('Toelichting bij vinkje'))!;
    expect(toelichting.textContent).toContain('Coalitieoverleg 2023, 16 november 2023');
    const marks = [...toelichting.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(marks.join(' ')).toContain('participatie');
    const link = within(toelichting).getByRole('link');
    expect(link.getAttribute('href')).toBe(`#/vergaderingen/${old.id}?punt=${item.id}`);

    // Text from the store is text: the note's "<b>" is shown, not interpreted.
    const note = hits.find((h) => h.textContent?.includes('Aantekening'))!;
    expect(note.textContent).toContain('<b>niet</b>');
    expect(note.querySelector('b')).toBeNull();
    expect(note.querySelector('mark')!.textContent!.toLowerCase()).toBe('participatie');

    // The header field keeps the query; a short word is explained rather than searched.
    expect((within(search).getByRole('searchbox') as HTMLInputElement).value).toBe('participatie');
    window.location.hash = '#/zoeken?q=ab';
    expect(await screen.findByText('Gebruik een zoekwoord van minstens drie letters.')).toBeTruthy();
    window.location.hash = '#/zoeken?q=xyzzy';
    expect(await screen.findByText('Niets gevonden voor “xyzzy”.')).toBeTruthy();
  });
});
