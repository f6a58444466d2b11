// The live meeting in the store. "Iedereen aanwezig" and "Zoals vorige vergadering" fill in everyone not yet marked,
// never overwrite what the chair marked, and refuse plainly (changing nothing) without a previous meeting to copy;
// the projector's state carries the outcome once the decision is taken.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: null, notulistId: null };

describe('attendance helpers', () => {
  it('marks everyone not yet filled in as present and keeps what was marked', async () => {
    const meeting = await core.call('meetings:create', { ...base, title: 'Juni', startsAt: '2027-06-24T19:30' });
    const [first, second] = (await core.call('meetings:get', { id: meeting.id })).attendance;
    await core.call('attendance:set', { meetingId: meeting.id, personId: first!.personId, status: 'afwezig-met-bericht' });
    const list = await core.call('attendance:markAllPresent', { meetingId: meeting.id });
    expect(list.find((a) => a.personId === first!.personId)?.status).toBe('afwezig-met-bericht');
    expect(list.find((a) => a.personId === second!.personId)?.status).toBe('aanwezig');
    expect(list.filter((a) => a.status === null)).toEqual([]);
  });

  it('copies the previous meeting of the same body onto the people not yet marked', async () => {
    const older = await core.call('meetings:create', { ...base, title: 'April', startsAt: '2027-04-22T19:30' });
    const previous = await core.call('meetings:create', { ...base, title: 'Mei', startsAt: '2027-05-20T19:30' });
    const otherBody = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Team', startsAt: '2027-06-01T10:00' });
    const meeting = await core.call('meetings:create', { ...base, title: 'Juni', startsAt: '2027-06-24T19:30' });
    const [a, b, c] = (await core.call('meetings:get', { id: meeting.id })).attendance;
    // Attendance lists a body's own members: c sits in the programmateam too.
    const team = (await core.call('bodies:list', {})).find((x) => x.kind === 'programmateam')!;
    await core.call('memberships:add', { bodyId: team.id, personId: c!.personId, role: 'lid' });
    await core.call('attendance:set', { meetingId: older.id, personId: c!.personId, status: 'aanwezig' });
    await core.call('attendance:set', { meetingId: otherBody.id, personId: c!.personId, status: 'afwezig' });
    await core.call('attendance:set', { meetingId: previous.id, personId: a!.personId, status: 'aanwezig' });
    await core.call('attendance:set', { meetingId: previous.id, personId: b!.personId, status: 'afwezig-met-bericht' });
    await core.call('attendance:set', { meetingId: meeting.id, personId: a!.personId, status: 'afwezig' });

    const list = await core.call('attendance:copyPrevious', { meetingId: meeting.id });
    const status = (id: number) => list.find((e) => e.personId === id)?.status;
    expect(status(a!.personId)).toBe('afwezig'); // marked here already: kept
    expect(status(b!.personId)).toBe('afwezig-met-bericht');
    expect(status(c!.personId)).toBeNull(); // only the meeting just before counts, of the same body
  });

  it('refuses when there is no previous meeting, or it recorded nobody, and changes nothing', async () => {
    const first = await core.call('meetings:create', { ...base, title: 'Mei', startsAt: '2027-05-20T19:30' });
    const before = snapshot(core.db);
    expect(await core.dispatch('attendance:copyPrevious', { meetingId: first.id })).toEqual({
      ok: false,
      error: { code: 'rule-violation', message: 'Er is geen eerdere vergadering van dit overleg om de aanwezigheid van over te nemen.' },
    });
    expect(snapshot(core.db)).toEqual(before);
    const second = await core.call('meetings:create', { ...base, title: 'Juni', startsAt: '2027-06-24T19:30' });
    expect(await core.dispatch('attendance:copyPrevious', { meetingId: second.id })).toMatchObject({
      ok: false,
      error: { message: 'In de vorige vergadering is geen aanwezigheid ingevuld; er is niets overgenomen.' },
    });
  });
});

describe('the projector after the decision', () => {
  it('shows the outcome and besluittekst instead of the vinkje under discussion', async () => {
    const meeting = await core.call('meetings:create', { ...base, title: 'Juni', startsAt: '2027-06-24T19:30' });
    const item = await core.call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Brugfunctionarissen', proposal: 'Twee erbij.' });
    const { checklist } = await core.call('meetings:get', { id: meeting.id });
    await core.call('presenter:set', { meetingId: meeting.id, agendaItemId: item.id, checklistItemId: checklist.items[2]!.id });
    const during = await core.call('presenter:get', { meetingId: meeting.id });
    expect(during.vinkje?.position).toBe(3);
    expect(during.item).toMatchObject({ outcome: null, decisionText: '' });

    await core.call('decisions:decide', { agendaItemId: item.id, outcome: 'aangehouden', text: 'Terug in september.' });
    const after = await core.call('presenter:get', { meetingId: meeting.id });
    expect(after.vinkje).toBeNull();
    expect(after.item).toMatchObject({ outcome: 'aangehouden', decisionText: 'Terug in september.', proposal: 'Twee erbij.' });
    expect(after.answers).toHaveLength(7);
    expect(after.version).not.toBe(during.version);
  });
});
