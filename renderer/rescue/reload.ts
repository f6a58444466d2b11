// After a restore (or a successful retry) the whole app starts again from the store: every screen, the
// rescue banner and the header reload their data. What the core said about the restore (where the
// replaced database was kept) must survive that reload, so it waits in sessionStorage for one read.
const KEY = 'coalitietafel.herstelmelding';

/** Keeps a Dutch message for the first screen after the reload. */
export function rememberAfterReload(message: string): void {
  try {
    window.sessionStorage.setItem(KEY, message);
  } catch {
    // storage refused (private mode, odd protocol): the reload still happens, the message is lost
  }
}

/** The message kept before the reload, once; null when there is none. */
export function takeAfterReloadMessage(): string | null {
  try {
    const message = window.sessionStorage.getItem(KEY);
    if (message !== null) window.sessionStorage.removeItem(KEY);
    return message;
  } catch {
    return null;
  }
}

/** In the desktop app main reloads the window (it refuses navigations the page starts); in the browser the page does. */
export function reloadApp(): void {
  const host = window.coalitieHost;
  if (host) void host.reload();
  else window.location.reload();
}
