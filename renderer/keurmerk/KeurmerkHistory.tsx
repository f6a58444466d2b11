// Earlier keurmerk reviews of a plan or intervention: superseded by a newer one, kept and readable as they were.
import { ANSWER_LABELS } from '../../shared/domain';
import type { KeurmerkReview } from '../../shared/keurmerk';
import { formatInstant } from '../../shared/format';

export function KeurmerkHistory({ reviews }: { reviews: KeurmerkReview[] }) {
  if (reviews.length === 0) return <p className="empty">Er zijn geen eerdere toetsingen.</p>;
  return (
    <ol className="keurmerk-history">
      {reviews.map((r) => (
        <li key={r.id}>
          <details>
            <summary>
              Toetsing van {formatInstant(r.reviewedAt)} door {r.reviewer} ({r.answers.length} van {r.checklist.items.length} vinkjes beantwoord,
              vinkjes versie {r.checklist.version})
            </summary>
            {r.answers.length === 0 ? (
              <p className="empty">In deze toetsing is geen vinkje beantwoord.</p>
            ) : (
              <dl className="keurmerk-answers">
                {r.answers.map((a) => (
                  <div key={a.checklistItemId}>
                    <dt>
                      Vinkje {a.position}: {a.question}
                    </dt>
                    <dd>
                      {ANSWER_LABELS[a.answer]}
                      {a.explanation && ` — ${a.explanation}`}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </details>
        </li>
      ))}
    </ol>
  );
}
