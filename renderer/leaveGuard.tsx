// Typed text is never thrown away unasked: a form with changes not stored yet says so here, and leaving its screen
// (a link, back or forward, the address, a reload or closing the window) asks first. Fields that store themselves
// (meeting mode's answers and notes) have their own way and do not register here.
import { useEffect, useRef, useState } from 'react';

const guards = new Map<number, () => string | null>();
let nextGuard = 1;

/**
 * While `unsaved` names what is typed and not stored ("de nieuwe actie"), leaving the screen asks first. Forms pass
 * null while their own save runs: a save may lead on to another screen (creating a meeting opens it).
 */
export function useLeaveGuard(unsaved: string | null): void {
  const latest = useRef(unsaved);
  latest.current = unsaved;
  useEffect(() => {
    const id = nextGuard++;
    guards.set(id, () => latest.current);
    return () => void guards.delete(id);
  }, []);
}

/** How a form with a name of its own (its aria-label) is named in the question. */
export const unsavedForm = (formLabel: string) => `het formulier “${formLabel}”`;

/** What the screen on view holds unsaved, in the order the forms registered. */
export function unsavedWork(): string[] {
  return [...guards.values()].flatMap((g) => g() ?? []);
}

interface Question {
  unsaved: string[];
  leave(): void;
}
let showQuestion: ((q: Question) => void) | null = null;

/**
 * Runs leave() at once when nothing is unsaved; otherwise asks, and runs it only if the user chooses to leave.
 * Without the dialog on screen (a screen shown on its own) the browser's own question is used.
 */
export function leaveThen(leave: () => void): void {
  const unsaved = unsavedWork();
  if (unsaved.length === 0) return leave();
  if (showQuestion) return showQuestion({ unsaved, leave });
  if (window.confirm(`${listText(unsaved)} nog niet opgeslagen. Toch weggaan?`)) leave();
}

const listText = (items: string[]) => {
  const text = items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} en ${items.at(-1)!}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** A reload or closing the window with unsaved work: the browser (or the desktop app) asks. */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsavedWork().length === 0) return;
  event.preventDefault();
  // Older browsers ask only when returnValue is set.
  event.returnValue = '';
}

/** The question itself, once in the app's frame: a modal dialog that starts on "Blijven". */
export function LeaveDialog() {
  const [question, setQuestion] = useState<Question | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    showQuestion = (q) => {
      returnTo.current = document.activeElement;
      setQuestion(q);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      showQuestion = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!question || !dialog) return;
    if (!dialog.open) dialog.showModal();
    stayRef.current?.focus();
  }, [question]);

  const close = (leave: boolean) => {
    dialogRef.current?.close();
    const q = question;
    setQuestion(null);
    if (leave) q?.leave();
    else if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
  };

  return (
    <dialog
      ref={dialogRef}
      className="leave-dialog"
      aria-labelledby="leave-dialog-kop"
      aria-describedby="leave-dialog-tekst"
      onCancel={(e) => {
        // Esc: stay, with the focus back where it was.
        e.preventDefault();
        close(false);
      }}
    >
      {question && (
        <>
          <h2 id="leave-dialog-kop">Niet opgeslagen</h2>
          <p id="leave-dialog-tekst">
            {listText(question.unsaved)} {question.unsaved.length === 1 ? 'is' : 'zijn'} nog niet opgeslagen. Als u dit scherm nu verlaat, gaat
            wat u hebt getypt verloren.
          </p>
          <div className="form-actions">
            <button type="button" className="button-primary" ref={stayRef} onClick={() => close(false)}>
              Blijven
            </button>
            <button type="button" onClick={() => close(true)}>
              Weggaan zonder opslaan
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
