// Adopted minutes keep the names of the people as they were at adoption (a later rename of a person must not
// change adopted minutes), sealed with them (hash version 2); and seals can carry a MAC made with a secret key
// from the OS keychain (durability/seal-key.ts). Both tables are append-only, like the seals.
import type { Migration } from './migration';

// Written out, not imported: a migration never changes after it ships. The open of the store compares these
// with durability/locks.ts and re-creates them if they are missing.
const LOCKED = 'Een zegel op vastgestelde notulen kan niet worden gewijzigd of verwijderd.';

export const migration0009: Migration = {
  version: 9,
  name: '0009-adopted-names',
  up: (db) => {
    db.exec(`
      CREATE TABLE minutes_adopted_names (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
        names TEXT NOT NULL
      ) STRICT;
      CREATE TABLE minutes_seal_macs (
        seq INTEGER PRIMARY KEY REFERENCES minutes_seals(seq),
        key_id TEXT NOT NULL,
        mac TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
    for (const table of ['minutes_adopted_names', 'minutes_seal_macs']) {
      db.exec(`CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${LOCKED}'); END`);
      db.exec(`CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${LOCKED}'); END`);
    }
  },
};
