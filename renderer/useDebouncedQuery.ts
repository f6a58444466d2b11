// The search text of a filter bar. It is kept here while the user types and reaches the filters only after a
// short pause, so every keystroke does not start a search.
import { useEffect, useState } from 'react';

export function useDebouncedQuery<V extends { q: string }>(value: V, onChange: (value: V) => void, delayMs = 300) {
  const [q, setQ] = useState(value.q);
  useEffect(() => {
    if (q === value.q) return;
    const timer = setTimeout(() => onChange({ ...value, q }), delayMs);
    return () => clearTimeout(timer);
  }, [q, value, onChange, delayMs]);
  /** Applies a whole new filter value at once, its search text included (e.g. "Alle filters wissen"). */
  const replace = (next: V) => {
    setQ(next.q);
    onChange(next);
  };
  return [q, setQ, replace] as const;
}
