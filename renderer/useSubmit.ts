// A form's save, one at a time: `run` does nothing while an earlier run is still saving, and `busy` says that
// one is (for aria-busy on the button). Checks that need no saving stay in the form, before `run`.
import { useCallback, useRef, useState } from 'react';

export function useSubmit(): { busy: boolean; run(save: () => Promise<void>): Promise<void> } {
  const [busy, setBusy] = useState(false);
  // The state updates only with the next render; the ref stops a second press within the same one.
  const running = useRef(false);
  const run = useCallback(async (save: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await save();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
