// Hash routing, small on purpose: four screens, browser back/forward for free (every hash change is a
// history entry), and it works the same under app://coalitietafel/ and http://127.0.0.1.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'meetings' }
  | { name: 'meeting'; id: number }
  | { name: 'meetingMode'; id: number }
  | { name: 'coalition' }
  | { name: 'notFound' };

export const paths = {
  meetings: () => '#/vergaderingen',
  meeting: (id: number) => `#/vergaderingen/${id}`,
  meetingMode: (id: number) => `#/vergaderingen/${id}/vergadermodus`,
  coalition: () => '#/coalitie',
};

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/' || path === '/vergaderingen') return { name: 'meetings' };
  if (path === '/coalitie') return { name: 'coalition' };
  const m = /^\/vergaderingen\/(\d{1,15})(\/vergadermodus)?$/.exec(path);
  if (m) {
    const id = Number(m[1]);
    if (id > 0) return m[2] ? { name: 'meetingMode', id } : { name: 'meeting', id };
  }
  return { name: 'notFound' };
}

/** Hashes that are not routes (e.g. "#inhoud" from the skip link) leave the current screen alone. */
let lastRouteHash = '';
const isRouteHash = (hash: string) => hash === '' || hash.startsWith('#/');
function routeHash(): string {
  if (isRouteHash(window.location.hash)) lastRouteHash = window.location.hash;
  return lastRouteHash;
}

// Set on navigation, taken by the next screen heading so keyboard and screen-reader users land on it.
let focusRequested = false;
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    if (isRouteHash(window.location.hash) && window.location.hash !== lastRouteHash) focusRequested = true;
    onChange();
  };
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current route's hash; re-renders on back/forward and on navigate(). */
export function useRouteHash(): string {
  return useSyncExternalStore(subscribe, routeHash, () => '');
}

export function navigate(hash: string): void {
  if (window.location.hash === hash) return;
  window.location.hash = hash;
}
