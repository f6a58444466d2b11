// The file field an import or a check starts with: a label, a hint that says what the file must hold, and the
// error when no (usable) file was chosen, tied to the input for screen readers.
import type { ReactNode, Ref } from 'react';

export function FileField(props: {
  /** The prefix of the ids of the input, its hint and its error. */
  id: string;
  label: string;
  hint: ReactNode;
  /** What the file chooser offers, as the input's accept attribute. */
  accept: string;
  error: string | null;
  inputRef: Ref<HTMLInputElement>;
  disabled?: boolean;
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
        accept={props.accept}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-fout` : null].filter(Boolean).join(' ')}
        onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
