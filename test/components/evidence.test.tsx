// @vitest-environment happy-dom
// Evidence in the vinkjes review: each vinkje shows, before the answer, what the registers hold for the decision
// (one evidence:forDecision call per decision item, not per vinkje), says "niets vastgelegd" where nothing is on
// record, and cites an entry in the answer through reviews:cite — on the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CoalitieApi } from '../../shared/contract';
import MeetingModeScreen from '../../renderer/screens/MeetingModeScreen';
import { openTestCore, renderWithCore, type TestCore } from './harness';
import * as format from '../../renderer/format';

// formatDate is called once per listed entry when an evidence list renders: a spy counts the renders.
vi.mock('../../renderer/format', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/format')>();
  return { ...actual, formatDate: vi.fn(actual.formatDate) };
});

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  t.close();
});

/** The core's API, counting the calls per channel. */
function counting(api: CoalitieApi) {
  const calls: string[] = [];
  const wrapped = new Proxy(api, {
    get(target, channel: string) {
      const fn = (target as unknown as Record<string, (input: unknown) => unknown>)[channel]!;
      return (input: unknown) => {
        calls.push(channel);
        return fn(input);
      };
    },
  }) as CoalitieApi;
  return { wrapped, calls };
}

async function arrange() {
  const people = (await t.call('coalition:list', {})).flatMap((o) => o.people);
  const meeting = await t.call('meetings:create', {
    body: 'coalitie',
    title: 'Coalitieoverleg december',
    startsAt: '2026-12-03T19:30',
    place: 'Stadhuis Groningen',
    chairId: people.find((p) => p.role === 'voorzitter')?.id ?? null,
    notulistId: null,
  });
  const linked = await t.call('agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Uitbreiding brugfunctionarissen',
    proposal: 'Twee extra brugfunctionarissen in Beijum.',
    interventionIds: ['brugfunctionaris'],
  });
  const bare = await t.call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Losse vraag', proposal: 'Een vraag zonder koppeling.' });
  await t.call('meetings:setStatus', { id: meeting.id, status: 'bezig' });
  const feedback = await t.call('registers:create', {
    kind: 'bewonersfeedback',
    date: '2026-06-01',
    title: 'Ouders blij met de brugfunctionaris',
    text: 'Op de ouderavond zeiden twaalf ouders dat de brugfunctionaris het verschil maakt.',
    sourceKind: 'bewoner',
    sourceName: 'Ouderpanel Beijum',
    grondslag: 'toestemming',
    interventionIds: ['brugfunctionaris'],
  });
  const full = await t.call('meetings:get', { id: meeting.id });
  return { meeting: full, linked, bare, feedback };
}

