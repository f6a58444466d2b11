// @vitest-environment happy-dom
// The agenda editor: adding items (a besluit with its links) and reordering them by keyboard.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeetingScreen from '../../renderer/screens/MeetingScreen';
import { arrangeMeeting, openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  cleanup();
  t.close();
});

const titles = async (meetingId: number) => (await t.call('meetings:get', { id: meetingId })).agenda.map((a) => a.title);

describe('Agenda', () => {
  it('adds items with the form and moves them with Alt+arrow keys, focus staying on the moved item', async () => {
    const user = userEvent.setup();
    const meeting = await arrangeMeeting(t);
    renderWithCore(t, <MeetingScreen id={meeting.id} />);
    const form = await screen.findByRole('form', { name: 'Nieuw agendapunt' });

    await user.selectOptions(within(form).getByLabelText('Soort'), 'opening');
    await user.type(within(form).getByLabelText('Titel'), 'Opening');
    await user.click(within(form).getByRole('button', { name: 'Agendapunt toevoegen' }));
    await screen.findByRole('heading', { name: 'Agendapunt 1: Opening' });

    await user.selectOptions(within(form).getByLabelText('Soort'), 'besluit');
    await user.type(within(form).getByLabelText('Titel'), 'Uitbreiding brugfunctionarissen');
    await user.type(within(form).getByLabelText('Voorstel'), 'Twee extra brugfunctionarissen in Beijum.');
    await user.click(within(within(form).getByRole('group', { name: "Thema's" })).getByLabelText('Leren'));
    await user.click(within(within(form).getByRole('group', { name: 'Wijken' })).getByLabelText('Beijum'));
    await user.click(within(form).getByRole('button', { name: 'Agendapunt toevoegen' }));
    await screen.findByRole('heading', { name: 'Agendapunt 2: Uitbreiding brugfunctionarissen' });

    expect(await titles(meeting.id)).toEqual(['Opening', 'Uitbreiding brugfunctionarissen']);
    const stored = (await t.call('meetings:get', { id: meeting.id })).agenda[1]!;
    expect(stored).toMatchObject({ kind: 'besluit', themeIds: ['leren'], wijkIds: ['beijum'] });
    expect(stored.decision?.proposal).toBe('Twee extra brugfunctionarissen in Beijum.');

    // Alt+ArrowUp on the focused item moves it up; focus stays on it.
    const besluit = screen.getByRole('listitem', { name: 'Agendapunt 2: Uitbreiding brugfunctionarissen' });
    besluit.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect(await titles(meeting.id)).toEqual(['Uitbreiding brugfunctionarissen', 'Opening']));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Agendapunt 1: Uitbreiding brugfunctionarissen' })),
    );
    expect(screen.getByRole('status').textContent).toContain('“Uitbreiding brugfunctionarissen” staat nu op plaats 1 van 2.');

    // And back down with Alt+ArrowDown.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect(await titles(meeting.id)).toEqual(['Opening', 'Uitbreiding brugfunctionarissen']));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Agendapunt 2: Uitbreiding brugfunctionarissen' })),
    );

    // The buttons carry the item's title in their names; focus follows to the same button, or to the item at the edge.
    await user.click(screen.getByRole('button', { name: 'Omlaag: Opening' }));
    await waitFor(async () => expect(await titles(meeting.id)).toEqual(['Uitbreiding brugfunctionarissen', 'Opening']));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Agendapunt 2: Opening' })),
    );
    expect((screen.getByRole('button', { name: 'Omlaag: Opening' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('removes an item only after confirmation, from its edit form', async () => {
    const user = userEvent.setup();
    const meeting = await arrangeMeeting(t);
    await t.call('agenda:add', { meetingId: meeting.id, kind: 'opening', title: 'Opening' });
    await t.call('agenda:add', { meetingId: meeting.id, kind: 'rondvraag', title: 'Rondvraag' });
    renderWithCore(t, <MeetingScreen id={meeting.id} />);

    // Not beside every item: the removal is in the edit form.
    expect(screen.queryByRole('button', { name: 'Verwijderen: Opening' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Bewerken: Opening' }));
    await user.click(await screen.findByRole('button', { name: 'Verwijderen: Opening' }));
    const confirm = screen.getByRole('button', { name: 'Ja, verwijderen: Opening' });
    expect(document.activeElement).toBe(confirm);
    expect(await titles(meeting.id)).toEqual(['Opening', 'Rondvraag']);
    await user.click(confirm);
    await waitFor(async () => expect(await titles(meeting.id)).toEqual(['Rondvraag']));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Agendapunt 1: Opening' })).toBeNull());
  });
});
