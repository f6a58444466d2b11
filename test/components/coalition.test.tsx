// @vitest-environment happy-dom
// Coalitie: adding an organisation and a bewonersvertegenwoordiger, and changing a person's role.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CoalitionScreen from '../../renderer/screens/CoalitionScreen';
import { openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  cleanup();
  t.close();
});

const people = async () => (await t.call('coalition:list', {})).flatMap((o) => o.people);

describe('Coalitie', () => {
  it('adds an organisation and a resident, and changes a role', async () => {
    const user = userEvent.setup();
    renderWithCore(t, <CoalitionScreen />);

    // The organisation form sits above the organisations, folded.
    await user.click(await screen.findByText('Organisatie toevoegen', { selector: 'summary' }));
    const orgForm = screen.getByRole('form', { name: 'Nieuwe organisatie' });
    await user.type(within(orgForm).getByLabelText('Naam van de organisatie'), 'Bewoners Groningen-Noord');
    await user.type(within(orgForm).getByLabelText('Sector'), 'bewoners');
    await user.click(within(orgForm).getByRole('button', { name: 'Organisatie toevoegen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Bewoners Groningen-Noord' })).toBeTruthy();

    const personForm = screen.getByRole('region', { name: 'Persoon toevoegen' });
    await user.type(within(personForm).getByLabelText('Naam'), 'Anna de Vries');
    await user.selectOptions(within(personForm).getByLabelText('Organisatie'), 'Bewoners Groningen-Noord');
    await user.selectOptions(within(personForm).getByLabelText('Rol'), 'bewonersvertegenwoordiger');
    await user.click(within(personForm).getByRole('button', { name: 'Persoon toevoegen' }));
    await waitFor(async () =>
      expect((await people()).find((p) => p.name === 'Anna de Vries')).toMatchObject({
        organisationName: 'Bewoners Groningen-Noord',
        role: 'bewonersvertegenwoordiger',
      }),
    );

    // Change Bert Popken's role from lid to notulist, saved on change.
    const role = await screen.findByLabelText('Rol van Bert Popken');
    await user.selectOptions(role, 'notulist');
    await waitFor(async () => expect((await people()).find((p) => p.name === 'Bert Popken')?.role).toBe('notulist'));
    expect((role as HTMLSelectElement).value).toBe('notulist');
  });
});
