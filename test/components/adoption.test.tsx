// @vitest-environment happy-dom
// Vaststelling notulen: at meeting 2 the voorzitter adopts meeting 1's minutes (here with corrections);
// from then on meeting 1's pages show "Vastgesteld op …" and offer no editing. If something is tried
// anyway (a screen opened before the adoption), the server's Dutch refusal is shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeetingModeScreen from '../../renderer/screens/MeetingModeScreen';
import MeetingScreen from '../../renderer/screens/MeetingScreen';
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
  const decision = await t.call('agenda:add', { meetingId: first.id, kind: 'besluit', title: 'Stratenaanpak Selwerd', proposal: 'Start in twee straten.' });
  await t.call('decisions:decide', { agendaItemId: decision.id, outcome: 'aangehouden', text: 'Terug in juni.' });
  await t.call('meetings:setStatus', { id: first.id, status: 'gehouden' });
  const second = await t.call('meetings:create', { ...base, title: 'Zomeroverleg', startsAt: '2027-06-24T19:30', agenda: 'standaard' });
  return { first, second, decision };
}

describe('Vaststelling notulen', () => {
  it('adopts the previous meeting’s minutes with corrections, after which that meeting cannot be edited', async () => {
    const user = userEvent.setup();
    const { first, second } = await arrange();
    renderWithCore(t, <MeetingModeScreen id={second.id} />);
    await user.click(await screen.findByRole('button', { name: /^2\. Vaststelling notulen/ }));
    const form = await screen.findByRole('form', { name: 'Notulen vaststellen' });
    // The default is the latest held meeting of the coalition whose minutes are not adopted.
    expect((within(form).getByLabelText('Notulen van') as HTMLSelectElement).value).toBe(String(first.id));

    await user.click(within(form).getByRole('radio', { name: 'Met correcties' }));
    await user.click(within(form).getByRole('button', { name: 'Notulen vaststellen' }));
    expect(within(form).getByText('Vul de correcties in, of kies “Ongewijzigd”.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Correcties'), 'Naam van de inleider gecorrigeerd.');
    await user.click(within(form).getByRole('button', { name: 'Notulen vaststellen' }));
    const confirm = within(form).getByRole('group', { name: 'Vaststellen bevestigen' });
    await user.click(within(confirm).getByRole('button', { name: 'Ja, notulen vaststellen' }));

    await waitFor(async () =>
      expect((await t.call('meetings:get', { id: first.id })).adoption).toMatchObject({
        adoptedAt: '2027-06-24',
        adoptedInMeetingId: second.id,
        corrections: [{ text: 'Naam van de inleider gecorrigeerd.' }],
      }),
    );
    expect(await screen.findByText(/zijn in deze vergadering vastgesteld met correcties/)).toBeTruthy();
    expect(screen.getByText(/Er zijn geen notulen van eerdere vergaderingen die nog moeten worden vastgesteld/)).toBeTruthy();
    cleanup();

    // The adopted meeting's page: the date of adoption, no agenda editing, no meeting fields form.
    renderWithCore(t, <MeetingScreen id={first.id} />);
    expect(await screen.findByText('Vastgesteld op 24 juni 2027')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Agendapunt toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Bewerken:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Verwijderen:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gegevens opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Standaardagenda toepassen' })).toBeNull();
    expect(screen.getByText(/deze gegevens kunnen niet meer worden gewijzigd/)).toBeTruthy();
    // Exports stay available.
    expect(screen.getByRole('button', { name: 'Agenda als PDF' })).toBeTruthy();
    cleanup();

    // Its vergadermodus: shown, not editable.
    sessionStorage.setItem(`coalitietafel:vergadermodus:${first.id}`, '0');
    renderWithCore(t, <MeetingModeScreen id={first.id} />);
    expect(await screen.findByText('Vastgesteld op 24 juni 2027')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Besluit vastleggen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vergadering sluiten' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Aantekeningen opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Actiepunt toevoegen' })).toBeNull();
    expect((screen.getByLabelText('Aantekeningen') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.getByText(/Vastgelegd:/).textContent).toContain('Aangehouden');
    const radios = within(screen.getByRole('region', { name: 'Aanwezigheid' })).queryAllByRole('radio') as HTMLInputElement[];
    expect(radios.every((r) => r.disabled)).toBe(true);
    expect(screen.getByRole('group', { name: /^Vinkje 1:/ }).hasAttribute('disabled')).toBe(true);
  });

  it('shows the server’s Dutch refusal when an adopted meeting is changed from a screen opened before', async () => {
    const user = userEvent.setup();
    const { first, second, decision } = await arrange();
    renderWithCore(t, <MeetingScreen id={first.id} />);
    const edit = await screen.findByRole('button', { name: 'Bewerken: Stratenaanpak Selwerd' });
    await t.call('minutes:adopt', { meetingId: first.id, atMeetingId: second.id });
    await user.click(edit);
    const form = screen.getByRole('form', { name: 'Agendapunt bewerken: Stratenaanpak Selwerd' });
    await user.type(within(form).getByLabelText('Titel'), ' (gewijzigd)');
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/De notulen van deze vergadering zijn vastgesteld op 24 juni 2027/);
    expect((await t.call('meetings:get', { id: first.id })).agenda.find((i) => i.id === decision.id)!.title).toBe('Stratenaanpak Selwerd');
  });
});
