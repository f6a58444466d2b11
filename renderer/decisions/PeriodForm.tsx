// Choosing a period (van … tot en met …) for the besluitenlijst.
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../components/fields';

export interface Period {
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function PeriodForm({ initial, onSubmit }: { initial: Period; onSubmit(period: Period): void }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      from: DATE.test(draft.from) ? undefined : 'Kies een begindatum.',
      to: !DATE.test(draft.to) ? 'Kies een einddatum.' : DATE.test(draft.from) && draft.from > draft.to ? 'De einddatum ligt vóór de begindatum.' : undefined,
    };
    setErrors(found);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    onSubmit(draft);
  };

  return (
    <form className="period-form" noValidate onSubmit={submit} aria-label="Periode">
      <div className="field-row">
        <TextField label="Van" type="date" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors.from} inputRef={fromRef} required />
        <TextField label="Tot en met" type="date" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors.to} inputRef={toRef} required />
        <div className="form-actions align-end">
          <button type="submit" className="button-primary">
            Besluiten tonen
          </button>
        </div>
      </div>
    </form>
  );
}
