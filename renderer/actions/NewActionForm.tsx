// An action added by hand on the actielijst, between meetings: what, who, by when, and the meeting whose
// actielijst it joins (it is carried to the next meeting of that body until it is done).
import { useRef, useState, type FormEvent } from 'react';
import type { ActionItem, MeetingSummary, Organisation } from '../../shared/domain';
import { formatDate } from '../format';
import { SelectField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { NewActionFields, useNewAction } from './useNewAction';
import { useLeaveGuard } from '../leaveGuard';

/** The meeting an action made between meetings belongs to: the latest one that has started, else the next. */
export function defaultMeeting(meetings: MeetingSummary[]): MeetingSummary | undefined {
  const byDate = [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return byDate.find((m) => m.status !== 'gepland') ?? byDate[byDate.length - 1];
}

export function NewActionForm(props: { meetings: MeetingSummary[]; organisations: Organisation[]; onCreated(action: ActionItem): void }) {
  const action = useNewAction(props.onCreated);
  const [meetingId, setMeetingId] = useState(() => String(defaultMeeting(props.meetings)?.id ?? ''));
  const [errors, setErrors] = useState<{ description?: string; meeting?: string }>({});
  const meetingRef = useRef<HTMLSelectElement>(null);
  // What was typed for the action; the meeting is only a choice and is picked for the user anyway.
  useLeaveGuard((action.description.trim() || action.owner || action.dueDate) && !action.busy ? 'de nieuwe actie' : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (action.busy) return;
    const found = {
      description: action.description.trim() ? undefined : 'Beschrijf wat er moet gebeuren.',
      meeting: meetingId ? undefined : 'Kies de vergadering waar de actie bij hoort.',
    };
    setErrors(found);
    if (found.description) return action.descriptionRef.current?.focus();
    if (found.meeting) return meetingRef.current?.focus();
    await action.create({ meetingId: Number(meetingId) });
  };

  const meetings = [...props.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Nieuwe actie">
      <NewActionFields action={action} organisations={props.organisations} error={errors.description} />
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
      <FormActions submitLabel="Actie toevoegen" busy={action.busy} />
    </form>
  );
}
