// Opens the SQLite store: checks a database that already exists on a read-only connection first
// (quick_check), refuses a database from a newer app version without writing to it, sets the durability
// pragmas and checks they are in force, backs up before migrating, migrates in one transaction, keeps the
// audit triggers in step with the schema and loads the area profile once.
// A store that cannot be used safely raises StoreUnusableError (never deleting or rewriting the file);
// openCore then opens it in rescue mode.
import type Database from 'better-sqlite3';
import { openDatabase, useNativeBinding } from './sqlite';
import { accessSync, constants, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS, assertMigrationOrder } from './migrations/index';
import { loadProfileOnce, type AreaProfileFile } from './profile.loader';
import { asStoreProblem, assertDurablePragmas, probeDatabase, storeProblem } from '../durability/health';
import { backupFolderFor, createBackupSync } from '../durability/backups';
import { errorCode, fsyncFile, fsyncFolder, tempPathBeside } from '../durability/durable-files';
import { createPrivateFile, ensurePrivateFolder } from '../durability/private-files';
import { ensureUserName, syncAuditTriggers } from '../durability/audit';
import { noteRestoredLocks, syncLockTriggers } from '../durability/locks';

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
  /** False when quick_check has just passed in a worker: the header and schema are still read first. */
  wholeFileCheck?: boolean;
  /** better-sqlite3's compiled module for this process when it is not the one in node_modules (Electron). */
  nativeBinding?: string;
}

export function openStore(file: string, options: OpenStoreOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  assertMigrationOrder(migrations);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const now = options.now ?? (() => new Date());
  if (options.nativeBinding) useNativeBinding(options.nativeBinding);

  if (file !== ':memory:') {
    ensurePrivateFolder(dirname(file));
    if (!existsSync(file)) createStoreFile(file);
    // Before any read-write connection exists: a damaged file is found without being touched.
    probeDatabase(file, { wholeFile: options.wholeFileCheck !== false });
    // SQLite opens a file it may not write read-only without a word, and then fails in ways that sound
    // like damage: name the permissions as the cause before it gets that far.
    const denied = notWritable(file);
    if (denied) throw storeProblem('read-only', `geen schrijfrechten op ${denied}`);
  }
  let db: Db;
  try {
    db = openDatabase(file);
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
    // Content a write replaces is zeroed within the pages it writes anyway (no extra I/O), so earlier versions of a
    // text do not linger in free space for an erasure on request to miss; the erasure itself zeroes freed pages too.
    db.pragma('secure_delete = FAST');
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
      // A lock dropped or rewritten outside the app is back before anything can write.
      noteRestoredLocks(db, syncLockTriggers(db));
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

/**
 * A new store appears whole: its header is written in a temporary file that is then renamed into place.
 * So the data file never exists with 0 bytes because of a crash during the first start, and a 0-byte file
 * can only be an archive that lost its contents (which openCore opens in rescue mode).
 */
function createStoreFile(file: string): void {
  const temp = tempPathBeside(file, 'nieuw');
  try {
    createPrivateFile(temp); // the database and, after it, its -wal and -shm: 0600
    const db = openDatabase(temp);
    try {
      db.pragma('journal_mode = WAL'); // writes the header page
    } finally {
      db.close();
    }
    fsyncFile(temp);
    renameSync(temp, file);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
    // Not being allowed to create a file here is a folder without write permission, not an unreadable store.
    if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error))) throw storeProblem('read-only', `geen schrijfrechten in ${dirname(file)}`);
    throw asStoreProblem(error) ?? error;
  }
  fsyncFolder(dirname(file));
}

/** The first of the data file, its sidecars and its folder that this process may not write, or null. */
function notWritable(file: string): string | null {
  for (const path of [file, `${file}-wal`, `${file}-shm`, dirname(file)]) {
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') return path;
    }
  }
  return null;
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
