// What the meeting screen has not stored yet: every field that saves by itself (a vinkje answer, the notes)
// registers a flush here, so moving to another item, closing the meeting or leaving first stores what was typed,
// and names what could not be stored (a rule, a failed call) so the chair can be asked before going on.
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';

/** What could not be stored: where it is (for a link back) and why. */
export interface Unsaved {
  label: string;
  reason: string;
  /** Brings the chair back to the field. */
  focus(): void;
}

export interface PendingField {
  /** Stores what is typed now; resolves with what is left unsaved (null when everything is stored). */
  flush(): Promise<Unsaved | null>;
  /** True while something typed is not stored yet (for the browser's "leave page?" question). */
  dirty(): boolean;
}

export interface PendingSaves {
  register(field: PendingField): () => void;
  flushAll(): Promise<Unsaved[]>;
  anyDirty(): boolean;
}

export function createPendingSaves(): PendingSaves {
  const fields = new Set<PendingField>();
  return {
    register(field) {
      fields.add(field);
      return () => fields.delete(field);
    },
    async flushAll() {
      const left = await Promise.all([...fields].map((f) => f.flush()));
      return left.filter((u): u is Unsaved => u !== null);
    },
    anyDirty: () => [...fields].some((f) => f.dirty()),
  };
}

const PendingSavesContext = createContext<PendingSaves | null>(null);
export const PendingSavesProvider = PendingSavesContext.Provider;

/**
 * One registry per screen. On a reload or close it tries to store what is typed; whatever does not make it is
 * kept as a local draft by the field itself and stored when the screen opens again, so nobody is stopped.
 */
export function usePendingSavesRoot(): PendingSaves {
  const saves = useMemo(createPendingSaves, []);
  useEffect(() => {
    const onBeforeUnload = () => {
      if (saves.anyDirty()) void saves.flushAll();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saves]);
  return saves;
}

/** Registers a field for as long as it is on screen; the latest flush and dirty are used. */
export function usePendingField(field: PendingField): void {
  const saves = useContext(PendingSavesContext);
  const latest = useRef(field);
  useEffect(() => {
    latest.current = field;
  });
  useEffect(() => {
    if (!saves) return;
    return saves.register({ flush: () => latest.current.flush(), dirty: () => latest.current.dirty() });
  }, [saves]);
}
