// "Verwijderen" that asks first, in place: the question takes focus, "Annuleren" returns it to the button.
import { useEffect, useRef, useState } from 'react';

export function RemoveButton(props: {
  /** What is removed, for the buttons' names ("Verwijderen: Enquête ouders"). */
  name: string;
  question: string;
  onConfirm(): Promise<boolean>;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      buttonRef.current?.focus();
      returnFocus.current = false;
    }
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        ref={buttonRef}
        className="button-danger-quiet"
        disabled={props.disabled}
        onClick={() => setAsking(true)}
        aria-label={`Verwijderen: ${props.name}`}
      >
        Verwijderen
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Verwijderen bevestigen: ${props.name}`}>
      <p>{props.question}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          ref={confirmRef}
          aria-label={`Ja, verwijderen: ${props.name}`}
          aria-busy={busy || undefined}
          onClick={async () => {
            if (busy) return;
            setBusy(true);
            const removed = await props.onConfirm();
            setBusy(false);
            if (!removed) {
              returnFocus.current = true;
              setAsking(false);
            }
          }}
        >
          Ja, verwijderen
        </button>
        <button
          type="button"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          Annuleren
        </button>
      </div>
    </div>
  );
}
