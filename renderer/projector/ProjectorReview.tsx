// The vinkjes review on the projector: the vinkje under discussion large, and all answers so far.
import { ANSWER_LABELS, type PresenterState } from '../../shared/domain';

export function ProjectorReview({ state }: { state: PresenterState }) {
  const answered = state.answers.filter((a) => a.answer !== null).length;
  const current = state.vinkje;
  return (
    <section aria-labelledby="scherm-vinkjes" className="projector-review">
      <h2 id="scherm-vinkjes">
        De zeven vinkjes <span className="projector-count">({answered} van {state.answers.length} beantwoord)</span>
      </h2>
      {current && (
        <div className="projector-current-vinkje">
          <p className="projector-label">Nu aan de orde: vinkje {current.position}</p>
          <p className="projector-question">{current.question}</p>
        </div>
      )}
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
                {isCurrent && <span className="projector-now">nu aan de orde</span>}
                <span className="projector-answer-value">{a.answer ? ANSWER_LABELS[a.answer] : 'Nog niet beantwoord'}</span>
              </p>
              <p className="projector-answer-question">{a.question}</p>
              {a.explanation && <p className="projector-explanation">Toelichting: {a.explanation}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
