// Opens the SQLite store: refuses a database from a newer app version without writing to it,
// sets the durability pragmas, migrates in one transaction and loads the area profile once.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS, assertMigrationOrder } from './migrations/index';
import { loadProfileOnce, type AreaProfileFile } from './profile.loader';

export type Db = Database.Database;

export interface OpenStoreOptions {
  /** The area profile to load on first start (normally resources/groningen-noord.profile.json). */
  profile?: AreaProfileFile;
  /** Only for tests of the migration runner. */
  migrations?: typeof MIGRATIONS;
}

export function openStore(file: string, options: OpenStoreOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  assertMigrationOrder(migrations);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);

  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // Read the version before anything that could write (journal_mode=WAL rewrites the header).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new AppError(
        'conflict',
        `Deze database (versie ${version}) is gemaakt door een nieuwere versie van Coalitietafel ` +
          `(deze versie kent t/m ${latest}). Er is niets gewijzigd; werk de app bij om hem te openen.`,
      );
    }
    db.pragma('journal_mode = WAL');
    // better-sqlite3 leaves WAL at NORMAL; FULL makes every acknowledged commit survive power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    const pending = migrations.filter((m) => m.version > version);
    if (pending.length > 0) {
      db.transaction(() => {
        for (const m of pending) m.up(db);
        db.pragma(`user_version = ${latest}`);
      })();
    }
    if (options.profile) loadProfileOnce(db, options.profile);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export { LATEST_VERSION };
