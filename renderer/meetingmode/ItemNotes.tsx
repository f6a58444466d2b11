// The notulist's or chair's notes on the current item, saved when leaving the field or on request.
import { useId, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';

type SaveState = 'opgeslagen' | 'gewijzigd' | 'bezig' | 'leeg';

export function ItemNotes({ item, onItemChange, locked = false }: { item: AgendaItem; onItemChange(item: AgendaItem): void; locked?: boolean }) {
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const [notes, setNotes] = useState(item.notes);
  const [savedNotes, setSavedNotes] = useState(item.notes);
  const [state, setState] = useState<SaveState>(item.notes ? 'opgeslagen' : 'leeg');
  const saving = useRef(false);

  const save = async () => {
    // Blur and the save button can both fire; only unsaved text goes to the store.
    if (locked || notes === savedNotes || saving.current) return;
    saving.current = true;
    setState('bezig');
    const text = notes;
    const result = await notices.run(() => call('agenda:setNotes', { id: item.id, notes: text }));
    saving.current = false;
    if (result.ok) {
      setSavedNotes(text);
      setState('opgeslagen');
      onItemChange(result.value);
    } else {
      setState('gewijzigd');
    }
  };

  const stateText = { opgeslagen: 'Opgeslagen', gewijzigd: 'Niet opgeslagen wijzigingen', bezig: 'Opslaan…', leeg: '' }[state];

  return (
    <div className="field notes">
      <label htmlFor={`${id}-notes`} className="label-large">
        Aantekeningen
      </label>
      <textarea
        id={`${id}-notes`}
        rows={5}
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
