// @vitest-environment happy-dom
// The CSV import on Indicatoren: the file goes across in parts and is checked in batches with progress, the
// preview shows the good rows and every error per row in Dutch, and nothing is written until "Importeren" —
// on the real core.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import IndicatorsScreen from '../../renderer/screens/IndicatorsScreen';
import { splitParts } from '../../renderer/indicators/importCsv';
import { openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  cleanup();
  t.close();
});

const CSV = [
  'Indicator;Gebied;Periode;Waarde;Bron',
  'Tevredenheid woning;Selwerd;2024;62,5;Basismonitor',
  'Tevredenheid woning;Groningen;2024;71;Basismonitor',
  'Werkloosheid;Beijum;2024;7,1%;',
  'Onbekende indicator;Selwerd;2024;1;',
  'Werkloosheid;Atlantis;2024;1;',
  'Werkloosheid;Beijum;vorig jaar;1;',
  'Werkloosheid;Lewenborg;2024;-;',
  '',
].join('\n');

async function arrange() {
  const woning = await t.call('indicators:create', { themeId: 'wonen', name: 'Tevredenheid woning', unit: '%', better: 'hoger' });
  const werk = await t.call('indicators:create', { themeId: 'werken', name: 'Werkloosheid', unit: '%', better: 'lager' });
  return { woning, werk };
}

async function valueCount() {
  const all = await t.call('indicators:list', {});
  return all.reduce((sum, i) => sum + i.valueCount, 0);
}

async function preview(user: ReturnType<typeof userEvent.setup>) {
  renderWithCore(t, <IndicatorsScreen />);
  const panel = await screen.findByRole('region', { name: 'Waarden importeren uit CSV' });
  await user.upload(within(panel).getByLabelText('CSV-bestand'), new File([CSV], 'basismonitor.csv', { type: 'text/csv' }));
  await user.click(within(panel).getByRole('button', { name: 'Bestand controleren' }));
  await within(panel).findByRole('heading', { name: 'Voorbeeld van de import' });
  return panel;
}

describe('CSV import of indicator values', () => {
  it('previews good and bad rows with Dutch errors per row and writes nothing until confirmed', async () => {
    const user = userEvent.setup();
    await arrange();
    const panel = await preview(user);

    expect(panel.querySelector('.import-summary')!.textContent).toBe(
      '3 regels kunnen worden ingelezen. 4 regels bevatten fouten. Er is nog niets ingelezen.',
    );
    const errors = within(panel).getByRole('table', { name: 'Fouten per regel' });
    const rows = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      '5Indicator "Onbekende indicator" is onbekend (leg die eerst vast bij Indicatoren).',
      '6Gebied "Atlantis" is geen bekende wijk en niet Groningen als geheel.',
      '7Periode "vorig jaar" wordt niet herkend (gebruik bijvoorbeeld 2024, 2024-Q1 of 2024-03).',
      '8Waarde "-" is geen getal.',
    ]);
    const sample = within(panel).getByRole('table', { name: 'De goede regels' });
    expect(within(sample).getAllByRole('row')[1]!.textContent).toBe('2Tevredenheid woningSelwerd202462,5');
    expect(within(sample).getAllByRole('row')[3]!.textContent).toBe('4WerkloosheidBeijum20247,1');

    // Nothing is written by the preview, nor by "Importeren" while the errors are not to be skipped.
    expect(await valueCount()).toBe(0);
    await user.click(within(panel).getByRole('button', { name: 'Importeren' }));
    expect(within(panel).getByText(/4 regels bevatten fouten\. Kies of die worden overgeslagen/)).toBeTruthy();
    expect(await valueCount()).toBe(0);

    // "Annuleren" drops the staged import; still nothing written.
    await user.click(within(panel).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(within(panel).queryByRole('heading', { name: 'Voorbeeld van de import' })).toBeNull());
    expect(await screen.findByText('De import is geannuleerd; er is niets ingelezen.', { selector: '.notice p' })).toBeTruthy();
    expect(await valueCount()).toBe(0);
  });

  it('writes the good rows once the user confirms and chooses to skip the bad ones', async () => {
    const user = userEvent.setup();
    const { woning } = await arrange();
    const panel = await preview(user);
    await user.click(within(panel).getByRole('checkbox', { name: 'Regels met fouten overslaan en de 3 regels zonder fouten inlezen' }));
    await user.click(within(panel).getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText('3 waarden zijn ingelezen (3 nieuw, 0 bijgewerkt, 4 regels met fouten overgeslagen).', { selector: '.notice p' })).toBeTruthy();
    expect(await valueCount()).toBe(3);
    expect((await t.call('indicators:values', { indicatorId: woning.id })).map((v) => [v.areaName, v.period, v.value])).toEqual([
      ['Selwerd', '2024', 62.5],
      ['Groningen (gemeente)', '2024', 71],
    ]);
    // The indicator's count on the page follows.
    const card = (await screen.findByRole('heading', { level: 3, name: 'Tevredenheid woning' })).closest('li')!;
    await waitFor(() => expect(card.textContent).toContain('2 waarden, laatste: 2024'));
  });

  it('splits a large file in parts the contract takes, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(5)}`;
    const parts = splitParts(text, 10);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => p.length <= 10)).toBe(true);
    expect(parts[0]).toBe('a'.repeat(9));
    expect(splitParts('')).toEqual(['']);
  });
});
