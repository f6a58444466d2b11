// Key indicators per theme and their values per wijk and for the city, per period; and the staging tables a
// large CSV import goes through before it is swapped in with one transaction.
import type { Db } from './connection';
import { CITY_AREA, CITY_LABEL, type ImportSampleRow, type Indicator, type IndicatorValue } from '../../../shared/registers';
import type { ParsedRow } from '../imports/indicator-csv';

export type IndicatorFields = Omit<Indicator, 'id' | 'valueCount' | 'latestPeriod'>;

const INDICATOR_SELECT = `
  SELECT i.id, i.theme_id AS themeId, i.name, i.unit, i.source, i.better, i.description,
         (SELECT count(*) FROM indicator_values v WHERE v.indicator_id = i.id) AS valueCount,
         (SELECT max(period) FROM indicator_values v WHERE v.indicator_id = i.id) AS latestPeriod
  FROM indicators i JOIN themes t ON t.id = i.theme_id`;

export function listIndicators(db: Db, themeId?: string): Indicator[] {
  return db
    .prepare(`${INDICATOR_SELECT} WHERE (? IS NULL OR i.theme_id = ?) ORDER BY t.position, i.name COLLATE NOCASE`)
    .all(themeId ?? null, themeId ?? null) as Indicator[];
}

export function getIndicator(db: Db, id: number): Indicator | null {
  return (db.prepare(`${INDICATOR_SELECT} WHERE i.id = ?`).get(id) as Indicator | undefined) ?? null;
}

export function findIndicatorByName(db: Db, name: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM indicators WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
}

export function insertIndicator(db: Db, f: IndicatorFields, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO indicators (theme_id, name, unit, source, better, description, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.themeId, f.name, f.unit, f.source, f.better, f.description, now, now).lastInsertRowid,
  );
}

export function updateIndicator(db: Db, id: number, f: IndicatorFields, now: string): void {
  db.prepare(
    'UPDATE indicators SET theme_id = ?, name = ?, unit = ?, source = ?, better = ?, description = ?, updated_at = ? WHERE id = ?',
  ).run(f.themeId, f.name, f.unit, f.source, f.better, f.description, now, id);
}

export function deleteIndicator(db: Db, id: number): void {
  db.prepare('DELETE FROM indicators WHERE id = ?').run(id);
}

// ---- Values ----

const VALUE_SELECT = `
  SELECT v.id, v.indicator_id AS indicatorId, v.area, coalesce(w.name, ?) AS areaName, v.period, v.value, v.source
  FROM indicator_values v LEFT JOIN wijken w ON w.id = v.area`;

export function listValues(db: Db, indicatorId: number, area?: string): IndicatorValue[] {
  return db
    .prepare(
      `${VALUE_SELECT} WHERE v.indicator_id = ? AND (? IS NULL OR v.area = ?)
       ORDER BY v.period, v.area = ?, coalesce(w.position, 0), v.area`,
    )
    .all(CITY_LABEL, indicatorId, area ?? null, area ?? null, CITY_AREA) as IndicatorValue[];
}

/** All values whose period falls in [fromPeriod, toPeriod] in text order ("2024" ≤ "2024-Q1" ≤ "2024-~"). */
export function valuesBetween(db: Db, fromPeriod: string, toPeriod: string): IndicatorValue[] {
  return db
    .prepare(`${VALUE_SELECT} WHERE v.period >= ? AND v.period <= ? ORDER BY v.indicator_id, v.period`)
    .all(CITY_LABEL, fromPeriod, toPeriod) as IndicatorValue[];
}

export function getValue(db: Db, id: number): IndicatorValue | null {
  return (db.prepare(`${VALUE_SELECT} WHERE v.id = ?`).get(CITY_LABEL, id) as IndicatorValue | undefined) ?? null;
}

export function findValueId(db: Db, indicatorId: number, area: string, period: string): number | null {
  const id = db
    .prepare('SELECT id FROM indicator_values WHERE indicator_id = ? AND area = ? AND period = ?')
    .pluck()
    .get(indicatorId, area, period) as number | undefined;
  return id ?? null;
}

const UPSERT_VALUE = `
  INSERT INTO indicator_values (indicator_id, area, period, value, source) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (indicator_id, area, period) DO UPDATE SET value = excluded.value, source = excluded.source`;

export function upsertValue(db: Db, indicatorId: number, area: string, period: string, value: number, source: string): void {
  db.prepare(UPSERT_VALUE).run(indicatorId, area, period, value, source);
}

export function deleteValue(db: Db, id: number): void {
  db.prepare('DELETE FROM indicator_values WHERE id = ?').run(id);
}

