// An answer sent with the stored answer it was based on is refused, with nothing written, when another window
// stored a newer one meanwhile: a stale draft never overwrites an answer nobody saw.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const answerOf = (item: { decision: { answers: { checklistItemId: number; answeredAt: string; answer: string; explanation: string }[] } | null }, checklistItemId: number) =>
  item.decision?.answers.find((a) => a.checklistItemId === checklistItemId);

describe('answer based on a stored version', () => {
  it('refuses when the vinkje was answered after the version the sender saw, and writes nothing', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const vinkje = meeting.checklist.items[1]!;
    const base = { agendaItemId: first.id, checklistItemId: vinkje.id };
    const seen = answerOf(await core.call('reviews:answer', { ...base, answer: 'ja', explanation: '' }), vinkje.id)!.answeredAt;
    await new Promise((r) => setTimeout(r, 5));
    await core.call('reviews:answer', { ...base, answer: 'nee', explanation: 'Elders vastgelegd.', expectedAnsweredAt: seen });
    const before = snapshot(core.db);
    const stale = await core.dispatch('reviews:answer', { ...base, answer: 'deels', explanation: 'Oud concept.', expectedAnsweredAt: seen });
    expect(stale).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Vinkje 2 is intussen elders beantwoord; uw antwoord is niet opgeslagen.' },
    });
    expect(snapshot(core.db)).toEqual(before);
  });

  it('refuses a first answer when one was stored meanwhile, and accepts a deliberate overwrite of the version shown', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const vinkje = meeting.checklist.items[0]!;
    const base = { agendaItemId: first.id, checklistItemId: vinkje.id };
    const other = answerOf(await core.call('reviews:answer', { ...base, answer: 'nee', explanation: 'Van B.' }), vinkje.id)!;
    const refused = await core.dispatch('reviews:answer', { ...base, answer: 'ja', explanation: '', expectedAnsweredAt: null });
    expect(refused.ok).toBe(false);
    const chosen = await core.call('reviews:answer', { ...base, answer: 'ja', explanation: 'Van A.', expectedAnsweredAt: other.answeredAt });
    expect(answerOf(chosen, vinkje.id)).toMatchObject({ answer: 'ja', explanation: 'Van A.' });
  });

  it('does not check when no version is sent', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const base = { agendaItemId: first.id, checklistItemId: meeting.checklist.items[2]!.id };
    await core.call('reviews:answer', { ...base, answer: 'nee', explanation: 'Eerst.' });
    const again = await core.call('reviews:answer', { ...base, answer: 'ja', explanation: '' });
    expect(answerOf(again, base.checklistItemId)?.answer).toBe('ja');
  });
});
