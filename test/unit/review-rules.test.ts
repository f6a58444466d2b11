// The vinkjes review and the rules around it, through the dispatcher the app uses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';
import type { Answer } from '../../shared/domain';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

async function answerAll(agendaItemId: number, checklistItemIds: number[], answers: Answer[]) {
  for (const [index, checklistItemId] of checklistItemIds.entries()) {
    const answer = answers[index % answers.length]!;
    await core.call('reviews:answer', {
      agendaItemId,
      checklistItemId,
      answer,
      explanation: answer === 'ja' ? '' : `Toelichting bij vinkje ${index + 1}`,
    });
  }
}

describe('vinkjes review', () => {
  it('refuses to adopt a decision with an unanswered vinkje, and writes nothing', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const ids = meeting.checklist.items.map((i) => i.id);
    await answerAll(first.id, ids.slice(0, 5), ['ja']);
    const before = snapshot(core.db);
    const result = await core.dispatch('decisions:decide', { agendaItemId: first.id, outcome: 'aangenomen', text: 'Besloten.' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'rule-violation', message: 'Dit besluit kan nog niet "aangenomen" worden: vinkjes 6 en 7 zijn nog niet beantwoord.' },
    });
    expect(snapshot(core.db)).toEqual(before);
  });

  it('requires a toelichting for deels, nee and n.v.t.', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const item = meeting.checklist.items[3]!;
    for (const answer of ['deels', 'nee', 'nvt'] as const) {
      const result = await core.dispatch('reviews:answer', { agendaItemId: first.id, checklistItemId: item.id, answer, explanation: '  ' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/hoort een toelichting/);
    }
    const ok = await core.dispatch('reviews:answer', { agendaItemId: first.id, checklistItemId: item.id, answer: 'ja', explanation: '' });
    expect(ok.ok).toBe(true);
  });

  it('adopts one decision and holds the other, keeping the wording answered', async () => {
    const { meeting, first, second } = await meetingWithTwoDecisions(core);
    const ids = meeting.checklist.items.map((i) => i.id);
    await answerAll(first.id, ids, ['ja', 'deels']);
    await answerAll(second.id, ids, ['nee', 'nvt', 'ja']);
    const adopted = await core.call('decisions:decide', { agendaItemId: first.id, outcome: 'aangenomen', text: 'Twee extra brugfunctionarissen.' });
    const held = await core.call('decisions:decide', { agendaItemId: second.id, outcome: 'aangehouden', text: 'Terug in maart.' });
    expect(adopted.decision?.outcome).toBe('aangenomen');
    expect(held.decision?.outcome).toBe('aangehouden');
    expect(adopted.decision?.answers).toHaveLength(7);
    expect(adopted.decision?.answers[1]).toMatchObject({ answer: 'deels', question: "Is er gekeken naar samenhang tussen de verschillende thema's?" });
  });

  it('holds a decision without all vinkjes answered (only adopting needs all seven)', async () => {
    const { second } = await meetingWithTwoDecisions(core);
    const held = await core.call('decisions:decide', { agendaItemId: second.id, outcome: 'aangehouden', text: '' });
    expect(held.decision?.outcome).toBe('aangehouden');
  });

  it('only reviews decision items, and only against the meeting checklist', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const opening = meeting.agenda.find((i) => i.kind === 'opening')!;
    const a = await core.dispatch('reviews:answer', { agendaItemId: opening.id, checklistItemId: meeting.checklist.items[0]!.id, answer: 'ja', explanation: '' });
    expect(a.ok).toBe(false);
    const b = await core.dispatch('reviews:answer', { agendaItemId: first.id, checklistItemId: 9999, answer: 'ja', explanation: '' });
    expect(b).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('records a follow-up action on a vinkje answered deels', async () => {
    const { meeting, first, chair } = await meetingWithTwoDecisions(core);
    const vinkje4 = meeting.checklist.items[3]!;
    await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: vinkje4.id, answer: 'deels', explanation: 'Alleen de wijkraad gesproken.' });
    const action = await core.call('actions:create', {
      meetingId: meeting.id,
      agendaItemId: first.id,
      checklistItemId: vinkje4.id,
      description: 'Bewonersavond in Beijum organiseren',
      ownerPersonId: chair.id,
      dueDate: '2027-02-01',
    });
    expect(action).toMatchObject({ ownerName: 'Koen Schuiling', status: 'open', checklistItemId: vinkje4.id });
    const done = await core.call('actions:setStatus', { id: action.id, status: 'gereed' });
    expect(done.status).toBe('gereed');
  });
});

describe('agenda', () => {
  it('reorders items and keeps positions 1..n', async () => {
    const { meeting, second } = await meetingWithTwoDecisions(core);
    const agenda = await core.call('agenda:move', { id: second.id, position: 1 });
    expect(agenda.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect(agenda[0]!.id).toBe(second.id);
    const again = await core.call('agenda:move', { id: second.id, position: 99 });
    expect(again[again.length - 1]!.id).toBe(second.id);
    expect((await core.call('meetings:get', { id: meeting.id })).agenda.map((i) => i.id)).toEqual(again.map((i) => i.id));
  });

  it('removes an item and renumbers, but never a decided one', async () => {
    const { meeting, first, second } = await meetingWithTwoDecisions(core);
    await core.call('decisions:decide', { agendaItemId: second.id, outcome: 'ingetrokken', text: '' });
    const refused = await core.dispatch('agenda:remove', { id: second.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    const agenda = await core.call('agenda:remove', { id: first.id });
    expect(agenda.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(agenda.some((i) => i.id === first.id)).toBe(false);
    expect((await core.call('meetings:get', { id: meeting.id })).agenda).toHaveLength(3);
  });

  it('refuses links to unknown themes, wijken or interventions', async () => {
    const { meeting } = await meetingWithTwoDecisions(core);
    const before = snapshot(core.db);
    const result = await core.dispatch('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'X', themeIds: ['vliegen'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('vliegen') } });
    expect(snapshot(core.db)).toEqual(before);
  });

  it('keeps links on a decision item', async () => {
    const { first } = await meetingWithTwoDecisions(core);
    expect(first).toMatchObject({ themeIds: ['leren'], wijkIds: ['beijum'], interventionIds: ['brugfunctionaris'] });
    const updated = await core.call('agenda:update', { id: first.id, kind: 'besluit', title: first.title, proposal: 'Nieuw voorstel', themeIds: ['leren', 'meedoen'] });
    expect(updated.themeIds.sort()).toEqual(['leren', 'meedoen']);
    expect(updated.wijkIds).toEqual([]);
    expect(updated.decision?.proposal).toBe('Nieuw voorstel');
  });
});

describe('coalition and attendance', () => {
  it('adds a bewonersvertegenwoordiger and records attendance', async () => {
    const org = await core.call('organisations:create', { name: 'Bewoners Groningen-Noord', sector: 'bewoners' });
    const person = await core.call('people:create', { name: 'Fatima el Amrani', organisationId: org.id, role: 'bewonersvertegenwoordiger' });
    const dup = await core.dispatch('organisations:create', { name: 'bewoners groningen-noord' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const { meeting } = await meetingWithTwoDecisions(core);
    const list = await core.call('attendance:set', { meetingId: meeting.id, personId: person.id, status: 'aanwezig' });
    expect(list.find((a) => a.personId === person.id)?.status).toBe('aanwezig');
    const cleared = await core.call('attendance:set', { meetingId: meeting.id, personId: person.id, status: null });
    expect(cleared.find((a) => a.personId === person.id)?.status).toBeNull();
  });
});
