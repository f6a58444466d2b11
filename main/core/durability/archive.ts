// The whole archive as one JSON file: every table, every row, in a fixed order, so that export → import
// into a new store → export gives the same bytes. Values keep their SQLite storage class: integers as
// JSON numbers (or {"$int": "…"} beyond 2^53), reals as numbers (or {"$real": …} when integral or
// infinite), blobs as {"$blob": base64}. The full-text index is exported as rows too (it is a table, and
// its rows cannot always be rebuilt exactly); only its internal shadow tables are left out. Derived count
// tables (DERIVED_TABLES in audit.ts) are exported and imported as rows like any table, so the round trip stays
// exact; import sets the triggers aside, so the imported counts are exactly the exported ones.
//
// Import goes only into a new store — one with nothing but what the first start made — and happens in
// one transaction with the triggers set aside (they would refuse rows of adopted minutes and log every
// row twice) and put back unchanged before the commit.
//
// In rescue mode the export reads what it can, table by table, and says what it could not.
import type { Database } from 'better-sqlite3';
import { Buffer } from 'node:buffer';
import type { ArchiveExport, ArchiveImportResult } from '../../../shared/contract.durability';
import { todayLocalDate } from '../../../shared/format';
import { AppError } from '../errors';
import { AUDIT_TABLE, DERIVED_TABLES } from './audit';
import { SECRET_TABLES } from './erasure-secret';

export const ARCHIVE_FORMAT = 'coalitietafel-archief';
export const ARCHIVE_FORMAT_VERSION = 1;

interface TableSpec {
  name: string;
  columns: string[];
  /** Columns written on insert: FTS tables take their rowid explicitly. */
  orderBy: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const SEQUENCE_TABLE = 'sqlite_sequence';

/** What the archive holds: ordinary tables (never the secret ones), FTS5 tables (with rowid) and sqlite_sequence; sorted by name. */
export function archiveTables(db: Database): TableSpec[] {
  const list = db.prepare("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main'").all() as {
    name: string;
    type: string;
    wr: number;
  }[];
  const specs: TableSpec[] = [];
  for (const t of list) {
    if (SECRET_TABLES.has(t.name)) continue;
    if (t.type === 'table' && (!t.name.startsWith('sqlite_') || t.name === SEQUENCE_TABLE)) {
      const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(t.name) as { name: string; pk: number }[];
      const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => ident(c.name));
      const orderBy = t.name === SEQUENCE_TABLE ? '"name"' : t.wr ? pk.join(', ') : 'rowid';
      specs.push({ name: t.name, columns: info.map((c) => c.name), orderBy });
    } else if (t.type === 'virtual') {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(t.name) as string | undefined;
      if (!sql || !/USING\s+fts5/i.test(sql)) continue;
      const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(t.name) as string[];
      specs.push({ name: t.name, columns: ['rowid', ...columns], orderBy: 'rowid' });
    }
  }
  return specs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// ---- Values ----

type Encoded = null | string | number | { $int: string } | { $real: number | string } | { $blob: string };

function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : { $int: value.toString() };
  }
  if (typeof value === 'number') {
    // Read with safeIntegers, so a number here is a REAL; keep it one when JSON would make it look like an integer.
    if (!Number.isFinite(value)) return { $real: String(value) };
    return Number.isInteger(value) ? { $real: value } : value;
  }
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return { $blob: value.toString('base64') };
  throw new Error(`Unexpected SQLite value of type ${typeof value}`);
}

function decodeValue(value: unknown, where: string): unknown {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const v = value as Record<string, unknown>;
    if (keys.length === 1 && keys[0] === '$int' && typeof v.$int === 'string' && /^-?\d{1,20}$/.test(v.$int)) return BigInt(v.$int);
    if (keys.length === 1 && keys[0] === '$real' && (typeof v.$real === 'number' || ['Infinity', '-Infinity'].includes(String(v.$real)))) {
      return Number(v.$real);
    }
    if (keys.length === 1 && keys[0] === '$blob' && typeof v.$blob === 'string') return Buffer.from(v.$blob, 'base64');
  }
  throw invalidArchive(`een onbekende waarde in ${where}`);
}

// ---- Export ----

export interface ArchiveReadResult {
  json: string;
  tables: number;
  rows: number;
  problems: string[];
}

