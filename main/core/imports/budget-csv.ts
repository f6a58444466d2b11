// Reads budget lines from CSV: jaar, soort, status and, as the kind asks, bedrag, capaciteit with eenheid, or
// omschrijving; optionally bron, organisatie, interventie and plan. Pure functions: the service supplies the
// lookups and writes nothing unless every line is good. The CSV export writes the same columns.
import {
  BUDGET_STATUSES,
  CONTRIBUTION_KINDS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  parseHundredths,
  parseMoney,
  type BudgetImportRow,
  type BudgetStatus,
  type CapacityUnit,
  type ContributionKind,
  type FundingSource,
} from '../../../shared/money';
import type { CsvRecord } from './csv-records';

// "kanttekening": the plan's caveat on a line (such as years inferred), so it travels with the line out and back in.
export const BUDGET_COLUMNS = ['jaar', 'soort', 'bron', 'status', 'organisatie', 'interventie', 'plan', 'omschrijving', 'bedrag', 'capaciteit', 'eenheid', 'kanttekening'] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];
const REQUIRED: readonly BudgetColumn[] = ['jaar', 'soort', 'status'];
const ALIASES: Partial<Record<BudgetColumn, readonly string[]>> = {
  bedrag: ['bedrag (€)', 'bedrag in euro', 'euro'],
  omschrijving: ['waarvoor', 'toelichting'],
  organisatie: ['partner'],
  bron: ['financieringsbron'],
};

export type BudgetHeader = Record<BudgetColumn, number>;

const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function readBudgetHeader(fields: readonly string[]): BudgetHeader | { error: string } {
  const names = fields.map(normalise);
  const header = {} as BudgetHeader;
  for (const c of BUDGET_COLUMNS) header[c] = names.findIndex((n) => n === c || (ALIASES[c] ?? []).includes(n));
  const missing = REQUIRED.filter((c) => header[c] < 0);
  if (missing.length > 0) {
    return {
      error:
        `De kopregel mist ${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${missing.map((c) => `"${c}"`).join(', ')}. ` +
        `Verwacht worden de kolommen ${BUDGET_COLUMNS.join(', ')} (met ; of , ertussen); jaar, soort en status zijn verplicht.`,
    };
  }
  if (header.bedrag < 0 && header.capaciteit < 0 && header.omschrijving < 0) {
    return { error: 'De kopregel mist een kolom "bedrag", "capaciteit" of "omschrijving": zonder die kolommen staat er niets in een regel.' };
  }
  return header;
}

export interface BudgetLookups {
  organisations: Map<string, { id: number; name: string }>;
  interventions: Map<string, { id: string; title: string }>;
  plans: Map<string, { id: number; title: string }>;
}

export function buildBudgetLookups(
  organisations: readonly { id: number; name: string }[],
  interventions: readonly { id: string; title: string }[],
  plans: readonly { id: number; title: string }[],
): BudgetLookups {
  const byIntervention = new Map<string, { id: string; title: string }>();
  for (const i of interventions) {
    byIntervention.set(normalise(i.id), i);
    byIntervention.set(normalise(i.title), i);
  }
  return {
    organisations: new Map(organisations.map((o) => [normalise(o.name), o])),
    interventions: byIntervention,
    plans: new Map(plans.map((p) => [normalise(p.title), p])),
  };
}

export interface CheckedBudgetRow extends BudgetImportRow {
  organisationId: number | null;
  interventionId: string | null;
  planId: number | null;
  caveat: string | null;
}

const SOURCE_WORDS = new Map<string, FundingSource>([
  ...FUNDING_SOURCES.map((s) => [s, s] as const),
  ...FUNDING_SOURCES.map((s) => [normalise(FUNDING_SOURCE_LABELS[s]), s] as const),
  ['npl', 'nplv'],
  ['regulier budget', 'regulier'],
  ['eigen budget', 'regulier'],
  ['extern fonds', 'extern'],
  ['fonds', 'extern'],
  ['overig', 'anders'],
]);
const KIND_WORDS = new Map<string, ContributionKind>([
  ...CONTRIBUTION_KINDS.map((k) => [k, k] as const),
  ['financieel', 'geld'],
  ['mensen', 'capaciteit'],
  ['capaciteit (mensen)', 'capaciteit'],
  ['op een andere manier', 'anders'],
  ['kennis', 'anders'],
]);
const UNIT_WORDS = new Map<string, CapacityUnit>([
  ['uur', 'uur'],
  ['uren', 'uur'],
  ['fte', 'fte'],
]);

const clip = (value: string, max = 60): string => (value.length > max ? `${value.slice(0, max)}…` : value);

