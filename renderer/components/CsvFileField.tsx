// The file field a CSV import starts with: a label, a hint that says which columns the file needs, and the
// error when no file was chosen, tied to the input for screen readers.
import type { ReactNode, Ref } from 'react';

export function CsvFileField(props: {
  /** The prefix of the ids of the input, its hint and its error. */
  id: string;
  label: string;
  hint: ReactNode;
  error: string | null;
  inputRef: Ref<HTMLInputElement>;
  disabled: boolean;
  onChange(file: File | null): void;
}) {
  const { id, error } = props;
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={`${id}-bestand`}>{props.label}</label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      {error && (
        <p id={`${id}-fout`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={`${id}-bestand`}
        ref={props.inputRef}
        type="file"
        accept=".csv,text/csv,text/plain"
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-fout` : null].filter(Boolean).join(' ')}
        onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
