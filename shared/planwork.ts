// The plan's work in the app: the "aan de slag" tracks in the jaarplanning, and the monitoring chain per
// intervention from maatschappelijke trend to impact (H4). No platform imports here.
import type { Plan, Prestatie } from './registers';

// ---- "Aan de slag" tracks in the jaarplanning ----

export interface YearTrack {
  plan: Plan;
  /** Its period ended before this year while it is not afgerond: still on the table, and late. */
  overdue: boolean;
}

/**
 * The tracks the jaarplanning of a year shows: those whose period touches the year, and those that started
 * earlier and are not yet afgerond (a track does not drop off the planning because its half year is over).
 */
export function tracksForYear(tracks: readonly Plan[], year: number): YearTrack[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const shown: YearTrack[] = [];
  for (const plan of tracks) {
    if (plan.periodFrom !== null && plan.periodFrom > end) continue;
    const touches = plan.periodTo === null || plan.periodTo >= start;
    if (touches) shown.push({ plan, overdue: false });
    else if (plan.status !== 'afgerond') shown.push({ plan, overdue: true });
  }
  return shown;
}

/** "40%" or "niet ingeschat". */
export const progressLabel = (progress: number | null): string => (progress === null ? 'niet ingeschat' : `${progress}%`);

// ---- The monitoring chain (H4): trend → ambitie → doel → middelen → prestaties → resultaten → impact ----

/** The plan's general sentence for the first step, shown while an intervention names no trend of its own. */
export const PLAN_TREND =
  'We zien dat het in goede buurten steeds beter gaat en dat slechtere wijken verder afglijden, en dat willen we niet.';

export interface ChainIndicator {
  id: number;
  name: string;
  unit: string;
  themeId: string;
  valueCount: number;
}

export interface ChainAmbition {
  themeId: string;
  themeName: string;
  text: string;
}

export interface InterventionChainView {
  interventionId: string;
  title: string;
  /** The trend this intervention answers, in the coalition's words; '' when none is written yet. */
  trend: string;
  ambition: ChainAmbition | null;
  goal: string;
  means: string;
  prestaties: Prestatie[];
  results: string;
  impact: string;
  indicators: ChainIndicator[];
}

/** One theme's ambitie with the interventions that serve it and the indicators that follow the theme. */
export interface ThemeAmbition extends ChainAmbition {
  interventions: { id: string; title: string }[];
  indicatorCount: number;
}

/** The steps of the chain, in the order of the plan's text, for headings and the report. */
export const CHAIN_STEPS = [
  { key: 'trend', label: 'Maatschappelijke trend' },
  { key: 'ambition', label: 'Maatschappelijke ambitie' },
  { key: 'goal', label: 'Doelstellingen en criteria' },
  { key: 'means', label: 'Middelen en activiteiten' },
  { key: 'prestaties', label: 'Prestaties' },
  { key: 'results', label: 'Resultaten' },
  { key: 'impact', label: 'Maatschappelijke impact' },
] as const;

/** How many of the seven steps hold something: the chain "closes" when all do. */
export function chainFilled(view: InterventionChainView): number {
  const filled = [
    view.trend.trim() !== '',
    view.ambition !== null,
    view.goal.trim() !== '',
    view.means.trim() !== '',
    view.prestaties.length > 0,
    view.results.trim() !== '',
    view.impact.trim() !== '',
  ];
  return filled.filter(Boolean).length;
}
