// Follows the voorzitter's screen: polls presenter:get about every 400 ms while the page is visible,
// and re-renders only when the state's version changes.
import { useEffect, useRef, useState } from 'react';
import type { PresenterState } from '../../shared/domain';
import { errorMessage, useCall } from '../api';

export const PRESENTER_POLL_MS = 400;

export function usePresenterState(meetingId: number): { state: PresenterState | null; error: string | null } {
  const call = useCall();
  const [state, setState] = useState<PresenterState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const version = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;

    const poll = async () => {
      timer = undefined;
      if (document.hidden || inFlight) return; // resumed by visibilitychange
      inFlight = true;
      try {
        const next = await call('presenter:get', { meetingId });
        if (!live) return;
        setError(null);
        if (next.version !== version.current) {
          version.current = next.version;
          setState(next);
        }
      } catch (e) {
        if (live) setError(errorMessage(e));
      } finally {
        inFlight = false;
      }
      // One request at a time: the next starts after this one ends.
      if (live && !document.hidden) timer = setTimeout(poll, PRESENTER_POLL_MS);
    };
    const onVisibility = () => {
      if (!document.hidden && timer === undefined && !inFlight) void poll();
      if (document.hidden && timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
    };

    void poll();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [call, meetingId]);

  return { state, error };
}
