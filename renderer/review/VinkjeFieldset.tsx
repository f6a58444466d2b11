// One vinkje of the review: the question, the answer (ja / deels / nee / n.v.t.), a toelichting (required
// unless the answer is ja, said inline before saving) and, for deels or nee, a proposed follow-up action.
import { useId, useRef, useState } from 'react';
import {
  ANSWERS,
  ANSWERS_NEEDING_EXPLANATION,
  ANSWERS_SUGGESTING_FOLLOW_UP,
  ANSWER_LABELS,
  type ActionItem,
  type AgendaItem,
  type Answer,
  type ChecklistItem,
  type Organisation,
  type VinkjeAnswer,
} from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { ActionForm } from '../meetingmode/ActionForm';
import { ActionList } from '../meetingmode/ActionList';
import { VinkjeEvidence } from './VinkjeEvidence';

export function VinkjeFieldset(props: {
  checklistItem: ChecklistItem;
  saved: VinkjeAnswer | undefined;
  agendaItemId: number;
  meetingId: number;
  followUps: ActionItem[];
  organisations: Organisation[];
  /** Adopted minutes: the answer is shown, not changed. */
  locked?: boolean;
  onItemChange(item: AgendaItem): void;
  onActionChange(action: ActionItem): void;
  /** Focus entered the vinkje, or it was answered: the projector shows this vinkje. */
  onActive?(checklistItemId: number): void;
}) {
  const { checklistItem: ci, saved } = props;
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const [answer, setAnswer] = useState<Answer | null>(saved?.answer ?? null);
  const [explanation, setExplanation] = useState(saved?.explanation ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const firstRadioRef = useRef<HTMLInputElement>(null);

  const n = ci.position;
  // The wording the board answered stays with the answer, even if the checklist is reworded later.
  const question = saved?.question ?? ci.question;
  const needsExplanation = answer !== null && ANSWERS_NEEDING_EXPLANATION.includes(answer);
  const dirty = answer !== (saved?.answer ?? null) || explanation !== (saved?.explanation ?? '');

  const save = async () => {
    if (busy) return;
    if (!answer) {
      setError('Kies ja, deels, nee of n.v.t.');
      firstRadioRef.current?.focus();
      return;
    }
    if (needsExplanation && !explanation.trim()) {
      setError(`Vul een toelichting in: bij “${ANSWER_LABELS[answer]}” is die verplicht.`);
      textRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const result = await notices.run(
      () => call('reviews:answer', { agendaItemId: props.agendaItemId, checklistItemId: ci.id, answer, explanation: explanation.trim() }),
      `Vinkje ${n} is opgeslagen: ${ANSWER_LABELS[answer]}.`,
    );
    setBusy(false);
    if (result.ok) {
      setExplanation(explanation.trim());
      props.onItemChange(result.value);
      props.onActive?.(ci.id);
    }
  };

  const hintId = `${id}-verplicht`;
  const errorId = `${id}-fout`;
  const stateText = !saved ? 'Nog niet beantwoord' : dirty ? 'Gewijzigd, nog niet opgeslagen' : `Beantwoord: ${ANSWER_LABELS[saved.answer]}`;

  return (
    <fieldset
      className={`vinkje ${saved && !dirty ? `answered answer-${saved.answer}` : ''}`}
      disabled={props.locked}
      onFocus={() => props.onActive?.(ci.id)}
    >
      <legend>
        Vinkje {n}: {question}
      </legend>
      <VinkjeEvidence checklistItemId={ci.id} position={n} />
      <p className={`vinkje-state ${dirty ? 'dirty' : 'saved'}`}>{stateText}</p>
      <div className="choices inline">
        {ANSWERS.map((a, i) => (
          <div className="choice" key={a}>
            <input
              type="radio"
              id={`${id}-${a}`}
              ref={i === 0 ? firstRadioRef : undefined}
              name={`${id}-antwoord`}
              value={a}
              checked={answer === a}
              aria-describedby={error && !answer ? errorId : undefined}
              onChange={() => {
                setAnswer(a);
                setError(null);
                props.onActive?.(ci.id);
              }}
            />
            <label htmlFor={`${id}-${a}`}>{ANSWER_LABELS[a]}</label>
          </div>
        ))}
      </div>
      <div className="field">
        <div className="field-label">
          <label htmlFor={`${id}-toelichting`}>
            Toelichting<span className="visually-hidden"> bij vinkje {n}</span>
          </label>
          {needsExplanation && (
            <span className="required-tag" aria-hidden="true">
              verplicht
            </span>
          )}
        </div>
        {needsExplanation && (
          <p id={hintId} className="hint hint-strong">
            Bij “{ANSWER_LABELS[answer]}” is een toelichting verplicht: leg uit waarom, en waarop dat berust.
          </p>
        )}
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
        <textarea
          id={`${id}-toelichting`}
          ref={textRef}
          rows={2}
          value={explanation}
          required={needsExplanation}
          aria-invalid={error && answer ? true : undefined}
          aria-describedby={[needsExplanation ? hintId : null, error && answer ? errorId : null].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            setExplanation(e.target.value);
            if (e.target.value.trim()) setError(null);
          }}
        />
      </div>
      {!props.locked && (
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={save}>
            Vinkje {n} opslaan
          </button>
        </div>
      )}
      {(props.followUps.length > 0 || (answer && ANSWERS_SUGGESTING_FOLLOW_UP.includes(answer))) && (
        <div className="follow-up">
          <ActionList actions={props.followUps} onChange={props.onActionChange} locked={props.locked} />
          {answer && ANSWERS_SUGGESTING_FOLLOW_UP.includes(answer) && !props.locked && (
            <ActionForm
              legend={`Vervolgactie bij vinkje ${n}`}
              submitLabel="Vervolgactie toevoegen"
              submitContext={` bij vinkje ${n}`}
              meetingId={props.meetingId}
              agendaItemId={props.agendaItemId}
              checklistItemId={ci.id}
              organisations={props.organisations}
              onCreated={props.onActionChange}
            />
          )}
        </div>
      )}
    </fieldset>
  );
}
