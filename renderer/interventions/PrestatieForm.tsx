// One prestatie: what was agreed (a number, a description, or both) against what was delivered, per period.
import { useRef, useState, type FormEvent } from 'react';
import type { Prestatie } from '../../shared/registers';
import { FormActions } from '../components/FormActions';
import { TextAreaField, TextField } from '../components/fields';
import { formatNumber, parseNumber } from '../monitoring/format';
import { useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { useFocusOnMount } from '../useFocusOnMount';

export type PrestatieFields = Omit<Prestatie, 'id' | 'interventionId' | 'position'>;

/** The fields as typed: numbers too are text until they are read. */
type Draft = Record<keyof PrestatieFields, string>;

const draftOf = (p?: Prestatie): Draft => ({
  description: p?.description ?? '',
  period: p?.period ?? '',
  agreedNumber: formatNumber(p?.agreedNumber ?? null),
  agreedText: p?.agreedText ?? '',
  deliveredNumber: formatNumber(p?.deliveredNumber ?? null),
  deliveredText: p?.deliveredText ?? '',
});

export function PrestatieForm(props: {
  initial?: Prestatie;
  legend: string;
  submitLabel: string;
  onSubmit(fields: PrestatieFields): Promise<boolean>;
  onCancel?(): void;
}) {
  const [draft, set, , changes] = useDraft<Draft>(() => draftOf(props.initial));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? props.initial ? 'de gewijzigde prestatie' : 'de nieuwe prestatie' : null);
  const descriptionRef = useRef<HTMLInputElement>(null);
  // Editing opens the form: start in its first field.
  useFocusOnMount(descriptionRef, !!props.initial);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const agreedNumber = parseNumber(draft.agreedNumber);
    const deliveredNumber = parseNumber(draft.deliveredNumber);
    const found: Partial<Record<keyof Draft, string>> = {};
    if (!draft.description.trim()) found.description = 'Vul in om welke prestatie het gaat.';
    if (draft.agreedNumber.trim() && agreedNumber === null) found.agreedNumber = 'Vul een getal in, bijvoorbeeld 12 of 12,5.';
    if (draft.deliveredNumber.trim() && deliveredNumber === null) found.deliveredNumber = 'Vul een getal in, bijvoorbeeld 12 of 12,5.';
    if (!found.agreedNumber && agreedNumber === null && !draft.agreedText.trim()) {
      found.agreedNumber = 'Vul in wat is afgesproken: een aantal, een omschrijving of allebei.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      if (found.description) descriptionRef.current?.focus();
      return;
    }
    setBusy(true);
    const saved = await props.onSubmit({
      description: draft.description.trim(),
      period: draft.period.trim(),
      agreedNumber,
      agreedText: draft.agreedText.trim(),
      deliveredNumber,
      deliveredText: draft.deliveredText.trim(),
    });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && !props.initial) changes.reset(draftOf());
  };

  return (
    <form className="stack prestatie-form" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{props.legend}</legend>
        <div className="stack">
          <div className="field-row">
            <TextField
              label="Prestatie"
              value={draft.description}
              onChange={(v) => set('description', v)}
              error={errors.description}
              inputRef={descriptionRef}
              required
              className="grow"
              hint="Bijvoorbeeld: bewonersavonden, begeleide gezinnen."
            />
            <TextField label="Periode" value={draft.period} onChange={(v) => set('period', v)} hint="Bijvoorbeeld 2026 of 2026-Q2." />
          </div>
          <div className="field-row">
            <TextField
              label="Afgesproken aantal"
              value={draft.agreedNumber}
              onChange={(v) => set('agreedNumber', v)}
              error={errors.agreedNumber}
              hint="Een getal; mag leeg als de afspraak in woorden staat."
            />
            <TextField
              label="Geleverd aantal"
              value={draft.deliveredNumber}
              onChange={(v) => set('deliveredNumber', v)}
              error={errors.deliveredNumber}
              hint="Leeg zolang er nog niets is geleverd."
            />
          </div>
          <div className="field-row">
            <TextAreaField label="Afspraak in woorden" value={draft.agreedText} onChange={(v) => set('agreedText', v)} rows={2} className="grow" />
            <TextAreaField label="Geleverd in woorden" value={draft.deliveredText} onChange={(v) => set('deliveredText', v)} rows={2} className="grow" />
          </div>
          <FormActions submitLabel={props.submitLabel} busy={busy} onCancel={props.onCancel} />
        </div>
      </fieldset>
    </form>
  );
}
