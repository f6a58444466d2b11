// One agenda item in the editor: what it is with its move and edit buttons, or its edit form, which also
// holds the removal (asked first), so the red button is not beside every item.
// The buttons' names carry the item's title ("Omhoog: Opening") via aria-label, which starts with the
// visible text, so speech input ("klik Omhoog") still works.
import { useRef, type KeyboardEvent } from 'react';
import { AGENDA_KIND_LABELS, type ActionItem, type AgendaItem, type Body, type Profile } from '../../shared/domain';
import { AgendaItemForm, fieldsOf, type AgendaFields } from './AgendaItemForm';
import { LinkSummary } from './LinkSummary';
import { ItemRecord } from './ItemRecord';
import { RemoveButton } from '../monitoring/RemoveButton';
import { AgendaHandoff } from './AgendaHandoff';

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function AgendaItemRow(props: {
  item: AgendaItem;
  index: number;
  count: number;
  profile: Profile;
  hintId: string;
  editing: boolean;
  locked?: boolean;
  /** The item a link (search, actielijst) points at: marked and its record opened. */
  target?: boolean;
  actions?: ActionItem[];
  onMove(delta: -1 | 1, focusOn: 'item' | 'up' | 'down'): void;
  onEdit(): void;
  onCancelEdit(): void;
  onSave(fields: AgendaFields): Promise<boolean>;
  /** Removes the item (asked first, from the edit form); false when it failed. */
  onRemove(): Promise<boolean>;
  /** The meeting's body: a programmateam item can go to the coalition's next agenda. */
  body: Body;
  onPassToCoalition(): void;
}) {
  const { item, index, count } = props;
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || isTextEntry(e.target) || props.editing || props.locked) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    // Keep focus where it was: on the item, or on the same button if that is still usable.
    const on = e.target === upRef.current ? 'up' : e.target === downRef.current ? 'down' : 'item';
    props.onMove(delta, on);
  };

  const titleId = `agendapunt-${item.id}-titel`;
  return (
    <li
      data-item-id={item.id}
      className={`agenda-item kind-${item.kind}${props.target ? ' is-target' : ''}`}
      tabIndex={props.editing || props.locked ? -1 : 0}
      aria-labelledby={titleId}
      aria-describedby={props.locked ? undefined : props.hintId}
      aria-keyshortcuts={props.locked ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
      onKeyDown={onKeyDown}
    >
      <div className="agenda-item-head">
        <span className="agenda-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="agenda-item-title">
          <h3 id={titleId}>
            <span className="visually-hidden">Agendapunt {index + 1}: </span>
            {item.title}
          </h3>
          <p className="meta">
            <span className={`tag tag-${item.kind}`}>{AGENDA_KIND_LABELS[item.kind]}</span>
            {item.presenter && <span>Inleider: {item.presenter}</span>}
          </p>
        </div>
      </div>

      {props.editing ? (
        <>
          <AgendaItemForm
            profile={props.profile}
            initial={fieldsOf(item)}
            submitLabel="Wijzigingen opslaan"
            formLabel={`Agendapunt bewerken: ${item.title}`}
            onSubmit={props.onSave}
            onCancel={props.onCancelEdit}
            autoFocus
          />
          <div className="danger-zone">
            <RemoveButton
              name={item.title}
              question={`Weet u zeker dat u “${item.title}” van de agenda wilt verwijderen?`}
              onConfirm={props.onRemove}
            />
          </div>
        </>
      ) : (
        <>
          {item.description && <p className="description">{item.description}</p>}
          {item.kind === 'besluit' && (
            <div className="proposal">
              <p className="label">Voorstel</p>
              <p>{item.decision?.proposal || 'Nog geen voorstel ingevuld.'}</p>
              <LinkSummary item={item} profile={props.profile} />
            </div>
          )}
          <AgendaHandoff item={item} body={props.body} onPass={props.onPassToCoalition} />
          <ItemRecord item={item} actions={props.actions ?? []} open={props.target ?? false} />
          {!props.locked && (
            <div className="item-actions">
              <button
                type="button"
                ref={upRef}
                className="button-icon"
                data-focus="up"
                disabled={index === 0}
                onClick={() => props.onMove(-1, 'up')}
                aria-label={`Omhoog: ${item.title}`}
                title="Omhoog (Alt+pijl omhoog)"
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                ref={downRef}
                className="button-icon"
                data-focus="down"
                disabled={index === count - 1}
                onClick={() => props.onMove(1, 'down')}
                aria-label={`Omlaag: ${item.title}`}
                title="Omlaag (Alt+pijl omlaag)"
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" data-focus="edit" onClick={props.onEdit} aria-label={`Bewerken: ${item.title}`}>
                Bewerken
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
