// Hash routing, small on purpose: a handful of screens, browser back/forward for free (every hash change is a
// history entry), and it works the same under app://coalitietafel/ and http://127.0.0.1.
import { createContext, useEffect, useRef, useState, useTransition } from 'react';
import { leaveThen, unsavedWork } from './leaveGuard';
import { monitoringPaths, parseMonitoringPath, type MonitoringRoute } from './monitoring/routes';

export type Route =
  | { name: 'meetings' }
  | { name: 'meeting'; id: number; itemId: number | null }
  | { name: 'meetingMode'; id: number }
  | { name: 'projector'; id: number }
  | { name: 'coalition' }
  | { name: 'body'; id: number }
  | { name: 'year'; year: number | null }
  | { name: 'templates' }
  | { name: 'steering' }
  | { name: 'actions' }
  | { name: 'decisions' }
  | { name: 'search'; q: string }
  | { name: 'beheer' }
  | { name: 'avg' }
  | MonitoringRoute
  | { name: 'notFound' };

export const paths = {
  meetings: () => '#/vergaderingen',
  meeting: (id: number, itemId?: number | null) => `#/vergaderingen/${id}${itemId ? `?punt=${itemId}` : ''}`,
  meetingMode: (id: number) => `#/vergaderingen/${id}/vergadermodus`,
  projector: (id: number) => `#/vergaderingen/${id}/scherm`,
  coalition: () => '#/coalitie',
  body: (id: number) => `#/coalitie/overleggen/${id}`,
  year: (year?: number) => (year ? `#/jaarplanning/${year}` : '#/jaarplanning'),
  templates: () => '#/standaardagenda',
  steering: () => '#/sturingsvragen',
  actions: () => '#/acties',
  decisions: () => '#/besluiten',
  search: (q: string) => `#/zoeken?q=${encodeURIComponent(q)}`,
  beheer: () => '#/beheer',
  avg: () => '#/beheer/persoonsgegevens',
  ...monitoringPaths,
};

const positiveId = (s: string | undefined): number | null => {
  const n = Number(s);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const path = (queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/\/+$/, '');
  const query = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  if (path === '' || path === '/' || path === '/vergaderingen') return { name: 'meetings' };
  if (path === '/coalitie') return { name: 'coalition' };
  if (path === '/standaardagenda') return { name: 'templates' };
  if (path === '/sturingsvragen') return { name: 'steering' };
  if (path === '/acties') return { name: 'actions' };
  if (path === '/besluiten') return { name: 'decisions' };
  if (path === '/zoeken') return { name: 'search', q: (query.get('q') ?? '').trim() };
  if (path === '/beheer') return { name: 'beheer' };
  if (path === '/beheer/persoonsgegevens') return { name: 'avg' };
  if (path === '/jaarplanning') return { name: 'year', year: null };
  const y = /^\/jaarplanning\/(\d{4})$/.exec(path);
  if (y) {
    const year = Number(y[1]);
    if (year >= 2000 && year <= 2100) return { name: 'year', year };
  }
  const monitoring = parseMonitoringPath(path, query);
  if (monitoring) return monitoring;
  const body = positiveId(/^\/coalitie\/overleggen\/(\d{1,15})$/.exec(path)?.[1]);
  if (body) return { name: 'body', id: body };
  const m = /^\/vergaderingen\/(\d{1,15})(\/vergadermodus|\/scherm)?$/.exec(path);
  const id = positiveId(m?.[1]);
  if (m && id) {
    if (m[2] === '/vergadermodus') return { name: 'meetingMode', id };
    if (m[2] === '/scherm') return { name: 'projector', id };
    return { name: 'meeting', id, itemId: positiveId(query.get('punt') ?? undefined) };
  }
  return { name: 'notFound' };
}

