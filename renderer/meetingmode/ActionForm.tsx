// A new action item: what, who owns it (a person or an organisation) and by when. Used for the actions
// of an agenda item and for the follow-up a "deels" or "nee" vinkje proposes. A fieldset rather than a
// <form> so it can sit inside a vinkje's fieldset; Enter in a field still submits.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ActionItem, Organisation } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { SelectField, TextField } from '../components/fields';
import { allPeople } from '../coalition/people';

export function ownerGroups(organisations: Organisation[]) {
  return [
    { label: 'Personen', options: allPeople(organisations).map((p) => ({ value: `p:${p.id}`, label: `${p.name} (${p.organisationName})` })) },
    { label: 'Organisaties', options: organisations.map((o) => ({ value: `o:${o.id}`, label: o.name })) },
  ];
}

export function ActionForm(props: {
  legend: string;
  submitLabel: string;
  /** Added to the button's accessible name, e.g. ": vinkje 3", so every button's name is unique. */
  submitContext: string;
  meetingId: number;
  agendaItemId: number;
  checklistItemId?: number;
  organisations: Organisation[];
  onCreated(action: ActionItem): void;
}) {
  const call = useCall();
  const notices = useNotices();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const descriptionRef = useRef<HTMLInputElement>(null);

  const submit = async () => {
    if (busy) return;
    if (!description.trim()) {
      setError('Beschrijf wat er moet gebeuren.');
      descriptionRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const [kind, id] = owner.split(':');
    const result = await notices.run(
      () =>
        call('actions:create', {
          meetingId: props.meetingId,
          agendaItemId: props.agendaItemId,
          checklistItemId: props.checklistItemId ?? null,
          description: description.trim(),
          ownerPersonId: kind === 'p' ? Number(id) : null,
          ownerOrganisationId: kind === 'o' ? Number(id) : null,
          dueDate: dueDate || null,
        }),
      (a) => `Actie “${a.description}” is toegevoegd.`,
    );
    setBusy(false);
    if (result.ok) {
      props.onCreated(result.value);
      setDescription('');
      setOwner('');
      setDueDate('');
      descriptionRef.current?.focus();
    }
  };

  const submitOnEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <fieldset className="action-form" onKeyDown={submitOnEnter}>
      <legend>{props.legend}</legend>
      <div className="field-row">
        <TextField label="Wat" value={description} onChange={setDescription} error={error} inputRef={descriptionRef} required className="grow" />
        <SelectField label="Eigenaar" value={owner} onChange={setOwner} groups={ownerGroups(props.organisations)} emptyLabel="— nog niemand —" />
        <TextField label="Deadline" type="date" value={dueDate} onChange={setDueDate} />
      </div>
      <div className="form-actions">
        <button type="button" onClick={submit}>
          {props.submitLabel}
          <span className="visually-hidden">{props.submitContext}</span>
        </button>
      </div>
    </fieldset>
  );
}
