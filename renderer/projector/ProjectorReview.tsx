// The vinkjes review on the projector: all seven answers as one compact row of tiles (the vinkje under discussion
// highlighted), above it the vinkje under discussion large or, once the decision is taken, its outcome and text.
import { ANSWER_LABELS, OUTCOME_LABELS, type PresenterState } from '../../shared/domain';

export function ProjectorReview({ state }: { state: PresenterState }) {
  const answered = state.answers.filter((a) => a.answer !== null).length;
  const current = state.vinkje;
  const currentAnswer = current ? state.answers.find((a) => a.position === current.position) : undefined;
  const outcome = state.item?.outcome ?? null;
  return (
    <section aria-labelledby="scherm-vinkjes" className="projector-review">
      {outcome ? (
        <div className={`projector-outcome outcome-${outcome}`} role="group" aria-label="Besluit">
          <p className="projector-label">Besluit</p>
          <p className="projector-outcome-value">{OUTCOME_LABELS[outcome]}</p>
          {state.item?.decisionText && <p className="projector-decision-text">{state.item.decisionText}</p>}
        </div>
      ) : (
        current && (
          <div className="projector-current-vinkje">
            <p className="projector-label">Nu aan de orde: vinkje {current.position}</p>
            <p className="projector-question">{current.question}</p>
            {currentAnswer?.answer && (
              <p className="projector-current-answer">
                <strong>{ANSWER_LABELS[currentAnswer.answer]}</strong>
                {currentAnswer.explanation && <> · Toelichting: {currentAnswer.explanation}</>}
              </p>
            )}
          </div>
        )
      )}
      <h2 id="scherm-vinkjes">
        De zeven vinkjes <span className="projector-count">({answered} van {state.answers.length} beantwoord)</span>
      </h2>
      <ol className="projector-answers">
        {state.answers.map((a) => {
          const isCurrent = current?.position === a.position;
          return (
            <li
              key={a.position}
              className={`projector-answer ${isCurrent ? 'is-current' : ''} ${a.answer ? `answer-${a.answer}` : 'unanswered'}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <p className="projector-answer-head">
                <span className="projector-vinkje-number">Vinkje {a.position}</span>
                <span className="projector-answer-value">{a.answer ? ANSWER_LABELS[a.answer] : 'Open'}</span>
              </p>
              <p className="projector-answer-question">{a.question}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
