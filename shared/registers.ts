// Domain types and Dutch labels for plans, interventions (with the monitoring chain), the registers the
// vinkjes ask about, wijk profiles, indicators, the evidence shown in a review, charts and reports (issue 4).
// No platform imports here.
import type { Answer, InterventionKind } from './domain';
import type { Grondslag } from './grondslag';
import type { NamedRef } from './refs';

export type { NamedRef };

// ---- Plans ----

export const PLAN_KINDS = ['gebiedsplan', 'uitvoeringsprogramma', 'wijkuitvoeringsplan', 'projectplan', 'aan-de-slag'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  gebiedsplan: 'Gebiedsplan',
  uitvoeringsprogramma: 'Uitvoeringsprogramma',
  wijkuitvoeringsplan: 'Wijkuitvoeringsplan',
  projectplan: 'Projectplan',
  'aan-de-slag': 'Aan de slag (spoor)',
};

export const PLAN_STATUSES = ['concept', 'vastgesteld', 'lopend', 'afgerond'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  concept: 'Concept',
  vastgesteld: 'Vastgesteld',
  lopend: 'Lopend',
  afgerond: 'Afgerond',
};

export interface Plan {
  id: number;
  kind: PlanKind;
  title: string;
  periodFrom: string | null; // YYYY-MM-DD
  periodTo: string | null; // YYYY-MM-DD
  status: PlanStatus;
  description: string;
  themeIds: string[];
  wijkIds: string[];
  interventionIds: string[];
  /** Who carries the plan (a person, body or organisation, as the coalition writes it); '' when no one yet. */
  owner: string;
  /** Percentage done, 0–100; null while not estimated. */
  progress: number | null;
  /** The "aan de slag" track this plan is (its key in the area plan), or null for other plans. */
  trackKey: string | null;
  /** The plan's own wording and caveats for a seeded track. */
  planNote: string | null;
  updatedAt: string;
}

// ---- Interventions and the monitoring chain ----

export const INTERVENTION_STATUSES = ['idee', 'gepland', 'lopend', 'structureel', 'afgerond', 'gestopt'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];
export const INTERVENTION_STATUS_LABELS: Record<InterventionStatus, string> = {
  idee: 'Idee',
  gepland: 'Gepland',
  lopend: 'Lopend',
  structureel: 'Structureel',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
};
/** Statuses whose trekkers still count towards a theme's two trekkers (H5). */
export const ACTIVE_INTERVENTION_STATUSES: readonly InterventionStatus[] = ['idee', 'gepland', 'lopend', 'structureel'];

export const INTERVENTION_KIND_LABELS: Record<InterventionKind, string> = {
  'lopend initiatief': 'Lopend initiatief',
  koppelkans: 'Koppelkans',
  'aanvullende kans': 'Aanvullende kans',
};

/** The plan (H5): per theme at least two professionals paired as trekkers. */
export const MIN_TREKKERS_PER_THEME = 2;

/** Step 5 of the chain: did we do what we agreed? One agreed-vs-delivered row. */
export interface Prestatie {
  id: number;
  interventionId: string;
  description: string;
  agreedNumber: number | null;
  agreedText: string;
  deliveredNumber: number | null;
  deliveredText: string;
  period: string; // free, e.g. "2025" or "2025-Q2"; may be empty
  position: number;
}

/** The chain from doel to maatschappelijke impact (H4), as the programmateam fills it in. */
export interface MonitoringChain {
  goal: string; // doelstellingen en criteria
  means: string; // middelen en activiteiten
  results: string; // resultaten
  impact: string; // maatschappelijke impact
}

export interface InterventionListEntry {
  id: string;
  title: string;
  kind: InterventionKind;
  status: InterventionStatus;
  summary: string;
  parentId: string | null;
  themeIds: string[];
  /** The plan assigns no theme; these were inferred (shown as such). */
  themesInferred: boolean;
  wijkIds: string[];
  trekkers: NamedRef[];
  /** How many prestaties are recorded, and how many of them delivered at least what was agreed. */
  prestatieCount: number;
  prestatiesMet: number;
}

