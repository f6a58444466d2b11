// Budget lines: the NPLV programme budget and the partners' contributions per year, in integer cents.
import type { Db } from './connection';
import type { BudgetLine, BudgetStatus, CapacityUnit, ContributionKind, FundingSource } from '../../../shared/money';

export interface BudgetLineFields {
  year: number;
  kind: ContributionKind;
  source: FundingSource;
  status: BudgetStatus;
  organisationId: number | null;
  interventionId: string | null;
  planId: number | null;
  purpose: string;
  amountCents: number | null;
  capacityHundredths: number | null;
  capacityUnit: CapacityUnit | null;
}

export interface BudgetLineFilters {
  interventionId?: string | undefined;
  planId?: number | undefined;
  organisationId?: number | undefined;
  year?: number | undefined;
  /** Only the lines for the programme as a whole (no plan, no intervention). */
  programmeOnly?: boolean | undefined;
}

const SELECT = `
  SELECT b.id, b.year, b.kind, b.source, b.status, b.organisation_id AS organisationId, o.name AS organisationName,
         b.intervention_id AS interventionId, i.title AS interventionTitle, b.plan_id AS planId, p.title AS planTitle,
         b.purpose, b.amount_cents AS amountCents, b.capacity_hundredths AS capacityHundredths,
         b.capacity_unit AS capacityUnit, b.caveat, b.origin, b.updated_at AS updatedAt
  FROM budget_lines b
  LEFT JOIN organisations o ON o.id = b.organisation_id
  LEFT JOIN interventions i ON i.id = b.intervention_id
  LEFT JOIN plans p ON p.id = b.plan_id`;

export function listBudgetLines(db: Db, f: BudgetLineFilters = {}): BudgetLine[] {
  // Only the filters given, each a fixed fragment with a bound value, so SQLite can use their indexes.
  const where: string[] = [];
  if (f.interventionId !== undefined) where.push('b.intervention_id = :interventionId');
  if (f.planId !== undefined) where.push('b.plan_id = :planId');
  if (f.organisationId !== undefined) where.push('b.organisation_id = :organisationId');
  if (f.year !== undefined) where.push('b.year = :year');
  if (f.programmeOnly) where.push('b.intervention_id IS NULL AND b.plan_id IS NULL');
  const params: Record<string, string | number> = {};
  if (f.interventionId !== undefined) params.interventionId = f.interventionId;
  if (f.planId !== undefined) params.planId = f.planId;
  if (f.organisationId !== undefined) params.organisationId = f.organisationId;
  if (f.year !== undefined) params.year = f.year;
  return db
    .prepare(
      `${SELECT}
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY b.year, b.source = 'nplv' DESC, o.name COLLATE NOCASE, b.id`,
    )
    .all(params) as BudgetLine[];
}

export function getBudgetLine(db: Db, id: number): BudgetLine | null {
  return (db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as BudgetLine | undefined) ?? null;
}

const bind = (f: BudgetLineFields) => ({
  year: f.year,
  kind: f.kind,
  source: f.source,
  status: f.status,
  organisationId: f.organisationId,
  interventionId: f.interventionId,
  planId: f.planId,
  purpose: f.purpose,
  amountCents: f.amountCents,
  capacityHundredths: f.capacityHundredths,
  capacityUnit: f.capacityUnit,
});

/** A statement that inserts lines; prepared once for a whole import. */
export function budgetLineInserter(db: Db): (f: BudgetLineFields, now: string, extra?: { caveat?: string | null; origin?: string }) => number {
  const statement = db.prepare(
    `INSERT INTO budget_lines (year, kind, source, status, organisation_id, intervention_id, plan_id, purpose, amount_cents,
       capacity_hundredths, capacity_unit, caveat, origin, created_at, updated_at)
     VALUES (:year, :kind, :source, :status, :organisationId, :interventionId, :planId, :purpose, :amountCents,
       :capacityHundredths, :capacityUnit, :caveat, :origin, :now, :now)`,
  );
  return (f, now, extra = {}) =>
    Number(statement.run({ ...bind(f), caveat: extra.caveat ?? null, origin: extra.origin ?? '', now }).lastInsertRowid);
}

export function updateBudgetLine(db: Db, id: number, f: BudgetLineFields, now: string): void {
  db.prepare(
    `UPDATE budget_lines SET year = :year, kind = :kind, source = :source, status = :status, organisation_id = :organisationId,
       intervention_id = :interventionId, plan_id = :planId, purpose = :purpose, amount_cents = :amountCents,
       capacity_hundredths = :capacityHundredths, capacity_unit = :capacityUnit, updated_at = :now
     WHERE id = :id`,
  ).run({ ...bind(f), now, id });
}

export function deleteBudgetLine(db: Db, id: number): void {
  db.prepare('DELETE FROM budget_lines WHERE id = ?').run(id);
}

export const hasBudgetTable = (db: Db): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'budget_lines'").get() !== undefined;

/** Organisations and plans by id and name, for the forms' checks and the CSV import's lookups. */
export function organisationNames(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[];
}

export function planTitles(db: Db): { id: number; title: string }[] {
  return db.prepare('SELECT id, title FROM plans ORDER BY title COLLATE NOCASE').all() as { id: number; title: string }[];
}

export function interventionTitles(db: Db): { id: string; title: string }[] {
  return db.prepare('SELECT id, title FROM interventions ORDER BY position').all() as { id: string; title: string }[];
}

/** Sums per group, added up by SQLite over integers (exact; an overflow is an error, never a rounding). */
export interface BudgetGroup {
  year: number;
  organisationId: number | null;
  organisationName: string | null;
  kind: ContributionKind;
  source: FundingSource;
  status: BudgetStatus;
  capacityUnit: CapacityUnit | null;
  programme: 0 | 1;
  amountCents: number | null;
  capacityHundredths: number | null;
  lineCount: number;
}

export function budgetGroups(db: Db): BudgetGroup[] {
  return db
    .prepare(
      `SELECT b.year, b.organisation_id AS organisationId, o.name AS organisationName, b.kind, b.source, b.status,
              b.capacity_unit AS capacityUnit, (b.intervention_id IS NULL AND b.plan_id IS NULL) AS programme,
              sum(b.amount_cents) AS amountCents, sum(b.capacity_hundredths) AS capacityHundredths, count(*) AS lineCount
       FROM budget_lines b LEFT JOIN organisations o ON o.id = b.organisation_id
       GROUP BY b.year, b.organisation_id, b.kind, b.source, b.status, b.capacity_unit, programme`,
    )
    .all() as BudgetGroup[];
}
