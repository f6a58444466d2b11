// The programme's money and the partners' contributions: budget lines per year, in integer cents (never
// floats, so sums stay exact), with Dutch wording. Amounts are written "€ 1.250,00" everywhere: screens,
// reports and the CSV export.

/** What a line is: money (an amount), capacity (hours or FTE, optionally valued) or otherwise (text). */
export const CONTRIBUTION_KINDS = ['geld', 'capaciteit', 'anders'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  geld: 'Geld',
  capaciteit: 'Capaciteit (mensen)',
  anders: 'Op een andere manier',
};

/** Where the money comes from, as the plan's chapter on finances names the sources. */
export const FUNDING_SOURCES = ['nplv', 'regulier', 'extern', 'anders'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  nplv: 'NPLV-programmabudget',
  regulier: 'Regulier budget van de partner',
  extern: 'Externe bron of fonds',
  anders: 'Anders',
};

/** Needed (nobody has committed yet), committed, realised (spent or delivered). */
export const BUDGET_STATUSES = ['benodigd', 'toegezegd', 'gerealiseerd'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];
export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = {
  benodigd: 'Benodigd',
  toegezegd: 'Toegezegd',
  gerealiseerd: 'Gerealiseerd',
};

export const CAPACITY_UNITS = ['uur', 'fte'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** Largest amount a line may hold: € 999.999.999.999,99 — far beyond any budget, well inside exact integers. */
export const MAX_CENTS = 99_999_999_999_999;

export interface BudgetLine {
  id: number;
  year: number;
  kind: ContributionKind;
  source: FundingSource;
  status: BudgetStatus;
  organisationId: number | null;
  organisationName: string | null;
  interventionId: string | null;
  interventionTitle: string | null;
  planId: number | null;
  planTitle: string | null;
  /** What it is for (the NPLV lines: what the programme budget is spent on). */
  purpose: string;
  /** Money: the amount; capacity: its optional valuation. In cents. */
  amountCents: number | null;
  /** Capacity in hundredths of the unit (0,5 fte → 50; 120 uur → 12000). */
  capacityHundredths: number | null;
  capacityUnit: CapacityUnit | null;
  /** The plan's own caveats on this line (e.g. years inferred), shown wherever the line is. */
  caveat: string | null;
  /** 'gebiedsplan' for the lines the embedded profile seeded; '' for the coalition's own. */
  origin: string;
  updatedAt: string;
}

export interface MoneyTotals {
  /** Money lines, by status. */
  cents: Record<BudgetStatus, number>;
  /** The valuation of capacity lines that have one, by status. */
  capacityValueCents: Record<BudgetStatus, number>;
  hours: number; // hundredths of an hour
  fte: number; // hundredths of an FTE
  otherCount: number;
}

export interface YearTotals extends MoneyTotals {
  year: number;
  /** Money lines by funding source (all statuses). */
  bySource: Record<FundingSource, number>;
  /** NPLV programme budget committed that year, and what of it was allocated to plans or interventions. */
  nplvBudgetCents: number;
  nplvAllocatedCents: number;
}

export interface OrganisationTotals extends MoneyTotals {
  organisationId: number;
  name: string;
  lineCount: number;
}

export interface MoneyOverview {
  years: YearTotals[];
  organisations: OrganisationTotals[];
  /** Coalition partners with no contribution named at all. */
  withoutContribution: { id: number; name: string }[];
  /** The plan's words on the NPLV budget and on execution, shown with the budget lines. */
  planFacts: NplvFacts | null;
}

export interface NplvFacts {
  text: string;
  execution: string;
  totalCaveat: string | null;
  yearsCaveat: string | null;
}

export interface BudgetImportRow {
  line: number;
  year: number;
  kind: ContributionKind;
  source: FundingSource;
  status: BudgetStatus;
  organisationName: string | null;
  interventionTitle: string | null;
  planTitle: string | null;
  purpose: string;
  amountCents: number | null;
  capacityHundredths: number | null;
  capacityUnit: CapacityUnit | null;
}

export interface BudgetImportPreview {
  rows: number;
  totalCents: number;
  errors: { line: number; message: string }[];
  errorCount: number;
  sample: BudgetImportRow[];
}

// ---- Formatting ----

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** 125000 → "€ 1.250,00"; exact for every integer number of cents. */
export function formatMoney(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const euros = Math.floor(abs / 100);
  const rest = abs - euros * 100;
  return `€ ${negative ? '-' : ''}${group(String(euros))},${String(rest).padStart(2, '0')}`;
}

/** 1250 → "12,5"; 50 → "0,5"; 12000 → "120": a quantity in hundredths, without trailing zeros. */
export function formatHundredths(n: number): string {
  const whole = Math.floor(n / 100);
  const rest = n - whole * 100;
  if (rest === 0) return group(String(whole));
  return `${group(String(whole))},${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** "0,5 fte", "120 uur". */
export function formatCapacity(hundredths: number, unit: CapacityUnit): string {
  return `${formatHundredths(hundredths)} ${unit}`;
}

/** What a line amounts to, in words: "€ 500.000,00", "0,5 fte (gewaardeerd op € 40.000,00)", or its text. */
export function describeLine(line: Pick<BudgetLine, 'kind' | 'amountCents' | 'capacityHundredths' | 'capacityUnit' | 'purpose'>): string {
  if (line.kind === 'geld') return formatMoney(line.amountCents ?? 0);
  if (line.kind === 'capaciteit' && line.capacityHundredths !== null && line.capacityUnit !== null) {
    const capacity = formatCapacity(line.capacityHundredths, line.capacityUnit);
    return line.amountCents !== null ? `${capacity} (gewaardeerd op ${formatMoney(line.amountCents)})` : capacity;
  }
  return line.purpose || 'Op een andere manier';
}

// ---- Reading what people type ----

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/**
 * A non-negative decimal with at most two decimals, as Dutch people write it, in hundredths: "1250", "1250,5",
 * "1.250,00", "1.250.000". Refuses what could mean two things ("1.250": thousands or 1,25?; "1,250") and the
 * English decimal point ("1250.50"), with a Dutch message that says how to write it.
 */
export function parseHundredths(input: string, label = 'Het bedrag'): Parsed {
  const s = input.trim().replace(/^€\s*/, '').replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: false, error: `${label} is leeg.` };
  if (/^[-−]/.test(s)) return { ok: false, error: `${label} kan niet negatief zijn.` };
  const example = 'Schrijf bijvoorbeeld 1250, 1250,50 of 1.250,50.';
  let whole: string;
  let fraction = '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)(?:,(\d{1,2}))?$/.exec(s))) {
    whole = m[1]!;
    fraction = m[2] ?? '';
  } else if ((m = /^(\d{1,3}(?:\.\d{3}){2,})(?:,(\d{1,2}))?$/.exec(s)) || (m = /^(\d{1,3}\.\d{3}),(\d{1,2})$/.exec(s))) {
    whole = m[1]!.replace(/\./g, '');
    fraction = m[2] ?? '';
  } else if (/^\d{1,3}\.\d{3}$/.test(s)) {
    return { ok: false, error: `"${input.trim()}" kan twee dingen betekenen (duizendtallen of een decimaalpunt). ${example}` };
  } else if (/^\d+\.\d{1,2}$/.test(s) || /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(s)) {
    return { ok: false, error: `Gebruik een komma voor de centen en eventueel punten voor duizendtallen. ${example}` };
  } else if (/^[\d.]*,\d{3,}$/.test(s)) {
    return { ok: false, error: `Na de komma horen hoogstens twee cijfers. ${example}` };
  } else {
    return { ok: false, error: `"${input.trim()}" is geen bedrag. ${example}` };
  }
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value) || value > MAX_CENTS) return { ok: false, error: `${label} is te groot.` };
  return { ok: true, value };
}

/** An amount in euros as typed, in cents. */
export const parseMoney = (input: string, label = 'Het bedrag'): Parsed => parseHundredths(input, label);

/** The value for an amount field: "1250,00" (no thousands dots, so it reads back the same). */
export function moneyInputValue(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  return `${euros},${String(cents - euros * 100).padStart(2, '0')}`;
}

/** The value for a capacity field: "0,5", "120". */
export const hundredthsInputValue = (n: number | null): string => (n === null ? '' : formatHundredths(n).replace(/\./g, ''));

export const emptyTotals = (): MoneyTotals => ({
  cents: { benodigd: 0, toegezegd: 0, gerealiseerd: 0 },
  capacityValueCents: { benodigd: 0, toegezegd: 0, gerealiseerd: 0 },
  hours: 0,
  fte: 0,
  otherCount: 0,
});

/** Adds one line to running totals; integer additions only. */
export function addToTotals(t: MoneyTotals, line: Pick<BudgetLine, 'kind' | 'status' | 'amountCents' | 'capacityHundredths' | 'capacityUnit'>): void {
  if (line.kind === 'geld') t.cents[line.status] += line.amountCents ?? 0;
  else if (line.kind === 'capaciteit') {
    if (line.amountCents !== null) t.capacityValueCents[line.status] += line.amountCents;
    if (line.capacityUnit === 'fte') t.fte += line.capacityHundredths ?? 0;
    else t.hours += line.capacityHundredths ?? 0;
  } else t.otherCount++;
}
