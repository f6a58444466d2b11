// A form's draft: its fields in one object, a setter for one field at a time, and whether the user has changed it
// since it was last stored (for the question before leaving the screen, see leaveGuard.tsx).
import { useMemo, useState } from 'react';

export function useDraft<T extends object>(initial: T | (() => T)) {
  const [draft, setWhole] = useState<T>(initial);
  const [unsaved, setUnsaved] = useState(false);
  // Stable across renders, as useState's own setter is: hooks may list them as dependencies.
  const setters = useMemo(() => {
    const setDraft = (next: T | ((d: T) => T)) => {
      setWhole(next);
      setUnsaved(true);
    };
    return {
      setDraft,
      set: <K extends keyof T>(key: K, value: T[K]) => setDraft((d) => ({ ...d, [key]: value })),
      /** Replaces the draft without counting it as the user's change: the form as it is after a save. */
      reset: (next: T) => {
        setWhole(next);
        setUnsaved(false);
      },
      /** What is on the form now is stored. */
      stored: () => setUnsaved(false),
    };
  }, []);
  const { set, setDraft, reset, stored } = setters;
  return [draft, set, setDraft, { unsaved, reset, stored }] as const;
}
