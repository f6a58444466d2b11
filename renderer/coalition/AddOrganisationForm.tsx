// A new partner organisation of the coalition.
import { useRef, useState, type FormEvent } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import type { Organisation } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { FormActions } from '../components/FormActions';
import { OrganisationFields, emptyOrganisation, inputOf } from './OrganisationFields';

export function AddOrganisationForm({ onCreated }: { onCreated(organisation: Organisation): void }) {
  const call = useCall();
  const notices = useNotices();
  const [draft, setDraft] = useState(emptyOrganisation);
  useLeaveGuard(JSON.stringify(draft) !== JSON.stringify(emptyOrganisation) ? 'de nieuwe organisatie' : null);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setError('Vul de naam van de organisatie in.');
      nameRef.current?.focus();
      return;
    }
    setError(null);
    const result = await notices.run(() => call('organisations:create', inputOf(draft)), (o) => `Organisatie “${o.name}” is toegevoegd.`);
    if (result.ok) {
      onCreated(result.value);
      setDraft(emptyOrganisation);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Nieuwe organisatie">
      <OrganisationFields draft={draft} onChange={setDraft} nameError={error} nameRef={nameRef} />
      <FormActions submitLabel="Organisatie toevoegen" />
    </form>
  );
}
