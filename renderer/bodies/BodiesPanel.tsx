// The coalition's bodies — coalitie, programmateam, kernteam and werkgroepen — with today's number of members,
// each a link to its members; a werkgroep is added here.
import { useRef, useState, type FormEvent } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import { BODY_KIND_LABELS, type BodySummary } from '../../shared/bodies';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { Loading, LoadFailed } from '../components/LoadState';

export function BodiesPanel() {
  const call = useCall();
  const loaded = useLoad(() => call('bodies:list', {}), [call]);
  const bodies = loaded.data;
  return (
    <section aria-labelledby="overleggen" className="panel">
      <h2 id="overleggen">Overleggen</h2>
      <p className="hint">Wie in welk overleg zit, in welke rol en sinds wanneer. De aanwezigheid van een vergadering noemt de leden van dat overleg.</p>
      {!bodies ? (
        loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />
      ) : (
        <ul className="bodies">
          {bodies.map((b) => (
            <li key={b.id}>
              <a href={paths.body(b.id)}>{b.name}</a>
              <span className="meta">
                {' '}
                {b.kind === 'werkgroep' ? `${BODY_KIND_LABELS.werkgroep} · ` : ''}
                {b.currentMemberCount} {b.currentMemberCount === 1 ? 'lid' : 'leden'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <details className="add-body">
        <summary>Werkgroep toevoegen</summary>
        <AddWorkgroupForm onCreated={(b) => loaded.setData((d) => d && [...d, b])} />
      </details>
    </section>
  );
}

function AddWorkgroupForm({ onCreated }: { onCreated(body: BodySummary): void }) {
  const call = useCall();
  const notices = useNotices();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  useLeaveGuard(name.trim() || purpose.trim() ? 'de nieuwe werkgroep' : null);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Vul de naam van de werkgroep in.');
      nameRef.current?.focus();
      return;
    }
    setError(null);
    const result = await notices.run(
      () => call('bodies:createWorkgroup', { name: name.trim(), purpose }),
      (b) => `Werkgroep “${b.name}” is toegevoegd.`,
    );
    if (result.ok) {
      const { memberships: _members, ...body } = result.value;
      onCreated({ ...body, currentMemberCount: 0 });
      setName('');
      setPurpose('');
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Nieuwe werkgroep">
      <TextField label="Naam van de werkgroep" value={name} onChange={setName} error={error} inputRef={nameRef} required />
      <TextField label="Doel" value={purpose} onChange={setPurpose} />
      <FormActions submitLabel="Werkgroep toevoegen" />
    </form>
  );
}