export interface InterventionDetail extends InterventionListEntry, MonitoringChain {
  description: string;
  /** "Waarom maakt dit het verschil?" in the plan's words (koppelkansen). */
  why: string;
  /** The plan's own caveat: where a status or theme comes from. */
  planNote: string | null;
  /** Free-text partners as the area plan names them. */
  partners: string[];
  /** Coalition organisations taking part. */
  partnerOrganisations: NamedRef[];
  prestaties: Prestatie[];
  children: { id: string; title: string; kind: InterventionKind; status: InterventionStatus }[];
  planIds: number[];
  registerCounts: Record<RegisterKind, number>;
}

export interface ThemeTrekkerGap {
  themeId: string;
  themeName: string;
  trekkerCount: number;
  trekkers: NamedRef[];
}

// ---- Registers ----

export const REGISTER_KINDS = ['ervaringsverhaal', 'bewonersfeedback', 'leerpunt', 'norm', 'succes'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
export const REGISTER_KIND_LABELS: Record<RegisterKind, string> = {
  ervaringsverhaal: 'Ervaringsverhaal',
  bewonersfeedback: 'Bewonersfeedback',
  leerpunt: 'Leerpunt',
  norm: 'Norm',
  succes: 'Succes',
};
/** Plural labels for lists and summaries. */
export const REGISTER_KIND_PLURALS: Record<RegisterKind, string> = {
  ervaringsverhaal: 'ervaringsverhalen',
  bewonersfeedback: 'bewonersfeedback',
  leerpunt: 'leerpunten',
  norm: 'normen',
  succes: 'successen',
};

export const SOURCE_KINDS = ['bewoner', 'professional', 'organisatie'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  bewoner: 'Bewoner',
  professional: 'Professional',
  organisatie: 'Organisatie',
};

/** Vinkje 6: is the norm being kept (nageleefd)? */
export const NORM_KEPT = ['ja', 'deels', 'nee', 'onbekend'] as const;
export type NormKept = (typeof NORM_KEPT)[number];
export const NORM_KEPT_LABELS: Record<NormKept, string> = {
  ja: 'Nageleefd',
  deels: 'Deels nageleefd',
  nee: 'Niet nageleefd',
  onbekend: 'Onbekend of nageleefd',
};

/** Vinkje 7: was the success celebrated? */
export const CELEBRATED = ['ja', 'nee'] as const;
export type Celebrated = (typeof CELEBRATED)[number];

export interface RegisterEntry {
  id: number;
  kind: RegisterKind;
  date: string; // YYYY-MM-DD
  title: string;
  text: string;
  sourceKind: SourceKind;
  sourceName: string;
  /** Only for a norm. */
  kept: NormKept | null;
  /** Only for a succes. */
  celebrated: Celebrated | null;
  celebration: string;
  /** Why personal data in it may be kept (AVG); null where it names or quotes no one. */
  grondslag: Grondslag | null;
  /** When its personal content was erased (on request or after its retention term); null while it is whole. */
  erasedAt: string | null;
  themeIds: string[];
  wijkIds: string[];
  interventionIds: string[];
  /** How many decisions cite this entry; a cited entry cannot be removed. */
  citationCount: number;
  updatedAt: string;
}

// ---- Wijk profiles (vinkje 5) ----

export interface WijkProfile {
  id: string;
  name: string;
  /** What makes the wijk itself, in the words of the area plan or its residents. */
  identity: string;
  /** Kenmerken: buildings, people, history, facilities. */
  characteristics: string;
  /** Where the wijk is proud of ("Onze wijken: onze trots", H1). */
  pride: string;
  /** False where the plan does not establish that the wijk belongs to Groningen-Noord. */
  inArea: boolean;
  caveat: string | null;
  interventionCount: number;
  registerEntryCount: number;
}

// ---- Indicators ----

export const BETTER_DIRECTIONS = ['hoger', 'lager'] as const;
export type BetterDirection = (typeof BETTER_DIRECTIONS)[number];
export const BETTER_LABELS: Record<BetterDirection, string> = {
  hoger: 'Hoger is beter',
  lager: 'Lager is beter',
};

/** The area id for the city as a whole; every other area is a wijk id. */
export const CITY_AREA = 'groningen';
export const CITY_LABEL = 'Groningen (gemeente)';

export interface Indicator {
  id: number;
  themeId: string;
  name: string;
  unit: string;
  source: string;
  better: BetterDirection;
  description: string;
  valueCount: number;
  /** The latest period with a value, or null. */
  latestPeriod: string | null;
}

export interface IndicatorValue {
  id: number;
  indicatorId: number;
  area: string; // wijk id or "groningen"
  areaName: string;
  period: string; // "2024", "2024-Q1" or "2024-03"
  value: number;
  source: string;
}

export interface ImportRowError {
  /** The line in the file, counting the header as line 1. */
  line: number;
  message: string; // Dutch
}

export interface ImportSampleRow {
  line: number;
  indicatorId: number;
  indicatorName: string;
  area: string;
  areaName: string;
  period: string;
  value: number;
}

export interface ImportPreview {
  /** Rows that would be written. */
  rows: number;
  /** The first errors, in file order (at most IMPORT_ERROR_LIMIT). */
  errors: ImportRowError[];
  /** All errors, also those not listed. */
  errorCount: number;
  /** The first valid rows, to show before confirming. */
  sample: ImportSampleRow[];
}
export const IMPORT_ERROR_LIMIT = 200;
export const IMPORT_SAMPLE_SIZE = 10;
/**
 * Characters per part sent to indicators:importStart / importAppend. The web host takes request bodies up to
 * 1 MiB; a character costs at most 3 bytes in UTF-8 (2 for an escaped newline or quote in JSON), so 300,000
 * characters always fit. A 100,000-row export (~3.5 MB) goes across in about a dozen parts.
 */
export const IMPORT_CHUNK_CHARS = 300_000;

export interface ImportResult {
  written: number;
  inserted: number;
  updated: number;
  skipped: number;
}

export interface ImportProgress {
  importId: string;
  /** All parts received (the last part came without more: true). */
  complete: boolean;
  /** Data rows received so far; final once complete. */
  total: number;
  /** Data rows checked and staged so far. */
  processed: number;
  valid: number;
  errorCount: number;
  /** Complete and every row checked: ready for importReport and importFinish. */
  done: boolean;
}

// ---- Evidence in the review ----

export type EvidenceMatch = 'interventie' | 'thema' | 'wijk';

/** Per vinkje the review lists at most this many register entries (the newest), plus those already cited. */
export const EVIDENCE_LIMIT = 10;
/** The most a caller may ask for per vinkje. */
export const EVIDENCE_MAX_LIMIT = 100;

export interface EvidenceEntry extends RegisterEntry {
  /** Why it is shown: linked to one of the decision's interventions, themes or wijken. */
  matchedBy: EvidenceMatch[];
  /** Already cited in the answer to this vinkje. */
  cited: boolean;
}

export interface VinkjeEvidence {
  checklistItemId: number;
  key: string;
  position: number;
  question: string;
  /** Plain Dutch; says "niets vastgelegd" when the registers hold nothing for this vinkje. */
  summary: string;
  nothingOnRecord: boolean;
  /**
   * The newest matching entries (at most EVIDENCE_LIMIT, or the limit asked for), newest first, followed by any
   * entry already cited for this vinkje that is not among them — also when the lookup no longer finds it.
   */
  entries: EvidenceEntry[];
  /** How many entries match this vinkje in all (entries cited by hand that no longer match are not counted). */
  total: number;
  /** How many matching entries are not listed: "en N oudere vermeldingen". */
  more: number;
  /** Vinkje 2: the other themes the decision touches through its interventions. */
  otherThemes?: { id: string; name: string; viaInterventions: string[] }[];
  /** Vinkje 5: the profiles of the wijken involved. */
  wijken?: WijkProfile[];
}

export interface DecisionEvidence {
  agendaItemId: number;
  meetingId: number;
  meetingDate: string; // YYYY-MM-DD
  /** What the evidence was looked up for: the decision's own links plus what its interventions bring. */
  scope: { interventionIds: string[]; themeIds: string[]; wijkIds: string[] };
  vinkjes: VinkjeEvidence[];
}

// ---- Charts (data only; the renderer draws them and shows the same data as a table) ----

export type AnswerCounts = Record<Answer, number>;

export interface IndicatorSeries {
  area: string;
  areaName: string;
  isCity: boolean;
  /** Aligned with IndicatorChart.periods; null where no value is recorded. */
  values: (number | null)[];
  /** Wijk minus city in the first and last period both have a value; null for the city or without overlap. */
  gapFirst: number | null;
  gapLast: number | null;
  /** The plan's central question: is the wijk falling further behind the city? null when unknown. */
  fallingBehind: boolean | null;
}

export interface IndicatorChart {
  indicator: Indicator;
  themeName: string;
  periods: string[];
  series: IndicatorSeries[];
}

export interface VinkjesChart {
  from: string | null;
  to: string | null;
  meetings: { meetingId: number; title: string; startsAt: string }[];
  vinkjes: {
    position: number;
    key: string;
    question: string;
    totals: AnswerCounts;
    byMeeting: { meetingId: number; counts: AnswerCounts }[];
    byTheme: { themeId: string; themeName: string; counts: AnswerCounts }[];
  }[];
}

export interface InterventionsChart {
  statuses: InterventionStatus[];
  /**
   * One row per theme, and a last row "Zonder thema" (themeId null) for interventions without one; `inferred`:
   * how many of `total` have themes the area plan does not assign (the extraction inferred them).
   */
  rows: { themeId: string | null; themeName: string; counts: Record<InterventionStatus, number>; total: number; inferred: number; inDevelopment: boolean }[];
}

const joinAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);

