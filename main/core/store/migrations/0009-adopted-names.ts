// Adopted minutes keep the names of the people as they were at adoption (a later rename of a person must not
// change adopted minutes), sealed with them (hash version 2); and seals can carry a MAC made with a secret key
// from the OS keychain (durability/seal-key.ts). Both tables are append-only, like the seals.
import type { Migration } from './migration';
import { SEAL_LOCKED, appendOnlyTriggers } from '../../durability/locks';

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
      for (const lock of appendOnlyTriggers(table, SEAL_LOCKED)) db.exec(lock.sql);
    }
  },
};
