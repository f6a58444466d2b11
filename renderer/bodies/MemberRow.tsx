// One membership in a body's table, with a small form to end it on a day (or undo the end).
import { useRef, useState, type FormEvent } from 'react';
import { MEMBER_ROLE_LABELS, type Membership } from '../../shared/bodies';
import { formatDate } from '../../shared/format';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useFocusOnMount } from '../useFocusOnMount';

const dateCell = (d: string | null, empty: string) => (d ? <time dateTime={d}>{formatDate(d)}</time> : <span className="muted">{empty}</span>);

export function MemberRow({ membership: m, onChange }: { membership: Membership; onChange(m: Membership): void }) {
  const [ending, setEnding] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEnding(false);
    setTimeout(() => buttonRef.current?.focus());
  };
  return (
    <tr>
      <th scope="row">{m.personName}</th>
      <td>{m.organisationName}</td>
      <td>
        {MEMBER_ROLE_LABELS[m.role]}
        {m.themeName && <span className="meta"> · {m.themeName}</span>}
      </td>
      <td>{dateCell(m.startsOn, 'onbekend')}</td>
      <td>{dateCell(m.endsOn, '—')}</td>
      <td>
        {ending ? (
          <EndForm
            membership={m}
            onDone={(saved) => {
              if (saved) onChange(saved);
              close();
            }}
          />
        ) : (
          <button type="button" ref={buttonRef} onClick={() => setEnding(true)} aria-label={`Einddatum: ${m.personName}, ${MEMBER_ROLE_LABELS[m.role].toLowerCase()}`}>
            Einddatum
          </button>
        )}
      </td>
    </tr>
  );
}

function EndForm({ membership, onDone }: { membership: Membership; onDone(saved: Membership | null): void }) {
  const call = useCall();
  const notices = useNotices();
  const [endsOn, setEndsOn] = useState(membership.endsOn ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(inputRef, true);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await notices.run(
      () => call('memberships:end', { id: membership.id, endsOn: endsOn || null }),
      (m) => (m.endsOn ? `${m.personName} is lid tot ${formatDate(m.endsOn)}.` : `${m.personName} is weer lid.`),
    );
    if (result.ok) onDone(result.value);
  };
  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={`Einddatum van ${membership.personName}`}>
      <TextField
        label="Geen lid meer vanaf"
        type="date"
        value={endsOn}
        onChange={setEndsOn}
        inputRef={inputRef}
        hint="Leeg: blijft lid. Vergaderingen vanaf deze dag noemen de persoon niet meer."
      />
      <FormActions submitLabel="Opslaan" onCancel={() => onDone(null)} />
    </form>
  );
}
