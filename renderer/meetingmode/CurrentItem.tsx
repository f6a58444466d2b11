// The agenda item under discussion: what it is, the notes, for a decision the vinkjes review and the
// outcome, and the item's action items.
import { AGENDA_KIND_LABELS, type ActionItem, type AgendaItem, type MeetingDetail, type Organisation, type Profile } from '../../shared/domain';
import { LinkSummary } from '../meeting/LinkSummary';
import { VinkjesReview } from '../review/VinkjesReview';
import { DecisionForm } from '../review/DecisionForm';
import { ItemNotes } from './ItemNotes';
import { ActionList } from './ActionList';
import { ActionForm } from './ActionForm';

export function CurrentItem(props: {
  meeting: MeetingDetail;
  item: AgendaItem;
  index: number;
  profile: Profile;
  organisations: Organisation[];
  onItemChange(item: AgendaItem): void;
  onActionChange(action: ActionItem): void;
}) {
  const { meeting, item, index } = props;
  const itemActions = meeting.actions.filter((a) => a.agendaItemId === item.id);
  // Follow-ups of a vinkje are listed with that vinkje; the rest belong to the item.
  const generalActions = item.kind === 'besluit' ? itemActions.filter((a) => a.checklistItemId === null) : itemActions;

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

      <ItemNotes key={`notes-${item.id}`} item={item} onItemChange={props.onItemChange} />

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
            onItemChange={props.onItemChange}
            onActionChange={props.onActionChange}
          />
          <DecisionForm key={`decision-${item.id}`} item={item} checklist={meeting.checklist} onItemChange={props.onItemChange} />
        </section>
      )}

      <section aria-labelledby="acties-kop" className="item-actions-panel">
        <h3 id="acties-kop">Actiepunten bij dit agendapunt</h3>
        <ActionList actions={generalActions} onChange={props.onActionChange} empty="Nog geen actiepunten bij dit agendapunt." />
        <ActionForm
          key={`action-${item.id}`}
          legend="Nieuw actiepunt"
          submitLabel="Actiepunt toevoegen"
          submitContext=""
          meetingId={meeting.id}
          agendaItemId={item.id}
          organisations={props.organisations}
          onCreated={props.onActionChange}
        />
      </section>
    </article>
  );
}
