// The current keurmerk review of a plan or intervention: the same vinkje rows, answers, rules and keys as a
// decision's review in a meeting, each answer stored as it is given (keurmerk:answer). Locked when the plan changed
// after the review: then a new review is needed, and this one is kept as it is.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChecklistItem } from '../../shared/domain';
import type { KeurmerkDetail, KeurmerkReview as Review, KeurmerkSubject } from '../../shared/keurmerk';
import { useCall } from '../api';
import { VinkjeFieldset } from '../review/VinkjeFieldset';
import { ReviewKeyLegend, ReviewProgress } from '../review/VinkjesReview';
import { answerProgress } from '../review/progress';
import { saveUnlessAnswered, type AnswerTarget } from '../review/useVinkjeAnswer';
import '../review/review.css';

export const keurmerkDraftKey = (reviewId: number, checklistItemId: number) => `coalitietafel:keurmerk-concept:${reviewId}:${checklistItemId}`;

export function KeurmerkReview(props: { subject: KeurmerkSubject; review: Review; locked: boolean; onChange(detail: KeurmerkDetail): void }) {
  const { subject, review, locked } = props;
  const call = useCall();
  const [openId, setOpenId] = useState<number | null>(null);
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  });
  const items = [...review.checklist.items].sort((a, b) => a.position - b.position);
  const targets = useMemo(
    () =>
      new Map(
        review.checklist.items.map((ci: ChecklistItem): [number, AnswerTarget] => [
          ci.id,
          {
            draftKey: keurmerkDraftKey(review.id, ci.id),
            save: (answer, explanation, basedOn) => {
              const shown = (detail: KeurmerkDetail) => {
                onChange.current(detail);
                return detail.reviews.find((r) => r.id === review.id)?.answers.find((a) => a.checklistItemId === ci.id);
              };
              return saveUnlessAnswered(
                async () => shown(await call('keurmerk:answer', { reviewId: review.id, checklistItemId: ci.id, answer, explanation, expectedAnsweredAt: basedOn })),
                async () => shown(await call('keurmerk:get', { subject })),
              );
            },
          },
        ]),
      ),
    [call, subject, review.id, review.checklist],
  );
  const { answered, total } = answerProgress(review.checklist, review.answers);

  return (
    <div className="vinkjes">
      <ReviewProgress answered={answered} total={total} />
      {!locked && <ReviewKeyLegend />}
      {items.map((ci) => (
        <VinkjeFieldset
          key={`${review.id}-${ci.id}`}
          checklistItem={ci}
          saved={review.answers.find((a) => a.checklistItemId === ci.id)}
          target={targets.get(ci.id)!}
          locked={locked}
          open={locked || openId === ci.id}
          onOpenChange={(open) => setOpenId(open ? ci.id : null)}
        />
      ))}
    </div>
  );
}
