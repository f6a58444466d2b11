// @vitest-environment happy-dom
// Actielijst: an open action from meeting 1 appears on meeting 2's actielijst item by itself, overdue
// ones say so in words, and the voorzitter marks it done there (recorded with meeting 2) or carries it
// forward with a new deadline. The full actielijst filters and marks overdue actions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeetingModeScreen from '../../renderer/screens/MeetingModeScreen';
import ActionsScreen from '../../renderer/screens/ActionsScreen';
import { openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  t.close();
});

const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: null, notulistId: null };

async function arrange() {
  const first = await t.call('meetings:create', { ...base, title: 'Voorjaarsoverleg', startsAt: '2027-03-11T19:30' });
  const late = await t.call('actions:create', { meetingId: first.id, description: 'Wijkschouw Selwerd plannen', dueDate: '2020-04-01' });
  const later = await t.call('actions:create', { meetingId: first.id, description: 'Bewonersavond Beijum', dueDate: '2099-05-01' });
  await t.call('meetings:setStatus', { id: first.id, status: 'gehouden' });
  const second = await t.call('meetings:create', { ...base, title: 'Zomeroverleg', startsAt: '2027-06-24T19:30', agenda: 'standaard' });
  return { first, second, late, later };
}

describe('Actielijst in the vergadermodus', () => {
  it('marks a carried action done at the next meeting and carries another forward', async () => {
    const user = userEvent.setup();
    const { second, late, later } = await arrange();
    renderWithCore(t, <MeetingModeScreen id={second.id} />);
    await user.click(await screen.findByRole('button', { name: /^3\. Actielijst/ }));
    const region = await screen.findByRole('region', { name: 'Acties uit eerdere vergaderingen' });
    expect(within(region).getByText('2 open acties, waarvan 1 verlopen.')).toBeTruthy();
    const overdue = within(region).getByText('Wijkschouw Selwerd plannen').closest('li')!;
    expect(within(overdue).getByText('verlopen')).toBeTruthy();
    expect(overdue.textContent).toContain('Uit: Voorjaarsoverleg');
    expect(within(within(region).getByText('Bewonersavond Beijum').closest('li')!).queryByText('verlopen')).toBeNull();

    await user.click(within(region).getByRole('button', { name: 'Gereed: Wijkschouw Selwerd plannen' }));
    await waitFor(async () => {
      const [entry] = await t.call('actions:list', { status: 'gereed' });
      expect(entry).toMatchObject({ id: late.id, status: 'gereed', closedInMeetingId: second.id });
    });
    expect(await within(region).findByText(/afgehandeld in deze vergadering/)).toBeTruthy();
    expect(within(region).getByText('1 open actie.')).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Doorschuiven: Bewonersavond Beijum' }));
    const forward = within(region).getByRole('group', { name: 'Doorschuiven: Bewonersavond Beijum' });
    const date = within(forward).getByLabelText('Nieuwe deadline');
    expect(document.activeElement).toBe(date);
    await user.clear(date);
    await user.type(date, '2099-09-01');
    await user.click(within(forward).getByRole('button', { name: 'Deadline opslaan' }));
    await waitFor(async () => {
      const entry = (await t.call('actions:list', {})).find((a) => a.id === later.id);
      expect(entry).toMatchObject({ status: 'open', dueDate: '2099-09-01' });
    });
    expect(await within(region).findByText('1 september 2099')).toBeTruthy();
  });
});

describe('Actielijst screen', () => {
  it('lists open actions with overdue ones marked, and filters by status and organisation', async () => {
    const user = userEvent.setup();
    const { second, late } = await arrange();
    await t.call('actions:setStatus', { id: late.id, status: 'gereed', meetingId: second.id });
    const lefier = (await t.call('coalition:list', {})).find((o) => o.name === 'Lefier')!;
    const first = (await t.call('meetings:list', {})).find((m) => m.title === 'Voorjaarsoverleg')!;
    const own = await t.call('actions:create', { meetingId: second.id, description: 'Huurders informeren', dueDate: '2021-01-01', ownerOrganisationId: lefier.id });
    expect(first.status).toBe('gehouden');
    renderWithCore(t, <ActionsScreen />);

    // Default: open actions.
    const table = await screen.findByRole('table', { name: 'Acties' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const row = within(table).getByRole('rowheader', { name: 'Huurders informeren' }).closest('tr')!;
    expect(within(row).getByText('verlopen')).toBeTruthy();
    expect(within(row).getByText('Lefier')).toBeTruthy();
    expect(screen.getByText('2 acties, waarvan 1 verlopen.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Status'), 'gereed');
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Acties' })).queryByText('Wijkschouw Selwerd plannen')).toBeTruthy());
    expect(screen.queryByRole('rowheader', { name: 'Huurders informeren' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('Organisatie'), String(lefier.id));
    await waitFor(() => expect(screen.getAllByRole('rowheader').map((r) => r.textContent)).toEqual([own.description]));
    expect(screen.getByRole('button', { name: 'Actielijst als PDF' })).toBeTruthy();
  });
});

describe('A new action’s owner', () => {
  it('is chosen from the people and partners still in the coalition', async () => {
    const org = await t.call('organisations:create', { name: 'Blijvende partner', sector: 'gemeente' });
    const stays = await t.call('people:create', { name: 'Anne Blijft', organisationId: org.id, role: 'lid' });
    const person = await t.call('people:create', { name: 'Bert Vertrok', organisationId: org.id, role: 'lid' });
    await t.call('people:setLeft', { id: person.id, leftOn: '2020-01-01' });
    const gone = await t.call('organisations:create', { name: 'Vertrokken partner', sector: 'zorg' });
    await t.call('organisations:setLeft', { id: gone.id, leftOn: '2020-01-01' });
    renderWithCore(t, <ActionsScreen />);
    const owner = (await screen.findByLabelText('Eigenaar')) as HTMLSelectElement;
    const labels = [...owner.options].map((o) => o.textContent ?? '');
    expect(labels.some((l) => l.startsWith(`${person.name} (`))).toBe(false);
    expect(labels).not.toContain('Vertrokken partner');
    expect(labels).toContain('Blijvende partner');
    expect(labels).toContain(`${stays.name} (Blijvende partner)`);
  });
});
