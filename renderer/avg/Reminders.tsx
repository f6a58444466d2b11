// Entries whose retention term has passed: remove their personal content (anonymise) or keep them longer,
// with a reason. Nothing is removed by itself: a person decides.
import { useState, type FormEvent } from 'react';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDate } from '../../shared/format';
import type { AvgOverview } from '../../shared/avg';
import { ConfirmButton } from '../components/ConfirmButton';
import { TextField } from '../components/fields';
import { Panel } from '../beheer/SectionState';
import { EntryTable, toggled } from './EntryTable';

export const REMINDERS = { id: 'avg-termijn', title: 'Bewaartermijn verstreken' };

export function Reminders(props: { overview: AvgOverview; onChanged(): void }) {
  const call = useCall();
  const notices = useNotices();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ until?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);
  const { overdue, overdueTotal, today } = props.overview;
  const ids = [...selected].filter((id) => overdue.some((e) => e.id === id));

  const extend = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      until: /^\d{4}-\d{2}-\d{2}$/.test(until) && until > today ? undefined : 'Kies een datum na vandaag.',
      reason: reason.trim() ? undefined : 'Geef een reden om langer te bewaren.',
    };
    setErrors(found);
    if (found.until || found.reason || ids.length === 0) return;
    setBusy(true);
    const result = await notices.run(
      () => call('avg:extend', { entryIds: ids, until, reason: reason.trim() }),
      (r) => `Bewaartermijn verlengd tot en met ${formatDate(until)} voor ${r.extended === 1 ? '1 registratie' : `${r.extended} registraties`}.`,
    );
    setBusy(false);
    if (result.ok) {
      setSelected(new Set());
      setReason('');
      props.onChanged();
    }
  };

  const erase = async () => {
    const result = await notices.run(
      () => call('avg:erase', { entryIds: ids, reason: 'bewaartermijn' }),
      (r) => `${r.erased === 1 ? '1 registratie' : `${r.erased} registraties`} geanonimiseerd: er staat nu “${r.marker}”.`,
    );
    if (result.ok) {
      setSelected(new Set());
      props.onChanged();
    }
    return result.ok;
  };

  return (
    <Panel {...REMINDERS}>
      {overdueTotal === 0 ? (
        <p className="empty">Geen registraties met persoonsgegevens over hun bewaartermijn (vandaag is {formatDate(today)}).</p>
      ) : (
        <>
          <p className="warning" role="status">
            {overdueTotal === 1 ? '1 registratie met persoonsgegevens is' : `${overdueTotal} registraties met persoonsgegevens zijn`} over de
            bewaartermijn. Verwijder de persoonsgegevens, of bewaar ze met een reden langer.
            {overdueTotal > overdue.length && ` Hieronder de ${overdue.length} oudste.`}
          </p>
          <EntryTable
            caption="Registraties over hun bewaartermijn"
            entries={overdue}
            selected={selected}
            onToggle={(id, on) => setSelected((s) => toggled(s, id, on))}
          />
          <div className="button-row">
            <button type="button" onClick={() => setSelected(new Set(overdue.map((e) => e.id)))}>
              Alle kiezen
            </button>
            <ConfirmButton
              disabled={ids.length === 0}
              groupLabel="Anonimiseren bevestigen"
              question={
                <p>
                  De titel, tekst en naam van de bron van {ids.length === 1 ? 'deze registratie' : `deze ${ids.length} registraties`} worden
                  vervangen door “verwijderd na afloop van de bewaartermijn”. Dat kan niet ongedaan worden gemaakt.
                </p>
              }
              confirmText="Ja, anonimiseren"
              onConfirm={erase}
            >
              Gekozen registraties anonimiseren
            </ConfirmButton>
          </div>
          <form className="stack" noValidate onSubmit={extend} aria-label="Bewaartermijn verlengen">
            <div className="field-row">
              <TextField label="Bewaren tot en met" type="date" value={until} onChange={setUntil} error={errors.until} required />
              <TextField label="Reden" value={reason} onChange={setReason} error={errors.reason} required className="grow" />
            </div>
            <div className="form-actions">
              <button type="submit" disabled={ids.length === 0} aria-busy={busy || undefined}>
                Gekozen registraties langer bewaren
              </button>
            </div>
          </form>
        </>
      )}
    </Panel>
  );
}
