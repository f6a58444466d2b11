// Adding or editing a milestone of the year: date, title and an optional description.
import { useRef, useState, type FormEvent } from 'react';
import type { Milestone } from '../../shared/domain';
import { FormActions } from '../components/FormActions';
import { TextAreaField, TextField } from '../components/fields';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { useFocusOnMount } from '../useFocusOnMount';

export type MilestoneFields = Omit<Milestone, 'id'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function MilestoneForm(props: {
  initial?: Milestone;
  submitLabel: string;
  formLabel: string;
  onSubmit(fields: MilestoneFields): Promise<boolean>;
  onCancel?(): void;
}) {
  const empty: MilestoneFields = { date: '', title: '', description: '' };
  const [draft, set, , changes] = useDraft<MilestoneFields>(props.initial ?? empty);
  const [errors, setErrors] = useState<{ date?: string; title?: string }>({});
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const dateRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  // Editing opens the form in place: start in its first field.
  useFocusOnMount(dateRef, !!props.initial);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      date: DATE.test(draft.date) ? undefined : 'Kies een datum.',
      title: draft.title.trim() ? undefined : 'Vul een titel in.',
    };
    setErrors(found);
    if (found.date) return dateRef.current?.focus();
    if (found.title) return titleRef.current?.focus();
    setBusy(true);
    const saved = await props.onSubmit({ date: draft.date, title: draft.title.trim(), description: draft.description.trim() });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && !props.initial) {
      changes.reset(empty);
      dateRef.current?.focus();
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <div className="field-row">
        <TextField label="Datum" type="date" value={draft.date} onChange={(v) => set('date', v)} error={errors.date} inputRef={dateRef} required />
        <TextField label="Titel" value={draft.title} onChange={(v) => set('title', v)} error={errors.title} inputRef={titleRef} required className="grow" />
      </div>
      <TextAreaField label="Omschrijving" value={draft.description} onChange={(v) => set('description', v)} rows={2} />
      <FormActions submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
