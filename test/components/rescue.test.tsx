// @vitest-environment happy-dom
// Rescue mode against a real core opened on a damaged database file: the banner explains in Dutch, once,
// on every screen; writes are refused with a Dutch message; restoring the last good backup brings the
// data back; and the core's words about the restore are shown after the reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProvider, useCall } from '../../renderer/api';
import { useNotices } from '../../renderer/notices';
import { App } from '../../renderer/App';
import { RescueBanner } from '../../renderer/rescue/RescueBanner';
import BeheerScreen from '../../renderer/screens/BeheerScreen';
import { renderWithCore, type TestCore } from './harness';
import { damagedStore } from './durability-fixture';

let t: TestCore | null = null;
beforeEach(() => {
  window.sessionStorage.clear();
  window.location.hash = '#/vergaderingen';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  t?.close();
  t = null;
});

/** A write as every screen does it: through notices.run, which shows any error code's Dutch message. */
function WriteButton() {
  const call = useCall();
  const notices = useNotices();
  return (
    <button type="button" onClick={() => void notices.run(() => call('milestones:create', { date: '2026-11-20', title: 'Buurtschouw' }))}>
      Mijlpaal opslaan
    </button>
  );
}

const banner = () => screen.getByRole('region', { name: 'Coalitietafel staat in de herstelmodus' });

