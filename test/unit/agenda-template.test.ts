// Applying the standard agenda to an agenda that already has items: only what is missing is added, in a
// chair's order, and applying it again adds nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: null, notulistId: null, startsAt: '2027-03-04T19:30' };
const titles = async (id: number) => (await core.call('meetings:get', { id })).agenda.map((a) => a.title);

describe('standaardagenda toepassen', () => {
  it('never adds a second copy of the standard items', async () => {
    const meeting = await core.call('meetings:create', { ...base, title: 'Maart', agenda: 'standaard' });
    const before = snapshot(core.db);
    const result = await core.dispatch('agenda:applyTemplate', { meetingId: meeting.id });
    expect(result).toEqual({
      ok: false,
      error: { code: 'rule-violation', message: 'De punten van de standaardagenda staan al op de agenda.' },
    });
    expect(snapshot(core.db)).toEqual(before);
  });

  it('adds only the missing items: opening items first, the rest before the closing items', async () => {
    const meeting = await core.call('meetings:create', { ...base, title: 'Maart' });
    await core.call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Brugfunctionarissen Beijum' });
    await core.call('agenda:add', { meetingId: meeting.id, kind: 'rondvraag', title: 'rondvraag' });
    const agenda = await core.call('agenda:applyTemplate', { meetingId: meeting.id });
    expect(agenda.map((a) => a.title)).toEqual([
      'Opening en mededelingen',
      'Vaststelling notulen vorige vergadering',
      'Actielijst',
      'Brugfunctionarissen Beijum',
      'Koers: zijn we nog op de goede weg?',
      'rondvraag',
      'Sluiting',
    ]);
    expect(agenda.map((a) => a.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await titles(meeting.id)).toEqual(agenda.map((a) => a.title));
  });
});

describe('agenda order', () => {
  it('places a new item before the rondvraag and sluiting and renumbers the stored order', async () => {
    const meeting = await core.call('meetings:create', { ...base, title: 'Maart', agenda: 'standaard' });
    const added = await core.call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Nieuw besluit' });
    const stored = (await core.call('meetings:get', { id: meeting.id })).agenda;
    expect(stored.map((a) => a.title).slice(-3)).toEqual(['Nieuw besluit', 'Rondvraag', 'Sluiting']);
    expect(stored.find((a) => a.id === added.id)!.position).toBe(5);
    expect(stored.map((a) => a.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
