// @vitest-environment happy-dom
// "Vergadering starten" on another day than the meeting's date asks first, naming the date; on the day it does not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todayLocalDate } from '../../shared/format';
import MeetingModeScreen from '../../renderer/screens/MeetingModeScreen';
import { arrangeMeeting, openTestCore, renderWithCore, type TestCore } from './harness';
import { renderApp } from './app-harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  cleanup();
  t.close();
});

const meetingOn = (startsAt: string) => arrangeMeeting(t, 'Coalitieoverleg juni', startsAt);

describe('Vergadering starten', () => {
  it('asks the chair to confirm on another day, naming the date; Annuleren starts nothing', async () => {
    const user = userEvent.setup();
    const meeting = await meetingOn('2099-06-04T19:30');
    renderApp(t, `#/vergaderingen/${meeting.id}`);
    const start = await screen.findByRole('button', { name: 'Vergadering starten' });
    start.focus();
    await user.keyboard('{Enter}');

    const question = screen.getByRole('group', { name: 'Vergadering starten bevestigen: gepland op donderdag 4 juni 2099' });
    expect(question.textContent).toContain('Deze vergadering staat gepland op donderdag 4 juni 2099, niet op vandaag');
    const yes = within(question).getByRole('button', { name: 'Ja, nu starten' });
    await waitFor(() => expect(document.activeElement).toBe(yes));

    await user.click(within(question).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Vergadering starten' })));
    expect((await t.call('meetings:get', { id: meeting.id })).status).toBe('gepland');

    // A deliberate start goes ahead.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, nu starten' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/vergaderingen/${meeting.id}/vergadermodus`));
    expect((await t.call('meetings:get', { id: meeting.id })).status).toBe('bezig');
    // Meeting mode opens (and takes the data the app fetched for it, so none is left for the next test's meeting 1).
    expect(await screen.findByRole('heading', { level: 1, name: /Vergadermodus/ }, { timeout: 10_000 })).toBeTruthy();
  });

  it('asks in meeting mode too', async () => {
    const user = userEvent.setup();
    const meeting = await meetingOn('2099-06-04T19:30');
    renderWithCore(t, <MeetingModeScreen id={meeting.id} />);
    await user.click(await screen.findByRole('button', { name: 'Vergadering starten' }));
    const question = screen.getByRole('group', { name: 'Vergadering starten bevestigen: gepland op donderdag 4 juni 2099' });
    await user.click(within(question).getByRole('button', { name: 'Ja, nu starten' }));
    await waitFor(async () => expect((await t.call('meetings:get', { id: meeting.id })).status).toBe('bezig'));
  });

  it('starts at once on the meeting’s own day', async () => {
    const user = userEvent.setup();
    const meeting = await meetingOn(`${todayLocalDate()}T19:30`);
    renderApp(t, `#/vergaderingen/${meeting.id}`);
    await user.click(await screen.findByRole('button', { name: 'Vergadering starten' }));
    expect(screen.queryByRole('button', { name: 'Ja, nu starten' })).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe(`#/vergaderingen/${meeting.id}/vergadermodus`));
    expect((await t.call('meetings:get', { id: meeting.id })).status).toBe('bezig');
    // Meeting mode opens (and takes the data the app fetched for it, so none is left for the next test's meeting 1).
    expect(await screen.findByRole('heading', { level: 1, name: /Vergadermodus/ }, { timeout: 10_000 })).toBeTruthy();
  });
});