describe('rescue mode', () => {
  it('explains in Dutch what happened, and restoring the last good backup brings the data back', async () => {
    const store = await damagedStore();
    t = store.t;
    expect(t.core.mode).toBe('rescue');
    const user = userEvent.setup();
    const onRecovered = vi.fn();
    renderWithCore(t, <RescueBanner onRecovered={onRecovered} />);

    await screen.findByRole('heading', { level: 2, name: 'Coalitietafel staat in de herstelmodus' });
    const explanation = within(banner()).getAllByRole('alert');
    expect(explanation).toHaveLength(1);
    expect(explanation[0]!.textContent).toMatch(/Het databasebestand is beschadigd/);
    expect(explanation[0]!.textContent).toMatch(/Er is niets verwijderd of overschreven/);
    expect(explanation[0]!.textContent).toMatch(/Uw gegevens zijn niet verwijderd\. Tot dit is opgelost kunt u alles bekijken, maar niets wijzigen\./);
    expect(within(banner()).getByRole('link', { name: 'Naar Beheer: een andere reservekopie kiezen' }).getAttribute('href')).toBe('#/beheer');
    expect(within(banner()).getByText(store.dataFile)).toBeTruthy();

    // "Opnieuw proberen" while the file is still damaged: still rescue mode, said in Dutch.
    await user.click(within(banner()).getByRole('button', { name: 'Opnieuw proberen: de database openen' }));
    expect(await screen.findByText(/Opnieuw geprobeerd: de database kan nog steeds niet veilig worden geopend/)).toBeTruthy();
    expect(onRecovered).not.toHaveBeenCalled();

    // "Exporteer wat nog leesbaar is" on a file whose header is gone: a clean Dutch storage error.
    await user.click(within(banner()).getByRole('button', { name: 'Exporteer wat nog leesbaar is' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => /niets meer worden gelezen/.test(a.textContent ?? ''))).toBe(true),
    );

    await user.click(within(banner()).getByRole('button', { name: 'Laatste goede reservekopie terugzetten' }));
    const confirm = within(banner()).getByRole('group', { name: 'Terugzetten bevestigen' });
    expect(confirm.textContent).toMatch(/De reservekopie van \d+ \w+ \d{4} om \d{2}:\d{2}:\d{2} \(handmatig gemaakt\) wordt eerst gecontroleerd/);
    expect(confirm.textContent).toMatch(/De huidige database wordt niet verwijderd/);
    const yes = within(confirm).getByRole('button', { name: /^Ja, terugzetten: \d+ \w+ \d{4} om / });
    expect(document.activeElement).toBe(yes);
    await user.click(yes);
    await waitFor(() => expect(onRecovered).toHaveBeenCalledTimes(1));

    // The data is back and the app can write again.
    expect(t.core.mode).toBe('normal');
    expect((await t.call('meetings:list', {})).map((m) => m.title)).toContain('Coalitieoverleg voor de schade');
    expect((await t.call('year:get', { year: 2026 })).milestones.map((m) => m.title)).toContain('Wijkfeest Selwerd');
    await t.call('milestones:create', { date: '2026-12-01', title: 'Na het herstel' });

    // After the reload: no banner, the core's words about the restore, once.
    cleanup();
    renderWithCore(t, <RescueBanner onRecovered={onRecovered} />);
    const done = await screen.findByRole('region', { name: 'Herstel' });
    expect(within(done).getByRole('status').textContent).toMatch(/teruggezet; Coalitietafel werkt weer normaal\. De vervangen database is bewaard als .*vervangen-/);
    expect(screen.queryByRole('region', { name: 'Coalitietafel staat in de herstelmodus' })).toBeNull();
    await user.click(within(done).getByRole('button', { name: 'Herstelmelding sluiten' }));
    expect(screen.queryByRole('region', { name: 'Herstel' })).toBeNull();
    expect(window.sessionStorage.getItem('coalitietafel.herstelmelding')).toBeNull();
  });

  it('shows the banner once above every screen, asks rescue:status once, and writes are refused in Dutch', async () => {
    const store = await damagedStore();
    t = store.t;
    const core = t.core;
    const calls: string[] = [];
    const api = new Proxy({}, {
      get: (_, ch) => (input: unknown) => {
        calls.push(String(ch));
        return core.dispatch(String(ch), input);
      },
    }) as TestCore['api'];
    const user = userEvent.setup();
    render(
      <ApiProvider api={api}>
        <App />
      </ApiProvider>,
    );
    await screen.findByRole('heading', { level: 2, name: 'Coalitietafel staat in de herstelmodus' });
    const firstAlert = within(banner()).getByRole('alert');

    // Another screen: the same banner (not mounted again, so not announced again), status asked once.
    await user.click(screen.getByRole('link', { name: 'Beheer' }));
    await screen.findByRole('heading', { level: 1, name: 'Beheer' });
    expect(screen.getByRole('link', { name: 'Beheer' }).getAttribute('aria-current')).toBe('page');
    expect(within(banner()).getByRole('alert')).toBe(firstAlert);
    expect(screen.getAllByRole('region', { name: 'Coalitietafel staat in de herstelmodus' })).toHaveLength(1);
    // The banner once, the Beheer screen once (its call may still be on its way when its heading shows).
    await waitFor(() => expect(calls.filter((c) => c === 'rescue:status')).toHaveLength(2));

    // Beheer in rescue mode: writing is off, the backups are there to restore.
    expect(await screen.findByText(/Coalitietafel staat in de herstelmodus: u kunt hier alles bekijken/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Nu een reservekopie maken' }) as HTMLButtonElement).disabled).toBe(true);
    // What the damaged file cannot give is said per section, each with its own retry.
    const nameSection = screen.getByRole('region', { name: 'Uw naam in het logboek' });
    expect(await within(nameSection).findByText(/beschadigd/)).toBeTruthy();
    expect(within(nameSection).getByRole('button', { name: 'Opnieuw proberen: de gebruikersnaam laden' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Archief importeren' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: /^Terugzetten: / })).toBeTruthy();

    // A write gets the core's Dutch refusal (code 'rescue-mode') in the screen's error notice.
    cleanup();
    renderWithCore(t, <WriteButton />);
    await user.click(screen.getByRole('button', { name: 'Mijlpaal opslaan' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => /herstelmodus.*Er is niets gewijzigd/.test(a.textContent ?? ''))).toBe(true),
    );
  });

  it('exports what can still be read from a damaged page, and lists what could not', async () => {
    const store = await damagedStore('page');
    t = store.t;
    expect(t.core.mode).toBe('rescue');
    const user = userEvent.setup();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:archief';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    renderWithCore(t, <RescueBanner onRecovered={() => {}} />);
    await screen.findByRole('heading', { level: 2, name: 'Coalitietafel staat in de herstelmodus' });
    await user.click(within(banner()).getByRole('button', { name: 'Exporteer wat nog leesbaar is' }));
    expect(await within(banner()).findByText(/Tabel agenda_items: na 0 rijen onleesbaar/)).toBeTruthy();
    expect(await screen.findByText(/is gedownload\. Niet alles kon uit de database worden gelezen/)).toBeTruthy();
    const archive = JSON.parse(await saved[0]!.text()) as { tables: Record<string, { rows: unknown[] }> };
    expect(archive.tables.meetings!.rows).toHaveLength(1);
  });

  it('restores a chosen backup from the Beheer screen in rescue mode', async () => {
    const store = await damagedStore();
    t = store.t;
    const user = userEvent.setup();
    const onReload = vi.fn();
    renderWithCore(t, <BeheerScreen onReload={onReload} />);
    const restore = await screen.findByRole('button', { name: /^Terugzetten: / });
    await user.click(restore);
    await user.click(screen.getByRole('button', { name: /^Ja, terugzetten: / }));
    await waitFor(() => expect(onReload).toHaveBeenCalledTimes(1));
    expect(t.core.mode).toBe('normal');
    expect((await t.call('meetings:list', {})).map((m) => m.title)).toContain('Coalitieoverleg voor de schade');
  });
});
