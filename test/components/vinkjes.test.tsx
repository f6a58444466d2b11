// @vitest-environment happy-dom
// Meeting mode: attendance with the residents' warning, and the seven-vinkjes review with its rules —
// a toelichting is required for deels, nee and n.v.t., and adopting waits until all seven are answered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeetingModeScreen from '../../renderer/screens/MeetingModeScreen';
import { arrangeMeeting, openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  t.close();
});

async function arrangeDecisions() {
  const meeting = await arrangeMeeting(t);
  await t.call('agenda:add', { meetingId: meeting.id, kind: 'opening', title: 'Opening' });
  const first = await t.call('agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Uitbreiding brugfunctionarissen',
    proposal: 'Twee extra brugfunctionarissen in Beijum.',
  });
  const second = await t.call('agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Stratenaanpak Selwerd',
    proposal: 'Start de stratenaanpak in twee straten.',
  });
  await t.call('meetings:setStatus', { id: meeting.id, status: 'bezig' });
  return { meeting, first, second };
}

const item = async (meetingId: number, id: number) =>
  (await t.call('meetings:get', { id: meetingId })).agenda.find((a) => a.id === id)!;

describe('Vergadermodus', () => {
  it('answers the vinkjes with the required toelichting and adopts only when all seven are answered', async () => {
    const user = userEvent.setup();
    const { meeting, first, second } = await arrangeDecisions();
    renderWithCore(t, <MeetingModeScreen id={meeting.id} />);

    expect(await screen.findByRole('heading', { level: 2, name: /Agendapunt 1 van 3:\s*Opening/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Volgend agendapunt' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Agendapunt 2 van 3:\s*Uitbreiding brugfunctionarissen/ })).toBeTruthy();
    expect(screen.getByText('0 van 7 vinkjes beantwoord')).toBeTruthy();

    // Adopting is not possible yet, and the form says why.
    const outcome = screen.getByRole('group', { name: 'Uitkomst' });
    expect((within(outcome).getByRole('radio', { name: 'Aangenomen' }) as HTMLInputElement).disabled).toBe(true);
    expect((within(outcome).getByRole('radio', { name: 'Aangenomen met wijzigingen' }) as HTMLInputElement).disabled).toBe(true);
    expect((within(outcome).getByRole('radio', { name: 'Aangehouden' }) as HTMLInputElement).disabled).toBe(false);
    expect(within(outcome).getByText(/Aannemen kan pas als alle 7 vinkjes zijn beantwoord\. Nog 7 vinkjes te beantwoorden\./)).toBeTruthy();

    // Vinkje 1: "nee" needs a toelichting — said inline at once; nothing is stored without one, and nothing is lost.
    const checklist = meeting.checklist.items;
    const vinkje1 = screen.getByRole('group', { name: `Vinkje 1: ${checklist[0]!.question}` });
    expect(within(vinkje1).queryByRole('button', { name: /opslaan/ })).toBeNull();
    await user.click(within(vinkje1).getByRole('radio', { name: 'Nee' }));
    expect(await within(vinkje1).findByText('Niet opgeslagen: toelichting nodig')).toBeTruthy();
    expect(within(vinkje1).getByText(/Bij “Nee” is een toelichting verplicht/)).toBeTruthy();
    expect((await item(meeting.id, first.id)).decision!.answers).toHaveLength(0);

    // The toelichting stores itself once typing pauses, with the answer.
    await user.click(within(vinkje1).getByRole('button', { name: 'Toelichting bij vinkje 1' }));
    const toelichting = within(vinkje1).getByLabelText('Toelichting bij vinkje 1');
    await user.type(toelichting, 'Bewoners van Beijum zijn nog niet gehoord.');
    await waitFor(() => expect(screen.getByText('1 van 7 vinkjes beantwoord')).toBeTruthy(), { timeout: 3000 });
    expect(within(vinkje1).getByText('Opgeslagen')).toBeTruthy();
    expect((await item(meeting.id, first.id)).decision!.answers[0]).toMatchObject({
      checklistItemId: checklist[0]!.id,
      answer: 'nee',
      explanation: 'Bewoners van Beijum zijn nog niet gehoord.',
    });

    // A "nee" proposes a follow-up action, linked to the vinkje and the item.
    await user.click(within(vinkje1).getByRole('button', { name: 'Vervolgactie bij vinkje 1 toevoegen…' }));
    const followUp = within(vinkje1).getByRole('group', { name: 'Vervolgactie bij vinkje 1' });
    await user.type(within(followUp).getByLabelText('Wat'), 'Bewonersavond in Beijum organiseren');
    const owners = within(followUp).getByLabelText('Eigenaar') as HTMLSelectElement;
    const wij = [...owners.options].find((o) => o.text === 'WIJ Groningen')!;
    await user.selectOptions(owners, wij.value);
    await user.type(within(followUp).getByLabelText('Deadline'), '2027-02-01');
    await user.click(within(followUp).getByRole('button', { name: 'Vervolgactie toevoegen bij vinkje 1' }));
    await waitFor(async () =>
      expect((await t.call('meetings:get', { id: meeting.id })).actions).toEqual([
        expect.objectContaining({
          description: 'Bewonersavond in Beijum organiseren',
          agendaItemId: first.id,
          checklistItemId: checklist[0]!.id,
          ownerName: 'WIJ Groningen',
          dueDate: '2027-02-01',
        }),
      ]),
    );
    expect(await within(vinkje1).findByText('Bewonersavond in Beijum organiseren')).toBeTruthy();

    // "n.v.t." also needs a toelichting; "ja" does not.
    const vinkje2 = screen.getByRole('group', { name: `Vinkje 2: ${checklist[1]!.question}` });
    await user.click(within(vinkje2).getByRole('radio', { name: 'n.v.t.' }));
    expect(await within(vinkje2).findByText(/Bij “n.v.t.” is een toelichting verplicht/)).toBeTruthy();
    await user.click(within(vinkje2).getByRole('button', { name: 'Toelichting bij vinkje 2' }));
    await user.type(within(vinkje2).getByLabelText('Toelichting bij vinkje 2'), 'Raakt maar één thema.');
    await waitFor(() => expect(screen.getByText('2 van 7 vinkjes beantwoord')).toBeTruthy(), { timeout: 3000 });

    for (let n = 3; n <= 7; n++) {
      const vinkje = screen.getByRole('group', { name: `Vinkje ${n}: ${checklist[n - 1]!.question}` });
      await user.click(within(vinkje).getByRole('radio', { name: 'Ja' }));
      expect(within(vinkje).queryByText(/is een toelichting verplicht/)).toBeNull();
      await waitFor(() => expect(screen.getByText(`${n} van 7 vinkjes beantwoord`)).toBeTruthy());
    }

    // All seven answered: adopting is possible now.
    const aangenomen = within(outcome).getByRole('radio', { name: 'Aangenomen' }) as HTMLInputElement;
    expect(aangenomen.disabled).toBe(false);
    await user.click(aangenomen);
    await user.type(screen.getByLabelText('Besluittekst'), 'De coalitie stemt in met twee extra brugfunctionarissen.');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await waitFor(async () =>
      expect((await item(meeting.id, first.id)).decision).toMatchObject({
        outcome: 'aangenomen',
        text: 'De coalitie stemt in met twee extra brugfunctionarissen.',
      }),
    );
    expect(await screen.findByText(/Vastgelegd:/)).toBeTruthy();

    // The other decision is held (aangehouden) without its vinkjes: that is allowed.
    await user.click(screen.getByRole('button', { name: 'Volgend agendapunt' }));
    await screen.findByRole('heading', { level: 2, name: /Agendapunt 3 van 3:\s*Stratenaanpak Selwerd/ });
    const outcome2 = screen.getByRole('group', { name: 'Uitkomst' });
    expect((within(outcome2).getByRole('radio', { name: 'Aangenomen' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(outcome2).getByRole('radio', { name: 'Aangehouden' }));
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await waitFor(async () => expect((await item(meeting.id, second.id)).decision!.outcome).toBe('aangehouden'));
  });

  it('warns when no bewonersvertegenwoordiger is present, and counts attendance', async () => {
    const user = userEvent.setup();
    const { meeting } = await arrangeDecisions();
    const organisation = await t.call('organisations:create', { name: 'Bewoners Groningen-Noord', sector: 'bewoners' });
    const resident = await t.call('people:create', { name: 'Anna de Vries', organisationId: organisation.id, role: 'bewonersvertegenwoordiger' });
    renderWithCore(t, <MeetingModeScreen id={meeting.id} />);

    expect(await screen.findByText('Er is geen bewonersvertegenwoordiger aanwezig.')).toBeTruthy();
    const person = screen.getByRole('group', { name: /Anna de Vries/ });
    await user.click(within(person).getByRole('radio', { name: 'Aanwezig' }));
    await waitFor(() => expect(screen.queryByText('Er is geen bewonersvertegenwoordiger aanwezig.')).toBeNull());
    expect(screen.getByText('1 aanwezig')).toBeTruthy();
    const stored = (await t.call('meetings:get', { id: meeting.id })).attendance.find((a) => a.personId === resident.id);
    expect(stored?.status).toBe('aanwezig');
  });

  it('closes the attendance list when the meeting moves past the first item, and opens it again on request', async () => {
    const user = userEvent.setup();
    const { meeting } = await arrangeDecisions();
    renderWithCore(t, <MeetingModeScreen id={meeting.id} />);
    const toggle = await screen.findByRole('button', { name: 'Aanwezigheidslijst verbergen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Volgend agendapunt' }));
    const closed = await screen.findByRole('button', { name: 'Aanwezigheidslijst tonen' });
    expect(closed.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('aanwezigheid-lijst')!.hidden).toBe(true);

    // A latecomer: the chair opens the list on this item and marks them.
    await user.click(closed);
    expect(document.getElementById('aanwezigheid-lijst')!.hidden).toBe(false);
    expect(screen.getByRole('button', { name: 'Aanwezigheidslijst verbergen' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the server’s Dutch message when it refuses', async () => {
    const user = userEvent.setup();
    const { meeting, first } = await arrangeDecisions();
    sessionStorage.setItem(`coalitietafel:vergadermodus:${meeting.id}`, '1');
    renderWithCore(t, <MeetingModeScreen id={meeting.id} />);
    await screen.findByRole('heading', { level: 2, name: /Uitbreiding brugfunctionarissen/ });
    // Someone turns the item into a discussion point elsewhere; saving a vinkje is then refused.
    await t.call('agenda:update', { id: first.id, kind: 'bespreking', title: 'Uitbreiding brugfunctionarissen' });
    const vinkje1 = screen.getByRole('group', { name: /^Vinkje 1:/ });
    await user.click(within(vinkje1).getByRole('radio', { name: 'Ja' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Alleen een besluitpunt wordt langs de zeven vinkjes gelegd.');
    // The answer stays chosen and the row says it is not stored.
    expect(within(vinkje1).getByText('Niet opgeslagen')).toBeTruthy();
    expect((within(vinkje1).getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true);
  });
});
