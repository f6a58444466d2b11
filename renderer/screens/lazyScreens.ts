// The screens that load when first visited (the meetings list, the first screen, is in the main bundle). One place
// for them, so the app frame draws them and start-up can load the one in the address before the frame is there.
import { lazyScreen } from '../lazyScreen';
import { isMonitoringRoute } from '../monitoring/routes';
import { monitoringScreens } from '../monitoring/screens';
import type { Route } from '../router';

export const screens = {
  meeting: lazyScreen(() => import('./MeetingScreen')),
  meetingMode: lazyScreen(() => import('./MeetingModeScreen')),
  coalition: lazyScreen(() => import('./CoalitionScreen')),
  body: lazyScreen(() => import('./BodyScreen')),
  year: lazyScreen(() => import('./YearScreen')),
  templates: lazyScreen(() => import('./TemplateScreen')),
  steering: lazyScreen(() => import('./SteeringScreen')),
  actions: lazyScreen(() => import('./ActionsScreen')),
  decisions: lazyScreen(() => import('./DecisionsScreen')),
  search: lazyScreen(() => import('./SearchScreen')),
  projector: lazyScreen(() => import('./ProjectorScreen')),
  beheer: lazyScreen(() => import('./BeheerScreen')),
  avg: lazyScreen(() => import('./AvgScreen')),
};

/** The lazily loaded screen of a route, to load ahead; null for the screens in the main bundle. */
export function lazyScreenOf(route: Route): { preload(): Promise<void> } | null {
  if (isMonitoringRoute(route)) return monitoringScreens[route.name];
  return route.name in screens ? screens[route.name as keyof typeof screens] : null;
}
