// Koppelkansen "als een treintje": the interventions this one is linked to (both ways), the plan's own links
// marked as such, and linking another or undoing a link. Shows the answer to the plan's criterion too.
import { useState, type FormEvent } from 'react';
import type { InterventionListEntry } from '../../shared/registers';
import { KOPPELKANS_CRITERION } from '../../shared/planwork';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { Loading, LoadFailed } from '../components/LoadState';
import { SelectField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';

export function KoppelkansLinks({ interventionId, all }: { interventionId: string; all: InterventionListEntry[] }) {
  const call = useCall();
  const notices = useNotices();
  const loaded = useLoad(() => call('koppelkansen:links', { interventionId }), [call, interventionId]);
  const [otherId, setOtherId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!otherId) return setError('Kies een interventie om mee te koppelen.');
    setError(null);
    setBusy(true);
    const result = await notices.run(() => call('koppelkansen:link', { interventionId, otherId, note }), 'De koppeling is opgeslagen.');
    setBusy(false);
    if (result.ok) {
      loaded.setData(result.value);
      setOtherId('');
      setNote('');
    }
  };
  const unlink = async (id: string, title: string) => {
    const result = await notices.run(() => call('koppelkansen:unlink', { interventionId, otherId: id }), `De koppeling met “${title}” is verwijderd.`);
    if (result.ok) loaded.setData(result.value);
  };

  if (!loaded.data) return loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  const { criterion, links } = loaded.data;
  const linked = new Set(links.map((l) => l.id));
  return (
    <>
      {criterion !== null && (
        <p>
          <strong>{KOPPELKANS_CRITERION}</strong> {criterion}
        </p>
      )}
      {links.length === 0 ? (
        <p className="empty">Deze interventie is nog niet gekoppeld.</p>
      ) : (
        <ul className="link-train">
          {links.map((l) => (
            <li key={l.id}>
              <a href={paths.intervention(l.id)}>{l.title}</a>
              {l.fromPlan && <span className="tag tag-caveat"> genoemd in het gebiedsplan</span>}
              {l.note && <span> — {l.note}</span>}{' '}
              <button type="button" onClick={() => void unlink(l.id, l.title)} aria-label={`Ontkoppelen: ${l.title}`}>
                Ontkoppelen
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" noValidate onSubmit={submit} aria-label="Koppelen aan een andere interventie">
        <div className="field-row">
          <SelectField
            label="Koppelen aan"
            value={otherId}
            onChange={setOtherId}
            emptyLabel="— kies een interventie —"
            options={all.filter((i) => i.id !== interventionId && !linked.has(i.id)).map((i) => ({ value: i.id, label: i.title }))}
            error={error}
            className="grow"
          />
          <TextField label="Toelichting" hint="Hoe versterken ze elkaar?" value={note} onChange={setNote} className="grow" />
        </div>
        <FormActions submitLabel="Koppelen" busy={busy} />
      </form>
    </>
  );
}