export function checkBudgetRecord(record: CsvRecord, header: BudgetHeader, look: BudgetLookups): CheckedBudgetRow | { line: number; message: string } {
  const get = (c: BudgetColumn) => (header[c] < 0 ? '' : (record.fields[header[c]] ?? '').trim());
  const problems: string[] = [];

  const yearRaw = get('jaar');
  const year = /^\d{4}$/.test(yearRaw) && Number(yearRaw) >= 2000 && Number(yearRaw) <= 2100 ? Number(yearRaw) : null;
  if (yearRaw === '') problems.push('het jaar ontbreekt');
  else if (year === null) problems.push(`jaar "${clip(yearRaw)}" is geen jaar tussen 2000 en 2100`);

  const kindRaw = get('soort');
  const kind = KIND_WORDS.get(normalise(kindRaw)) ?? null;
  if (kindRaw === '') problems.push('de soort ontbreekt');
  else if (!kind) problems.push(`soort "${clip(kindRaw)}" is onbekend (gebruik geld, capaciteit of anders)`);

  const statusRaw = get('status');
  const status = (BUDGET_STATUSES as readonly string[]).includes(normalise(statusRaw)) ? (normalise(statusRaw) as BudgetStatus) : null;
  if (statusRaw === '') problems.push('de status ontbreekt');
  else if (!status) problems.push(`status "${clip(statusRaw)}" is onbekend (gebruik benodigd, toegezegd of gerealiseerd)`);

  const sourceRaw = get('bron');
  const source = sourceRaw === '' ? 'regulier' : (SOURCE_WORDS.get(normalise(sourceRaw)) ?? null);
  if (!source) problems.push(`bron "${clip(sourceRaw)}" is onbekend (gebruik nplv, regulier, extern of anders)`);

  const organisationRaw = get('organisatie');
  const organisation = organisationRaw === '' ? null : (look.organisations.get(normalise(organisationRaw)) ?? null);
  if (organisationRaw !== '' && !organisation) problems.push(`organisatie "${clip(organisationRaw)}" is geen partner van de coalitie (voeg die eerst toe bij Coalitie)`);

  const interventionRaw = get('interventie');
  const intervention = interventionRaw === '' ? null : (look.interventions.get(normalise(interventionRaw)) ?? null);
  if (interventionRaw !== '' && !intervention) problems.push(`interventie "${clip(interventionRaw)}" is onbekend`);

  const planRaw = get('plan');
  const plan = planRaw === '' ? null : (look.plans.get(normalise(planRaw)) ?? null);
  if (planRaw !== '' && !plan) problems.push(`plan "${clip(planRaw)}" is onbekend`);
  if (interventionRaw !== '' && planRaw !== '') problems.push('een regel hoort bij een interventie of bij een plan, niet bij allebei');

  const purpose = get('omschrijving');
  if (purpose.length > 2000) problems.push('de omschrijving is langer dan 2.000 tekens');
  const caveat = get('kanttekening');
  if (caveat.length > 2000) problems.push('de kanttekening is langer dan 2.000 tekens');

  let amountCents: number | null = null;
  const amountRaw = get('bedrag');
  if (amountRaw !== '') {
    const parsed = parseMoney(amountRaw);
    if (parsed.ok) amountCents = parsed.value;
    else problems.push(`bedrag: ${parsed.error[0]!.toLowerCase()}${parsed.error.slice(1).replace(/\.$/, '')}`);
  }
  let capacityHundredths: number | null = null;
  const capacityRaw = get('capaciteit');
  if (capacityRaw !== '') {
    const parsed = parseHundredths(capacityRaw, 'De capaciteit');
    if (parsed.ok && parsed.value > 0) capacityHundredths = parsed.value;
    else problems.push(parsed.ok ? 'de capaciteit is nul' : `capaciteit: ${parsed.error[0]!.toLowerCase()}${parsed.error.slice(1).replace(/\.$/, '')}`);
  }
  const unitRaw = get('eenheid');
  const unit = unitRaw === '' ? null : (UNIT_WORDS.get(normalise(unitRaw)) ?? null);
  if (unitRaw !== '' && !unit) problems.push(`eenheid "${clip(unitRaw)}" is onbekend (gebruik uur of fte)`);

  if (kind === 'geld') {
    if (amountRaw === '') problems.push('een regel van de soort geld heeft een bedrag nodig');
    if (capacityRaw !== '') problems.push('een regel van de soort geld heeft geen capaciteit');
  } else if (kind === 'capaciteit') {
    if (capacityRaw === '') problems.push('een regel van de soort capaciteit heeft uren of fte nodig');
    if (unitRaw === '') problems.push('geef de eenheid van de capaciteit: uur of fte');
  } else if (kind === 'anders') {
    if (purpose === '') problems.push('een regel van de soort anders heeft een omschrijving nodig');
    if (amountRaw !== '' || capacityRaw !== '') problems.push('een regel van de soort anders heeft geen bedrag of capaciteit');
  }

  if (problems.length > 0 || year === null || !kind || !status || !source) {
    const text = problems.join('; ');
    return { line: record.line, message: `${text[0]!.toUpperCase()}${text.slice(1)}.` };
  }
  return {
    line: record.line,
    year,
    kind,
    source,
    status,
    organisationId: organisation?.id ?? null,
    organisationName: organisation?.name ?? null,
    interventionId: intervention?.id ?? null,
    interventionTitle: intervention?.title ?? null,
    planId: plan?.id ?? null,
    planTitle: plan?.title ?? null,
    purpose,
    amountCents,
    capacityHundredths: kind === 'capaciteit' ? capacityHundredths : null,
    capacityUnit: kind === 'capaciteit' ? unit : null,
    caveat: caveat || null,
  };
}

export const isBudgetRowError = (r: CheckedBudgetRow | { line: number; message: string }): r is { line: number; message: string } => 'message' in r;
