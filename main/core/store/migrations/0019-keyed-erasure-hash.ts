// The hash of erased content becomes keyed (durability/erasure-secret.ts): each erasure record says which
// scheme made its hash, so records made before keep verifying, and a table holds the store's secret. The
// secret itself is made at the first erasure, inside its transaction, not here: a migration stays schema only.
import type { Migration } from './migration';

export const migration0019: Migration = {
  version: 19,
  name: '0019-keyed-erasure-hash',
  up: (db) => {
    db.exec(`
      ALTER TABLE personal_data_erasures ADD COLUMN hash_scheme TEXT NOT NULL DEFAULT 'sha256'
        CHECK (hash_scheme IN ('sha256', 'hmac-sha256'));
      CREATE TABLE personal_data_erasure_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        secret BLOB NOT NULL CHECK (length(secret) = 32),
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
