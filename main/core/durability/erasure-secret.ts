// The secret that keys the hash of erased content. A plain sha256 of a short erased text (a name) could be
// confirmed by guessing; an HMAC with a per-store random secret cannot, without the secret. It lives in the
// data file (so every backup of the file carries it, and a restored store still matches its own records), but
// it is never audited, never in the JSON archive, and never leaves main/core.
import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export const ERASURE_SECRET_TABLE = 'personal_data_erasure_secret';

/** Tables whose rows are never copied into the audit trail or the JSON archive. */
export const SECRET_TABLES: ReadonlySet<string> = new Set([ERASURE_SECRET_TABLE]);

/** How an erasure record's erasedHash was made: old records keep their plain sha256. */
export const ERASED_HASH_SCHEMES = ['sha256', 'hmac-sha256'] as const;
export type ErasedHashScheme = (typeof ERASED_HASH_SCHEMES)[number];

/**
 * The store's secret, made on first use. Call inside the erasure's transaction: the secret and the first record
 * that depends on it are committed together, and a store that never erases holds no secret at all.
 */
function secretOf(db: Database, at: string): Buffer {
  const existing = db.prepare(`SELECT secret FROM ${ERASURE_SECRET_TABLE} WHERE id = 1`).pluck().get() as Buffer | undefined;
  if (existing) return existing;
  const secret = randomBytes(32);
  db.prepare(`INSERT INTO ${ERASURE_SECRET_TABLE} (id, secret, created_at) VALUES (1, ?, ?)`).run(secret, at);
  return secret;
}

/** The keyed hash of erased content (its canonical JSON). */
export function erasedContentHash(db: Database, canonical: string, at: string): { erasedHash: string; hashScheme: ErasedHashScheme } {
  const erasedHash = createHmac('sha256', secretOf(db, at)).update(`coalitietafel-verwijderde-inhoud\n${canonical}`).digest('hex');
  return { erasedHash, hashScheme: 'hmac-sha256' };
}
