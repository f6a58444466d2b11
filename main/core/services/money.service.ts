// The programme's money: budget lines and partners' contributions per year, their totals per year and per
// partner, and budget lines in and out as CSV. Every amount is an integer number of cents; totals are sums
// of integers, so they stay exact however many lines there are.
import type { Db } from '../store/connection';
import {
  addToTotals,
  emptyTotals,
  FUNDING_SOURCES,
  type BudgetImportPreview,
  type BudgetLine,
  type BudgetStatus,
  type CapacityUnit,
  type ContributionKind,
  type FundingSource,
  type MoneyOverview,
  type OrganisationTotals,
  type YearTotals,
} from '../../../shared/money';
import { IMPORT_ERROR_LIMIT, IMPORT_SAMPLE_SIZE } from '../../../shared/registers';
import * as repo from '../store/money.repo';
import { existingIds } from '../store/profile.repo';
import { readCsv, isBlank } from '../imports/csv-records';
import { buildBudgetLookups, checkBudgetRecord, isBudgetRowError, readBudgetHeader, type CheckedBudgetRow } from '../imports/budget-csv';
import { nplvFacts } from '../store/money.seed';
import { notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';
import { budgetCsv } from '../exports/money.csv';
import type { ExportedFile } from '../../../shared/domain';

export interface BudgetLineInput {
  year: number;
  kind: ContributionKind;
  source: FundingSource;
  status: BudgetStatus;
  organisationId?: number | null | undefined;
  interventionId?: string | null | undefined;
  planId?: number | null | undefined;
  purpose?: string | undefined;
  amountCents?: number | null | undefined;
  capacityHundredths?: number | null | undefined;
  capacityUnit?: CapacityUnit | null | undefined;
}

function fieldsOf(db: Db, input: BudgetLineInput): repo.BudgetLineFields {
  const f: repo.BudgetLineFields = {
    year: input.year,
    kind: input.kind,
    source: input.source,
    status: input.status,
    organisationId: input.organisationId ?? null,
    interventionId: input.interventionId ?? null,
    planId: input.planId ?? null,
    purpose: (input.purpose ?? '').trim(),
    amountCents: input.amountCents ?? null,
    capacityHundredths: input.kind === 'capaciteit' ? (input.capacityHundredths ?? null) : null,
    capacityUnit: input.kind === 'capaciteit' ? (input.capacityUnit ?? null) : null,
  };
  if (f.interventionId !== null && f.planId !== null) throw ruleViolation('Een regel hoort bij een interventie of bij een plan, niet bij allebei.');
  if (f.kind === 'geld' && f.amountCents === null) throw ruleViolation('Vul het bedrag in.');
  if (f.kind === 'capaciteit' && (f.capacityHundredths === null || f.capacityHundredths <= 0)) throw ruleViolation('Vul het aantal uren of fte in.');
  if (f.kind === 'capaciteit' && f.capacityUnit === null) throw ruleViolation('Kies de eenheid van de capaciteit: uur of fte.');
  if (f.kind === 'anders' && f.purpose === '') throw ruleViolation('Beschrijf de bijdrage.');
  if (f.kind === 'anders') f.amountCents = null;
  if (f.organisationId !== null && !repo.organisationNames(db).some((o) => o.id === f.organisationId)) throw notFound('Deze organisatie');
  if (f.interventionId !== null && !existingIds(db, 'interventions', [f.interventionId]).has(f.interventionId)) throw notFound('Deze interventie');
  if (f.planId !== null && !repo.planTitles(db).some((p) => p.id === f.planId)) throw notFound('Dit plan');
  return f;
}

export const listBudgetLines = (db: Db, filters: repo.BudgetLineFilters): BudgetLine[] => repo.listBudgetLines(db, filters);

function getLine(db: Db, id: number): BudgetLine {
  const line = repo.getBudgetLine(db, id);
  if (!line) throw notFound('Deze begrotingsregel');
  return line;
}

export function createBudgetLine(db: Db, input: BudgetLineInput): BudgetLine {
  return db.transaction(() => getLine(db, repo.budgetLineInserter(db)(fieldsOf(db, input), nowIso())))();
}

export function updateBudgetLine(db: Db, input: BudgetLineInput & { id: number }): BudgetLine {
  return db.transaction(() => {
    getLine(db, input.id);
    repo.updateBudgetLine(db, input.id, fieldsOf(db, input), nowIso());
    return getLine(db, input.id);
  })();
}

export function removeBudgetLine(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    getLine(db, input.id);
    repo.deleteBudgetLine(db, input.id);
  })();
  return { ok: true };
}

// ---- Totals ----

const bySourceEmpty = (): Record<FundingSource, number> => Object.fromEntries(FUNDING_SOURCES.map((s) => [s, 0])) as Record<FundingSource, number>;

