// The routes of plans, interventions, registers, wijkprofielen, indicators, charts and reports (issue 4).
// Kept apart from router.ts so that file only merges them in: one union member, one spread, one parse line.
import { REGISTER_KINDS, type RegisterKind } from '../../shared/registers';
import type { KeurmerkSubject } from '../../shared/keurmerk';

export type MonitoringRoute =
  | { name: 'interventions' }
  | { name: 'intervention'; id: string }
  | { name: 'plans' }
  | { name: 'keurmerk'; subject: KeurmerkSubject }
  | { name: 'ambitions' }
  | { name: 'knelpunten' }
  | { name: 'registers'; kind: RegisterKind | null; interventionId: string | null }
  | { name: 'wijken' }
  | { name: 'indicators' }
  | { name: 'charts'; indicatorId: number | null }
  | { name: 'reports' }
  | { name: 'money' };

export type MonitoringRouteName = MonitoringRoute['name'];

const ROUTE_NAMES: readonly MonitoringRouteName[] = [
  'interventions',
  'intervention',
  'plans',
  'keurmerk',
  'ambitions',
  'knelpunten',
  'registers',
  'wijken',
  'indicators',
  'charts',
  'reports',
  'money',
];

export function isMonitoringRoute(route: { name: string }): route is MonitoringRoute {
  return (ROUTE_NAMES as readonly string[]).includes(route.name);
}

/** The URL word of each register ("#/registers/normen"). */
export const REGISTER_SLUGS: Record<RegisterKind, string> = {
  ervaringsverhaal: 'ervaringsverhalen',
  bewonersfeedback: 'bewonersfeedback',
  leerpunt: 'leerpunten',
  norm: 'normen',
  succes: 'successen',
};

export const monitoringPaths = {
  interventions: () => '#/interventies',
  intervention: (id: string) => `#/interventies/${encodeURIComponent(id)}`,
  plans: () => '#/plannen',
  keurmerk: (s: KeurmerkSubject) =>
    s.kind === 'plan' ? `#/plannen/${s.id}/keurmerk` : `#/interventies/${encodeURIComponent(s.id)}/keurmerk`,
  ambitions: () => '#/ambities',
  knelpunten: () => '#/knelpunten',
  registers: (kind?: RegisterKind | null, interventionId?: string | null) =>
    `#/registers${kind ? `/${REGISTER_SLUGS[kind]}` : ''}${interventionId ? `?interventie=${encodeURIComponent(interventionId)}` : ''}`,
  wijken: () => '#/wijken',
  indicators: () => '#/indicatoren',
  charts: (indicatorId?: number | null) => `#/grafieken${indicatorId ? `?indicator=${indicatorId}` : ''}`,
  reports: () => '#/rapportages',
  money: () => '#/financien',
};

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The route for a path of this area, or null when the path is not one of them. */
export function parseMonitoringPath(path: string, query: URLSearchParams): MonitoringRoute | null {
  if (path === '/interventies') return { name: 'interventions' };
  if (path === '/plannen') return { name: 'plans' };
  if (path === '/ambities') return { name: 'ambitions' };
  if (path === '/knelpunten') return { name: 'knelpunten' };
  if (path === '/wijken') return { name: 'wijken' };
  if (path === '/indicatoren') return { name: 'indicators' };
  if (path === '/rapportages') return { name: 'reports' };
  if (path === '/financien') return { name: 'money' };
  if (path === '/grafieken') {
    const n = Number(query.get('indicator'));
    return { name: 'charts', indicatorId: Number.isSafeInteger(n) && n > 0 ? n : null };
  }
  const planKeurmerk = /^\/plannen\/(\d{1,15})\/keurmerk$/.exec(path);
  if (planKeurmerk) {
    const id = Number(planKeurmerk[1]);
    return Number.isSafeInteger(id) && id > 0 ? { name: 'keurmerk', subject: { kind: 'plan', id } } : null;
  }
  const interventionKeurmerk = /^\/interventies\/([^/]{1,300})\/keurmerk$/.exec(path);
  if (interventionKeurmerk) {
    const id = decode(interventionKeurmerk[1]!);
    return id && id.length <= 100 ? { name: 'keurmerk', subject: { kind: 'interventie', id } } : null;
  }
  const intervention = /^\/interventies\/([^/]{1,300})$/.exec(path);
  if (intervention) {
    const id = decode(intervention[1]!);
    if (id && id.length <= 100) return { name: 'intervention', id };
    return null;
  }
  const registers = /^\/registers(?:\/([a-z]+))?$/.exec(path);
  if (registers) {
    const interventionId = query.get('interventie')?.trim() || null;
    if (!registers[1]) return { name: 'registers', kind: null, interventionId };
    const kind = REGISTER_KINDS.find((k) => REGISTER_SLUGS[k] === registers[1]);
    return kind ? { name: 'registers', kind, interventionId } : null;
  }
  return null;
}
