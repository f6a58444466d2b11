// A new partner organisation of the coalition.
import { useRef, useState, type FormEvent } from 'react';
import type { Organisation } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';

export function AddOrganisationForm({ onCreated }: { onCreated(organisation: Organisation): void }) {
  const call = useCall();
  const notices = useNotices();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Vul de naam van de organisatie in.');
      nameRef.current?.focus();
      return;
    }
    setError(null);
    const result = await notices.run(
      () => call('organisations:create', { name: name.trim(), ...(sector.trim() ? { sector: sector.trim() } : {}) }),
      (o) => `Organisatie “${o.name}” is toegevoegd.`,
    );
    if (result.ok) {
      onCreated(result.value);
      setName('');
      setSector('');
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Nieuwe organisatie">
      <TextField label="Naam van de organisatie" value={name} onChange={setName} error={error} inputRef={nameRef} required />
      <TextField label="Sector" value={sector} onChange={setSector} hint="Bijvoorbeeld: woningcorporatie, onderwijs, welzijn, bewoners." />
      <FormActions submitLabel="Organisatie toevoegen" />
    </form>
  );
}
