// One key indicator: its theme, name, unit, source, which direction is better, and an explanation.
import { useRef, useState, type FormEvent } from 'react';
import type { Theme } from '../../shared/domain';
import { BETTER_DIRECTIONS, BETTER_LABELS, type BetterDirection, type Indicator } from '../../shared/registers';
import { FormActions } from '../components/FormActions';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { useFocusOnMount } from '../useFocusOnMount';

/** What the form edits: the indicator without what the store counts. */
export type IndicatorFields = Omit<Indicator, 'id' | 'valueCount' | 'latestPeriod'>;

const fieldsOf = (i?: Indicator, themeId = ''): IndicatorFields => ({
  themeId: i?.themeId ?? themeId,
  name: i?.name ?? '',
  unit: i?.unit ?? '',
  source: i?.source ?? '',
  better: i?.better ?? 'hoger',
  description: i?.description ?? '',
});

export function IndicatorForm(props: {
  initial?: Indicator;
  themes: Theme[];
  formLabel: string;
  submitLabel: string;
  onSubmit(fields: IndicatorFields): Promise<boolean>;
  onCancel?(): void;
}) {
  const [draft, set, , changes] = useDraft<IndicatorFields>(() => fieldsOf(props.initial));
  const [errors, setErrors] = useState<{ themeId?: string; name?: string }>({});
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const themeRef = useRef<HTMLSelectElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(nameRef, !!props.initial);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = { themeId: draft.themeId ? undefined : 'Kies een thema.', name: draft.name.trim() ? undefined : 'Vul een naam in.' };
    setErrors(found);
    if (found.themeId) return themeRef.current?.focus();
    if (found.name) return nameRef.current?.focus();
    setBusy(true);
    const saved = await props.onSubmit({
      ...draft,
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      source: draft.source.trim(),
      description: draft.description.trim(),
    });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && !props.initial) changes.reset(fieldsOf(undefined, draft.themeId));
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <div className="field-row">
        <SelectField
          label="Thema"
          value={draft.themeId}
          onChange={(v) => set('themeId', v)}
          emptyLabel="— kies een thema —"
          options={props.themes.map((t) => ({ value: t.id, label: t.name }))}
          error={errors.themeId}
          selectRef={themeRef}
          required
        />
        <TextField label="Naam" value={draft.name} onChange={(v) => set('name', v)} error={errors.name} inputRef={nameRef} required className="grow" />
      </div>
      <div className="field-row">
        <TextField label="Eenheid" value={draft.unit} onChange={(v) => set('unit', v)} hint="Bijvoorbeeld %, aantal of euro." />
        <TextField label="Bron" value={draft.source} onChange={(v) => set('source', v)} hint="Bijvoorbeeld Basismonitor Groningen." className="grow" />
      </div>
      <RadioGroup
        legend="Wat is beter?"
        inline
        value={draft.better}
        onChange={(v) => set('better', v as BetterDirection)}
        choices={BETTER_DIRECTIONS.map((b) => ({ value: b, label: BETTER_LABELS[b] }))}
      />
      <TextAreaField label="Toelichting" value={draft.description} onChange={(v) => set('description', v)} rows={2} />
      <FormActions submitLabel={props.submitLabel} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
