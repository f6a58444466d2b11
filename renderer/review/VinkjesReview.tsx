// The seven-vinkjes review of one proposed decision, in the checklist's order, with its progress.
import { useId } from 'react';
import type { ActionItem, AgendaItem, Checklist, Organisation } from '../../shared/domain';
import { VinkjeFieldset } from './VinkjeFieldset';
import { EvidenceProvider } from './evidence';
import { reviewProgress } from './progress';

export function VinkjesReview(props: {
  item: AgendaItem;
  checklist: Checklist;
  meetingId: number;
  actions: ActionItem[];
  organisations: Organisation[];
  locked?: boolean;
  onItemChange(item: AgendaItem): void;
  onActionChange(action: ActionItem): void;
  onVinkjeActive?(checklistItemId: number): void;
}) {
  const { item, checklist } = props;
  const id = useId();
  const { answered, total } = reviewProgress(checklist, item.decision);
  const items = [...checklist.items].sort((a, b) => a.position - b.position);

  return (
    <div className="vinkjes">
      <div className="review-progress">
        <p id={`${id}-voortgang`} aria-live="polite">
          <strong>
            {answered} van {total} vinkjes beantwoord
          </strong>
        </p>
        <progress max={total} value={answered} aria-labelledby={`${id}-voortgang`} />
      </div>
      {/* What the registers hold for each vinkje: loaded once for the whole decision. */}
      <EvidenceProvider agendaItemId={item.id} onItemChange={props.onItemChange}>
        {items.map((ci) => (
          <VinkjeFieldset
            key={`${item.id}-${ci.id}`}
            checklistItem={ci}
            saved={item.decision?.answers.find((a) => a.checklistItemId === ci.id)}
            agendaItemId={item.id}
            meetingId={props.meetingId}
            followUps={props.actions.filter((a) => a.agendaItemId === item.id && a.checklistItemId === ci.id)}
            organisations={props.organisations}
            locked={props.locked}
            onItemChange={props.onItemChange}
            onActionChange={props.onActionChange}
            onActive={props.onVinkjeActive}
          />
        ))}
      </EvidenceProvider>
    </div>
  );
}
