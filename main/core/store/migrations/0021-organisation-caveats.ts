// The area plan's caveats on the organisations it lists: whether the sector is the plan's or inferred, and the
// plan's note (an organisation derived from a role, a collective name, an organisation of unknown kind).
// The columns only: the profile loader marks the rows it seeded, once, while their sector is still the profile's.
import type { Migration } from './migration';

export const migration0021: Migration = {
  version: 21,
  name: '0021-organisation-caveats',
  up: (db) => {
    db.exec(`
      ALTER TABLE organisations ADD COLUMN sector_inferred INTEGER NOT NULL DEFAULT 0 CHECK (sector_inferred IN (0, 1));
      ALTER TABLE organisations ADD COLUMN plan_note TEXT;
    `);
  },
};
