// One vinkje of the review as a compact row: number and question, the four answers as a radio group, and whether
// the answer is stored. It opens for the toelichting (required unless the answer is ja), what the registers hold
// and, for deels or nee, a follow-up action. Answers and toelichting store themselves (useVinkjeAnswer).
// Keys on the row: J/D/N/V answer, ↑/↓ move between vinkjes, Enter opens the toelichting, Esc returns from it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  ANSWERS,
  ANSWERS_NEEDING_EXPLANATION,
  ANSWERS_SUGGESTING_FOLLOW_UP,
  ANSWER_LABELS,
  type ActionItem,
  type Answer,
  type ChecklistItem,
  type Organisation,
  type VinkjeAnswer,
} from '../../shared/domain';
import { ActionForm } from '../meetingmode/ActionForm';
import { ActionList } from '../meetingmode/ActionList';
import { VinkjeEvidence } from './VinkjeEvidence';
import { useVinkjeEvidence } from './evidence';
import { usePendingField } from './pendingSaves';
import { DraftConflictNotice } from './DraftConflictNotice';
import { useVinkjeAnswer, type AnswerTarget } from './useVinkjeAnswer';

export const ANSWER_KEYS: Record<string, Answer> = { j: 'ja', d: 'deels', n: 'nee', v: 'nvt' };

/** The radio to land on in a row: its chosen answer, else the first. */
function rowRadio(row: Element | null | undefined): HTMLInputElement | null {
  return row?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? row?.querySelector<HTMLInputElement>('input[type="radio"]') ?? null;
}

/** A decision's follow-up actions for this vinkje: actions belong to the meeting where the decision is reviewed. */
export interface VinkjeFollowUp {
  meetingId: number;
  agendaItemId: number;
  actions: ActionItem[];
  organisations: Organisation[];
  onActionChange(action: ActionItem): void;
}