describe('Evidence in the vinkjes review', () => {
  it('shows the bewonersfeedback under vinkje 4, loads it once per decision, and cites it in the answer', async () => {
    const user = userEvent.setup();
    const { meeting, linked, bare, feedback } = await arrange();
    const v4 = meeting.checklist.items.find((i) => i.position === 4)!;
    const { wrapped, calls } = counting(t.api);
    sessionStorage.setItem(`coalitietafel:vergadermodus:${meeting.id}`, '0');
    renderWithCore({ ...t, api: wrapped }, <MeetingModeScreen id={meeting.id} />);
    await screen.findByRole('heading', { level: 2, name: /Uitbreiding brugfunctionarissen/ });

    // Every vinkje has its evidence, from one call for the whole decision, shown when the vinkje is opened.
    for (const ci of meeting.checklist.items) {
      const group = screen.getByRole('group', { name: `Vinkje ${ci.position}: ${ci.question}` });
      await user.click(within(group).getByRole('button', { name: new RegExp(`^Toelichting bij vinkje ${ci.position}`) }));
      expect(within(group).getByRole('group', { name: `Wat is vastgelegd bij vinkje ${ci.position}` })).toBeTruthy();
    }
    expect(calls.filter((c) => c === 'evidence:forDecision')).toHaveLength(1);

    // Closed, the row counts what is on record; opened, it shows the summary and, on request, the entries.
    const vinkje4 = screen.getByRole('group', { name: `Vinkje 4: ${v4.question}` });
    const toggle4 = within(vinkje4).getByRole('button', { name: /^Toelichting bij vinkje 4/ });
    expect(toggle4.textContent).toContain('1 vastgelegd');
    await user.click(toggle4);
    const evidence = within(vinkje4).getByRole('group', { name: 'Wat is vastgelegd bij vinkje 4' });
    expect(
      await within(evidence).findByText('Over deze interventies is in de twaalf maanden voor de vergadering 1 reactie van bewoners vastgelegd.'),
    ).toBeTruthy();
    const radio = within(vinkje4).getByRole('radio', { name: 'Ja' });
    await user.click(within(evidence).getByRole('button', { name: 'Vermeldingen tonen (1) bij vinkje 4' }));

    const cite = within(evidence).getByRole('checkbox', { name: 'Aanhalen: Ouders blij met de brugfunctionaris' }) as HTMLInputElement;
    expect(cite.checked).toBe(false);
    const facts = document.getElementById(cite.getAttribute('aria-describedby')!)!;
    expect(facts.textContent).toContain('1 juni 2026');
    expect(facts.textContent).toContain('Bewonersfeedback');
    expect(facts.textContent).toContain('Bron: Bewoner (Ouderpanel Beijum)');
    expect(within(evidence).getByText(/twaalf ouders/)).toBeTruthy();


    // Citing sends the full set for that vinkje.
    await user.click(cite);
    await waitFor(async () => {
      const stored = await t.call('evidence:forDecision', { agendaItemId: linked.id });
      expect(stored.vinkjes.find((v) => v.position === 4)!.entries).toEqual([expect.objectContaining({ id: feedback.id, cited: true })]);
    });
    expect(cite.checked).toBe(true);
    expect(await screen.findByText('Vinkje 4: “Ouders blij met de brugfunctionaris” wordt aangehaald.')).toBeTruthy();

    // Answering the vinkje: the answer carries the citation (and so do the minutes).
    await user.click(radio);
    await waitFor(async () => {
      const item = (await t.call('meetings:get', { id: meeting.id })).agenda.find((a) => a.id === linked.id)!;
      expect(item.decision!.answers.find((a) => a.checklistItemId === v4.id)?.citations).toEqual([
        { id: feedback.id, kind: 'bewonersfeedback', title: 'Ouders blij met de brugfunctionaris', date: '2026-06-01' },
      ]);
    });
    const minutes = await t.call('minutes:export', { meetingId: meeting.id, format: 'md' });
    expect(Buffer.from(minutes.base64, 'base64').toString('utf8')).toContain('Ouders blij met de brugfunctionaris');

    // Un-citing sends the (now empty) set.
    await user.click(cite);
    await waitFor(async () => {
      const item = (await t.call('meetings:get', { id: meeting.id })).agenda.find((a) => a.id === linked.id)!;
      expect(item.decision!.answers.find((a) => a.checklistItemId === v4.id)?.citations).toBeUndefined();
    });
    expect(cite.checked).toBe(false);

    // The other decision is linked to nothing: that is said once, quietly, above the vinkjes, and in a vinkje opened.
    await user.click(screen.getByRole('button', { name: 'Volgend agendapunt' }));
    await screen.findByRole('heading', { level: 2, name: /Losse vraag/ });
    const nothing = "Dit besluit is nog niet gekoppeld aan interventies, thema's of wijken, dus is er niets vastgelegd om te tonen.";
    expect(await screen.findAllByText(nothing)).toHaveLength(1);
    const bareVinkje4 = screen.getByRole('group', { name: `Vinkje 4: ${v4.question}` });
    await user.click(within(bareVinkje4).getByRole('button', { name: /^Toelichting bij vinkje 4/ }));
    const bareEvidence = within(bareVinkje4).getByRole('group', { name: 'Wat is vastgelegd bij vinkje 4' });
    expect((await within(bareEvidence).findByText(/niets vastgelegd/)).textContent).toBe(nothing);
    expect(within(bareEvidence).queryByRole('checkbox')).toBeNull();
    expect(calls.filter((c) => c === 'evidence:forDecision')).toHaveLength(2);
    expect(bare.id).not.toBe(linked.id);
  });

  it('shows the citations but allows no change once the minutes are adopted', async () => {
    const { meeting, linked, feedback } = await arrange();
    const v4 = meeting.checklist.items.find((i) => i.position === 4)!;
    await t.call('reviews:answer', { agendaItemId: linked.id, checklistItemId: v4.id, answer: 'ja', explanation: '' });
    await t.call('reviews:cite', { agendaItemId: linked.id, checklistItemId: v4.id, registerEntryIds: [feedback.id] });
    await t.call('meetings:setStatus', { id: meeting.id, status: 'gehouden' });
    const next = await t.call('meetings:create', { body: 'coalitie', title: 'Maart', startsAt: '2027-03-11T19:30', place: 'Stadhuis', chairId: null, notulistId: null });
    await t.call('minutes:adopt', { meetingId: meeting.id, atMeetingId: next.id });

    renderWithCore(t, <MeetingModeScreen id={meeting.id} />);
    await screen.findByRole('heading', { level: 2, name: /Uitbreiding brugfunctionarissen/ });
    const vinkje4 = screen.getByRole('group', { name: `Vinkje 4: ${v4.question}` });
    const cite = (await within(vinkje4).findByRole('checkbox', { name: 'Aanhalen: Ouders blij met de brugfunctionaris' })) as HTMLInputElement;
    expect(cite.checked).toBe(true);
    expect(cite.disabled || cite.closest('fieldset')!.disabled).toBe(true);
  });

  it('lists the 10 newest entries, links to the older ones, and does not re-render the lists when an answer is saved', async () => {
    const user = userEvent.setup();
    const { meeting, feedback } = await arrange();
    const v4 = meeting.checklist.items.find((i) => i.position === 4)!;
    const v1 = meeting.checklist.items.find((i) => i.position === 1)!;
    // 24 more reactions in 2026 (25 in all), each later than the first (1 June) or earlier.
    const dates: string[] = [];
    for (let i = 0; i < 24; i++) {
      const date = new Date(Date.UTC(2026, 0, 2 + i * 13)).toISOString().slice(0, 10);
      dates.push(date);
      await t.call('registers:create', { kind: 'bewonersfeedback', date, title: `Reactie ${i + 1}`, sourceKind: 'bewoner', interventionIds: ['brugfunctionaris'] });
    }
    const { wrapped, calls } = counting(t.api);
    sessionStorage.setItem(`coalitietafel:vergadermodus:${meeting.id}`, '0');
    renderWithCore({ ...t, api: wrapped }, <MeetingModeScreen id={meeting.id} />);
    await screen.findByRole('heading', { level: 2, name: /Uitbreiding brugfunctionarissen/ });
    const vinkje4 = screen.getByRole('group', { name: `Vinkje 4: ${v4.question}` });
    await user.click(within(vinkje4).getByRole('button', { name: /^Toelichting bij vinkje 4/ }));
    const evidence = within(vinkje4).getByRole('group', { name: 'Wat is vastgelegd bij vinkje 4' });
    expect(
      await within(evidence).findByText(
        'Over deze interventies zijn in de twaalf maanden voor de vergadering 25 bewonersfeedback vastgelegd; de 10 nieuwste staan hieronder.',
      ),
    ).toBeTruthy();
    await user.click(within(evidence).getByRole('button', { name: 'Vermeldingen tonen (10) bij vinkje 4' }));
    expect(within(evidence).getAllByRole('checkbox')).toHaveLength(10);
    const more = within(evidence).getByRole('link', { name: 'en 15 oudere vermeldingen bij vinkje 4, in de registers' });
    expect(more.getAttribute('href')).toBe('#/registers/bewonersfeedback?interventie=brugfunctionaris');
    expect(calls.filter((c) => c === 'evidence:forDecision')).toHaveLength(1);
    // The first reaction (1 June) is among the older ones.
    expect(within(evidence).queryByRole('checkbox', { name: `Aanhalen: ${feedback.title}` })).toBeNull();

    // Saving the answer to vinkje 1 re-renders no evidence list.
    const formatDate = vi.mocked(format.formatDate);
    formatDate.mockClear();
    const vinkje1 = screen.getByRole('group', { name: `Vinkje 1: ${v1.question}` });
    await user.click(within(vinkje1).getByRole('radio', { name: 'Ja' }));
    expect(await within(vinkje1).findByText('Opgeslagen')).toBeTruthy();
    expect(formatDate.mock.calls.filter(([d]) => dates.includes(d) || d === feedback.date)).toEqual([]);

    // Citing one entry re-renders only that vinkje's list (ten entries, once or twice), not the others.
    formatDate.mockClear();
    await user.click(within(evidence).getAllByRole('checkbox')[0]!);
    await waitFor(() => expect((within(evidence).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true));
    const rendered = formatDate.mock.calls.length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered % 10).toBe(0);
    expect(rendered).toBeLessThanOrEqual(20);
    expect(calls.filter((c) => c === 'evidence:forDecision')).toHaveLength(1);
  });
});
