// What a screen shows before its data is there, or when loading it failed.
import { useEffect, useState } from 'react';

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
