// Opens the SQLite store: checks a database that already exists on a read-only connection first
// (quick_check), refuses a database from a newer app version without writing to it, sets the durability
// pragmas and checks they are in force, backs up before migrating, migrates in one transaction, keeps the
// audit triggers in step with the schema and loads the area profile once.
// A store that cannot be used safely raises StoreUnusableError (never deleting or rewriting the file);
// openCore then opens it in rescue mode.
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS, assertMigrationOrder } from './migrations/index';
import { loadProfileOnce, type AreaProfileFile } from './profile.loader';
import { asStoreProblem, assertDurablePragmas, probeDatabase, storeProblem } from '../durability/health';
import { backupFolderFor, createBackupSync } from '../durability/backups';
import { ensureUserName, syncAuditTriggers } from '../durability/audit';

export type Db = Database.Database;

export interface OpenStoreOptions {
  /** The area profile to load on first start (normally resources/groningen-noord.profile.json). */
  profile?: AreaProfileFile;
  /** Only for tests of the migration runner. */
  migrations?: typeof MIGRATIONS;
  /** Where the backup before a migration goes (default: backups/ beside the file); null for none (tests only). */
  backupFolder?: string | null;
  /** The audit trail's "who" for a new installation (default: the operating system's user name). */
  userName?: string;
  now?: () => Date;
}

export function openStore(file: string, options: OpenStoreOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  assertMigrationOrder(migrations);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const now = options.now ?? (() => new Date());

  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    // Before any read-write connection exists: a damaged file is found without being touched.
    probeDatabase(file);
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw asStoreProblem(error) ?? error;
  }
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
    if (file !== ':memory:') {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal' && !isWritable(file)) {
        throw storeProblem('read-only', `${file} is niet beschrijfbaar`);
      }
      assertDurablePragmas(db);
    }

    const pending = migrations.filter((m) => m.version > version);
    if (pending.length > 0 && version > 0 && file !== ':memory:' && options.backupFolder !== null) {
      // An update of the schema is the riskiest moment in a database's life: keep what was there.
      createBackupSync(db, { dataFile: file, folder: options.backupFolder ?? backupFolderFor(file) }, 'migratie', now());
    }
    db.transaction(() => {
      for (const m of pending) m.up(db);
      // Cheap when nothing changed; gives tables of later migrations their audit triggers.
      syncAuditTriggers(db);
      if (pending.length > 0) db.pragma(`user_version = ${latest}`);
    })();
    // Before the profile, so the first rows already name who loaded them. Without a given name the log says
    // "naam nog niet ingesteld" until one is set in Beheer (the computer's login name means nothing to readers).
    if (options.userName) ensureUserName(db, options.userName);
    if (options.profile) loadProfileOnce(db, options.profile);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw asStoreProblem(error) ?? error;
  }
}

function isWritable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export { LATEST_VERSION };
