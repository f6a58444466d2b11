// Row keys are never handed out twice. Without AUTOINCREMENT SQLite gives a new row max(id) + 1, so deleting
// the row with the highest id hands its id to the next insert, and the audit trail then shows two different
// records under one key. This adds AUTOINCREMENT to every generated INTEGER PRIMARY KEY (SQLite then keeps a
// high-water mark per table in sqlite_sequence).
//
// Rebuilding the tables (create, copy, drop, rename) is not safe here: all pending migrations run in one
// transaction, where foreign keys cannot be switched off, so the DROP would cascade deletes; and every FTS,
// count, lock and audit trigger would have to be re-created. AUTOINCREMENT does not change how a table is
// stored, so SQLite's documented route for such changes applies instead (lang_altertable.html, "Making Other
// Kinds Of Table Schema Changes"): edit the CREATE TABLE text in sqlite_schema and bump schema_version, in the
// transaction. better-sqlite3 runs with SQLITE_DBCONFIG_DEFENSIVE, which refuses that edit; it is lifted for
// these few statements only.
//
// The high-water mark starts at the highest id still present or ever recorded in the audit log, so ids of rows
// deleted before this migration are not handed out again either.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

// Written out, not imported: a migration never changes after it ships.
const AUDIT_LOG = 'audit_log';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface KeyedTable {
  name: string;
  key: string;
  sql: string;
}

/**
 * Tables whose key is a generated rowid alias: one INTEGER PRIMARY KEY column that is not a reference to
 * another table's key (a seal's meeting_id is the meeting's id, reused only if the meeting's is).
 * The log itself is append-only, and SQLite's own tables are not ours.
 */
function tablesWithGeneratedKeys(db: Database): KeyedTable[] {
  const tables = db
    .prepare(
      `SELECT l.name, s.sql FROM pragma_table_list l JOIN sqlite_schema s ON s.type = 'table' AND s.name = l.name
       WHERE l.schema = 'main' AND l.type = 'table' AND l.wr = 0 AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND l.name <> ?
       ORDER BY l.name`,
    )
    .all(AUDIT_LOG) as { name: string; sql: string }[];
  const keyed: KeyedTable[] = [];
  for (const t of tables) {
    const pk = db.prepare('SELECT name, type FROM pragma_table_info(?) WHERE pk > 0').all(t.name) as { name: string; type: string }[];
    if (pk.length !== 1 || pk[0]!.type.toUpperCase() !== 'INTEGER') continue;
    const key = pk[0]!.name;
    const isReference = db.prepare('SELECT 1 FROM pragma_foreign_key_list(?) WHERE "from" = ?').get(t.name, key) !== undefined;
    if (!isReference) keyed.push({ name: t.name, key, sql: t.sql });
  }
  return keyed;
}

/** The CREATE TABLE text with AUTOINCREMENT after the key column's PRIMARY KEY; refuses text it cannot place it in. */
function withAutoincrement(table: KeyedTable): string {
  if (/\bAUTOINCREMENT\b/i.test(table.sql)) return table.sql;
  const column = `(?:"${escapeRegExp(table.key.replace(/"/g, '""'))}"|${escapeRegExp(table.key)})`;
  const pattern = new RegExp(`([(,]\\s*${column}\\s+INTEGER\\s+PRIMARY\\s+KEY)(?=[\\s,)])`, 'gi');
  const matches = table.sql.match(pattern) ?? [];
  if (matches.length !== 1) {
    throw new Error(`Kan de sleutel van tabel ${table.name} niet vastleggen: onverwachte tabeldefinitie.`);
  }
  return table.sql.replace(pattern, '$1 AUTOINCREMENT');
}

/** The highest id the table holds or, according to the log, ever held. */
function highWaterMark(db: Database, table: KeyedTable): number {
  const present = db.prepare(`SELECT coalesce(max(${ident(table.key)}), 0) FROM ${ident(table.name)}`).pluck().get() as number;
  const logged = db
    .prepare(
      `SELECT coalesce(max(CAST(row_key AS INTEGER)), 0) FROM ${AUDIT_LOG}
       WHERE table_name = ? AND row_key <> '' AND row_key NOT GLOB '*[^0-9]*'`,
    )
    .pluck()
    .get(table.name) as number;
  return Math.max(present, logged);
}

export const migration0011: Migration = {
  version: 11,
  name: '0011-stable-row-keys',
  up: (db) => {
    const tables = tablesWithGeneratedKeys(db);
    const rewritten = tables.map((t) => ({ ...t, newSql: withAutoincrement(t) })).filter((t) => t.newSql !== t.sql);

    // sqlite_sequence must exist before SQLite reads a table declared AUTOINCREMENT; only SQLite may create
    // it, which it does for the first such table.
    db.exec('CREATE TABLE IF NOT EXISTS stable_row_keys_probe (id INTEGER PRIMARY KEY AUTOINCREMENT) STRICT; DROP TABLE stable_row_keys_probe;');

    if (rewritten.length > 0) {
      const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
      db.unsafeMode(true);
      try {
        db.pragma('writable_schema = ON');
        try {
          const update = db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
          for (const t of rewritten) update.run(t.newSql, t.name);
          // Makes this and every other connection read the schema again.
          db.pragma(`schema_version = ${schemaVersion + 1}`);
        } finally {
          db.pragma('writable_schema = OFF');
        }
      } finally {
        db.unsafeMode(false);
      }
    }

    const seed = db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)');
    for (const t of tables) {
      const mark = highWaterMark(db, t);
      const known = db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(t.name) as number | undefined;
      if (known === undefined) seed.run(t.name, mark);
      else if (known < mark) db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ?').run(mark, t.name);
    }
  },
};
