// The browser's sign-in to the web host (see main/web/sessions.ts): the page served for a one-time link carries a
// session key in a <meta> element. It is moved to sessionStorage (which belongs to this origin, host and port, and
// this window), the token is taken out of the address, and every call sends the key in a header.
import { SESSION_HEADER, SESSION_META, SESSION_STORAGE_KEY as STORAGE_KEY, SIGN_IN_LINK_PATH, type SignInLink } from '../shared/web-session';

/** Picks up the session key of a fresh sign-in, and leaves no token in the address bar or the back history. */
export function adoptWebSession(): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${SESSION_META}"]`);
  if (meta) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, meta.content);
    } catch {
      // Storage refused (a privacy setting): calls will answer "Geen toegang" with what to do.
    }
    meta.remove();
  }
  if (new URLSearchParams(window.location.search).has('token')) {
    window.history.replaceState(window.history.state, '', `/${window.location.hash}`);
  }
}

/** The header that authorises a call from this window; empty before sign-in. */
export function sessionHeaders(): Record<string, string> {
  let key: string | null = null;
  try {
    key = window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    key = null;
  }
  return key ? { [SESSION_HEADER]: key } : {};
}

/** A fresh one-time link to a route of the app, for another window (it signs itself in); null when refused. */
export async function signInLink(hash: string): Promise<string | null> {
  try {
    const response = await fetch(SIGN_IN_LINK_PATH, { method: 'POST', credentials: 'same-origin', headers: sessionHeaders() });
    if (!response.ok) return null;
    const { url } = (await response.json()) as SignInLink;
    return `${url}${hash}`;
  } catch {
    return null;
  }
}
