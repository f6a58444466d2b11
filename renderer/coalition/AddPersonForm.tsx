// A new person in the coalition, with their organisation and role.
import { useRef, useState, type FormEvent } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import { ROLES, ROLE_LABELS, type Organisation, type Person, type Role } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { SelectField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';

export function AddPersonForm({ organisations, onCreated }: { organisations: Organisation[]; onCreated(person: Person): void }) {
  const call = useCall();
  const notices = useNotices();
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<Role>('lid');
  useLeaveGuard(name.trim() ? 'de nieuwe persoon' : null);
  const [errors, setErrors] = useState<{ name?: string; organisation?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const organisationRef = useRef<HTMLSelectElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = {
      name: name.trim() ? undefined : 'Vul de naam in.',
      organisation: organisationId ? undefined : 'Kies een organisatie.',
    };
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.organisation) return organisationRef.current?.focus();
    const result = await notices.run(
      () => call('people:create', { name: name.trim(), organisationId: Number(organisationId), role }),
      (p) => `${p.name} is toegevoegd als ${ROLE_LABELS[p.role].toLowerCase()} bij ${p.organisationName}.`,
    );
    if (result.ok) {
      onCreated(result.value);
      setName('');
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <TextField label="Naam" value={name} onChange={setName} error={errors.name} inputRef={nameRef} required />
      <SelectField
        label="Organisatie"
        value={organisationId}
        onChange={setOrganisationId}
        error={errors.organisation}
        selectRef={organisationRef}
        emptyLabel="— kies een organisatie —"
        options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        required
      />
      <SelectField
        label="Rol"
        value={role}
        onChange={(v) => {
          setRole(v as Role);
          // A bewonersvertegenwoordiger belongs to the residents' organisation, which a fresh install has.
          const residents = organisations.find((o) => o.sector === 'bewoners');
          if (v === 'bewonersvertegenwoordiger' && !organisationId && residents) setOrganisationId(String(residents.id));
        }}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        required
      />
      <FormActions submitLabel="Persoon toevoegen" />
    </form>
  );
}
