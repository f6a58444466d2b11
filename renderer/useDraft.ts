// A form's draft: its fields in one object, and a setter for one field at a time.
import { useState } from 'react';

export function useDraft<T extends object>(initial: T | (() => T)) {
  const [draft, setDraft] = useState<T>(initial);
  const set = <K extends keyof T>(key: K, value: T[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return [draft, set, setDraft] as const;
}
