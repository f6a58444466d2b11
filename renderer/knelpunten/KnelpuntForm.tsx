// One knelpunt of the Doorbraakmethode: when and by whom it was raised, what it is, who owns it and, once
// recorded, its status and follow-up.
import { useRef, useState, type FormEvent } from 'react';
import { KNELPUNT_STATUSES, KNELPUNT_STATUS_LABELS, type Knelpunt, type KnelpuntFields, type KnelpuntStatus } from '../../shared/planwork';

export type { KnelpuntFields };
import { SelectField, TextAreaField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { todayLocalDate } from '../format';

const fieldsOf = (k?: Knelpunt): KnelpuntFields => ({
  raisedOn: k?.raisedOn ?? todayLocalDate(),
  title: k?.title ?? '',
  description: k?.description ?? '',
  raisedBy: k?.raisedBy ?? '',
  owner: k?.owner ?? '',
  status: k?.status ?? 'open',
  followUp: k?.followUp ?? '',
});

export function KnelpuntForm(props: { initial?: Knelpunt; formLabel: string; submitLabel: string; onSubmit(f: KnelpuntFields): Promise<boolean>; onCancel?(): void }) {
  const [draft, set, , changes] = useDraft<KnelpuntFields>(() => fieldsOf(props.initial));
  const [errors, setErrors] = useState<{ title?: string; raisedOn?: string }>({});
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = { title: draft.title.trim() ? undefined : 'Beschrijf het knelpunt in een paar woorden.', raisedOn: draft.raisedOn ? undefined : 'Vul de datum in.' };
    setErrors(found);
    if (found.title) return titleRef.current?.focus();
    if (found.raisedOn) return dateRef.current?.focus();
    setBusy(true);
    const saved = await props.onSubmit({ ...draft, title: draft.title.trim() });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && !props.initial) changes.reset(fieldsOf());
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <div className="field-row">
        <TextField label="Knelpunt" value={draft.title} onChange={(v) => set('title', v)} error={errors.title} inputRef={titleRef} required className="grow" />
        <TextField label="Ingebracht op" type="date" value={draft.raisedOn} onChange={(v) => set('raisedOn', v)} error={errors.raisedOn} inputRef={dateRef} required />
      </div>
      <TextAreaField label="Omschrijving" hint="Welke regel of welk systeem zit in de weg, en bij wie?" value={draft.description} onChange={(v) => set('description', v)} rows={3} />
      <div className="field-row">
        <TextField label="Ingebracht door" value={draft.raisedBy} onChange={(v) => set('raisedBy', v)} className="grow" />
        <TextField label="Eigenaar" hint="Wie zoekt de oplossing?" value={draft.owner} onChange={(v) => set('owner', v)} className="grow" />
        {props.initial && (
          <SelectField
            label="Status"
            value={draft.status}
            onChange={(v) => set('status', v as KnelpuntStatus)}
            options={KNELPUNT_STATUSES.map((s) => ({ value: s, label: KNELPUNT_STATUS_LABELS[s] }))}
          />
        )}
      </div>
      {props.initial && <TextAreaField label="Vervolg" value={draft.followUp} onChange={(v) => set('followUp', v)} rows={2} />}
      <FormActions submitLabel={props.submitLabel} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
