// The audit trail: every insert, update and delete on every table, recorded by triggers in the database
// itself (so a change made with plain SQL is recorded too) with who, when, which row, and the row before
// and after as JSON. "Who" is this installation's user name, kept in settings ('app.userName').
//
// The triggers are generated from the live schema. syncAuditTriggers runs after every migration, so a
// table added later (e.g. by 0005-registers) is audited without its migration knowing about this, and a
// table that gains a column gets triggers that record it. A migration that drops or renames a column
// must call dropAuditTriggers(db, table) first (SQLite refuses to drop a column a trigger names).
import type { Database } from 'better-sqlite3';
import type { AuditEntry, AuditOperation } from '../../../shared/contract.durability';
import { SECRET_TABLES } from './erasure-secret';

export const AUDIT_TABLE = 'audit_log';
export const USER_NAME_KEY = 'app.userName';
/** Who the log names until someone sets a name in Beheer: said in Dutch, never the computer's login name. */
export const UNSET_USER_NAME = 'naam nog niet ingesteld';
const OPERATIONS: AuditOperation[] = ['INSERT', 'UPDATE', 'DELETE'];

const APPEND_ONLY = 'Het logboek van wijzigingen kan niet worden gewijzigd of gewist.';

/** The table and its append-only guard; created by migration 0004. */
export function createAuditLog(db: Database): void {
  db.exec(`
    CREATE TABLE ${AUDIT_TABLE} (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      table_name TEXT NOT NULL,
      row_key TEXT NOT NULL,
      operation TEXT NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
      before TEXT,
      after TEXT
    ) STRICT;
    CREATE INDEX audit_log_table ON ${AUDIT_TABLE}(table_name, id);
    CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON ${AUDIT_TABLE}
    BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END;
    CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON ${AUDIT_TABLE}
    BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END;
  `);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

/**
 * Derived tables: counts kept in step by triggers from other tables (migration 0007), never written by a user.
 * They are not audited — every change to them follows from an audited change elsewhere, and logging them would
 * add a row per count per answer. Add a table here when a migration makes another derived table.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['vinkje_meeting_counts', 'vinkje_theme_counts']);

/** Every ordinary table of the main schema except the log itself, the derived and the secret tables (no views, virtual or FTS shadow tables). */
export function auditedTables(db: Database): string[] {
  const rows = db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as { name: string; type: string }[];
  return rows
    .filter((r) => r.type === 'table' && !r.name.startsWith('sqlite_') && r.name !== AUDIT_TABLE && !DERIVED_TABLES.has(r.name) && !SECRET_TABLES.has(r.name))
    .map((r) => r.name)
    .sort();
}

function columnsOf(db: Database, table: string): ColumnInfo[] {
  return db.prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as ColumnInfo[];
}

function rowJson(row: 'NEW' | 'OLD', columns: ColumnInfo[]): string {
  const pairs = columns.map((c) => {
    const ref = `${row}.${ident(c.name)}`;
    // JSON cannot hold a BLOB; a BLOB (or ANY) column is recorded as its hex text.
    const value = /BLOB|ANY/i.test(c.type) || c.type === '' ? `CASE typeof(${ref}) WHEN 'blob' THEN 'x' || hex(${ref}) ELSE ${ref} END` : ref;
    return `${literal(c.name)}, ${value}`;
  });
  return `json_object(${pairs.join(', ')})`;
}

function rowKey(row: 'NEW' | 'OLD', columns: ColumnInfo[]): string {
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  if (pk.length === 0) return `CAST(${row}.rowid AS TEXT)`;
  if (pk.length === 1) return `CAST(${row}.${ident(pk[0]!.name)} AS TEXT)`;
  return `json_array(${pk.map((c) => `${row}.${ident(c.name)}`).join(', ')})`;
}

export function auditTriggerName(table: string, op: AuditOperation): string {
  return `audit_${table}_${op.toLowerCase()}`;
}

function triggerSql(table: string, op: AuditOperation, columns: ColumnInfo[]): string {
  const actor = `COALESCE((SELECT value FROM settings WHERE key = ${literal(USER_NAME_KEY)}), ${literal(UNSET_USER_NAME)})`;
  const keyRow = op === 'DELETE' ? 'OLD' : 'NEW';
  const before = op === 'INSERT' ? 'NULL' : rowJson('OLD', columns);
  const after = op === 'DELETE' ? 'NULL' : rowJson('NEW', columns);
  // An update that changes nothing is not a change.
  const when =
    op === 'UPDATE' ? ` WHEN ${columns.map((c) => `NEW.${ident(c.name)} IS NOT OLD.${ident(c.name)}`).join(' OR ')}` : '';
  return (
    `CREATE TRIGGER ${ident(auditTriggerName(table, op))} AFTER ${op} ON ${ident(table)}${when}\n` +
    `BEGIN\n` +
    `  INSERT INTO ${AUDIT_TABLE} (at, actor, table_name, row_key, operation, before, after)\n` +
    `  VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ${actor}, ${literal(table)}, ${rowKey(keyRow, columns)}, ` +
    `'${op}', ${before}, ${after});\n` +
    `END`
  );
}

export function dropAuditTriggers(db: Database, table: string): void {
  for (const op of OPERATIONS) db.exec(`DROP TRIGGER IF EXISTS ${ident(auditTriggerName(table, op))}`);
}

/**
 * Makes every table's audit triggers match its current columns; creates what is missing. Returns how
 * many triggers it (re)created. Does nothing before migration 0004 has made the log.
 */
export function syncAuditTriggers(db: Database): number {
  const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(AUDIT_TABLE);
  if (!hasLog) return 0;
  const existing = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[]).map(
      (t) => [t.name, t.sql],
    ),
  );
  let changed = 0;
  for (const table of auditedTables(db)) {
    const columns = columnsOf(db, table);
    for (const op of OPERATIONS) {
      const name = auditTriggerName(table, op);
      const sql = triggerSql(table, op, columns);
      if (existing.get(name) === sql) continue;
      db.exec(`DROP TRIGGER IF EXISTS ${ident(name)}`);
      db.exec(sql);
      changed++;
    }
  }
  return changed;
}

// ---- The user name ----

/** Records a user name given at start (tests, a managed install) unless one is set already. */
export function ensureUserName(db: Database, defaultName: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(USER_NAME_KEY, defaultName);
}

/** The name set for this installation, or '' while none is set (the log then says UNSET_USER_NAME). */
export function getUserName(db: Database): string {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(USER_NAME_KEY) as { value: string } | undefined;
  return row?.value ?? '';
}

export function setUserName(db: Database, userName: string): string {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    USER_NAME_KEY,
    userName,
  );
  return getUserName(db);
}

// ---- Reading the log ----

/** An entry as stored: before and after as JSON text. */
type AuditRow = Omit<AuditEntry, 'before' | 'after'> & { before: string | null; after: string | null };

function parseRow(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function listAudit(db: Database, input: { limit?: number | undefined; beforeId?: number | undefined; tableName?: string | undefined }): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, table_name AS tableName, row_key AS rowKey, operation, before, after
       FROM ${AUDIT_TABLE}
       WHERE (:beforeId IS NULL OR id < :beforeId) AND (:tableName IS NULL OR table_name = :tableName)
       ORDER BY id DESC LIMIT :limit`,
    )
    .all({ beforeId: input.beforeId ?? null, tableName: input.tableName ?? null, limit: input.limit ?? 100 }) as AuditRow[];
  return rows.map((r) => ({ ...r, before: parseRow(r.before), after: parseRow(r.after) }));
}
