// 0013-budget-lines: the budget table on a store made by 0011; what was there stays, and the table's checks
// refuse what money must never be (a float, a negative amount, capacity without a unit).
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, storeAt } from './store-at';

const insert = (db: ReturnType<typeof storeAt>, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO budget_lines (year, kind, source, status, organisation_id, intervention_id, purpose, amount_cents,
         capacity_hundredths, capacity_unit, created_at, updated_at)
       VALUES (:year, :kind, :source, :status, :organisation_id, :intervention_id, :purpose, :amount_cents,
         :capacity_hundredths, :capacity_unit, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    )
    .run({
      year: 2025,
      kind: 'geld',
      source: 'regulier',
      status: 'toegezegd',
      organisation_id: null,
      intervention_id: null,
      purpose: '',
      amount_cents: 125_000,
      capacity_hundredths: null,
      capacity_unit: null,
      ...values,
    });

describe('migration 0013-budget-lines', () => {
  it('adds budget_lines without touching the organisations and interventions it refers to', () => {
    const db = storeAt(11);
    const before = [db.prepare('SELECT * FROM organisations ORDER BY id').all(), db.prepare('SELECT id, title FROM interventions ORDER BY id').all()];
    migrate(db, 13);
    expect([db.prepare('SELECT * FROM organisations ORDER BY id').all(), db.prepare('SELECT id, title FROM interventions ORDER BY id').all()]).toEqual(before);
    expect(columnsOf(db, 'budget_lines')).toEqual([
      'id', 'year', 'kind', 'source', 'status', 'organisation_id', 'intervention_id', 'plan_id', 'purpose', 'amount_cents',
      'capacity_hundredths', 'capacity_unit', 'caveat', 'origin', 'created_at', 'updated_at',
    ]);
    expect(db.prepare('SELECT count(*) FROM budget_lines').pluck().get()).toBe(0);
  });

  it('keeps cents as integers and refuses floats, negatives and half-filled capacity', () => {
    const db = storeAt(11);
    migrate(db, 13);
    const organisation = db.prepare('SELECT id FROM organisations ORDER BY id LIMIT 1').pluck().get() as number;
    const intervention = db.prepare('SELECT id FROM interventions ORDER BY position LIMIT 1').pluck().get() as string;
    insert(db, { organisation_id: organisation, intervention_id: intervention });
    insert(db, { kind: 'capaciteit', amount_cents: null, capacity_hundredths: 50, capacity_unit: 'fte' });
    insert(db, { kind: 'anders', amount_cents: null, purpose: 'Vergaderruimte' });
    expect(db.prepare('SELECT sum(amount_cents) FROM budget_lines').pluck().get()).toBe(125_000);

    expect(() => insert(db, { amount_cents: 12.5 })).toThrow(/datatype|cannot store REAL/i);
    expect(() => insert(db, { amount_cents: -1 })).toThrow(/CHECK/);
    expect(() => insert(db, { amount_cents: null })).toThrow(/CHECK/);
    expect(() => insert(db, { kind: 'capaciteit', amount_cents: null, capacity_hundredths: 50 })).toThrow(/CHECK/);
    expect(() => insert(db, { kind: 'anders', amount_cents: null, purpose: '' })).toThrow(/CHECK/);
    expect(() => insert(db, { status: 'betaald' })).toThrow(/CHECK/);
    expect(() => insert(db, { organisation_id: 999_999 })).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) FROM budget_lines').pluck().get()).toBe(3);
  });
});
