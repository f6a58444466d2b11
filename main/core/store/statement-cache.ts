// Preparing a long query can cost more than running it (the attendance of a meeting: ~0.7 ms to prepare,
// ~0.2 ms to run). The reads on every meeting's path keep their prepared statement per connection; SQLite
// prepares it again by itself if the schema changes.
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function prepareCached(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
