// A store as a migration finds it: made by the migrations before it, with the real profile loaded, in memory.
import Database from 'better-sqlite3';
import { openStore } from '../../../main/core/store/connection';
import { MIGRATIONS } from '../../../main/core/store/migrations/index';
import { readProfileFile } from '../../../main/core/store/profile.loader';
import { PROFILE_PATH } from '../../helpers/paths';

/** The store every migration up to and including `version` made. */
export function storeAt(version: number): Database.Database {
  return openStore(':memory:', { profile: readProfileFile(PROFILE_PATH), migrations: MIGRATIONS.filter((m) => m.version <= version) });
}

/** Applies one migration the way openStore does: in a transaction that also sets the version. */
export function migrate(db: Database.Database, version: number): void {
  const migration = MIGRATIONS.find((m) => m.version === version)!;
  db.transaction(() => {
    migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
}

/** A copy of a store, for applying two different things to the same starting point. */
export const copyOf = (db: Database.Database): Database.Database => new Database(db.serialize());

export const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

export const columnsOf = (db: Database.Database, table: string): string[] =>
  db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];

/** The first checklist item and the first person/organisation of the loaded profile, for representative rows. */
export function profileIds(db: Database.Database) {
  return {
    checklistId: db.prepare('SELECT id FROM checklists').pluck().get() as number,
    checklistItemId: db.prepare('SELECT id FROM checklist_items ORDER BY position LIMIT 1').pluck().get() as number,
    themeId: db.prepare('SELECT id FROM themes ORDER BY position LIMIT 1').pluck().get() as string,
    wijkId: db.prepare('SELECT id FROM wijken ORDER BY position LIMIT 1').pluck().get() as string,
  };
}

/** Runs one migration in a transaction that then fails, as when a later migration throws: it throws that error. */
export function migrateThenFail(db: Database.Database, version: number): void {
  db.transaction(() => {
    MIGRATIONS.find((m) => m.version === version)!.up(db);
    throw new Error('a later migration failed');
  })();
}
