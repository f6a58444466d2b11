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

// ---- Koppelkansen "als een treintje" ----

/** The plan's one criterion for a new koppelkans (H3), asked when one is added. */
export const KOPPELKANS_CRITERION =
  'Hoe draagt deze koppelkans bij aan het vergroten van de kansen en mogelijkheden voor de bewoners van Groningen-Noord?';

export interface LinkedIntervention {
  id: string;
  title: string;
  kind: string;
  note: string;
  /** The plan itself relates the two. */
  fromPlan: boolean;
}

export interface KoppelkansLinks {
  interventionId: string;
  /** The answer to the criterion for a koppelkans added in the app; null for the plan's own. */
  criterion: string | null;
  links: LinkedIntervention[];
}

// ---- Knelpunten of the Doorbraakmethode ----

export const KNELPUNT_STATUSES = ['open', 'in behandeling', 'opgelost', 'niet oplosbaar'] as const;
export type KnelpuntStatus = (typeof KNELPUNT_STATUSES)[number];
export const KNELPUNT_STATUS_LABELS: Record<KnelpuntStatus, string> = {
  open: 'Open',
  'in behandeling': 'In behandeling',
  opgelost: 'Opgelost',
  'niet oplosbaar': 'Niet oplosbaar',
};
/** The koppelkans whose register this is: the method that makes system bottlenecks visible. */
export const DOORBRAAK_ID = 'doorbraakmethode';

export interface Knelpunt {
  id: number;
  interventionId: string;
  raisedOn: string; // YYYY-MM-DD
  title: string;
  description: string;
  raisedBy: string;
  owner: string;
  status: KnelpuntStatus;
  followUp: string;
  /** Where it was escalated to, while that agenda item exists. */
  agenda: { meetingId: number; meetingTitle: string; startsAt: string; agendaItemId: number } | null;
  escalatedAt: string | null;
}

/** What a knelpunt's form and the register's store write: the knelpunt without what the register adds. */
export type KnelpuntFields = Pick<Knelpunt, 'raisedOn' | 'title' | 'description' | 'raisedBy' | 'owner' | 'status' | 'followUp'>;

// ---- The three sturingsvragen per coalition meeting ----

export const STEERING_ASSESSMENTS = ['ja', 'deels', 'nee'] as const;
export type SteeringAssessment = (typeof STEERING_ASSESSMENTS)[number];
export const STEERING_ASSESSMENT_LABELS: Record<SteeringAssessment, string> = { ja: 'Ja', deels: 'Deels', nee: 'Nee' };

export interface SteeringAnswers {
  meetingId: number;
  focus: SteeringAssessment | null;
  focusNote: string;
  rightThings: SteeringAssessment | null;
  rightThingsNote: string;
  goingWell: string;
  toAdjust: string;
  answeredAt: string;
}

export interface SteeringColumn {
  meetingId: number;
  title: string;
  startsAt: string;
  adopted: boolean;
  answers: SteeringAnswers | null;
}

/** The three sturingsvragen in the plan's words (H7, Jaarplanning); the third is split into its two halves. */
export const STEERING_QUESTIONS = {
  focus: 'Ligt de focus bij iedereen nog op Groningen-Noord?',
  rightThings: 'Zijn we nog met de juiste dingen bezig?',
  third: 'Wat loopt goed en waar hebben we nog keuzes te maken of moeten we bijsturen?',
  goingWell: 'Wat loopt goed?',
  toAdjust: 'Waar hebben we nog keuzes te maken of moeten we bijsturen?',
} as const;
