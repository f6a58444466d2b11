// One vinkje's answer as the chair gives it: the answer is stored the moment it is chosen, the toelichting
// ~600 ms after typing stops (and on leaving the field). What is typed is also kept as a local draft until the
// store has it, so a reload, another item or a refused save never loses it: a "deels" without its required
// toelichting waits (the rule is shown) and is stored as soon as the toelichting is there.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ANSWERS_NEEDING_EXPLANATION, ANSWER_LABELS, type Answer, type VinkjeAnswer } from '../../shared/domain';
import { errorMessage } from '../api';
import { useNotices } from '../notices';

export const EXPLANATION_DEBOUNCE_MS = 600;

export interface AnswerValue {
  answer: Answer | null;
  explanation: string;
}

export type SaveStatus =
  | { kind: 'in-sync' }
  | { kind: 'saving' }
  | { kind: 'blocked'; message: string }
  | { kind: 'failed'; message: string };

/** Where one answer is stored: a decision's review in a meeting, or the keurmerk review of a plan or intervention. */
export interface AnswerTarget {
  /** The local draft's key, unique per review and vinkje. */
  draftKey: string;
  /** Stores the answer; resolves with the answer as the store now has it. */
  save(answer: Answer, explanation: string): Promise<VinkjeAnswer | undefined>;
}

export const decisionDraftKey = (agendaItemId: number, checklistItemId: number) => `coalitietafel:vinkje-concept:${agendaItemId}:${checklistItemId}`;

function readDraft(key: string): AnswerValue | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<AnswerValue>;
    return typeof v.explanation === 'string' ? { answer: (v.answer ?? null) as Answer | null, explanation: v.explanation } : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, value: AnswerValue | null): void {
  try {
    if (value) localStorage.setItem(key, JSON.stringify(value));
    else localStorage.removeItem(key);
  } catch {
    // Without storage the draft lives in memory only; the save itself still happens.
  }
}

/** Why this value cannot be stored yet (the review's rule), or null. */
export function answerRule(value: AnswerValue): string | null {
  if (!value.answer) return 'Kies ja, deels, nee of n.v.t.; de toelichting wordt opgeslagen zodra er een antwoord is.';
  if (value.answer && ANSWERS_NEEDING_EXPLANATION.includes(value.answer) && !value.explanation.trim()) {
    return `Bij “${ANSWER_LABELS[value.answer]}” is een toelichting verplicht; het antwoord wordt opgeslagen zodra die er staat.`;
  }
  return null;
}

export function useVinkjeAnswer(props: { target: AnswerTarget; saved: VinkjeAnswer | undefined; locked: boolean }) {
  const { locked } = props;
  const notices = useNotices();
  const key = props.target.draftKey;
  const fromStore = (): AnswerValue => ({ answer: props.saved?.answer ?? null, explanation: props.saved?.explanation ?? '' });
  const [value, setValueState] = useState<AnswerValue>(() => (locked ? null : readDraft(key)) ?? fromStore());
  const [status, setStatus] = useState<SaveStatus>({ kind: 'in-sync' });
  const latest = useRef(value);
  const saved = useRef(props.saved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<unknown> | null>(null);
  const target = useRef(props.target);
  useEffect(() => {
    saved.current = props.saved;
    target.current = props.target;
  });

  // A toelichting typed before any answer is chosen counts too: it is kept, and stored with the answer.
  const differs = (v: AnswerValue) =>
    v.answer === null
      ? v.explanation.trim() !== ''
      : v.answer !== saved.current?.answer || v.explanation.trim() !== (saved.current?.explanation ?? '');

  /** Stores the latest value if it differs from the store; returns the reason when it could not. */
  const store = useCallback(async (): Promise<string | null> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    while (running.current) await running.current;
    const v = latest.current;
    if (locked || !differs(v)) {
      if (!differs(v)) writeDraft(key, null);
      setStatus({ kind: 'in-sync' });
      return null;
    }
    const rule = answerRule(v);
    if (rule) {
      setStatus({ kind: 'blocked', message: rule });
      return rule;
    }
    setStatus({ kind: 'saving' });
    let failure: string | null = null;
    const attempt = target.current.save(v.answer!, v.explanation.trim()).then(
      (stored) => {
        saved.current = stored;
      },
      (e: unknown) => {
        failure = errorMessage(e);
        notices.showError(failure);
      },
    );
    running.current = attempt;
    await attempt;
    running.current = null;
    if (failure) {
      setStatus({ kind: 'failed', message: failure });
      return failure;
    }
    // Typed on while saving: store that too.
    if (differs(latest.current)) return store();
    writeDraft(key, null);
    setStatus({ kind: 'in-sync' });
    return null;
  }, [key, locked, notices]);

  const setValue = (next: AnswerValue, delay: number) => {
    latest.current = next;
    setValueState(next);
    writeDraft(key, differs(next) ? next : null);
    clearTimeout(timer.current);
    if (delay === 0) {
      void store();
    } else {
      setStatus(answerRule(next) && differs(next) ? { kind: 'blocked', message: answerRule(next)! } : { kind: 'saving' });
      timer.current = setTimeout(() => void store(), delay);
    }
  };

  // A draft left by a reload or an earlier visit: show it, and store it now if the rules allow.
  useEffect(() => {
    if (!locked && differs(latest.current)) void store();
    // Leaving the item: whatever is still waiting for its debounce is stored now.
    return () => {
      if (timer.current !== undefined) void store();
    };
  }, []);

  return {
    value,
    status,
    /** Chosen answers are stored at once. */
    setAnswer: (answer: Answer) => setValue({ ...latest.current, answer }, 0),
    /** Typed text is stored when typing pauses. */
    setExplanation: (explanation: string) => setValue({ ...latest.current, explanation }, EXPLANATION_DEBOUNCE_MS),
    flush: store,
    dirty: () => differs(latest.current),
  };
}