/** Writes the archive text; tolerant of damage (rescue mode): an unreadable table is reported, not fatal. */
export function writeArchive(db: Database): ArchiveReadResult {
  const problems: string[] = [];
  let specs: TableSpec[];
  let schemaVersion: number;
  const nothingReadable = (why: string) =>
    new AppError('storage', `Uit deze database kan niets meer worden gelezen (${why}). Zet een reservekopie terug.`);
  try {
    specs = archiveTables(db);
    schemaVersion = Number(db.pragma('user_version', { simple: true }));
  } catch (error) {
    throw nothingReadable((error as Error).message);
  }
  // Every store has tables from its first start on; none at all means the file could not be opened.
  if (specs.length === 0) throw nothingReadable('geen enkele tabel gevonden');
  const parts: string[] = [
    `{"format":${JSON.stringify(ARCHIVE_FORMAT)},"formatVersion":${ARCHIVE_FORMAT_VERSION},"schemaVersion":${schemaVersion},"tables":{`,
  ];
  let rowCount = 0;
  specs.forEach((spec, index) => {
    const lines: string[] = [];
    try {
      const select = `SELECT ${spec.columns.map((c) => (c === 'rowid' ? 'rowid' : ident(c))).join(', ')} FROM ${ident(spec.name)} ORDER BY ${spec.orderBy}`;
      const stmt = db.prepare(select).raw(true).safeIntegers(true);
      for (const row of stmt.iterate() as Iterable<unknown[]>) lines.push(JSON.stringify(row.map(encodeValue)));
    } catch (error) {
      problems.push(`Tabel ${spec.name}: na ${lines.length} rijen onleesbaar (${(error as Error).message}).`);
    }
    rowCount += lines.length;
    const rows = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
    parts.push(`${index === 0 ? '\n' : ',\n'}${JSON.stringify(spec.name)}:{"columns":${JSON.stringify(spec.columns)},"rows":${rows}}`);
  });
  parts.push('\n}}\n');
  return { json: parts.join(''), tables: specs.length, rows: rowCount, problems };
}

export function exportArchive(db: Database, now = new Date()): ArchiveExport {
  const { json, tables, rows, problems } = writeArchive(db);
  return {
    file: {
      fileName: `coalitietafel-archief-${todayLocalDate(now)}.json`,
      mimeType: 'application/json',
      base64: Buffer.from(json, 'utf8').toString('base64'),
    },
    tables,
    rows,
    complete: problems.length === 0,
    problems,
  };
}

// ---- Import ----

function invalidArchive(what: string): AppError {
  return new AppError('invalid-input', `Dit is geen bruikbaar Coalitietafel-archief: ${what}. Er is niets gewijzigd.`);
}

interface ParsedTable {
  columns: string[];
  rows: unknown[][];
}

function parseArchive(json: string): { schemaVersion: number; tables: Map<string, ParsedTable> } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw invalidArchive('het is geen geldige JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalidArchive('het is geen archiefbestand');
  const d = data as Record<string, unknown>;
  if (d.format !== ARCHIVE_FORMAT) throw invalidArchive('het bestand is niet door Coalitietafel gemaakt');
  if (d.formatVersion !== ARCHIVE_FORMAT_VERSION) {
    throw invalidArchive(`het archiefformaat (versie ${String(d.formatVersion)}) is onbekend voor deze versie van de app`);
  }
  if (typeof d.schemaVersion !== 'number' || !Number.isInteger(d.schemaVersion)) throw invalidArchive('de schemaversie ontbreekt');
  if (typeof d.tables !== 'object' || d.tables === null || Array.isArray(d.tables)) throw invalidArchive('de tabellen ontbreken');
  // A Map, never an object keyed by table names: a table called "__proto__" must stay just a name.
  const tables = new Map<string, ParsedTable>();
  for (const [name, value] of Object.entries(d.tables as Record<string, unknown>)) {
    const t = value as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null || !Array.isArray(t.columns) || !Array.isArray(t.rows)) {
      throw invalidArchive(`tabel ${name} is onvolledig`);
    }
    if (!t.columns.every((c) => typeof c === 'string')) throw invalidArchive(`de kolommen van tabel ${name} kloppen niet`);
    const columns = t.columns as string[];
    for (const row of t.rows) {
      if (!Array.isArray(row) || row.length !== columns.length) throw invalidArchive(`een rij van tabel ${name} heeft niet ${columns.length} waarden`);
    }
    tables.set(name, { columns, rows: t.rows as unknown[][] });
  }
  return { schemaVersion: d.schemaVersion, tables };
}

/**
 * A new store holds only what its first start wrote: the profile and settings, each row logged as an
 * insert up to the "profile loaded" marker, and nothing changed since. Anything else is someone's work.
 */
