// Per route, what its screen needs before it can draw — its lazily loaded code and, for meeting mode, its data —
// asked for as soon as the route is known, so code and data come in parallel rather than one after the other:
// at start-up before React and the app frame are evaluated (startup.ts), and on a route change as the address
// changes, before the transition that shows the next screen renders (useRouteHash).
import type { Call } from './api';
import { parseHash } from './router';
import { prefetchMeetingMode } from './meetingmode/meetingModeData';
import { lazyScreenOf } from './screens/lazyScreens';

let lastHash: string | null = null;

/** Starts loading the route's screen code and data, once per route hash in a row; resolves when the code is there. */
export function preloadRoute(hash: string, call: Call): Promise<void> {
  const route = parseHash(hash);
  if (hash !== lastHash) {
    lastHash = hash;
    if (route.name === 'meetingMode') prefetchMeetingMode(call, route.id);
  }
  // A failed load is reported when the screen renders (ScreenErrorBoundary offers a reload); nothing is lost here.
  return lazyScreenOf(route)?.preload().catch(() => {}) ?? Promise.resolve();
}

/**
 * Starts loading the code of the screen behind an app link that the pointer rests on or the keyboard reaches, so it
 * is usually here by the time the link is followed. Code only: the data is asked for when the route changes, so it
 * is fresh. Returns the function that stops it.
 */
export function preloadOnLinkIntent(target: Document = document): () => void {
  const warm = (event: Event) => {
    const href = event.target instanceof Element ? event.target.closest('a[href^="#/"]')?.getAttribute('href') : null;
    // A failed load is reported when the screen renders (ScreenErrorBoundary offers a reload); nothing is lost here.
    if (href) void lazyScreenOf(parseHash(href))?.preload().catch(() => {});
  };
  target.addEventListener('pointerover', warm, { passive: true });
  target.addEventListener('focusin', warm);
  return () => {
    target.removeEventListener('pointerover', warm);
    target.removeEventListener('focusin', warm);
  };
}
