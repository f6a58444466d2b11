// Arranging data for the end-to-end specs straight through the core the web host serves, as the
// component tests do: typed by the contract, failing loudly on an error result.
import { expect, type Page } from '@playwright/test';
import type { Core } from '../../main/core/core';
import type { AppFixture } from './fixtures';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';

export async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

export const meetingBase = { body: 'coalitie' as const, place: 'Stadhuis Groningen', chairId: null, notulistId: null };

/** A coalition meeting from the standard agenda, with one proposed decision before the rondvraag. */
export async function meetingWithDecision(core: Core, title = 'Coalitieoverleg juni', startsAt = '2027-06-24T19:30') {
  const meeting = await call(core, 'meetings:create', { ...meetingBase, title, startsAt, agenda: 'standaard' });
  const decision = await call(core, 'agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Uitbreiding brugfunctionarissen',
    proposal: 'Twee extra brugfunctionarissen in Beijum.',
    themeIds: ['leren'],
  });
  return { meeting: await call(core, 'meetings:get', { id: meeting.id }), decision };
}

/** A started meeting with a decision, open on its page in the browser; with the link to its meeting mode. */
export async function startedMeetingPage(page: Page, app: AppFixture) {
  const { meeting } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await app.open(page);
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}`);
  const meetingModeLink = page.getByRole('link', { name: 'Naar de vergadermodus' });
  await expect(meetingModeLink).toBeVisible();
  return { meeting, meetingModeLink };
}

/** A held meeting whose decision was reviewed and taken, its minutes adopted in the next meeting (so sealed). */
export async function adoptedMeeting(core: Core, title = 'Coalitieoverleg juni') {
  const { meeting, decision } = await meetingWithDecision(core, title);
  for (const item of meeting.checklist.items) {
    await call(core, 'reviews:answer', { agendaItemId: decision.id, checklistItemId: item.id, answer: 'ja', explanation: '' });
  }
  await call(core, 'decisions:decide', { agendaItemId: decision.id, outcome: 'aangenomen', text: 'De coalitie stemt in.' });
  await call(core, 'meetings:setStatus', { id: meeting.id, status: 'gehouden' });
  const next = await call(core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg september', startsAt: '2027-09-16T19:30' });
  await call(core, 'minutes:adopt', { meetingId: meeting.id, atMeetingId: next.id });
  return meeting;
}

/** A bewonersvertegenwoordiger in a residents' organisation (the profile names none). */
export async function resident(core: Core, name = 'Anna de Vries') {
  const organisation = await call(core, 'organisations:create', { name: 'Bewoners Groningen-Noord', sector: 'bewoners' });
  return call(core, 'people:create', { name, organisationId: organisation.id, role: 'bewonersvertegenwoordiger' });
}
