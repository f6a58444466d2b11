// The notulist's or chair's notes on the current item, saved when leaving the field or on request.
import { useId, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { usePendingField } from '../review/pendingSaves';

type SaveState = 'opgeslagen' | 'gewijzigd' | 'bezig' | 'leeg';

export function ItemNotes({ item, onItemChange, locked = false }: { item: AgendaItem; onItemChange(item: AgendaItem): void; locked?: boolean }) {
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const [notes, setNotes] = useState(item.notes);
  const [savedNotes, setSavedNotes] = useState(item.notes);
  const [state, setState] = useState<SaveState>(item.notes ? 'opgeslagen' : 'leeg');
  const saving = useRef(false);
  const notesRef = useRef(notes);
  const savedRef = useRef(savedNotes);
  notesRef.current = notes;
  savedRef.current = savedNotes;

  const save = async () => {
    // Blur and the save button can both fire; only unsaved text goes to the store.
    if (locked || notes === savedNotes || saving.current) return;
    saving.current = true;
    setState('bezig');
    const text = notes;
    const result = await notices.run(() => call('agenda:setNotes', { id: item.id, notes: text }));
    saving.current = false;
    if (result.ok) {
      savedRef.current = text;
      setSavedNotes(text);
      setState('opgeslagen');
      onItemChange(result.value);
    } else {
      setState('gewijzigd');
    }
  };

  // Moving on or closing stores the notes first, like the answers.
  usePendingField({
    flush: async () => {
      await save();
      return notesRef.current === savedRef.current || locked
        ? null
        : { label: 'Aantekeningen', reason: 'ze konden niet worden opgeslagen.', focus: () => document.getElementById(`${id}-notes`)?.focus() };
    },
    dirty: () => !locked && notesRef.current !== savedRef.current,
  });

  const stateText = { opgeslagen: 'Opgeslagen', gewijzigd: 'Niet opgeslagen wijzigingen', bezig: 'Opslaan…', leeg: '' }[state];

  return (
    <div className="field notes">
      <label htmlFor={`${id}-notes`} className="label-large">
        Aantekeningen
      </label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        value={notes}
        readOnly={locked}
        aria-describedby={`${id}-state`}
        onChange={(e) => {
          setNotes(e.target.value);
          setState(e.target.value === savedNotes ? (savedNotes ? 'opgeslagen' : 'leeg') : 'gewijzigd');
        }}
        onBlur={save}
      />
      <div className="notes-footer">
        {!locked && (
          <button type="button" onClick={save}>
            Aantekeningen opslaan
          </button>
        )}
        <p id={`${id}-state`} className={`save-state save-${state}`} aria-live="polite">
          {stateText}
        </p>
      </div>
    </div>
  );
}
