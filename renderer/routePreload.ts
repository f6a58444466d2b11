// Per route, the data a lazily loaded screen needs, requested when the route changes, so the screen's chunk
// and its data come in parallel rather than one after the other.
import { useRef } from 'react';
import type { Call } from './api';
import type { Route } from './router';
import { prefetchMeetingMode } from './meetingmode/meetingModeData';

function preload(route: Route, call: Call): void {
  if (route.name === 'meetingMode') prefetchMeetingMode(call, route.id);
}

/** Starts the preload once per route hash, during the render that first shows it (before React.lazy resolves). */
export function useRoutePreload(hash: string, route: Route, call: Call): void {
  const done = useRef<string | null>(null);
  if (done.current === hash) return;
  done.current = hash;
  preload(route, call);
}
