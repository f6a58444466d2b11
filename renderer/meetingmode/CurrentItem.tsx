// The agenda item under discussion: what it is, the notes, for a decision the vinkjes review and the
// outcome, for the actielijst the actions carried over, for the vaststelling the minutes to adopt, and
// the item's action items. A meeting whose minutes are adopted is shown without editing.
import { AGENDA_KIND_LABELS, STEERING_QUESTIONS, type ActionItem, type AgendaItem, type MeetingDetail, type Organisation, type Profile } from '../../shared/domain';
import { useRef, useState } from 'react';
import { LinkSummary } from '../meeting/LinkSummary';
import { VinkjesReview } from '../review/VinkjesReview';
import { DecisionForm } from '../review/DecisionForm';
import { ItemNotes } from './ItemNotes';
import { ActionList } from './ActionList';
import { ActionForm } from './ActionForm';
import { actionOrigin } from './actionOrigin';
import { CarriedActions } from './CarriedActions';
import { MinutesAdoption } from './MinutesAdoption';
import { SteeringPanel } from '../meeting/SteeringPanel';

/** The coalition's standing item with the three sturingsvragen (from the standard agenda): answered right there. */
const asksSteering = (meeting: MeetingDetail, item: AgendaItem) =>
  meeting.body === 'coalitie' && item.kind === 'bespreking' && item.description.includes(STEERING_QUESTIONS[0]);

export function CurrentItem(props: {
  meeting: MeetingDetail;
  item: AgendaItem;
  index: number;
  profile: Profile;
  organisations: Organisation[];
  locked?: boolean;
  onItemChange(item: AgendaItem): void;
  onActionChange(action: ActionItem): void;
  onMeetingChange?(meeting: MeetingDetail): void;
  /** The voorzitter works on a vinkje (focus or answer): the projector shows it. */
  onVinkjeActive?(checklistItemId: number): void;
}) {
  const { meeting, item, index } = props;
  const locked = props.locked ?? false;
  // All of the item's actions, follow-ups of a vinkje too (they also show at their vinkje), each with its origin.
  const itemActions = meeting.actions.filter((a) => a.agendaItemId === item.id);
  // The form opens on request: in the room the item's own content comes first.
  const [addingAction, setAddingAction] = useState(false);
  const addActionRef = useRef<HTMLButtonElement>(null);
  const residentPresent = meeting.attendance.some((a) => a.role === 'bewonersvertegenwoordiger' && a.status === 'aanwezig');

  return (
    <article className="current-item" aria-labelledby="huidig-punt">
      <h2 id="huidig-punt" tabIndex={-1}>
        <span className="current-number">
          Agendapunt {index + 1} van {meeting.agenda.length}:
        </span>{' '}
        {item.title}
      </h2>
      <p className="meta">
        <span className={`tag tag-${item.kind}`}>{AGENDA_KIND_LABELS[item.kind]}</span>
        {item.presenter && <span>Inleider: {item.presenter}</span>}
      </p>
      {item.description && <p className="description">{item.description}</p>}
      {item.kind === 'besluit' && (
        <div className="proposal proposal-large">
          <p className="label">Voorstel</p>
          <p>{item.decision?.proposal || 'Er is geen voorstel ingevuld.'}</p>
          <LinkSummary item={item} profile={props.profile} />
        </div>
      )}

      {item.kind === 'vaststelling-notulen' && <MinutesAdoption meeting={meeting} locked={locked} />}
      {item.kind === 'actielijst' && (
        <CarriedActions meeting={meeting} locked={locked} onMeetingChange={props.onMeetingChange ?? (() => {})} />
      )}

      {asksSteering(meeting, item) && (
        <section aria-labelledby="sturingsvragen-kop" className="steering-item">
          <h3 id="sturingsvragen-kop">Sturingsvragen</h3>
          <SteeringPanel meetingId={meeting.id} locked={locked} />
        </section>
      )}

      <ItemNotes key={`notes-${item.id}`} item={item} onItemChange={props.onItemChange} locked={locked} />

      {item.kind === 'besluit' && (
        <section aria-labelledby="vinkjes-kop" className="review">
          <h3 id="vinkjes-kop">De zeven vinkjes van Groningen-Noord</h3>
          <VinkjesReview
            key={`review-${item.id}`}
            item={item}
            checklist={meeting.checklist}
            meetingId={meeting.id}
            actions={meeting.actions}
            organisations={props.organisations}
            locked={locked}
            onItemChange={props.onItemChange}
            onActionChange={props.onActionChange}
            onVinkjeActive={props.onVinkjeActive}
          />
          <DecisionForm
            key={`decision-${item.id}`}
            item={item}
            checklist={meeting.checklist}
            onItemChange={props.onItemChange}
            residentPresent={residentPresent}
            locked={locked}
          />
        </section>
      )}

      <section aria-labelledby="acties-kop" className="item-actions-panel">
        <h3 id="acties-kop">Actiepunten bij dit agendapunt</h3>
        <ActionList
          actions={itemActions}
          onChange={props.onActionChange}
          empty="Nog geen actiepunten bij dit agendapunt."
          locked={locked}
          origin={(a) => actionOrigin(a, item.kind, meeting.checklist)}
        />
        {!locked && (
          <button type="button" ref={addActionRef} className="button-quiet" aria-expanded={addingAction} onClick={() => setAddingAction(!addingAction)}>
            Nieuw actiepunt…
          </button>
        )}
        {!locked && addingAction && (
          <ActionForm
            key={`action-${item.id}`}
            legend="Nieuw actiepunt"
            submitLabel="Actiepunt toevoegen"
            submitContext=""
            meetingId={meeting.id}
            agendaItemId={item.id}
            organisations={props.organisations}
            onCreated={(action) => {
              props.onActionChange(action);
              setAddingAction(false);
              // The form closes: the focus goes back to the button that opened it, not to the page.
              setTimeout(() => addActionRef.current?.focus());
            }}
          />
        )}
      </section>
    </article>
  );
}
