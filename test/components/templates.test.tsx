// @vitest-environment happy-dom
// Standaardagenda: the programmaleider edits the coalition's standard agenda (reorder, remove, add) and
// saves it; a meeting made from it afterwards has those points.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TemplateScreen from '../../renderer/screens/TemplateScreen';
import { openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  cleanup();
  t.close();
});

describe('Standaardagenda', () => {
  it('reorders, removes and adds points and saves them with templates:set', async () => {
    const user = userEvent.setup();
    renderWithCore(t, <TemplateScreen />);
    const rondvraag = await screen.findByRole('group', { name: 'Punt 5: Rondvraag' });
    await user.click(within(rondvraag).getByRole('button', { name: 'Omhoog: Rondvraag' }));
    expect(screen.getByRole('group', { name: 'Punt 4: Rondvraag' })).toBeTruthy();
    expect(document.activeElement).toBe(within(screen.getByRole('group', { name: 'Punt 4: Rondvraag' })).getByRole('button', { name: 'Omhoog: Rondvraag' }));

    const opening = screen.getByRole('group', { name: 'Punt 1: Opening en mededelingen' });
    await user.click(within(opening).getByRole('button', { name: 'Verwijderen: Opening en mededelingen' }));
    await user.click(screen.getByRole('button', { name: 'Punt toevoegen' }));
    const added = screen.getByRole('group', { name: 'Punt 6' });
    expect(document.activeElement).toBe(within(added).getByLabelText('Titel'));
    await user.click(screen.getByRole('button', { name: 'Standaardagenda opslaan' }));
    expect(within(added).getByText('Vul een titel in.')).toBeTruthy();
    await user.selectOptions(within(added).getByLabelText('Soort'), 'informatie');
    await user.type(within(added).getByLabelText('Titel'), 'Nieuws uit de wijken');
    expect(screen.getByText('Niet opgeslagen wijzigingen')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Standaardagenda opslaan' }));

    await waitFor(async () =>
      expect((await t.call('templates:get', { body: 'coalitie' })).map((i) => i.title)).toEqual([
        'Vaststelling notulen vorige vergadering',
        'Actielijst',
        'Rondvraag',
        'Koers: zijn we nog op de goede weg?',
        'Sluiting',
        'Nieuws uit de wijken',
      ]),
    );
    expect((await t.call('templates:get', { body: 'coalitie' }))[5]!.kind).toBe('informatie');
    expect(await screen.findByText('De standaardagenda van de maatschappelijke coalitie is opgeslagen.')).toBeTruthy();

    // The programmateam's template is separate and unchanged.
    await user.click(screen.getByRole('radio', { name: 'Programmateam' }));
    expect(await screen.findByRole('group', { name: 'Punt 1: Opening en mededelingen' })).toBeTruthy();
  });

  it('adds the Koers point with the three sturingsvragen, named as everywhere else in the app', async () => {
    const user = userEvent.setup();
    renderWithCore(t, <TemplateScreen />);
    await screen.findByRole('group', { name: 'Punt 1: Opening en mededelingen' });
    await user.click(screen.getByRole('button', { name: 'Punt met de drie sturingsvragen toevoegen' }));
    const added = screen.getByRole('group', { name: 'Punt 7: Koers: zijn we nog op de goede weg?' });
    expect((within(added).getByLabelText('Toelichting') as HTMLTextAreaElement).value).toContain('Ligt de focus bij iedereen nog op Groningen-Noord?');
  });
});
