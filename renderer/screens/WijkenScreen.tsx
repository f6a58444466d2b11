// Wijkprofielen: per wijk what makes it itself (vinkje 5) — its identity, its characteristics and what it is
// proud of — in the words of the area plan and its residents.
import { useState, type FormEvent } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import type { WijkProfile } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { countLabel } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { TextAreaField } from '../components/fields';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { AddAreaForm } from '../area/AddAreaForm';
import '../monitoring/monitoring.css';

function WijkForm({ wijk, onSaved }: { wijk: WijkProfile; onSaved(w: WijkProfile): void }) {
  const call = useCall();
  const notices = useNotices();
  const [draft, setDraft] = useState({ identity: wijk.identity, characteristics: wijk.characteristics, pride: wijk.pride });
  const [busy, setBusy] = useState(false);
  const dirty = draft.identity !== wijk.identity || draft.characteristics !== wijk.characteristics || draft.pride !== wijk.pride;
  useLeaveGuard(dirty && !busy ? `het profiel van ${wijk.name}` : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const trimmed = { identity: draft.identity.trim(), characteristics: draft.characteristics.trim(), pride: draft.pride.trim() };
    const result = await notices.run(() => call('wijken:update', { id: wijk.id, ...trimmed }), `Het profiel van ${wijk.name} is opgeslagen.`);
    setBusy(false);
    if (result.ok) {
      setDraft(trimmed);
      onSaved(result.value);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={`Profiel van ${wijk.name}`}>
      <TextAreaField
        label={`Wat maakt ${wijk.name} eigen`}
        hint="De identiteit van de wijk: wat bewoners en het gebiedsplan erover zeggen."
        value={draft.identity}
        onChange={(v) => setDraft((d) => ({ ...d, identity: v }))}
        rows={3}
      />
      <TextAreaField
        label={`Kenmerken van ${wijk.name}`}
        hint="Gebouwen, bewoners, geschiedenis, voorzieningen."
        value={draft.characteristics}
        onChange={(v) => setDraft((d) => ({ ...d, characteristics: v }))}
        rows={3}
      />
      <TextAreaField
        label={`Waar ${wijk.name} trots op is`}
        value={draft.pride}
        onChange={(v) => setDraft((d) => ({ ...d, pride: v }))}
        rows={2}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" aria-busy={busy || undefined}>
          Profiel van {wijk.name} opslaan
        </button>
        {dirty && <span className="save-state save-gewijzigd">Gewijzigd, nog niet opgeslagen</span>}
      </div>
    </form>
  );
}

export default function WijkenScreen() {
  const call = useCall();
  const loaded = useLoad(() => call('wijken:list', {}), [call]);
  const { setData } = loaded;
  const wijken = loaded.data;

  return (
    <>
      <PageHeading title="Wijkprofielen">Wijkprofielen</PageHeading>
      <MonitoringNav current="wijken" />
      <p className="lead">
        Wat elke wijk tot zichzelf maakt. Vinkje 5 vraagt of een besluit rekening houdt met de identiteit van de wijk; wat hier staat,
        ziet de coalitie bij dat vinkje terug.
      </p>
      <details className="panel">
        <summary>Wijk toevoegen</summary>
        <AddAreaForm kind="wijk" onCreated={loaded.reload} />
      </details>
      {!wijken ? (
        loaded.error ? (
          <LoadFailed message={loaded.error} onRetry={loaded.reload} />
        ) : (
          <Loading />
        )
      ) : (
        <ul className="card-list wijk-list">
          {wijken.map((w) => (
            <li key={w.id} className="card">
              <section aria-labelledby={`wijk-${w.id}`}>
                <h2 id={`wijk-${w.id}`}>{w.name}</h2>
                {!w.inArea && (
                  <p className="note plan-note">
                    <strong>Niet vastgesteld dat deze wijk tot Groningen-Noord hoort.</strong> {w.caveat}
                  </p>
                )}
                {w.inArea && w.caveat && <p className="note plan-note">{w.caveat}</p>}
                <p className="meta">
                  <span>{countLabel(w.interventionCount, 'interventie', 'interventies')}</span>
                  <span>{countLabel(w.registerEntryCount, 'registratie', 'registraties')} in de registers</span>
                </p>
                <WijkForm wijk={w} onSaved={(saved) => setData((d) => d && d.map((x) => (x.id === saved.id ? saved : x)))} />
              </section>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
