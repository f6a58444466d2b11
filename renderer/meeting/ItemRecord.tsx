// What was recorded on an agenda item during the meeting: the notes, the decision with its vinkjes
// answers, and the item's actions. Read-only; editing happens in the vergadermodus.
import { ACTION_STATUS_LABELS, ANSWER_LABELS, OUTCOME_LABELS, type ActionItem, type AgendaItem } from '../../shared/domain';
import { REGISTER_KIND_LABELS, type RegisterKind } from '../../shared/registers';
import { formatDate } from '../format';

export function ItemRecord({ item, actions, open }: { item: AgendaItem; actions: ActionItem[]; open: boolean }) {
  const decision = item.decision;
  const answers = decision?.answers ?? [];
  if (!item.notes && !decision?.outcome && answers.length === 0 && actions.length === 0) return null;
  // A vinkje's follow-up says which vinkje it answers.
  const vinkjeOf = (checklistItemId: number) => {
    const position = answers.find((a) => a.checklistItemId === checklistItemId)?.position;
    return position ? `Vinkje ${position}` : 'Vinkje';
  };
  return (
    <details className="item-record" open={open || undefined}>
      <summary>Verslag van dit punt</summary>
      {decision?.outcome && (
        <p>
          <strong>Besluit: {OUTCOME_LABELS[decision.outcome]}.</strong> {decision.text}
        </p>
      )}
      {item.notes && (
        <>
          <p className="label">Aantekeningen</p>
          <p className="description">{item.notes}</p>
        </>
      )}
      {answers.length > 0 && (
        <>
          <p className="label">Vinkjes</p>
          <ol className="record-answers">
            {answers.map((a) => (
              <li key={a.checklistItemId}>
                Vinkje {a.position}: {a.question} <strong>{ANSWER_LABELS[a.answer]}</strong>
                {a.explanation && <> — {a.explanation}</>}
                {(a.citations ?? []).map((c) => (
                  // An entry erased on request keeps its place here, with "verwijderd op verzoek (datum)" as its title.
                  <span key={c.id} className="record-citation">
                    {' '}
                    Aangehaald: {REGISTER_KIND_LABELS[c.kind as RegisterKind] ?? c.kind} “{c.title}” ({formatDate(c.date)}).
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
      {actions.length > 0 && (
        <>
          <p className="label">Acties</p>
          <ul className="record-actions">
            {actions.map((a) => (
              <li key={a.id}>
                {a.checklistItemId !== null && <>{vinkjeOf(a.checklistItemId)}: </>}
                {a.description} ({a.ownerName || 'nog niemand'}
                {a.dueDate ? `, deadline ${formatDate(a.dueDate)}` : ''}, {ACTION_STATUS_LABELS[a.status].toLowerCase()})
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
