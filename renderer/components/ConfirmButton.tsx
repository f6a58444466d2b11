// A button that asks first, in place: the question takes focus on its "Ja" button, "Annuleren" (or a
// failed action) returns focus to the button. For actions that replace or remove data: a restore, a removal; and
// for a step easily taken by mistake: starting a meeting on another day than its date.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function ConfirmButton(props: {
  /** The visible text of the button. */
  children: string;
  /** Its accessible name when the text alone is not unique on the page; must start with the text. */
  name?: string;
  className?: string;
  disabled?: boolean;
  /** Names the question for assistive technology, e.g. "Terugzetten bevestigen: 28 november 2026 om 03:47:22". */
  groupLabel: string;
  question: ReactNode;
  confirmText: string;
  /** The accessible name of the "Ja" button when its text alone is not unique; must start with the text. */
  confirmName?: string;
  /** The "Ja" button's class: 'button-danger' unless the action loses nothing. */
  confirmClassName?: string;
  /** Runs the action; false when it failed (the question closes and focus returns to the button). */
  onConfirm(): Promise<boolean>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button
        type="button"
        ref={buttonRef}
        className={props.className}
        disabled={props.disabled}
        aria-label={props.name}
        onClick={() => setAsking(true)}
      >
        {props.children}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={props.groupLabel}>
      {props.question}
      <div className="form-actions">
        <button
          type="button"
          className={props.confirmClassName ?? 'button-danger'}
          ref={confirmRef}
          aria-label={props.confirmName}
          aria-busy={busy || undefined}
          onClick={async () => {
            if (busy) return;
            setBusy(true);
            const done = await props.onConfirm();
            setBusy(false);
            if (done) setAsking(false);
            else close();
          }}
        >
          {props.confirmText}
        </button>
        <button type="button" onClick={close} disabled={busy}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
