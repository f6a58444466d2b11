// The evidence behind the seven vinkjes of one decision: loaded once per decision item (one call to
// evidence:forDecision) and shared with every vinkje through context, with citing and un-citing an entry.
// Each change sends the full set of cited entries for that vinkje (reviews:cite).
// reload and cite keep their identity across renders, so the context value only changes when the evidence does:
// saving a vinkje answer does not re-render the evidence lists, and citing re-renders only that vinkje's list.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AgendaItem } from '../../shared/domain';
import type { DecisionEvidence, VinkjeEvidence } from '../../shared/registers';
import { errorMessage, useCall } from '../api';
import { useNotices } from '../notices';

interface EvidenceApi {
  evidence: DecisionEvidence | null;
  error: string | null;
  reload(): void;
  /** Cites (on) or stops citing (off) one entry in the answer to one vinkje. */
  cite(vinkje: VinkjeEvidence, entryId: number, on: boolean): Promise<void>;
}

const EvidenceContext = createContext<EvidenceApi | null>(null);

export function useVinkjeEvidence(checklistItemId: number) {
  const api = useContext(EvidenceContext);
  if (!api) return null;
  return {
    ...api,
    scope: api.evidence?.scope ?? null,
    vinkje: api.evidence?.vinkjes.find((v) => v.checklistItemId === checklistItemId) ?? null,
  };
}

/** The whole decision's evidence (null while loading), e.g. to say once that nothing is on record. */
export function useDecisionEvidence(): DecisionEvidence | null {
  return useContext(EvidenceContext)?.evidence ?? null;
}

export function EvidenceProvider(props: { agendaItemId: number; onItemChange(item: AgendaItem): void; children: ReactNode }) {
  const { agendaItemId } = props;
  const call = useCall();
  const notices = useNotices();
  // Kept in refs, so cite stays the same function when the parent passes a new callback (or notices change).
  const onItemChange = useRef(props.onItemChange);
  const noticesRef = useRef(notices);
  useEffect(() => {
    onItemChange.current = props.onItemChange;
    noticesRef.current = notices;
  });
  const [evidence, setEvidence] = useState<DecisionEvidence | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // What is cited per vinkje, kept in step synchronously, so quick successive clicks each send the whole set.
  const cited = useRef(new Map<number, Set<number>>());

  useEffect(() => {
    let live = true;
    setError(null);
    call('evidence:forDecision', { agendaItemId }).then(
      (value) => {
        if (!live) return;
        cited.current = new Map(value.vinkjes.map((v) => [v.checklistItemId, new Set(v.entries.filter((e) => e.cited).map((e) => e.id))]));
        setEvidence(value);
      },
      (e: unknown) => {
        if (live) setError(errorMessage(e));
      },
    );
    return () => {
      live = false;
    };
  }, [call, agendaItemId, attempt]);

  const markCited = useCallback(
    (checklistItemId: number, entryId: number, on: boolean) =>
      setEvidence(
        (d) =>
          d && {
            ...d,
            vinkjes: d.vinkjes.map((v) =>
              v.checklistItemId !== checklistItemId ? v : { ...v, entries: v.entries.map((e) => (e.id === entryId ? { ...e, cited: on } : e)) },
            ),
          },
      ),
    [],
  );

  const cite = useCallback(
    async (vinkje: VinkjeEvidence, entryId: number, on: boolean) => {
      const set = cited.current.get(vinkje.checklistItemId) ?? new Set<number>();
      cited.current.set(vinkje.checklistItemId, set);
      if (on) set.add(entryId);
      else set.delete(entryId);
      markCited(vinkje.checklistItemId, entryId, on);
      const title = vinkje.entries.find((e) => e.id === entryId)?.title ?? '';
      const result = await noticesRef.current.run(
        () => call('reviews:cite', { agendaItemId, checklistItemId: vinkje.checklistItemId, registerEntryIds: [...set] }),
        on ? `Vinkje ${vinkje.position}: “${title}” wordt aangehaald.` : `Vinkje ${vinkje.position}: “${title}” wordt niet meer aangehaald.`,
      );
      if (result.ok) onItemChange.current(result.value);
      else {
        if (on) set.delete(entryId);
        else set.add(entryId);
        markCited(vinkje.checklistItemId, entryId, !on);
      }
    },
    [agendaItemId, call, markCited],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo<EvidenceApi>(() => ({ evidence, error, reload, cite }), [evidence, error, reload, cite]);
  return <EvidenceContext.Provider value={value}>{props.children}</EvidenceContext.Provider>;
}
