// Tells the store what the voorzitter is showing (agenda item, vinkje), so the projector page follows.
// Lightly debounced: tabbing through a vinkje's radios sends one update, not five. Failures are quiet:
// the projector is a convenience and must never interrupt the meeting.
import { useCallback, useEffect, useRef } from 'react';
import { useCall } from '../api';

export const PRESENTER_DEBOUNCE_MS = 120;

export type Present = (agendaItemId: number | null, checklistItemId: number | null) => void;

export function usePresenterSync(meetingId: number): Present {
  const call = useCall();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef<string | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useCallback(
    (agendaItemId, checklistItemId) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const key = `${agendaItemId}:${checklistItemId}`;
        if (key === lastSent.current) return;
        lastSent.current = key;
        call('presenter:set', { meetingId, agendaItemId, checklistItemId }).catch(() => {
          // Try again on the next change.
          lastSent.current = null;
        });
      }, PRESENTER_DEBOUNCE_MS);
    },
    [call, meetingId],
  );
}
