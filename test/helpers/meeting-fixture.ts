// Builds a meeting with two decision items through the contract, as the programmaleider would, and holds it
// and adopts its minutes the same way.
import type { TempCore } from './temp-core';

export async function meetingWithTwoDecisions(core: TempCore) {
  const coalition = await core.call('coalition:list', {});
  const people = coalition.flatMap((o) => o.people);
  const chair = people.find((p) => p.role === 'voorzitter')!;
  const notulist = people.find((p) => p.name === 'Bert Popken')!;
  const meeting = await core.call('meetings:create', {
    body: 'coalitie',
    title: 'Coalitieoverleg december',
    startsAt: '2026-12-03T19:30',
    place: 'Stadhuis Groningen',
    chairId: chair.id,
    notulistId: notulist.id,
  });
  await core.call('agenda:add', { meetingId: meeting.id, kind: 'opening', title: 'Opening' });
  const first = await core.call('agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Uitbreiding brugfunctionarissen',
    proposal: 'Twee extra brugfunctionarissen in Beijum.',
    themeIds: ['leren'],
    wijkIds: ['beijum'],
    interventionIds: ['brugfunctionaris'],
  });
  const second = await core.call('agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Stratenaanpak Selwerd',
    proposal: 'Stratenaanpak uitbreiden naar drie straten in Selwerd.',
    wijkIds: ['selwerd'],
    interventionIds: ['stratenaanpak'],
  });
  await core.call('agenda:add', { meetingId: meeting.id, kind: 'sluiting', title: 'Sluiting' });
  return { meeting: await core.call('meetings:get', { id: meeting.id }), first, second, chair, notulist, people };
}

/** Marks the meeting held and adopts its minutes at the next coalition meeting, which it creates. */
export async function holdAndAdoptMinutes(core: TempCore, meetingId: number, chairId: number, notulistId: number) {
  await core.call('meetings:setStatus', { id: meetingId, status: 'gehouden' });
  const next = await core.call('meetings:create', {
    body: 'coalitie',
    title: 'Coalitieoverleg maart',
    startsAt: '2027-03-11T19:30',
    place: 'Stadhuis Groningen',
    chairId,
    notulistId,
  });
  return core.call('minutes:adopt', { meetingId, atMeetingId: next.id });
}
