// Editing a card in place: "Bewerken" swaps the card for its form, and leaving the form (saved or cancelled)
// puts focus back on "Bewerken", so a keyboard user does not lose their place in the list.
import { useEffect, useRef, useState, type Ref } from 'react';

export function useEditInPlace() {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      editRef.current?.focus();
      returnFocus.current = false;
    }
  }, [editing]);

  const stop = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  /** The form's submit: saves, and closes the form when the save succeeded. */
  const saveThenStop =
    <F,>(save: (fields: F) => Promise<boolean>) =>
    async (fields: F) => {
      const saved = await save(fields);
      if (saved) stop();
      return saved;
    };

  return { editing, start: () => setEditing(true), stop, saveThenStop, editRef };
}

/** "Bewerken", named after what it edits ("Bewerken: Enquête ouders"). */
export function EditButton(props: { name: string; onClick(): void; buttonRef: Ref<HTMLButtonElement> }) {
  return (
    <button type="button" ref={props.buttonRef} onClick={props.onClick} aria-label={`Bewerken: ${props.name}`}>
      Bewerken
    </button>
  );
}
