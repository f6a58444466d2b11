// One place for feedback: API errors in a role="alert" region, successes in a polite status region.
// Both regions stay in the DOM so assistive technology picks up every change.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { errorMessage } from './api';

interface Notice {
  id: number;
  message: string;
  at: number;
}

interface NoticesApi {
  showError(message: string): void;
  showSuccess(message: string): void;
  clear(): void;
  /** Runs an API call: clears the last error, shows a Dutch error on failure, a success message if given. */
  run<T>(work: () => Promise<T>, success?: string | ((value: T) => string)): Promise<{ ok: true; value: T } | { ok: false }>;
}

interface NoticesState {
  error: Notice | null;
  success: Notice | null;
}

const NoticesContext = createContext<NoticesApi | null>(null);
const NoticesStateContext = createContext<NoticesState & { dismissError(): void }>({
  error: null,
  success: null,
  dismissError: () => {},
});

let nextId = 1;

/** How long before the address changed a success still counts as the one that led there. */
const LED_TO_NAVIGATION_MS = 2000;

/**
 * `resetKey` (the route) clears a stale error when the user moves to another screen; `resetAt` is when the address
 * changed to it (Date.now()), which may be well before the screen is drawn when its code is slow to come.
 */
export function NoticesProvider({ children, resetKey, resetAt }: { children: ReactNode; resetKey?: string; resetAt?: number }) {
  const [error, setError] = useState<Notice | null>(null);
  const [success, setSuccess] = useState<Notice | null>(null);

  // A success that led to the navigation (e.g. "Vergadering aangemaakt") stays; older ones and errors go.
  useEffect(() => {
    setError(null);
    const changedAt = resetAt ?? Date.now();
    setSuccess((s) => (s && s.at > changedAt - LED_TO_NAVIGATION_MS ? s : null));
  }, [resetKey, resetAt]);

  const api = useMemo<NoticesApi>(() => {
    const showError = (message: string) => {
      setSuccess(null);
      setError({ id: nextId++, message, at: Date.now() });
    };
    const showSuccess = (message: string) => {
      setError(null);
      setSuccess({ id: nextId++, message, at: Date.now() });
    };
    return {
      showError,
      showSuccess,
      clear: () => {
        setError(null);
        setSuccess(null);
      },
      async run(work, successMessage) {
        setError(null);
        try {
          const value = await work();
          if (successMessage) showSuccess(typeof successMessage === 'function' ? successMessage(value) : successMessage);
          return { ok: true, value };
        } catch (e) {
          showError(errorMessage(e));
          return { ok: false };
        }
      },
    };
  }, []);

  // Success messages fade after a while so they do not cover the work; errors stay until dismissed.
  useEffect(() => {
    if (!success) return;
    const timer = setTimeout(() => setSuccess(null), 8000);
    return () => clearTimeout(timer);
  }, [success]);

  const state = useMemo(() => ({ error, success, dismissError: () => setError(null) }), [error, success]);

  return (
    <NoticesContext.Provider value={api}>
      <NoticesStateContext.Provider value={state}>{children}</NoticesStateContext.Provider>
    </NoticesContext.Provider>
  );
}

export function useNotices(): NoticesApi {
  const api = useContext(NoticesContext);
  if (!api) throw new Error('useNotices needs a NoticesProvider');
  return api;
}

/** The two live regions; fixed to the bottom of the window so they are seen wherever the user is working. */
export function NoticeRegions() {
  const { error, success, dismissError } = useContext(NoticesStateContext);
  return (
    <div className="notices">
      <div role="alert" className={error ? 'notice notice-error' : 'notice-empty'}>
        {error && (
          <>
            <p key={error.id}>{error.message}</p>
            <button type="button" className="button-quiet" onClick={dismissError}>
              Melding sluiten
            </button>
          </>
        )}
      </div>
      <div role="status" aria-live="polite" className={success ? 'notice notice-success' : 'notice-empty'}>
        {success && <p key={success.id}>{success.message}</p>}
      </div>
    </div>
  );
}