/** Hashes that are not routes (e.g. "#inhoud" from the skip link) leave the current screen alone. */
let lastRouteHash = '';
const isRouteHash = (hash: string) => hash === '' || hash.startsWith('#/');
/** The route's hash in the address now (what useRouteHash starts from). */
export function routeHash(): string {
  if (isRouteHash(window.location.hash)) lastRouteHash = window.location.hash;
  return lastRouteHash;
}

// Set on navigation to the route's hash, taken by the heading of that route's screen so keyboard and screen-reader
// users land on it. Tied to the hash: the screen being left stays up while the next one loads, and a heading it
// draws anew meanwhile must not take the request.
let focusRequestedFor: string | null = null;
export function takeFocusRequest(screenHash: string): boolean {
  if (focusRequestedFor !== screenHash) return false;
  focusRequestedFor = null;
  return true;
}

/** The route hash of the screen a component is part of (App provides it around each screen). */
export const ScreenHashContext = createContext('');

/** A route the user chose to go to although the screen on view holds unsaved work: not asked about again. */
let leaveApprovedFor: string | null = null;

/** Goes to hash; the screen on view has been asked (or had nothing unsaved). */
function go(hash: string): void {
  leaveApprovedFor = hash;
  window.location.hash = hash;
}

/** A link to another screen, followed only once the user has chosen to leave what is not stored yet. */
function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const href = (event.target as Element | null)?.closest?.('a[href^="#/"]')?.getAttribute('href');
  if (!href || href === window.location.hash || unsavedWork().length === 0) return;
  event.preventDefault();
  leaveThen(() => go(href));
}

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    const target = window.location.hash;
    if (isRouteHash(target) && target !== lastRouteHash && target !== leaveApprovedFor && unsavedWork().length > 0) {
      // Back, forward or a typed address: the screen with unsaved work stays (its address put back without a
      // hashchange) and the user is asked whether to go on.
      history.pushState(history.state, '', `${window.location.href.replace(/#.*$/, '')}${lastRouteHash || '#/'}`);
      leaveThen(() => go(target));
      return;
    }
    leaveApprovedFor = null;
    if (isRouteHash(target) && target !== lastRouteHash) focusRequestedFor = target;
    onChange();
  };
  // hashchange alone: every route change, back and forward included, changes the hash. React finishes a transition
  // started in a popstate event at once (to restore the scroll position), which would show the "Laden…" placeholder.
  window.addEventListener('hashchange', listener);
  document.addEventListener('click', onLinkClick);
  return () => {
    window.removeEventListener('hashchange', listener);
    document.removeEventListener('click', onLinkClick);
  };
}

/**
 * The current route's hash, when the address changed to it (Date.now()), and whether the next route's screen is
 * still on its way; re-renders on back/forward and on navigate(), after onChange has been told the new hash. A route change is a transition: the screen on view stays
 * until the next one's code is here and is then replaced at once. Outside a transition, React would show the
 * "Laden…" fallback and keep it up for at least 300 ms (its throttle for revealing suspended content).
 */
export function useRouteHash(onChange?: (hash: string) => void): { hash: string; changedAt: number; pending: boolean } {
  const [{ hash, changedAt }, setRoute] = useState(() => ({ hash: routeHash(), changedAt: Date.now() }));
  const [pending, startTransition] = useTransition();
  const changed = useRef(onChange);
  changed.current = onChange;
  useEffect(() => {
    const follow = () => {
      const next = routeHash();
      // When the address changed, not when the next screen could be drawn: what happened just before is told apart
      // by it, however long the next screen's code takes.
      const at = Date.now();
      // Told at once, not when the transition renders: the next screen's code and data can be asked for already.
      changed.current?.(next);
      startTransition(() => setRoute({ hash: next, changedAt: at }));
    };
    const unsubscribe = subscribe(follow);
    // A change between the first render and this subscription.
    if (routeHash() !== hash) follow();
    return unsubscribe;
  }, []);
  return { hash, changedAt, pending };
}

/** Goes to another screen, asking first when the screen on view holds unsaved work. */
export function navigate(hash: string): void {
  if (window.location.hash === hash) return;
  leaveThen(() => go(hash));
}