/** Upserts many rows with one prepared statement; the caller wraps it in a transaction. Returns how many existed. */
export function upsertRows(db: Db, rows: readonly ParsedRow[]): { inserted: number; updated: number } {
  const exists = db.prepare('SELECT 1 FROM indicator_values WHERE indicator_id = ? AND area = ? AND period = ?').pluck();
  const upsert = db.prepare(UPSERT_VALUE);
  let updated = 0;
  for (const r of rows) {
    if (exists.get(r.indicatorId, r.area, r.period) !== undefined) updated++;
    upsert.run(r.indicatorId, r.area, r.period, r.value, r.source);
  }
  return { inserted: rows.length - updated, updated };
}

// ---- Staging for chunked imports ----
// TEMP tables: they live beside the store for this connection only, so staged rows never reach the data file,
// its backups or another process, and vanish when the app stops. Only importFinish touches indicator_values.

const staged = new WeakSet<Db>();

export function ensureStaging(db: Db): void {
  if (staged.has(db)) return;
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS indicator_imports (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      carry TEXT NOT NULL DEFAULT '',
      carry_line INTEGER NOT NULL DEFAULT 1,
      at_start INTEGER NOT NULL DEFAULT 1,
      header TEXT,
      complete INTEGER NOT NULL DEFAULT 0,
      total INTEGER NOT NULL DEFAULT 0,
      processed INTEGER NOT NULL DEFAULT 0,
      valid INTEGER NOT NULL DEFAULT 0,
      error_count INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TEMP TABLE IF NOT EXISTS indicator_import_lines (
      import_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      line INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (import_id, seq)
    ) STRICT, WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS indicator_import_rows (
      import_id TEXT NOT NULL,
      indicator_id INTEGER NOT NULL,
      area TEXT NOT NULL,
      period TEXT NOT NULL,
      value REAL NOT NULL,
      source TEXT NOT NULL,
      line INTEGER NOT NULL,
      PRIMARY KEY (import_id, indicator_id, area, period)
    ) STRICT, WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS indicator_import_errors (
      import_id TEXT NOT NULL,
      line INTEGER NOT NULL,
      message TEXT NOT NULL,
      PRIMARY KEY (import_id, line)
    ) STRICT, WITHOUT ROWID;
  `);
  // Created inside a transaction that is later rolled back, the tables would vanish again: only remember
  // them when they were created outside one.
  if (!db.inTransaction) staged.add(db);
}

export interface ImportRow {
  id: string;
  createdAt: string;
  carry: string;
  carryLine: number;
  atStart: number;
  header: string | null;
  complete: number;
  total: number;
  processed: number;
  valid: number;
  errorCount: number;
}

export function getImport(db: Db, id: string): ImportRow | null {
  ensureStaging(db);
  return (
    (db
      .prepare(
        `SELECT id, created_at AS createdAt, carry, carry_line AS carryLine, at_start AS atStart, header, complete, total,
                processed, valid, error_count AS errorCount
         FROM temp.indicator_imports WHERE id = ?`,
      )
      .get(id) as ImportRow | undefined) ?? null
  );
}

export function insertImport(db: Db, id: string, now: string): void {
  ensureStaging(db);
  db.prepare('INSERT INTO temp.indicator_imports (id, created_at) VALUES (?, ?)').run(id, now);
}

export function saveImportState(
  db: Db,
  id: string,
  s: { carry: string; carryLine: number; atStart: boolean; header: string | null; complete: boolean; total: number },
): void {
  db.prepare(
    'UPDATE temp.indicator_imports SET carry = ?, carry_line = ?, at_start = ?, header = ?, complete = ?, total = ? WHERE id = ?',
  ).run(s.carry, s.carryLine, s.atStart ? 1 : 0, s.header, s.complete ? 1 : 0, s.total, id);
}

export function saveImportCounts(db: Db, id: string, c: { processed: number; valid: number; errorCount: number }): void {
  db.prepare('UPDATE temp.indicator_imports SET processed = ?, valid = ?, error_count = ? WHERE id = ?').run(
    c.processed,
    c.valid,
    c.errorCount,
    id,
  );
}

/** Prepared once per call, run per line: the hot path of a large import. */
export function lineInserter(db: Db, importId: string): (seq: number, line: number, text: string) => void {
  const insert = db.prepare('INSERT INTO temp.indicator_import_lines (import_id, seq, line, text) VALUES (?, ?, ?, ?)');
  return (seq, line, text) => insert.run(importId, seq, line, text);
}

export function nextLines(db: Db, importId: string, afterSeq: number, limit: number): { seq: number; line: number; text: string }[] {
  return db
    .prepare('SELECT seq, line, text FROM temp.indicator_import_lines WHERE import_id = ? AND seq > ? ORDER BY seq LIMIT ?')
    .all(importId, afterSeq, limit) as { seq: number; line: number; text: string }[];
}

export function dropLinesThrough(db: Db, importId: string, seq: number): void {
  db.prepare('DELETE FROM temp.indicator_import_lines WHERE import_id = ? AND seq <= ?').run(importId, seq);
}

export interface Stager {
  /** Stages a row; returns the line of an earlier row with the same key, or null when it is new. */
  row(r: ParsedRow): number | null;
  error(line: number, message: string): void;
}

export function stager(db: Db, importId: string): Stager {
  const insert = db.prepare(
    `INSERT INTO temp.indicator_import_rows (import_id, indicator_id, area, period, value, source, line)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const firstLine = db
    .prepare('SELECT line FROM temp.indicator_import_rows WHERE import_id = ? AND indicator_id = ? AND area = ? AND period = ?')
    .pluck();
  const insertError = db.prepare('INSERT OR REPLACE INTO temp.indicator_import_errors (import_id, line, message) VALUES (?, ?, ?)');
  return {
    row(r) {
      const { changes } = insert.run(importId, r.indicatorId, r.area, r.period, r.value, r.source, r.line);
      if (changes === 1) return null;
      return firstLine.get(importId, r.indicatorId, r.area, r.period) as number;
    },
    error(line, message) {
      insertError.run(importId, line, message);
    },
  };
}

export function stagedErrors(db: Db, importId: string, limit: number): { line: number; message: string }[] {
  return db
    .prepare('SELECT line, message FROM temp.indicator_import_errors WHERE import_id = ? ORDER BY line LIMIT ?')
    .all(importId, limit) as { line: number; message: string }[];
}

export function stagedSample(db: Db, importId: string, limit: number): ImportSampleRow[] {
  return db
    .prepare(
      `SELECT r.line, r.indicator_id AS indicatorId, i.name AS indicatorName, r.area, coalesce(w.name, ?) AS areaName,
              r.period, r.value
       FROM temp.indicator_import_rows r
       LEFT JOIN indicators i ON i.id = r.indicator_id LEFT JOIN wijken w ON w.id = r.area
       WHERE r.import_id = ? ORDER BY r.line LIMIT ?`,
    )
    .all(CITY_LABEL, importId, limit) as ImportSampleRow[];
}

/** Staged rows whose indicator was removed while the import waited. */
export function stagedOrphans(db: Db, importId: string): number {
  return db
    .prepare(
      `SELECT count(*) FROM temp.indicator_import_rows r
       WHERE r.import_id = ? AND NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = r.indicator_id)`,
    )
    .pluck()
    .get(importId) as number;
}

/** The swap: every staged row into indicator_values in one set-based statement. The caller holds the transaction. */
export function swapInStaged(db: Db, importId: string): { inserted: number; updated: number } {
  const updated = db
    .prepare(
      `SELECT count(*) FROM temp.indicator_import_rows r
       JOIN indicator_values v ON v.indicator_id = r.indicator_id AND v.area = r.area AND v.period = r.period
       WHERE r.import_id = ?`,
    )
    .pluck()
    .get(importId) as number;
  const { changes } = db
    .prepare(
      // The WHERE clause also keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
      `INSERT INTO indicator_values (indicator_id, area, period, value, source)
       SELECT indicator_id, area, period, value, source FROM temp.indicator_import_rows WHERE import_id = ?
       ON CONFLICT (indicator_id, area, period) DO UPDATE SET value = excluded.value, source = excluded.source`,
    )
    .run(importId);
  return { inserted: changes - updated, updated };
}

export function deleteImport(db: Db, importId: string): void {
  ensureStaging(db);
  for (const table of ['indicator_import_lines', 'indicator_import_rows', 'indicator_import_errors'] as const) {
    // Table names from the fixed list above.
    db.prepare(`DELETE FROM temp.${table} WHERE import_id = ?`).run(importId);
  }
  db.prepare('DELETE FROM temp.indicator_imports WHERE id = ?').run(importId);
}

/** Imports left behind by a closed window: older than the cut-off. */
export function staleImportIds(db: Db, before: string): string[] {
  ensureStaging(db);
  return db.prepare('SELECT id FROM temp.indicator_imports WHERE created_at < ?').pluck().all(before) as string[];
}
