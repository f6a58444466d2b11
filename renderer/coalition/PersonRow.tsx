// One person of an organisation: name and role (changed on the spot), and an edit form to rename them or
// record the day they left the coalition. Who left stays in the minutes of earlier meetings; later
// meetings no longer list them for attendance.
import { useRef, useState, type FormEvent } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import { ROLES, ROLE_LABELS, type Person, type Role } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDate } from '../format';
import { SelectField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useFocusOnMount } from '../useFocusOnMount';

export function PersonRow({ person, onChange }: { person: Person; onChange(person: Person): void }) {
  const call = useCall();
  const notices = useNotices();
  const [editing, setEditing] = useState(false);
  // The chosen role shows at once while the store saves.
  const [pendingRole, setPendingRole] = useState<Role | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  const changeRole = async (role: Role) => {
    setPendingRole(role);
    const result = await notices.run(
      () => call('people:update', { id: person.id, name: person.name, organisationId: person.organisationId, role }),
      `De rol van ${person.name} is nu ${ROLE_LABELS[role].toLowerCase()}.`,
    );
    if (result.ok) onChange(result.value);
    setPendingRole(null);
  };

  const close = () => {
    setEditing(false);
    setTimeout(() => editRef.current?.focus());
  };

  return (
    <li className={`person${person.leftOn ? ' person-left' : ''}`}>
      <span className="person-name">
        {person.name}
        {person.leftOn && (
          <span className="meta">
            {' '}
            uit de coalitie sinds <time dateTime={person.leftOn}>{formatDate(person.leftOn)}</time>
          </span>
        )}
      </span>
      {editing ? (
        <PersonForm
          person={person}
          onDone={(saved) => {
            if (saved) onChange(saved);
            close();
          }}
        />
      ) : (
        <>
          <SelectField
            className="person-role"
            label={
              <>
                Rol<span className="visually-hidden"> van {person.name}</span>
              </>
            }
            value={pendingRole ?? person.role}
            onChange={(v) => changeRole(v as Role)}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
          <button type="button" ref={editRef} onClick={() => setEditing(true)} aria-label={`Bewerken: ${person.name}`}>
            Bewerken
          </button>
        </>
      )}
    </li>
  );
}

function PersonForm({ person, onDone }: { person: Person; onDone(saved: Person | null): void }) {
  const call = useCall();
  const notices = useNotices();
  const [name, setName] = useState(person.name);
  const [leftOn, setLeftOn] = useState(person.leftOn ?? '');
  useLeaveGuard(name !== person.name || leftOn !== (person.leftOn ?? '') ? `de wijzigingen aan ${person.name}` : null);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(nameRef, true);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Vul de naam in.');
      nameRef.current?.focus();
      return;
    }
    setError(null);
    let saved: Person = person;
    if (name.trim() !== person.name) {
      const result = await notices.run(
        () => call('people:update', { id: person.id, name: name.trim(), organisationId: person.organisationId, role: person.role }),
        (p) => `${person.name} heet nu ${p.name}.`,
      );
      if (!result.ok) return;
      saved = result.value;
    }
    if ((leftOn || null) !== person.leftOn) {
      const result = await notices.run(
        () => call('people:setLeft', { id: person.id, leftOn: leftOn || null }),
        (p) => (p.leftOn ? `${p.name} is uit de coalitie per ${formatDate(p.leftOn)}.` : `${p.name} zit weer in de coalitie.`),
      );
      if (!result.ok) return onDone(saved === person ? null : saved);
      saved = result.value;
    }
    onDone(saved === person ? null : saved);
  };

  return (
    <form className="stack person-form" noValidate onSubmit={submit} aria-label={`Persoon bewerken: ${person.name}`}>
      <TextField label="Naam" value={name} onChange={setName} error={error} inputRef={nameRef} required />
      <TextField
        label="Uit de coalitie per"
        type="date"
        value={leftOn}
        onChange={setLeftOn}
        hint="Leeg zolang iemand meedoet. Na deze datum staat de persoon niet meer bij de aanwezigheid; in eerdere notulen blijft de naam staan."
      />
      <FormActions submitLabel="Opslaan" onCancel={() => onDone(null)} />
    </form>
  );
}