/** Totals per year (every year that has a line), per partner, and the partners that named no contribution. */
export function moneyOverview(db: Db): MoneyOverview {
  const years = new Map<number, YearTotals>();
  const organisations = new Map<number, OrganisationTotals>();
  for (const g of repo.budgetGroups(db)) {
    // A group adds up like one line holding its sums; "anders" counts its lines.
    const asLine = { kind: g.kind, status: g.status, amountCents: g.amountCents, capacityHundredths: g.capacityHundredths, capacityUnit: g.capacityUnit };
    const add = (t: YearTotals | OrganisationTotals) => {
      if (g.kind === 'anders') t.otherCount += g.lineCount;
      else addToTotals(t, asLine);
    };
    let y = years.get(g.year);
    if (!y) {
      y = { year: g.year, ...emptyTotals(), bySource: bySourceEmpty(), nplvBudgetCents: 0, nplvAllocatedCents: 0 };
      years.set(g.year, y);
    }
    add(y);
    if (g.kind === 'geld') {
      y.bySource[g.source] += g.amountCents ?? 0;
      if (g.source === 'nplv' && g.programme === 1 && g.status !== 'benodigd') y.nplvBudgetCents += g.amountCents ?? 0;
      if (g.source === 'nplv' && g.programme === 0) y.nplvAllocatedCents += g.amountCents ?? 0;
    }
    if (g.organisationId !== null) {
      let o = organisations.get(g.organisationId);
      if (!o) {
        o = { organisationId: g.organisationId, name: g.organisationName ?? '', lineCount: 0, ...emptyTotals() };
        organisations.set(g.organisationId, o);
      }
      o.lineCount += g.lineCount;
      add(o);
    }
  }
  const withoutContribution = repo.organisationNames(db).filter((o) => !organisations.has(o.id));
  return {
    years: [...years.values()].sort((a, b) => a.year - b.year),
    organisations: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    withoutContribution,
    planFacts: nplvFacts(db),
  };
}

// ---- CSV in ----

/** Far more than any budget; a file larger than this is not a budget. */
const MAX_BUDGET_ROWS = 20_000;

function checkCsv(db: Db, csv: string): { rows: CheckedBudgetRow[]; errors: { line: number; message: string }[] } {
  const records = readCsv(csv).filter((r) => !isBlank(r.fields));
  const head = records[0];
  if (!head) throw ruleViolation('Het bestand is leeg; er is niets ingelezen.');
  const header = readBudgetHeader(head.fields);
  if ('error' in header) throw ruleViolation(header.error);
  if (records.length - 1 > MAX_BUDGET_ROWS) {
    throw ruleViolation(`Een begroting kan hoogstens ${MAX_BUDGET_ROWS.toLocaleString('nl-NL')} regels bevatten; splits het bestand.`);
  }
  const look = buildBudgetLookups(repo.organisationNames(db), repo.interventionTitles(db), repo.planTitles(db));
  const rows: CheckedBudgetRow[] = [];
  const errors: { line: number; message: string }[] = [];
  for (const record of records.slice(1)) {
    const checked = checkBudgetRecord(record, header, look);
    if (isBudgetRowError(checked)) errors.push(checked);
    else rows.push(checked);
  }
  return { rows, errors };
}

/** What the import would write and every line it refuses, with the reason. Writes nothing. */
export function budgetImportPreview(db: Db, input: { csv: string }): BudgetImportPreview {
  const { rows, errors } = checkCsv(db, input.csv);
  return {
    rows: rows.length,
    totalCents: rows.reduce((sum, r) => sum + (r.kind === 'geld' ? (r.amountCents ?? 0) : 0), 0),
    errors: errors.slice(0, IMPORT_ERROR_LIMIT),
    errorCount: errors.length,
    sample: rows.slice(0, IMPORT_SAMPLE_SIZE).map(({ organisationId: _o, interventionId: _i, planId: _p, ...row }) => row),
  };
}

/** Writes every line in one transaction, or nothing at all when any line is wrong. */
export function budgetImportCommit(db: Db, input: { csv: string }): { written: number; totalCents: number } {
  return db.transaction(() => {
    const { rows, errors } = checkCsv(db, input.csv);
    if (errors.length > 0) {
      throw ruleViolation(
        `${errors.length.toLocaleString('nl-NL')} ${errors.length === 1 ? 'regel bevat een fout' : 'regels bevatten fouten'} ` +
          `(de eerste op regel ${errors[0]!.line}); er is niets ingelezen. Verbeter het bestand en probeer het opnieuw.`,
      );
    }
    if (rows.length === 0) throw ruleViolation('Het bestand bevat geen begrotingsregels; er is niets ingelezen.');
    const insert = repo.budgetLineInserter(db);
    const now = nowIso();
    let totalCents = 0;
    for (const r of rows) {
      insert(r, now, { caveat: r.caveat });
      if (r.kind === 'geld') totalCents += r.amountCents ?? 0;
    }
    return { written: rows.length, totalCents };
  })();
}

// ---- CSV out ----

export function exportBudgetCsv(db: Db, input: { year?: number | undefined }): ExportedFile {
  const csv = budgetCsv(repo.listBudgetLines(db, { year: input.year }));
  return {
    fileName: `begroting-groningen-noord${input.year ? `-${input.year}` : ''}.csv`,
    mimeType: 'text/csv; charset=utf-8',
    base64: Buffer.from(csv, 'utf8').toString('base64'),
  };
}
