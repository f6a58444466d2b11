// The seven-vinkjes review of one proposed decision, in the checklist's order, with its progress and the keys
// the chair can use. One row is open at a time, so the whole review stays on one or two laptop screens.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ActionItem, AgendaItem, Checklist, ChecklistItem, Organisation } from '../../shared/domain';
import { VinkjeFieldset } from './VinkjeFieldset';
import { EvidenceProvider, useDecisionEvidence } from './evidence';
import { reviewProgress } from './progress';
import { decisionDraftKey, saveUnlessAnswered, type AnswerTarget } from './useVinkjeAnswer';
import { useCall } from '../api';
import './review.css';

/** "3 van 7 vinkjes beantwoord" with a progress bar, announced as it changes. */
export function ReviewProgress({ answered, total }: { answered: number; total: number }) {
  const id = useId();
  return (
    <div className="review-progress">
      <p id={`${id}-voortgang`} aria-live="polite">
        <strong>
          {answered} van {total} vinkjes beantwoord
        </strong>
      </p>
      <progress max={total} value={answered} aria-labelledby={`${id}-voortgang`} />
    </div>
  );
}

/** The keys of a review row. */
export function ReviewKeyLegend() {
  return (
    <p className="key-legend">
      Toetsen op een vinkje: <kbd>J</kbd> ja · <kbd>D</kbd> deels · <kbd>N</kbd> nee · <kbd>V</kbd> n.v.t. · <kbd>↑</kbd>
      <kbd>↓</kbd> vinkje · <kbd>Enter</kbd> toelichting · <kbd>Esc</kbd> terug
    </p>
  );
}

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
  const call = useCall();
  const { answered, total } = reviewProgress(checklist, item.decision);
  const items = [...checklist.items].sort((a, b) => a.position - b.position);
  const [openId, setOpenId] = useState<number | null>(null);
  const onItemChange = useRef(props.onItemChange);
  useEffect(() => {
    onItemChange.current = props.onItemChange;
  });
  // One target per vinkje, stable while the item is the same: the answer goes to reviews:answer.
  const targets = useMemo(
    () =>
      new Map(
        items.map((ci: ChecklistItem): [number, AnswerTarget] => [
          ci.id,
          {
            draftKey: decisionDraftKey(item.id, ci.id),
            save: (answer, explanation, basedOn) =>
              saveUnlessAnswered(
                async () => {
                  const changed = await call('reviews:answer', { agendaItemId: item.id, checklistItemId: ci.id, answer, explanation, expectedAnsweredAt: basedOn });
                  onItemChange.current(changed);
                  return changed.decision?.answers.find((a) => a.checklistItemId === ci.id);
                },
                async () => {
                  const fresh = (await call('meetings:get', { id: props.meetingId })).agenda.find((a) => a.id === item.id);
                  if (fresh) onItemChange.current(fresh);
                  return fresh?.decision?.answers.find((a) => a.checklistItemId === ci.id);
                },
              ),
          },
        ]),
      ),
    // The checklist's items are fixed per meeting, so its id stands for them.
    [call, item.id, checklist.id, props.meetingId],
  );

  return (
    <div className="vinkjes">
      <ReviewProgress answered={answered} total={total} />
      {!props.locked && <ReviewKeyLegend />}
      {/* What the registers hold for each vinkje: loaded once for the whole decision, shown when a row opens. */}
      <EvidenceProvider agendaItemId={item.id} onItemChange={props.onItemChange}>
        <NothingOnRecord />
        {items.map((ci) => (
          <VinkjeFieldset
            key={`${item.id}-${ci.id}`}
            checklistItem={ci}
            saved={item.decision?.answers.find((a) => a.checklistItemId === ci.id)}
            target={targets.get(ci.id)!}
            followUp={{
              meetingId: props.meetingId,
              agendaItemId: item.id,
              actions: props.actions.filter((a) => a.agendaItemId === item.id && a.checklistItemId === ci.id),
              organisations: props.organisations,
              onActionChange: props.onActionChange,
            }}
            locked={props.locked}
            open={props.locked === true || openId === ci.id}
            onOpenChange={(open) => setOpenId(open ? ci.id : null)}
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
