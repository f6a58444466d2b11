// The buttons under a form: its submit button and, where the form can be left (editing in place), "Annuleren".
import type { ReactNode } from 'react';

export function FormActions(props: {
  submitLabel: ReactNode;
  /** Marks the submit button busy while a save runs; forms that do not report it leave it out. */
  busy?: boolean;
  onCancel?(): void;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" aria-busy={props.busy || undefined}>
        {props.submitLabel}
      </button>
      {props.onCancel && (
        <button type="button" onClick={props.onCancel}>
          Annuleren
        </button>
      )}
    </div>
  );
}
