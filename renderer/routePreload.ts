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
  // A failed load is React.lazy's to report (it tries again when the screen renders); nothing is lost here.
  return lazyScreenOf(route)?.preload().catch(() => {}) ?? Promise.resolve();
}
