// @vitest-environment happy-dom
// Jaarplanning: the three-meetings warning of the area plan, milestones, and a new meeting that starts
// from the standard agenda — through the app's own screens and the real core.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openTestCore, type TestCore } from './harness';
import { renderApp } from './app-harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  cleanup();
  t.close();
});

const base = { place: 'Stadhuis', chairId: null, notulistId: null };

describe('Jaarplanning', () => {
  it('warns with two coalition meetings and stops warning when the third is planned', async () => {
    const user = userEvent.setup();
    await t.call('meetings:create', { ...base, body: 'coalitie', title: 'Voorjaarsoverleg', startsAt: '2027-03-11T19:30' });
    await t.call('meetings:create', { ...base, body: 'coalitie', title: 'Zomeroverleg', startsAt: '2027-06-24T19:30' });
    await t.call('meetings:create', { ...base, body: 'programmateam', title: 'Programmateam mei', startsAt: '2027-05-06T09:00' });
    renderApp(t, '#/jaarplanning/2027');

    expect(await screen.findByRole('heading', { level: 1, name: 'Jaarplanning 2027' })).toBeTruthy();
    const status = await screen.findByText(/In 2027 zijn 2 coalitievergaderingen gepland; de coalitie komt minstens 3 keer per jaar bijeen/);
    expect(status.closest('[role="status"]')).toBeTruthy();
    // Both bodies, told apart by their label (not only by colour), in their months.
    const overview = screen.getByRole('region', { name: 'Vergaderingen en mijlpalen' });
    expect(within(overview).getByRole('link', { name: 'Programmateam mei' }).closest('li')!.textContent).toContain('Programmateam');
    expect(within(overview).getByRole('link', { name: 'Voorjaarsoverleg' }).closest('li')!.textContent).toContain('Maatschappelijke coalitie');
    await user.click(within(overview).getByLabelText('Ook vergaderingen van het programmateam tonen'));
    expect(within(overview).queryByRole('link', { name: 'Programmateam mei' })).toBeNull();
    expect(screen.getByRole('button', { name: "Agenda's in Outlook zetten (.ics)" })).toBeTruthy();

    // The third coalition meeting, planned with the form; the coalition's default is the standard agenda.
    await user.click(screen.getByRole('link', { name: 'Vergaderingen' }));
    const form = await screen.findByRole('region', { name: 'Nieuwe vergadering' });
    const agenda = await within(form).findByRole('group', { name: 'Agenda' });
    expect((within(agenda).getByRole('radio', { name: 'Standaardagenda' }) as HTMLInputElement).checked).toBe(true);
    await user.type(within(form).getByLabelText('Titel'), 'Najaarsoverleg');
    await user.type(within(form).getByLabelText('Datum en tijd'), '2027-10-28T19:30');
    await user.type(within(form).getByLabelText('Plaats'), 'Wijkcentrum Beijum');
    await user.click(within(form).getByRole('button', { name: 'Vergadering aanmaken' }));
    await screen.findByRole('heading', { level: 1, name: 'Najaarsoverleg' });
    const created = (await t.call('meetings:list', {})).find((m) => m.title === 'Najaarsoverleg')!;
    const detail = await t.call('meetings:get', { id: created.id });
    expect(detail.agenda.map((i) => i.kind)).toEqual(['opening', 'vaststelling-notulen', 'actielijst', 'bespreking', 'rondvraag', 'sluiting']);

    window.location.hash = '#/jaarplanning/2027';
    await screen.findByRole('heading', { level: 1, name: 'Jaarplanning 2027' });
    const ok = await screen.findByText(/In 2027 zijn 3 coalitievergaderingen gepland/);
    expect(ok.closest('[role="status"]')!.className).not.toContain('warning');
    expect(screen.queryByText(/In 2027 zijn 2 coalitievergaderingen/)).toBeNull();

    // The year switcher goes to the year before, which has no meetings and warns.
    await user.click(screen.getByRole('link', { name: /Vorig jaar/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Jaarplanning 2026' })).toBeTruthy();
    expect(await screen.findByText(/In 2026 zijn 0 coalitievergaderingen gepland/)).toBeTruthy();
  });

  it('adds, edits and removes a milestone', async () => {
    const user = userEvent.setup();
    renderApp(t, '#/jaarplanning/2027');
    const form = await screen.findByRole('form', { name: 'Nieuwe mijlpaal' });
    await user.click(within(form).getByRole('button', { name: 'Mijlpaal toevoegen' }));
    expect(within(form).getByText('Kies een datum.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Datum'), '2027-04-15');
    await user.type(within(form).getByLabelText('Titel'), 'Presentatie uitvoeringsprogramma');
    await user.type(within(form).getByLabelText('Omschrijving'), 'In de raadszaal.');
    await user.click(within(form).getByRole('button', { name: 'Mijlpaal toevoegen' }));
    await waitFor(async () => expect((await t.call('year:get', { year: 2027 })).milestones).toHaveLength(1));
    const panel = screen.getByRole('region', { name: 'Mijlpalen' });
    await within(panel).findByRole('heading', { name: 'Presentatie uitvoeringsprogramma' });

    await user.click(within(panel).getByRole('button', { name: 'Bewerken: Presentatie uitvoeringsprogramma' }));
    const edit = within(panel).getByRole('form', { name: 'Mijlpaal bewerken: Presentatie uitvoeringsprogramma' });
    const date = within(edit).getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, '2027-04-22');
    await user.click(within(edit).getByRole('button', { name: 'Mijlpaal opslaan' }));
    await waitFor(async () => expect((await t.call('year:get', { year: 2027 })).milestones[0]!.date).toBe('2027-04-22'));

    await user.click(await within(panel).findByRole('button', { name: 'Verwijderen: Presentatie uitvoeringsprogramma' }));
    await user.click(within(panel).getByRole('button', { name: 'Ja, verwijderen: Presentatie uitvoeringsprogramma' }));
    await waitFor(async () => expect((await t.call('year:get', { year: 2027 })).milestones).toEqual([]));
    expect(await within(panel).findByText('Er zijn in dit jaar nog geen mijlpalen.')).toBeTruthy();
  });
});
