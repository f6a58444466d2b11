// The programme's money and the partners' contributions: one budget line per year, for the programme as a
// whole, a plan or an intervention. Money is an integer number of cents (never a float, so every sum is
// exact); capacity is hours or FTE in hundredths, with an optional valuation in cents; "anders" is text.
import type { Migration } from './migration';

export const migration0013: Migration = {
  version: 13,
  name: '0013-budget-lines',
  up: (db) => {
    db.exec(`
      CREATE TABLE budget_lines (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        kind TEXT NOT NULL CHECK (kind IN ('geld', 'capaciteit', 'anders')),
        source TEXT NOT NULL CHECK (source IN ('nplv', 'regulier', 'extern', 'anders')),
        status TEXT NOT NULL CHECK (status IN ('benodigd', 'toegezegd', 'gerealiseerd')),
        organisation_id INTEGER REFERENCES organisations(id),
        intervention_id TEXT REFERENCES interventions(id) ON DELETE CASCADE,
        plan_id INTEGER REFERENCES plans(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL DEFAULT '',
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents BETWEEN 0 AND 99999999999999),
        capacity_hundredths INTEGER CHECK (capacity_hundredths IS NULL OR capacity_hundredths > 0),
        capacity_unit TEXT CHECK (capacity_unit IS NULL OR capacity_unit IN ('uur', 'fte')),
        caveat TEXT,
        origin TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (kind <> 'geld' OR amount_cents IS NOT NULL),
        CHECK (kind <> 'capaciteit' OR (capacity_hundredths IS NOT NULL AND capacity_unit IS NOT NULL)),
        CHECK (kind = 'capaciteit' OR (capacity_hundredths IS NULL AND capacity_unit IS NULL)),
        CHECK (kind <> 'anders' OR (amount_cents IS NULL AND purpose <> ''))
      ) STRICT;
      CREATE INDEX budget_lines_year ON budget_lines(year);
      CREATE INDEX budget_lines_organisation ON budget_lines(organisation_id) WHERE organisation_id IS NOT NULL;
      CREATE INDEX budget_lines_intervention ON budget_lines(intervention_id) WHERE intervention_id IS NOT NULL;
      CREATE INDEX budget_lines_plan ON budget_lines(plan_id) WHERE plan_id IS NOT NULL;
    `);
  },
};
