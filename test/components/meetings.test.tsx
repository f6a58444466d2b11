// @vitest-environment happy-dom
// Creating a meeting through the "Nieuwe vergadering" form, stored by the real core.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openTestCore, type TestCore } from './harness';
import { renderApp } from './app-harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  window.location.hash = '#/vergaderingen';
});
afterEach(() => {
  cleanup();
  t.close();
});

describe('Vergaderingen', () => {
  it('creates a meeting with the form and opens it', async () => {
    const user = userEvent.setup();
    renderApp(t);
    expect(screen.getByRole('heading', { level: 1, name: 'Vergaderingen' })).toBeTruthy();
    const form = await screen.findByRole('region', { name: 'Nieuwe vergadering' });
    const chair = (await within(form).findByLabelText('Voorzitter')) as HTMLSelectElement;
    // The person with the role voorzitter is chosen already.
    const people = (await t.call('coalition:list', {})).flatMap((o) => o.people);
    expect(chair.value).toBe(String(people.find((p) => p.role === 'voorzitter')!.id));

    // Submitting empty says what is missing, in Dutch, and stores nothing.
    await user.click(within(form).getByRole('button', { name: 'Vergadering aanmaken' }));
    expect(within(form).getByText('Vul een titel in.')).toBeTruthy();
    expect(await t.call('meetings:list', {})).toHaveLength(0);

    await user.selectOptions(within(form).getByLabelText('Overleg'), 'programmateam');
    await user.type(within(form).getByLabelText('Titel'), 'Programmateam januari');
    await user.type(within(form).getByLabelText('Datum en tijd'), '2027-01-14T15:00');
    await user.type(within(form).getByLabelText('Plaats'), 'Wijkcentrum Selwerd');
    await user.click(within(form).getByRole('button', { name: 'Vergadering aanmaken' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/vergaderingen\/\d+$/));
    const [created] = await t.call('meetings:list', {});
    expect(created).toMatchObject({
      body: 'programmateam',
      title: 'Programmateam januari',
      startsAt: '2027-01-14T15:00',
      place: 'Wijkcentrum Selwerd',
      status: 'gepland',
    });
    expect(window.location.hash).toBe(`#/vergaderingen/${created!.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmateam januari' })).toBeTruthy();
    expect(screen.getByText('do 14 januari 2027, 15:00')).toBeTruthy();
  });

  it('lists coming and past meetings apart, with nl-NL dates', async () => {
    const people = (await t.call('coalition:list', {})).flatMap((o) => o.people);
    const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: people[0]!.id, notulistId: null };
    await t.call('meetings:create', { ...base, title: 'Voorjaarsoverleg 2024', startsAt: '2024-03-07T19:30' });
    await t.call('meetings:create', { ...base, title: 'Najaarsoverleg 2099', startsAt: '2099-12-03T19:30' });
    renderApp(t);
    const coming = await screen.findByRole('region', { name: 'Komende vergaderingen' });
    const past = screen.getByRole('region', { name: 'Eerdere vergaderingen' });
    expect(within(coming).getByRole('link', { name: 'Najaarsoverleg 2099' })).toBeTruthy();
    expect(within(coming).getByText('do 3 december 2099, 19:30')).toBeTruthy();
    expect(within(past).getByRole('link', { name: 'Voorjaarsoverleg 2024' })).toBeTruthy();
    expect(within(past).getByText('do 7 maart 2024, 19:30')).toBeTruthy();
  });

  it('lists a held meeting with the earlier ones, even when it is dated in the future', async () => {
    const people = (await t.call('coalition:list', {})).flatMap((o) => o.people);
    const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: people[0]!.id, notulistId: null };
    const held = await t.call('meetings:create', { ...base, title: 'Vooruit gedateerd overleg', startsAt: '2099-06-04T19:30' });
    await t.call('meetings:setStatus', { id: held.id, status: 'bezig' });
    await t.call('meetings:setStatus', { id: held.id, status: 'gehouden' });
    await t.call('meetings:create', { ...base, title: 'Najaarsoverleg 2099', startsAt: '2099-12-03T19:30' });
    renderApp(t);
    const coming = await screen.findByRole('region', { name: 'Komende vergaderingen' });
    const past = screen.getByRole('region', { name: 'Eerdere vergaderingen' });
    expect(within(past).getByRole('link', { name: 'Vooruit gedateerd overleg' })).toBeTruthy();
    expect(within(coming).queryByRole('link', { name: 'Vooruit gedateerd overleg' })).toBeNull();
    expect(within(coming).getByRole('link', { name: 'Najaarsoverleg 2099' })).toBeTruthy();
  });
});
