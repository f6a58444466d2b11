// Indexes for twenty years of data (issue 6), found with the benchmark (npm run bench) and EXPLAIN QUERY PLAN.
import type { Migration } from './migration';

export const migration0006: Migration = {
  version: 6,
  name: '0006-indexes',
  up: (db) => {
    db.exec(`
      -- The registers list is newest first with a LIMIT: without this, every one of 10,000 entries was read,
      -- given its citation count and sorted before the first 500 were kept (42 ms; now 2 ms).
      CREATE INDEX register_entries_date ON register_entries(date);
      -- An indicator's latest period and its number of values: one short range per indicator instead of
      -- walking every area's values (indicators list over 100,000 values: 12 ms; now 3 ms).
      CREATE INDEX indicator_values_indicator_period ON indicator_values(indicator_id, period);
    `);
  },
};
