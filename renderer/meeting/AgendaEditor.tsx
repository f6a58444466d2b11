// The agenda of one meeting: add (above the items), edit, remove (from the edit form, after confirmation)
// and reorder items, by buttons or with Alt+ArrowUp / Alt+ArrowDown on a focused item. Focus follows the
// moved item. The list is always the agenda as the service returned it.
import { useEffect, useRef, useState } from 'react';
import type { AgendaItem, MeetingDetail, Profile } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { AgendaItemForm, emptyAgendaFields, type AgendaFields } from './AgendaItemForm';
import { AgendaItemRow } from './AgendaItemRow';

type FocusTarget = { id: number; on: 'item' | 'up' | 'down' | 'edit' } | { id: null; on: 'add' };

export function AgendaEditor(props: {
  meeting: MeetingDetail;
  profile: Profile;
  onAgendaChange(agenda: AgendaItem[]): void;
  /** Adopted minutes: the agenda is shown, not edited. */
  locked?: boolean;
  /** The item a link points at (from search or the actielijst). */
  targetItemId?: number | null;
}) {
  const call = useCall();
  const notices = useNotices();
  const agenda = props.meeting.agenda;
  const [editingId, setEditingId] = useState<number | null>(null);
  const [pendingFocus, setPendingFocus] = useState<FocusTarget | null>(null);
  // The add form sits above the items, folded once there are items to read.
  const [addOpen, setAddOpen] = useState(agenda.length === 0);
  const listRef = useRef<HTMLOListElement>(null);
  const addHeadingRef = useRef<HTMLHeadingElement>(null);

  // After a move, edit or removal re-renders the list, put focus where the user expects it.
  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(null);
    if (pendingFocus.id === null) return addHeadingRef.current?.focus();
    const row = listRef.current?.querySelector<HTMLLIElement>(`li[data-item-id="${pendingFocus.id}"]`);
    if (!row) return;
    const button = pendingFocus.on === 'item' ? null : row.querySelector<HTMLButtonElement>(`[data-focus="${pendingFocus.on}"]`);
    // A move button at the top or bottom is disabled and cannot hold focus; the item itself can.
    (button && !button.disabled ? button : row).focus();
  }, [pendingFocus, agenda]);

  const move = async (item: AgendaItem, delta: -1 | 1, focusOn: 'item' | 'up' | 'down') => {
    const index = agenda.findIndex((a) => a.id === item.id);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= agenda.length) return;
    const result = await notices.run(
      () => call('agenda:move', { id: item.id, position: target + 1 }),
      `“${item.title}” staat nu op plaats ${target + 1} van ${agenda.length}.`,
    );
    if (result.ok) {
      props.onAgendaChange(result.value);
      setPendingFocus({ id: item.id, on: focusOn });
    }
  };

  const add = async (fields: AgendaFields) => {
    const result = await notices.run(
      () => call('agenda:add', { meetingId: props.meeting.id, ...fields }),
      (item) => `Agendapunt “${item.title}” is toegevoegd.`,
    );
    if (!result.ok) return false;
    // The service places a new item (before the rondvraag and sluiting) and renumbers the others: show the
    // agenda as stored, not a local guess at it.
    const stored = await notices.run(() => call('meetings:get', { id: props.meeting.id }));
    if (stored.ok) props.onAgendaChange(stored.value.agenda);
    return true;
  };

  const passToCoalition = async (item: AgendaItem) => {
    const result = await notices.run(
      () => call('agenda:passToCoalition', { agendaItemId: item.id }),
      (saved) => `“${saved.title}” staat op de agenda van ${saved.passedTo?.meetingTitle ?? 'de volgende coalitievergadering'}.`,
    );
    if (result.ok) {
      props.onAgendaChange(agenda.map((a) => (a.id === item.id ? result.value : a)));
      // The button gives way to where the item went: focus stays on the item.
      setPendingFocus({ id: item.id, on: 'item' });
    }
  };

  const update = async (item: AgendaItem, fields: AgendaFields) => {
    const result = await notices.run(
      () => call('agenda:update', { id: item.id, ...fields }),
      (saved) => `Agendapunt “${saved.title}” is opgeslagen.`,
    );
    if (result.ok) {
      props.onAgendaChange(agenda.map((a) => (a.id === item.id ? result.value : a)));
      setEditingId(null);
      setPendingFocus({ id: item.id, on: 'edit' });
    }
    return result.ok;
  };

  const remove = async (item: AgendaItem) => {
    const index = agenda.findIndex((a) => a.id === item.id);
    const result = await notices.run(
      () => call('agenda:remove', { id: item.id }),
      `Agendapunt “${item.title}” is verwijderd.`,
    );
    if (!result.ok) return false;
    setEditingId(null);
    props.onAgendaChange(result.value);
    // Continue on the item that took its place, or the one before, or the add form.
    const next = result.value[Math.min(index, result.value.length - 1)];
    setPendingFocus(next ? { id: next.id, on: 'item' } : { id: null, on: 'add' });
    return true;
  };

  const hintId = 'agenda-toetsen';
  const locked = props.locked ?? false;
  return (
    <>
      {!locked && (
        <section className="panel add-item" aria-labelledby="agendapunt-toevoegen">
          <div className="add-item-head">
            <h3 id="agendapunt-toevoegen" ref={addHeadingRef} tabIndex={-1}>
              Agendapunt toevoegen
            </h3>
            <button type="button" aria-expanded={addOpen} aria-controls="nieuw-agendapunt" onClick={() => setAddOpen((o) => !o)}>
              {addOpen ? 'Formulier verbergen' : 'Nieuw agendapunt'}
            </button>
          </div>
          {/* Hidden, not unmounted: what was typed stays when the form is folded away. */}
          <div id="nieuw-agendapunt" hidden={!addOpen}>
            <AgendaItemForm
              profile={props.profile}
              initial={emptyAgendaFields()}
              submitLabel="Agendapunt toevoegen"
              formLabel="Nieuw agendapunt"
              onSubmit={add}
              resetAfterSubmit
            />
          </div>
        </section>
      )}
      {agenda.length === 0 ? (
        <p className="empty">Er staan nog geen punten op de agenda.</p>
      ) : (
        <>
          {!locked && (
            <p id={hintId} className="hint">
              Verplaats een agendapunt met de knoppen Omhoog en Omlaag, of met Alt+pijl omhoog en Alt+pijl omlaag als het
              punt de focus heeft.
            </p>
          )}
          <ol className="agenda-list" ref={listRef}>
            {agenda.map((item, index) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                index={index}
                count={agenda.length}
                profile={props.profile}
                hintId={hintId}
                locked={locked}
                target={item.id === props.targetItemId}
                actions={props.meeting.actions.filter((a) => a.agendaItemId === item.id)}
                editing={!locked && editingId === item.id}
                onMove={(delta, focusOn) => move(item, delta, focusOn)}
                onEdit={() => setEditingId(item.id)}
                onCancelEdit={() => {
                  setEditingId(null);
                  setPendingFocus({ id: item.id, on: 'edit' });
                }}
                onSave={(fields) => update(item, fields)}
                onRemove={() => remove(item)}
                body={props.meeting.body}
                onPassToCoalition={() => passToCoalition(item)}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
