// The meeting's own fields, for "Nieuwe vergadering" and for editing a meeting.
import { useRef, useState, type FormEvent } from 'react';
import { BODIES, BODY_LABELS, type Body, type MeetingSummary, type Person } from '../../shared/domain';
import type { ChannelInput } from '../../shared/contract';
import { SelectField, TextField } from '../components/fields';
import { meetingPersonOptions } from '../coalition/people';
import { formatDateTime, todayLocalDate } from '../format';
import { AgendaChoice, agendaStartFields, type AgendaStart } from './AgendaChoice';
import { FormActions } from '../components/FormActions';
import { useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';

/** The fields both meetings:create and meetings:update take. */
export type MeetingFields = Pick<ChannelInput<'meetings:update'>, 'body' | 'title' | 'startsAt' | 'place' | 'chairId' | 'notulistId'>;
/** A new meeting also says how its agenda starts. */
export type NewMeetingFields = MeetingFields & Pick<ChannelInput<'meetings:create'>, 'agenda' | 'copyAgendaFromMeetingId'>;

interface Draft {
  body: Body;
  title: string;
  startsAt: string;
  place: string;
  chairId: string;
  notulistId: string;
}

type Errors = Partial<Record<'title' | 'startsAt' | 'place' | 'source', string>>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function validate(d: Draft): Errors {
  const errors: Errors = {};
  if (!d.title.trim()) errors.title = 'Vul een titel in.';
  if (!DATE_TIME.test(d.startsAt)) errors.startsAt = 'Kies een datum en een tijd.';
  if (!d.place.trim()) errors.place = 'Vul een plaats in.';
  return errors;
}

export function MeetingFieldsForm(props: {
  initial: MeetingFields;
  people: Person[];
  submitLabel: string;
  /** Returns true when saved; a new meeting form then empties itself. */
  onSubmit(fields: NewMeetingFields): Promise<boolean>;
  resetAfterSubmit?: boolean;
  /** Given for a new meeting: offers the agenda choice (standard, empty, copy of one of these). */
  earlierMeetings?: MeetingSummary[];
}) {
  const toDraft = (f: MeetingFields): Draft => ({
    body: f.body,
    title: f.title,
    startsAt: f.startsAt,
    place: f.place,
    chairId: f.chairId === null ? '' : String(f.chairId),
    notulistId: f.notulistId === null ? '' : String(f.notulistId),
  });
  const [draft, set, , changes] = useDraft<Draft>(() => toDraft(props.initial));
  const [errors, setErrors] = useState<Errors>({});
  const [agendaStart, setAgendaStart] = useState<AgendaStart>({ choice: null, sourceId: '' });
  const sourceRef = useRef<HTMLSelectElement>(null);
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? props.resetAfterSubmit ? 'de nieuwe vergadering' : 'de gegevens van de vergadering' : null);
  const titleRef = useRef<HTMLInputElement>(null);
  const startsAtRef = useRef<HTMLInputElement>(null);
  const placeRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = validate(draft);
    const start = props.earlierMeetings ? agendaStartFields(agendaStart, draft.body) : {};
    if (Number.isNaN(start.copyAgendaFromMeetingId) || start.copyAgendaFromMeetingId === 0) {
      found.source = 'Kies de vergadering waarvan u de agenda kopieert.';
    }
    setErrors(found);
    if (found.title) return titleRef.current?.focus();
    if (found.startsAt) return startsAtRef.current?.focus();
    if (found.place) return placeRef.current?.focus();
    if (found.source) return sourceRef.current?.focus();
    setBusy(true);
    const saved = await props.onSubmit({
      ...start,
      body: draft.body,
      title: draft.title.trim(),
      startsAt: draft.startsAt,
      place: draft.place.trim(),
      chairId: draft.chairId ? Number(draft.chairId) : null,
      notulistId: draft.notulistId ? Number(draft.notulistId) : null,
    });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && props.resetAfterSubmit) {
      changes.reset(toDraft(props.initial));
      setAgendaStart({ choice: null, sourceId: '' });
    }
  };

  // People who have left the coalition by the meeting's day are not offered; a choice already made stays.
  const day = DATE_TIME.test(draft.startsAt) ? draft.startsAt.slice(0, 10) : todayLocalDate();
  const chairOptions = meetingPersonOptions(props.people, day, [props.initial.chairId, Number(draft.chairId) || null]);
  const notulistOptions = meetingPersonOptions(props.people, day, [props.initial.notulistId, Number(draft.notulistId) || null]);

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <SelectField
        label="Overleg"
        value={draft.body}
        onChange={(v) => set('body', v as Body)}
        options={BODIES.map((b) => ({ value: b, label: BODY_LABELS[b] }))}
        required
      />
      <TextField label="Titel" value={draft.title} onChange={(v) => set('title', v)} error={errors.title} inputRef={titleRef} required />
      <TextField
        label="Datum en tijd"
        type="datetime-local"
        value={draft.startsAt}
        onChange={(v) => set('startsAt', v)}
        error={errors.startsAt}
        hint={DATE_TIME.test(draft.startsAt) ? `Gekozen: ${formatDateTime(draft.startsAt)}` : undefined}
        inputRef={startsAtRef}
        required
      />
      <TextField label="Plaats" value={draft.place} onChange={(v) => set('place', v)} error={errors.place} inputRef={placeRef} required />
      <SelectField label="Voorzitter" value={draft.chairId} onChange={(v) => set('chairId', v)} options={chairOptions} emptyLabel="— nog niet gekozen —" />
      <SelectField label="Notulist" value={draft.notulistId} onChange={(v) => set('notulistId', v)} options={notulistOptions} emptyLabel="— nog niet gekozen —" />
      {props.earlierMeetings && (
        <AgendaChoice
          body={draft.body}
          value={agendaStart}
          onChange={(v) => {
            setAgendaStart(v);
            if (v.sourceId) setErrors((e) => ({ ...e, source: undefined }));
          }}
          meetings={props.earlierMeetings}
          error={errors.source}
          selectRef={sourceRef}
        />
      )}
      <FormActions submitLabel={props.submitLabel} />
    </form>
  );
}
