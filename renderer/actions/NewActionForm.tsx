// An action added by hand on the actielijst, between meetings: what, who, by when, and the meeting whose
// actielijst it joins (it is carried to the next meeting of that body until it is done).
import { useRef, useState, type FormEvent } from 'react';
import type { ActionItem, MeetingSummary, Organisation } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDate } from '../format';
import { SelectField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { ownerGroups } from '../meetingmode/ActionForm';

/** The meeting an action made between meetings belongs to: the latest one that has started, else the next. */
export function defaultMeeting(meetings: MeetingSummary[]): MeetingSummary | undefined {
  const byDate = [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return byDate.find((m) => m.status !== 'gepland') ?? byDate[byDate.length - 1];
}

export function NewActionForm(props: { meetings: MeetingSummary[]; organisations: Organisation[]; onCreated(action: ActionItem): void }) {
  const call = useCall();
  const notices = useNotices();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [meetingId, setMeetingId] = useState(() => String(defaultMeeting(props.meetings)?.id ?? ''));
  const [errors, setErrors] = useState<{ description?: string; meeting?: string }>({});
  const [busy, setBusy] = useState(false);
  const descriptionRef = useRef<HTMLInputElement>(null);
  const meetingRef = useRef<HTMLSelectElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      description: description.trim() ? undefined : 'Beschrijf wat er moet gebeuren.',
      meeting: meetingId ? undefined : 'Kies de vergadering waar de actie bij hoort.',
    };
    setErrors(found);
    if (found.description) return descriptionRef.current?.focus();
    if (found.meeting) return meetingRef.current?.focus();
    setBusy(true);
    const [kind, id] = owner.split(':');
    const result = await notices.run(
      () =>
        call('actions:create', {
          meetingId: Number(meetingId),
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

  const meetings = [...props.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Nieuwe actie">
      <div className="field-row">
        <TextField label="Wat" value={description} onChange={setDescription} error={errors.description} inputRef={descriptionRef} required className="grow" />
        <SelectField label="Eigenaar" value={owner} onChange={setOwner} groups={ownerGroups(props.organisations)} emptyLabel="— nog niemand —" />
        <TextField label="Deadline" type="date" value={dueDate} onChange={setDueDate} />
      </div>
      <SelectField
        label="Bij vergadering"
        value={meetingId}
        onChange={setMeetingId}
        error={errors.meeting}
        selectRef={meetingRef}
        emptyLabel="— kies een vergadering —"
        options={meetings.map((m) => ({ value: String(m.id), label: `${m.title} (${formatDate(m.startsAt)})` }))}
        hint="De actie staat op de actielijst van deze vergadering en gaat mee naar de volgende, tot ze klaar is."
        required
      />
      <FormActions submitLabel="Actie toevoegen" busy={busy} />
    </form>
  );
}
