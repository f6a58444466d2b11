// The seven-vinkjes review of one proposed decision, in the checklist's order, with its progress and the keys
// the chair can use. One row is open at a time, so the whole review stays on one or two laptop screens.
import { useId, useState } from 'react';
import type { ActionItem, AgendaItem, Checklist, Organisation } from '../../shared/domain';
import { VinkjeFieldset } from './VinkjeFieldset';
import { EvidenceProvider, useDecisionEvidence } from './evidence';
import { reviewProgress } from './progress';
import './review.css';

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
  const [openId, setOpenId] = useState<number | null>(null);

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
      {!props.locked && (
        <p className="key-legend" id={`${id}-toetsen`}>
          Toetsen op een vinkje: <kbd>J</kbd> ja · <kbd>D</kbd> deels · <kbd>N</kbd> nee · <kbd>V</kbd> n.v.t. · <kbd>↑</kbd>
          <kbd>↓</kbd> vinkje · <kbd>Enter</kbd> toelichting · <kbd>Esc</kbd> terug
        </p>
      )}
      {/* What the registers hold for each vinkje: loaded once for the whole decision, shown when a row opens. */}
      <EvidenceProvider agendaItemId={item.id} onItemChange={props.onItemChange}>
        <NothingOnRecord />
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
            open={props.locked === true || openId === ci.id}
            onOpenChange={(open) => setOpenId(open ? ci.id : null)}
            onItemChange={props.onItemChange}
            onActionChange={props.onActionChange}
            onActive={props.onVinkjeActive}
          />
        ))}
      </EvidenceProvider>
    </div>
  );
}

/** When the registers hold nothing for any vinkje, that is said once, quietly, not seven times. */
function NothingOnRecord() {
  const evidence = useDecisionEvidence();
  if (!evidence) return null;
  const nothing = evidence.vinkjes.every((v) => v.nothingOnRecord);
  return (
    <p className="evidence-overview hint" data-evidence="loaded">
      {nothing ? (evidence.vinkjes[0]?.summary ?? 'Er is niets vastgelegd om te tonen.') : 'Open een vinkje voor de toelichting en wat er is vastgelegd.'}
    </p>
  );
}
