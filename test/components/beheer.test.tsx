// @vitest-environment happy-dom
// Beheer against the real core: a backup made and listed (and restored), the user name saved and seen in
// the audit trail, the chain check, the archive import refused into a store with work and accepted into
// a new one, and the audit trail paged with "Meer laden".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import BeheerScreen from '../../renderer/screens/BeheerScreen';
import { AUDIT_PAGE } from '../../renderer/beheer/AuditTrail';
import { adoptedMinutes } from './durability-fixture';
import { openTestCore, renderWithCore, type TestCore } from './harness';

let t: TestCore;
const others: TestCore[] = [];
beforeEach(() => {
  t = openTestCore();
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  t.close();
  for (const o of others.splice(0)) o.close();
});

describe('Beheer', () => {
  it('shows where the data and the backups are, makes a backup and lists it, and restores it after confirmation', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    await t.call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest Selwerd' });
    renderWithCore(t, <BeheerScreen onReload={onReload} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeTruthy();
    const where = await screen.findByRole('region', { name: 'Waar de gegevens staan' });
    expect(within(where).getByText(t.core.dataFile)).toBeTruthy();
    expect(within(where).getByText(t.core.backupFolder)).toBeTruthy();

    const backups = screen.getByRole('region', { name: 'Reservekopieën' });
    expect(within(backups).getByText(/laatste 7 dagen.*laatste 8 weken/)).toBeTruthy();
    expect(within(backups).getByText('Er zijn nog geen reservekopieën in deze map.')).toBeTruthy();
    await user.click(within(backups).getByRole('button', { name: 'Nu een reservekopie maken' }));

    const table = await within(backups).findByRole('table', { name: 'Reservekopieën, nieuwste eerst' });
    const [entry] = (await t.call('backups:list', {})).entries;
    expect(entry).toMatchObject({ kind: 'handmatig' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]!).getByText('Handmatig gemaakt')).toBeTruthy();
    expect(within(rows[1]!).getByText(/^(\d+ KB|\d+,\d MB)$/)).toBeTruthy();
    expect(await screen.findByText(/^Reservekopie gemaakt: \d+ \w+ \d{4} om \d{2}:\d{2}:\d{2}/)).toBeTruthy();

    // Work after the backup, then restore it: asked first, then the store is the backup again.
    await t.call('milestones:create', { date: '2026-12-01', title: 'Na de reservekopie' });
    const restoreButton = within(table).getByRole('button', { name: /^Terugzetten: \d+ \w+ \d{4} om \d{2}:\d{2}:\d{2}$/ });
    await user.click(restoreButton);
    const confirm = screen.getByRole('group', { name: /^Terugzetten bevestigen: / });
    expect(confirm.textContent).toMatch(/De huidige database wordt niet verwijderd: hij wordt opzij gezet/);
    // Annuleren changes nothing and gives focus back.
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(document.activeElement).toBe(within(table).getByRole('button', { name: /^Terugzetten: / }));
    expect(onReload).not.toHaveBeenCalled();

    await user.click(within(table).getByRole('button', { name: /^Terugzetten: / }));
    const yes = within(screen.getByRole('group', { name: /^Terugzetten bevestigen: / })).getByRole('button', { name: /^Ja, terugzetten: / });
    expect(document.activeElement).toBe(yes);
    await user.click(yes);
    await waitFor(() => expect(onReload).toHaveBeenCalledTimes(1));
    const milestones = (await t.call('year:get', { year: 2026 })).milestones.map((m) => m.title);
    expect(milestones).toContain('Wijkfeest Selwerd');
    expect(milestones).not.toContain('Na de reservekopie');
    // The core's words about the restore wait for the screen after the reload.
    expect(window.sessionStorage.getItem('coalitietafel.herstelmelding')).toMatch(/teruggezet; Coalitietafel werkt weer normaal.*vervangen-/);
    expect((await t.call('rescue:status', {})).setAside).toHaveLength(1);
  });

  it('saves the user name, which the audit trail then shows as "wie"', async () => {
    const user = userEvent.setup();
    renderWithCore(t, <BeheerScreen onReload={() => {}} />);
    const form = await screen.findByRole('form', { name: 'Uw naam in het logboek' });
    const field = within(form).getByLabelText('Gebruikersnaam');
    // A fresh store has no name yet: the field is empty and the hint says what the log writes until then.
    expect(await within(form).findByText(/Er is nog geen naam ingesteld/)).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('');

    await user.clear(field);
    await user.click(within(form).getByRole('button', { name: 'Naam opslaan' }));
    expect(await within(form).findByText(/Vul een naam in/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await user.type(field, 'Koen Schuiling');
    await user.click(within(form).getByRole('button', { name: 'Naam opslaan' }));
    expect(await screen.findByText('Opgeslagen: wijzigingen worden voortaan vastgelegd op naam van Koen Schuiling.')).toBeTruthy();
    expect(await t.call('settings:getUserName', {})).toEqual({ userName: 'Koen Schuiling' });

    // A change after it is recorded under the new name; the trail shows it on reload of the screen.
    await t.call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest Selwerd' });
    cleanup();
    renderWithCore(t, <BeheerScreen onReload={() => {}} />);
    const trail = await screen.findByRole('table', { name: 'Logboek van wijzigingen, nieuwste eerst' });
    const newest = within(trail).getAllByRole('row')[1]!;
    expect(within(newest).getByText('Koen Schuiling')).toBeTruthy();
    expect(within(newest).getByText('Mijlpalen')).toBeTruthy();
    expect(within(newest).getByText('Toegevoegd')).toBeTruthy();
    const details = within(newest).getByText(/^Voor en na/).closest('details')!;
    expect(details.textContent).toMatch(/"title": "Wijkfeest Selwerd"/);
    expect(details.textContent).toMatch(/geen: nieuw toegevoegd/);
  });

  it('checks the chain of adopted minutes and says all is well', async () => {
    const user = userEvent.setup();
    await adoptedMinutes(t.call);
    renderWithCore(t, <BeheerScreen onReload={() => {}} />);
    const region = await screen.findByRole('region', { name: 'Vastgestelde notulen controleren' });
    await user.click(within(region).getByRole('button', { name: 'Controleer de vastgestelde notulen' }));
    expect(await within(region).findByText('Alle 2 vastgestelde notulen zijn ongewijzigd sinds hun vaststelling.')).toBeTruthy();
    expect(within(region).getByRole('status').textContent).toMatch(/ongewijzigd/);
  });

  it('names the first adopted meeting that no longer matches', async () => {
    const user = userEvent.setup();
    const archive = await adoptedMinutes(t.call);
    // Change an adopted decision behind the app's back, with the guarding triggers out of the way.
    const db = t.core.db;
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'agenda_items'").all() as { name: string; sql: string }[];
    for (const tr of triggers) db.exec(`DROP TRIGGER "${tr.name}"`);
    db.prepare("UPDATE agenda_items SET decision_text = 'Anders besloten.' WHERE id = ?").run(archive.decisionItems[0]);
    for (const tr of triggers) db.exec(tr.sql);

    renderWithCore(t, <BeheerScreen onReload={() => {}} />);
    const region = await screen.findByRole('region', { name: 'Vastgestelde notulen controleren' });
    await user.click(within(region).getByRole('button', { name: 'Controleer de vastgestelde notulen' }));
    expect(await within(region).findByText(/afwijking bij "Coalitieoverleg maart"/)).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Coalitieoverleg maart' }).getAttribute('href')).toBe(`#/vergaderingen/${archive.adopted[0]!.id}`);
  });

  it('refuses an archive import into a store with work, in Dutch, and imports it into a new one', async () => {
    const user = userEvent.setup();
    await t.call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest Selwerd' });
    const exported = await t.call('archive:export', {});
    const json = Buffer.from(exported.file.base64, 'base64').toString('utf8');
    const file = () => new File([json], exported.file.fileName, { type: 'application/json' });

    const onReload = vi.fn();
    renderWithCore(t, <BeheerScreen onReload={onReload} />);
    const form = await screen.findByRole('form', { name: 'Archief importeren' });
    expect(form.textContent).toMatch(/alleen in een nieuwe, lege installatie/);
    await user.click(within(form).getByRole('button', { name: 'Archief importeren' }));
    expect(await within(form).findByText('Kies eerst een archiefbestand (JSON).')).toBeTruthy();

    await user.upload(within(form).getByLabelText('Archiefbestand (JSON)'), file());
    await user.click(within(form).getByRole('button', { name: 'Archief importeren' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => /alleen worden ingelezen in een nieuwe, lege database/.test(a.textContent ?? ''))).toBe(true));
    expect(onReload).not.toHaveBeenCalled();

    // A new, empty installation takes it.
    cleanup();
    const fresh = openTestCore();
    others.push(fresh);
    renderWithCore(fresh, <BeheerScreen onReload={onReload} />);
    const freshForm = await screen.findByRole('form', { name: 'Archief importeren' });
    await user.upload(within(freshForm).getByLabelText('Archiefbestand (JSON)'), file());
    await user.click(within(freshForm).getByRole('button', { name: 'Archief importeren' }));
    await waitFor(() => expect(onReload).toHaveBeenCalledTimes(1));
    expect((await fresh.call('year:get', { year: 2026 })).milestones.map((m) => m.title)).toContain('Wijkfeest Selwerd');
    expect(window.sessionStorage.getItem('coalitietafel.herstelmelding')).toMatch(/Het archief is ingelezen/);
  });

  it('pages the audit trail backwards with "Meer laden", newest first', async () => {
    const user = userEvent.setup();
    const total = (await t.call('audit:list', { limit: 500 })).length;
    expect(total).toBeGreaterThan(AUDIT_PAGE * 2);
    renderWithCore(t, <BeheerScreen onReload={() => {}} />);
    const region = await screen.findByRole('region', { name: 'Logboek van wijzigingen' });
    const table = await within(region).findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(AUDIT_PAGE + 1);
    expect(within(region).getByText(`${AUDIT_PAGE} wijzigingen getoond.`)).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(AUDIT_PAGE * 2 + 1));
    let shown = AUDIT_PAGE * 2;
    while (within(region).queryByRole('button', { name: 'Meer laden' })) {
      await user.click(within(region).getByRole('button', { name: 'Meer laden' }));
      shown = Math.min(shown + AUDIT_PAGE, total);
      await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(shown + 1));
    }
    expect(shown).toBe(total);
    expect(within(region).getByText(/dit is het begin van het logboek/)).toBeTruthy();
    // Newest first, no entry twice.
    const ids = (await t.call('audit:list', { limit: 500 })).map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(document.activeElement).toBe(within(region).getByRole('status'));
  });
});