export function isNewStore(db: Database): boolean {
  const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(AUDIT_TABLE);
  if (!hasLog) return false;
  const marker =
    (db
      .prepare(`SELECT id FROM ${AUDIT_TABLE} WHERE table_name = 'settings' AND row_key = 'profile.loaded' AND operation = 'INSERT' ORDER BY id LIMIT 1`)
      .pluck()
      .get() as number | undefined) ?? 0;
  // Everything up to the marker is the first start's one transaction (which may update what it inserted).
  const laterChanges = db
    .prepare(`SELECT count(*) FROM ${AUDIT_TABLE} WHERE table_name <> 'settings' AND id > ?`)
    .pluck()
    .get(marker) as number;
  if (laterChanges > 0) return false;
  // Rows without a logged insert were there before the audit trail existed: someone's work.
  const logged = new Map(
    (
      db
        .prepare(`SELECT table_name AS name, count(*) AS n FROM ${AUDIT_TABLE} WHERE operation = 'INSERT' GROUP BY table_name`)
        .all() as { name: string; n: number }[]
    ).map(
      (r) => [r.name, r.n],
    ),
  );
  for (const spec of archiveTables(db)) {
    // Derived tables (vinkje counts) are not audited: their rows follow from the audited tables checked here;
    // so do SQLite's high-water marks of the keys (sqlite_sequence).
    if (spec.name === 'settings' || spec.name === AUDIT_TABLE || spec.name === SEQUENCE_TABLE || DERIVED_TABLES.has(spec.name)) continue;
    const count = db.prepare(`SELECT count(*) FROM ${ident(spec.name)}`).pluck().get() as number;
    if (count > 0 && count !== (logged.get(spec.name) ?? 0)) return false;
  }
  return true;
}

export function importArchive(db: Database, json: string): ArchiveImportResult {
  if (!isNewStore(db)) {
    throw new AppError(
      'conflict',
      'Een archief kan alleen worden ingelezen in een nieuwe, lege database. Deze database bevat al eigen gegevens ' +
        '(vergaderingen, wijzigingen in de coalitie of andere invoer); er is niets gewijzigd. Start Coalitietafel met ' +
        'een nieuwe, lege gegevensmap en lees het archief daar in.',
    );
  }
  const archive = parseArchive(json);
  const version = Number(db.pragma('user_version', { simple: true }));
  if (archive.schemaVersion !== version) {
    throw new AppError(
      'conflict',
      `Dit archief heeft schemaversie ${archive.schemaVersion}, deze versie van Coalitietafel werkt met versie ${version}. ` +
        'Lees het in met de versie van de app waarmee het is gemaakt. Er is niets gewijzigd.',
    );
  }
  const specs = archiveTables(db);
  const known = new Set(specs.map((s) => s.name));
  const unknown = [...archive.tables.keys()].filter((n) => !known.has(n));
  const missing = specs.filter((s) => !archive.tables.has(s.name)).map((s) => s.name);
  if (unknown.length > 0) throw invalidArchive(`onbekende tabellen (${unknown.slice(0, 5).join(', ')})`);
  if (missing.length > 0) throw invalidArchive(`ontbrekende tabellen (${missing.slice(0, 5).join(', ')})`);
  for (const spec of specs) {
    const columns = archive.tables.get(spec.name)!.columns;
    if (columns.join('\u0000') !== spec.columns.join('\u0000')) throw invalidArchive(`de kolommen van tabel ${spec.name} kloppen niet`);
  }

  let rows = 0;
  db.transaction(() => {
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as { name: string; sql: string }[];
    for (const t of triggers) db.exec(`DROP TRIGGER ${ident(t.name)}`);
    // Rows arrive table by table in name order; references are checked once, at the commit.
    db.pragma('defer_foreign_keys = ON');
    for (const spec of specs) db.exec(`DELETE FROM ${ident(spec.name)}`);
    // The keys' high-water marks last: inserting into a keyed table writes its own mark, which the archive's replaces.
    for (const spec of [...specs.filter((s) => s.name !== SEQUENCE_TABLE), ...specs.filter((s) => s.name === SEQUENCE_TABLE)]) {
      if (spec.name === SEQUENCE_TABLE) db.exec(`DELETE FROM ${SEQUENCE_TABLE}`);
      const table = archive.tables.get(spec.name)!;
      if (table.rows.length === 0) continue;
      const cols = spec.columns.map((c) => (c === 'rowid' ? 'rowid' : ident(c))).join(', ');
      const insert = db.prepare(`INSERT INTO ${ident(spec.name)} (${cols}) VALUES (${spec.columns.map(() => '?').join(', ')})`);
      for (const row of table.rows) {
        insert.run(row.map((v) => decodeValue(v, `tabel ${spec.name}`)));
        rows++;
      }
    }
    for (const t of triggers) db.exec(t.sql);
    const broken = db.prepare('SELECT "table" FROM pragma_foreign_key_check LIMIT 1').pluck().get() as string | undefined;
    if (broken !== undefined) throw invalidArchive(`tabel ${broken} verwijst naar rijen die in het archief ontbreken`);
  })();
  return {
    tables: specs.length,
    rows,
    message: `Het archief is ingelezen: ${rows} rijen in ${specs.length} tabellen.`,
  };
}
