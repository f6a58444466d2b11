// The top bar: one link per area, and which area each route belongs to. Pages within an area (a meeting,
// the standaardagenda, the monitoring pages) highlight their area; Monitoring has its own row for its pages.
import { paths, type Route } from './router';
import { isMonitoringRoute } from './monitoring/routes';

export const NAV_AREAS = [
  { name: 'meetings', href: paths.meetings(), label: 'Vergaderingen' },
  { name: 'year', href: paths.year(), label: 'Jaarplanning' },
  { name: 'actions', href: paths.actions(), label: 'Actielijst' },
  { name: 'decisions', href: paths.decisions(), label: 'Besluitenlijst' },
  { name: 'monitoring', href: paths.interventions(), label: 'Monitoring' },
  { name: 'coalition', href: paths.coalition(), label: 'Coalitie' },
  { name: 'beheer', href: paths.beheer(), label: 'Beheer' },
] as const;

export type NavArea = (typeof NAV_AREAS)[number]['name'];

/** The area a route belongs to; null for search results and unknown addresses, which belong to none. */
export function areaOf(route: Route): NavArea | null {
  if (isMonitoringRoute(route)) return 'monitoring';
  switch (route.name) {
    case 'meetings':
    case 'meeting':
    case 'meetingMode':
    case 'projector':
      return 'meetings';
    case 'year':
    case 'templates':
    case 'steering':
      return 'year';
    case 'actions':
      return 'actions';
    case 'decisions':
      return 'decisions';
    case 'coalition':
    case 'body':
      return 'coalition';
    case 'beheer':
    case 'avg':
      return 'beheer';
    case 'search':
    case 'notFound':
      return null;
  }
}
