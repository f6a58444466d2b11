// What a screen shows before its data is there, or when loading it failed.
import { useEffect, useState, type ReactNode } from 'react';
import type { Loaded } from '../useLoad';

/** Most screens load faster than this; only a wait longer than it is worth saying "Laden…". */
export const LOADING_DELAY_MS = 300;

export function Loading() {
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), LOADING_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  // The live region is there from the start, so the text is announced when it appears.
  return (
    <p className="loading" role="status">
      {waited ? 'Laden…' : ''}
    </p>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <div className="load-failed">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </div>
  );
}

/** What needs loaded data: the failure with "Opnieuw proberen", "Laden…" while it loads, then the data's part. */
export function LoadGate<T>({ loaded, children }: { loaded: Pick<Loaded<T>, 'data' | 'error' | 'reload'>; children(data: T): ReactNode }) {
  if (loaded.error) return <LoadFailed message={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  return children(loaded.data);
}
