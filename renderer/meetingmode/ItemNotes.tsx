// The notulist's or chair's notes on the current item, saved when leaving the field or on request. What is typed
// and not yet stored is kept on this computer, so moving on after a failed save (or a reload) loses nothing.
import { useEffect, useId, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { usePendingField } from '../review/pendingSaves';

type SaveState = 'opgeslagen' | 'gewijzigd' | 'bezig' | 'leeg';

const notesDraftKey = (agendaItemId: number) => `coalitietafel:aantekeningen-concept:${agendaItemId}`;

function readNotesDraft(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeNotesDraft(key: string, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // Without storage the draft lives in memory only; the save itself still happens.
  }
}

export function ItemNotes({ item, onItemChange, locked = false }: { item: AgendaItem; onItemChange(item: AgendaItem): void; locked?: boolean }) {
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const draftKey = notesDraftKey(item.id);
  const [notes, setNotes] = useState(() => (locked ? null : readNotesDraft(draftKey)) ?? item.notes);
  const [savedNotes, setSavedNotes] = useState(item.notes);
  const [state, setState] = useState<SaveState>(notes !== item.notes ? 'gewijzigd' : item.notes ? 'opgeslagen' : 'leeg');
  const running = useRef<Promise<void> | null>(null);
  const notesRef = useRef(notes);
  const savedRef = useRef(savedNotes);
  notesRef.current = notes;
  savedRef.current = savedNotes;

  const save = async () => {
    // Blur, the save button and moving on can all fire at once: wait for a save under way, then store only
    // what is still unsaved, so moving on never reports text as unsaved while it is being stored.
    while (running.current) await running.current;
    const text = notesRef.current;
    if (locked || text === savedRef.current) return;
    setState('bezig');
    const attempt = notices.run(() => call('agenda:setNotes', { id: item.id, notes: text })).then((result) => {
      if (result.ok) {
        savedRef.current = text;
        setSavedNotes(text);
        if (notesRef.current === text) writeNotesDraft(draftKey, null);
        setState(notesRef.current === text ? 'opgeslagen' : 'gewijzigd');
        onItemChange(result.value);
      } else {
        setState('gewijzigd');
      }
    });
    running.current = attempt;
    await attempt;
    running.current = null;
  };

  // A draft left by a failed save or a reload: shown, and stored now. Locked minutes keep what was adopted.
  useEffect(() => {
    if (locked) writeNotesDraft(draftKey, null);
    else if (notesRef.current !== savedRef.current) void save();
  }, []);

  // Moving on or closing stores the notes first, like the answers.
  usePendingField({
    flush: async () => {
      await save();
      return notesRef.current === savedRef.current || locked
        ? null
        : { label: 'Aantekeningen', reason: 'het opslaan is mislukt; probeer het opnieuw.', focus: () => document.getElementById(`${id}-notes`)?.focus() };
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
          writeNotesDraft(draftKey, e.target.value === savedNotes ? null : e.target.value);
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
