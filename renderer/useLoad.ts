// Loads data for a screen and keeps it in state; `setData` lets a screen apply what a mutation returned.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { errorMessage } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  reload(): Promise<void>;
  setData: Dispatch<SetStateAction<T | undefined>>;
}

/** `initial`: data already in hand when the screen mounts (a head start that has arrived); it is not loaded again. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], initial?: T): Loaded<T> {
  const [data, setData] = useState<T | undefined>(initial);
  const hasInitial = useRef(initial !== undefined);
  const [error, setError] = useState<string | null>(null);
  // The caller states what the loader depends on, as with useEffect.
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(async () => {
    try {
      const value = await stableLoad();
      setData(value);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [stableLoad]);

  useEffect(() => {
    if (hasInitial.current) {
      hasInitial.current = false;
      return;
    }
    let live = true;
    stableLoad().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(errorMessage(e));
      },
    );
    return () => {
      live = false;
    };
  }, [stableLoad]);

  return { data, error, reload, setData };
}