export function VinkjeFieldset(props: {
  checklistItem: ChecklistItem;
  saved: VinkjeAnswer | undefined;
  /** Where the answer is stored. */
  target: AnswerTarget;
  /** Follow-up actions, where the review has a meeting to hold them. */
  followUp?: VinkjeFollowUp | undefined;
  /** Adopted minutes: the answer is shown, not changed. */
  locked?: boolean;
  /** The details (toelichting, evidence, follow-up) are shown; one row at a time. */
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Focus entered the vinkje, or it was answered: the projector shows this vinkje. */
  onActive?(checklistItemId: number): void;
}) {
  const { checklistItem: ci, saved, open } = props;
  const locked = props.locked ?? false;
  const id = useId();
  const n = ci.position;
  const answer = useVinkjeAnswer({ target: props.target, saved, locked });
  const followUp = props.followUp;
  const followUps = followUp?.actions ?? [];
  const { value, status } = answer;
  const rowRef = useRef<HTMLFieldSetElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [focusText, setFocusText] = useState(0);
  const [addingAction, setAddingAction] = useState(false);
  const followUpRef = useRef<HTMLButtonElement>(null);
  const evidence = useVinkjeEvidence(ci.id)?.vinkje ?? null;

  usePendingField({
    flush: async () => {
      const reason = await answer.flush();
      return reason === null
        ? null
        : {
            label: `Vinkje ${n}`,
            reason,
            focus: () => {
              props.onOpenChange(true);
              setFocusText((k) => k + 1);
            },
          };
    },
    dirty: answer.dirty,
  });

  useEffect(() => {
    if (focusText > 0) textRef.current?.focus();
  }, [focusText]);

  // The wording the board answered stays with the answer, even if the checklist is reworded later.
  const question = saved?.question ?? ci.question;
  const needsExplanation = value.answer !== null && ANSWERS_NEEDING_EXPLANATION.includes(value.answer);
  const suggestsFollowUp = followUp !== undefined && value.answer !== null && ANSWERS_SUGGESTING_FOLLOW_UP.includes(value.answer);
  const rule = status.kind === 'blocked' ? status.message : null;

  const choose = (a: Answer, fromKey: boolean) => {
    answer.setAnswer(a);
    props.onActive?.(ci.id);
    // From the keyboard, an answer that needs a toelichting goes straight to it.
    if (fromKey && ANSWERS_NEEDING_EXPLANATION.includes(a) && !value.explanation.trim()) {
      props.onOpenChange(true);
      setFocusText((k) => k + 1);
    }
  };

  const onRowKey = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    const target = e.target as HTMLElement;
    const onRowControl = target instanceof HTMLInputElement ? target.type === 'radio' : target.dataset.rowToggle === 'true';
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' && target === textRef.current) {
      e.preventDefault();
      void answer.flush();
      rowRadio(rowRef.current)?.focus();
      return;
    }
    // Typing in the toelichting, an action form or a checkbox never answers the vinkje.
    if (!onRowControl || locked) return;
    const key = e.key.toLowerCase();
    if (key in ANSWER_KEYS) {
      e.preventDefault();
      choose(ANSWER_KEYS[key]!, true);
      if (target instanceof HTMLInputElement) rowRadio(rowRef.current)?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const rows = [...(rowRef.current?.closest('.vinkjes')?.querySelectorAll('.vinkje-row') ?? [])];
      const at = rows.indexOf(rowRef.current!);
      rowRadio(rows[at + (e.key === 'ArrowDown' ? 1 : -1)])?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpenChange(true);
      setFocusText((k) => k + 1);
    }
  };

  const stateText = locked
    ? saved
      ? ANSWER_LABELS[saved.answer]
      : 'Niet beantwoord'
    : status.kind === 'saving'
      ? 'Opslaan…'
      : status.kind === 'blocked'
        ? 'Niet opgeslagen: toelichting nodig'
        : status.kind === 'failed'
          ? 'Niet opgeslagen'
          : saved
            ? 'Opgeslagen'
            : 'Nog niet beantwoord';
  const stateClass = status.kind === 'in-sync' ? (saved ? 'saved' : 'open') : status.kind;
  const evidenceCount = evidence ? evidence.total : null;
  const detailsId = `${id}-details`;
  const ruleId = `${id}-regel`;

  return (
    <>
      {answer.conflict && (
        <DraftConflictNotice
          position={n}
          draft={answer.conflict.draft}
          stored={answer.conflict.stored}
          onUseDraft={answer.useDraft}
          onKeepStored={answer.keepStored}
        />
      )}
      <fieldset
        ref={rowRef}
        className={`vinkje vinkje-row ${value.answer ? `answer-${value.answer}` : ''} ${open ? 'is-open' : ''}`}
        disabled={locked || answer.conflict !== null}
        onFocus={() => props.onActive?.(ci.id)}
        onKeyDown={onRowKey}
      >
        <legend>
          <span className="vinkje-number" aria-hidden="true">
            {n}
          </span>
          <span className="visually-hidden">Vinkje {n}: </span>
          {question}
        </legend>
        <div className="vinkje-line">
          <div className="answer-choices">
            {ANSWERS.map((a) => (
              <div className="answer-choice" key={a}>
                <input
                  type="radio"
                  id={`${id}-${a}`}
                  name={`${id}-antwoord`}
                  value={a}
                  checked={value.answer === a}
                  onChange={() => choose(a, false)}
                />
                <label htmlFor={`${id}-${a}`}>{ANSWER_LABELS[a]}</label>
              </div>
            ))}
          </div>
          <p className={`vinkje-state state-${stateClass}`} aria-live="polite">
            {stateText}
          </p>
          <button
            type="button"
            className="button-quiet vinkje-toggle"
            data-row-toggle="true"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => props.onOpenChange(!open)}
          >
            Toelichting<span className="visually-hidden"> bij vinkje {n}</span>
            {evidenceCount !== null && evidenceCount > 0 && <span className="evidence-count"> · {evidenceCount} vastgelegd</span>}
            {followUps.length > 0 && <span className="evidence-count"> · {followUps.length} actie{followUps.length === 1 ? '' : 's'}</span>}
          </button>
        </div>
        {!open && (value.explanation.trim() || rule) && (
          <p className={`vinkje-preview${rule ? ' has-rule' : ''}`}>{value.explanation.trim() || rule}</p>
        )}
        <div id={detailsId} className="vinkje-details" hidden={!open}>
          {open && (
            <>
              <div className="field">
                <label htmlFor={`${id}-toelichting`}>
                  Toelichting<span className="visually-hidden"> bij vinkje {n}</span>
                </label>
                {needsExplanation && (
                  <span className="required-tag" aria-hidden="true">
                    {' '}
                    verplicht
                  </span>
                )}
                {(rule || status.kind === 'failed') && (
                  <p id={ruleId} className="field-error">
                    {status.kind === 'failed' ? `Niet opgeslagen: ${status.message} Uw tekst blijft staan.` : rule}
                  </p>
                )}
                <textarea
                  id={`${id}-toelichting`}
                  ref={textRef}
                  rows={2}
                  value={value.explanation}
                  required={needsExplanation}
                  aria-invalid={rule && needsExplanation ? true : undefined}
                  aria-describedby={rule || status.kind === 'failed' ? ruleId : undefined}
                  onChange={(e) => answer.setExplanation(e.target.value)}
                  onBlur={() => void answer.flush()}
                />
              </div>
              <VinkjeEvidence checklistItemId={ci.id} position={n} />
              {followUp && (followUps.length > 0 || suggestsFollowUp) && (
                <div className="follow-up">
                  <ActionList actions={followUps} onChange={followUp.onActionChange} locked={locked} />
                  {suggestsFollowUp && !locked && (
                    <>
                      <button
                        type="button"
                        ref={followUpRef}
                        className="button-quiet"
                        aria-expanded={addingAction}
                        onClick={() => setAddingAction(!addingAction)}
                      >
                        Vervolgactie<span className="visually-hidden"> bij vinkje {n}</span> toevoegen…
                      </button>
                      {addingAction && (
                        <ActionForm
                          legend={`Vervolgactie bij vinkje ${n}`}
                          submitLabel="Vervolgactie toevoegen"
                          submitContext={` bij vinkje ${n}`}
                          meetingId={followUp.meetingId}
                          agendaItemId={followUp.agendaItemId}
                          checklistItemId={ci.id}
                          organisations={followUp.organisations}
                          onCreated={(action) => {
                            followUp.onActionChange(action);
                            setAddingAction(false);
                            // The form closes: the focus goes back to the button that opened it, not to the page.
                            setTimeout(() => followUpRef.current?.focus());
                          }}
                        />
                      )}
                    </>
                  )}
                </div>
              )}
            </>
          )}
        </div>
      </fieldset>
    </>
  );
}