/**
 * The plan's caveats on the count of interventions per theme, for the chart and the reports that show it:
 * themes inferred rather than assigned by the plan, and a theme still in development. Null when there are none.
 */
export function interventionsChartCaveat(chart: InterventionsChart): string | null {
  const inferred = chart.rows
    .filter((r) => r.inferred > 0)
    .map((r, n) => `${n === 0 ? 'het thema ' : ''}${r.themeName} bij ${r.inferred} van de ${r.total}${n === 0 ? ' interventies' : ''}`);
  const developing = chart.rows.filter((r) => r.inDevelopment).map((r) => r.themeName);
  const parts = [
    inferred.length > 0 ? `Niet elk thema komt uit het gebiedsplan; afgeleid is ${joinAnd(inferred)}.` : null,
    developing.length > 0 ? `${joinAnd(developing)} ${developing.length === 1 ? 'is' : 'zijn'} nog in ontwikkeling.` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

// ---- Reports in three layers (H4, "Gelaagdheid") ----

export const REPORT_LAYERS = [1, 2, 3] as const;
export type ReportLayer = (typeof REPORT_LAYERS)[number];
export const REPORT_LAYER_LABELS: Record<ReportLayer, string> = {
  1: 'Laag 1 — overzicht voor bewoners',
  2: 'Laag 2 — sturingsinformatie voor partners',
  3: 'Laag 3 — verantwoording aan het Rijk',
};

/** A report as blocks, so the in-app preview, Markdown, DOCX and PDF show the same thing. */
export type ReportBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] };

/** Limits on the charts the renderer sends along with a report export (drawn there: Node has no canvas). */
export const REPORT_CHART_LIMITS = {
  maxCharts: 6,
  maxTitle: 200,
  maxAlt: 2000,
  /** Characters of base64 per PNG: about 2 MB. */
  maxBase64: 2 * 1024 * 1024,
} as const;

/** A chart drawn in the renderer, as a PNG, with its title (the caption) and a Dutch description (the alt text). */
export interface ReportChart {
  title: string;
  alt: string;
  pngBase64: string;
}

/** A chart checked and decoded in the core: the PNG's bytes and its size in pixels (from the IHDR chunk). */
export interface ReportChartImage {
  title: string;
  alt: string;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface ReportDocument {
  layer: ReportLayer;
  year: number;
  wijkId: string | null;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  generatedAt: string; // ISO
}
