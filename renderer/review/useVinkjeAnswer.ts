// One vinkje's answer as the chair gives it: the answer is stored the moment it is chosen, the toelichting
// ~600 ms after typing stops (and on leaving the field). What is typed is also kept as a local draft until the
// store has it, so a reload, another item or a refused save never loses it: a "deels" without its required
// toelichting waits (the rule is shown) and is stored as soon as the toelichting is there.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ANSWERS_NEEDING_EXPLANATION, ANSWER_LABELS, type Answer, type VinkjeAnswer } from '../../shared/domain';
import { ApiError, errorMessage } from '../api';
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
  /** Stores the answer; resolves with the answer as the store now has it. Given `basedOn` (the stored answer's
   *  answeredAt the value was made on, null for none), rejects with AnswerChanged when the store has a newer one. */
  save(answer: Answer, explanation: string, basedOn?: string | null): Promise<VinkjeAnswer | undefined>;
}

/** The store has a newer answer than the one a value was based on; `stored` is that answer. */
export class AnswerChanged extends Error {
  constructor(
    readonly stored: VinkjeAnswer | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs a save that sent the answer it was based on. When the store refuses it because another window answered
 * meanwhile, fetches what that window stored and rejects with AnswerChanged, so both can be shown.
 */
export async function saveUnlessAnswered<T>(save: () => Promise<T>, storedNow: () => Promise<VinkjeAnswer | undefined>): Promise<T> {
  try {
    return await save();
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 'conflict')) throw e;
    throw new AnswerChanged(await storedNow(), e.message);
  }
}

/** A draft that was made on an answer the store has since replaced: shown next to it until the user chooses. */
export interface DraftConflict {
  draft: AnswerValue;
  stored: VinkjeAnswer | undefined;
}

interface StoredDraft extends AnswerValue {
  /** The stored answer's answeredAt the draft was typed on (null: there was none); undefined in older drafts. */
  basedOn?: string | null;
}

export const decisionDraftKey = (agendaItemId: number, checklistItemId: number) => `coalitietafel:vinkje-concept:${agendaItemId}:${checklistItemId}`;

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof v.explanation !== 'string') return null;
    const draft: StoredDraft = { answer: (v.answer ?? null) as Answer | null, explanation: v.explanation };
    if (typeof v.basedOn === 'string' || v.basedOn === null) draft.basedOn = v.basedOn;
    return draft;
  } catch {
    return null;
  }
}

function writeDraft(key: string, value: AnswerValue | null, basedOn?: string | null): void {
  try {
    if (value) localStorage.setItem(key, JSON.stringify({ answer: value.answer, explanation: value.explanation, basedOn: basedOn ?? null }));
    else localStorage.removeItem(key);
  } catch {
    // Without storage the draft lives in memory only; the save itself still happens.
  }
}

const valueOf = (stored: VinkjeAnswer | undefined): AnswerValue => ({ answer: stored?.answer ?? null, explanation: stored?.explanation ?? '' });

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
  // A draft made on the answer the store still has is restored as it was; one made on an answer since replaced
  // (another window or device) waits next to the stored one until the user chooses.
  const [initial] = useState(() => {
    const draft = locked ? null : readDraft(key);
    if (!draft) return { value: valueOf(props.saved), conflict: null };
    const storedAt = props.saved?.answeredAt ?? null;
    const stale = draft.basedOn === undefined ? storedAt !== null : draft.basedOn !== storedAt;
    const value: AnswerValue = { answer: draft.answer, explanation: draft.explanation };
    return stale ? { value: valueOf(props.saved), conflict: { draft: value, stored: props.saved } } : { value, conflict: null };
  });
  const [value, setValueState] = useState<AnswerValue>(initial.value);
  const [conflict, setConflictState] = useState<DraftConflict | null>(initial.conflict);
  const conflictRef = useRef(conflict);
  // The stored answer the value on screen was made on; moves only when this hook saves or the user chooses.
  const basedOn = useRef<string | null>(props.saved?.answeredAt ?? null);
  const setConflict = (c: DraftConflict | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };
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
    // Nothing is stored while a draft waits for the user's choice.
    if (conflictRef.current) return 'Kies eerst tussen uw concept en het opgeslagen antwoord.';
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
    const attempt = target.current.save(v.answer!, v.explanation.trim(), basedOn.current).then(
      (stored) => {
        saved.current = stored;
        basedOn.current = stored?.answeredAt ?? null;
      },
      (e: unknown) => {
        failure = errorMessage(e);
        if (e instanceof AnswerChanged) {
          // What was typed stays as the draft (on the answer it was made on), shown next to the newer one.
          const typed = latest.current;
          writeDraft(key, typed, basedOn.current);
          saved.current = e.stored;
          latest.current = valueOf(e.stored);
          setValueState(latest.current);
          setConflict({ draft: typed, stored: e.stored });
        } else notices.showError(failure);
      },
    );
    running.current = attempt;
    await attempt;
    running.current = null;
    if (failure) {
      setStatus(conflictRef.current ? { kind: 'in-sync' } : { kind: 'failed', message: failure });
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
    writeDraft(key, differs(next) ? next : null, basedOn.current);
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

  /** The user's choice on a draft the store has replaced: store the draft over the answer shown, or drop it. */
  const resolve = (useDraftValue: boolean) => {
    const c = conflictRef.current;
    if (!c) return;
    setConflict(null);
    saved.current = c.stored;
    basedOn.current = c.stored?.answeredAt ?? null;
    if (useDraftValue) {
      setValue(c.draft, 0);
    } else {
      writeDraft(key, null);
      latest.current = valueOf(c.stored);
      setValueState(latest.current);
      setStatus({ kind: 'in-sync' });
    }
  };

  return {
    value,
    status,
    conflict,
    useDraft: () => resolve(true),
    keepStored: () => resolve(false),
    /** Chosen answers are stored at once. */
    setAnswer: (answer: Answer) => setValue({ ...latest.current, answer }, 0),
    /** Typed text is stored when typing pauses. */
    setExplanation: (explanation: string) => setValue({ ...latest.current, explanation }, EXPLANATION_DEBOUNCE_MS),
    flush: store,
    // A draft waiting for the user's choice counts as unsaved: leaving the item asks first.
    dirty: () => conflictRef.current !== null || differs(latest.current),
  };
}
