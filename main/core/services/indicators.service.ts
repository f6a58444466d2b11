// Key indicators per theme, their values per wijk and for the city, entered by hand or imported from CSV.
//
// Two ways in for CSV. Small files: importPreview (writes nothing) then importCommit (one transaction).
// Large files (the web host takes at most 1 MB per request; a 100,000-row export is ~4 MB): importStart and
// importAppend carry the text in parts, importNext checks a batch of rows per call so the renderer can show
// progress between calls, importReport is the preview, and importFinish swaps every staged row in with one
// transaction. Nothing reaches indicator_values before importFinish or importCommit.
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import {
  CITY_AREA,
  CITY_LABEL,
  IMPORT_ERROR_LIMIT,
  IMPORT_SAMPLE_SIZE,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
  type ImportRowError,
  type Indicator,
  type IndicatorValue,
} from '../../../shared/registers';
import * as repo from '../store/indicators.repo';
import { existingIds, listWijkNames } from '../store/profile.repo';
import {
  buildLookups,
  checkRecord,
  duplicateMessage,
  isRowError,
  readHeader,
  type CsvHeader,
  type Lookups,
  type ParsedRow,
} from '../imports/indicator-csv';
import { CsvRecordReader, isBlank, readCsv } from '../imports/csv-records';
import { AppError, notFound, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';

export type IndicatorInput = ValidInput<'indicators:create'>;

export const listIndicators = (db: Db, input: { themeId?: string | undefined }): Indicator[] => repo.listIndicators(db, input.themeId);

export function getIndicator(db: Db, id: number): Indicator {
  const indicator = repo.getIndicator(db, id);
  if (!indicator) throw notFound('Deze indicator');
  return indicator;
}

function fieldsOf(db: Db, input: IndicatorInput, id?: number): repo.IndicatorFields {
  if (!existingIds(db, 'themes', [input.themeId]).has(input.themeId)) throw notFound(`Thema "${input.themeId}"`);
  const same = repo.findIndicatorByName(db, input.name);
  if (same && same.id !== id) throw new AppError('conflict', `Er is al een indicator met de naam "${input.name}".`);
  return {
    themeId: input.themeId,
    name: input.name,
    unit: input.unit?.trim() ?? '',
    source: input.source?.trim() ?? '',
    better: input.better,
    description: input.description ?? '',
  };
}

export function createIndicator(db: Db, input: IndicatorInput): Indicator {
  return db.transaction(() => getIndicator(db, repo.insertIndicator(db, fieldsOf(db, input), nowIso())))();
}

export function updateIndicator(db: Db, input: IndicatorInput & { id: number }): Indicator {
  return db.transaction(() => {
    getIndicator(db, input.id);
    repo.updateIndicator(db, input.id, fieldsOf(db, input, input.id), nowIso());
    return getIndicator(db, input.id);
  })();
}

/** Removing an indicator with values takes them along only when asked to, so one click cannot wipe a series. */
export function removeIndicator(db: Db, input: { id: number; withValues?: boolean | undefined }): { ok: true } {
  db.transaction(() => {
    const indicator = getIndicator(db, input.id);
    if (indicator.valueCount > 0 && input.withValues !== true) {
      throw ruleViolation(
        `Indicator "${indicator.name}" heeft ${indicator.valueCount.toLocaleString('nl-NL')} ` +
          `${indicator.valueCount === 1 ? 'waarde' : 'waarden'}; bevestig dat die ook worden verwijderd.`,
      );
    }
    repo.deleteIndicator(db, input.id);
  })();
  return { ok: true };
}

// ---- Values by hand ----

function requireArea(db: Db, area: string): void {
  if (area !== CITY_AREA && !existingIds(db, 'wijken', [area]).has(area)) {
    throw new AppError('not-found', `Onbekend gebied "${area}": kies een wijk of Groningen als geheel.`);
  }
}

export function listValues(db: Db, input: { indicatorId: number; area?: string | undefined }): IndicatorValue[] {
  getIndicator(db, input.indicatorId);
  return repo.listValues(db, input.indicatorId, input.area);
}

export function setValue(
  db: Db,
  input: { indicatorId: number; area: string; period: string; value: number; source?: string | undefined },
): IndicatorValue {
  return db.transaction(() => {
    getIndicator(db, input.indicatorId);
    requireArea(db, input.area);
    repo.upsertValue(db, input.indicatorId, input.area, input.period, input.value, input.source?.trim() ?? '');
    return repo.getValue(db, repo.findValueId(db, input.indicatorId, input.area, input.period)!)!;
  })();
}

export function removeValue(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    if (!repo.getValue(db, input.id)) throw notFound('Deze waarde');
    repo.deleteValue(db, input.id);
  })();
  return { ok: true };
}

// ---- CSV: shared checks ----

function lookups(db: Db): Lookups {
  return buildLookups(repo.listIndicators(db), listWijkNames(db), CITY_LABEL);
}

interface Parsed {
  rows: ParsedRow[];
  errors: ImportRowError[];
}

/** Checks a whole (small) CSV in memory: one pass, duplicates within the file reported on the later line. */
function parseWhole(db: Db, csv: string): Parsed {
  const nonBlank = readCsv(csv).filter((r) => !isBlank(r.fields));
  const headerRecord = nonBlank[0];
  if (!headerRecord) throw ruleViolation('Het bestand is leeg; er is niets ingelezen.');
  const header = readHeader(headerRecord.fields);
  if ('error' in header) throw ruleViolation(header.error);
  const look = lookups(db);
  const rows: ParsedRow[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  for (const record of nonBlank.slice(1)) {
    const checked = checkRecord(record, header, look);
    if (isRowError(checked)) {
      errors.push(checked);
      continue;
    }
    const key = `${checked.indicatorId}\u0000${checked.area}\u0000${checked.period}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push({ line: checked.line, message: duplicateMessage(first) });
    else {
      seen.set(key, checked.line);
      rows.push(checked);
    }
  }
  return { rows, errors };
}

function toPreview(parsed: Parsed): ImportPreview {
  return {
    rows: parsed.rows.length,
    errors: parsed.errors.slice(0, IMPORT_ERROR_LIMIT),
    errorCount: parsed.errors.length,
    sample: parsed.rows.slice(0, IMPORT_SAMPLE_SIZE).map((r) => ({
      line: r.line,
      indicatorId: r.indicatorId,
      indicatorName: r.indicatorName,
      area: r.area,
      areaName: r.areaName,
      period: r.period,
      value: r.value,
    })),
  };
}

/** What the import would write, and every row it would refuse with the reason. Writes nothing. */
export function importPreview(db: Db, input: { csv: string }): ImportPreview {
  return toPreview(parseWhole(db, input.csv));
}

function refuseErrors(errorCount: number): never {
  throw ruleViolation(
    `${errorCount.toLocaleString('nl-NL')} ${errorCount === 1 ? 'regel bevat een fout' : 'regels bevatten fouten'}; ` +
      'er is niets ingelezen. Verbeter het bestand, of kies ervoor alleen de goede regels in te lezen.',
  );
}

/** Writes every valid row (insert or update) in one transaction; refused with errors unless skipInvalid. */
export function importCommit(db: Db, input: { csv: string; skipInvalid?: boolean | undefined }): ImportResult {
  return db.transaction(() => {
    // Parsed inside the transaction, so the indicators it matched cannot change before the write.
    const parsed = parseWhole(db, input.csv);
    if (parsed.errors.length > 0 && input.skipInvalid !== true) refuseErrors(parsed.errors.length);
    const { inserted, updated } = repo.upsertRows(db, parsed.rows);
    return { written: inserted + updated, inserted, updated, skipped: parsed.errors.length };
  })();
}

// ---- CSV: chunked, with progress ----

/** Far more than any Basismonitor export; stops a runaway upload from filling the temp store. */
const MAX_IMPORT_ROWS = 1_000_000;
/** Imports a closed window left behind are dropped after this long. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

function progressOf(row: repo.ImportRow): ImportProgress {
  const complete = row.complete === 1;
  return {
    importId: row.id,
    complete,
    total: row.total,
    processed: row.processed,
    valid: row.valid,
    errorCount: row.errorCount,
    done: complete && row.header !== null && row.processed === row.total,
  };
}

function requireImport(db: Db, importId: string): repo.ImportRow {
  const row = repo.getImport(db, importId);
  if (!row) throw new AppError('not-found', 'Deze import bestaat niet (meer); begin opnieuw met het bestand.');
  return row;
}

/**
 * The parser of each import under way, which keeps an unfinished record between parts. It lives as long as the
 * staging does (temp tables of this connection); a part for an import it does not know starts nothing.
 */
const readers = new Map<string, CsvRecordReader>();

function dropImport(db: Db, importId: string): void {
  readers.delete(importId);
  repo.deleteImport(db, importId);
}

/** Parses a part into records and stores their fields as lines; reads the header from the first record. */
function receivePart(db: Db, row: repo.ImportRow, part: string, more: boolean): void {
  if (row.complete === 1) throw ruleViolation('Dit bestand is al helemaal ontvangen; begin een nieuwe import.');
  const reader = readers.get(row.id);
  if (!reader) throw new AppError('not-found', 'Deze import bestaat niet (meer); begin opnieuw met het bestand.');
  const records = more ? reader.push(part) : [...reader.push(part), ...reader.end()];
  if (!more) readers.delete(row.id);
  let header = row.header;
  let total = row.total;
  const insertLine = repo.lineInserter(db, row.id);
  for (const record of records) {
    if (isBlank(record.fields)) continue;
    if (header === null) {
      const read = readHeader(record.fields);
      if ('error' in read) throw ruleViolation(read.error);
      header = JSON.stringify(read);
      continue;
    }
    total++;
    if (total > MAX_IMPORT_ROWS) {
      throw ruleViolation(`Een import kan hoogstens ${MAX_IMPORT_ROWS.toLocaleString('nl-NL')} regels bevatten; splits het bestand.`);
    }
    insertLine(total, record.line, JSON.stringify(record.fields));
  }
  if (!more && header === null) throw ruleViolation('Het bestand is leeg; er is niets ingelezen.');
  repo.saveImportState(db, row.id, { carry: '', carryLine: 1, atStart: false, header, complete: !more, total });
}

/** Begins a chunked import with the first part of the CSV (or all of it); more: true when parts follow. */
export function importStart(db: Db, input: { csv: string; more?: boolean | undefined }): ImportProgress {
  const cutoff = new Date(now().getTime() - STALE_AFTER_MS).toISOString();
  const importId = randomUUID();
  repo.ensureStaging(db);
  readers.set(importId, new CsvRecordReader());
  try {
    db.transaction(() => {
      for (const stale of repo.staleImportIds(db, cutoff)) dropImport(db, stale);
      repo.insertImport(db, importId, nowIso());
      receivePart(db, requireImport(db, importId), input.csv, input.more === true);
    })();
  } catch (error) {
    readers.delete(importId);
    throw error;
  }
  return progressOf(requireImport(db, importId));
}

export function importAppend(db: Db, input: { importId: string; chunk: string; more?: boolean | undefined }): ImportProgress {
  db.transaction(() => receivePart(db, requireImport(db, input.importId), input.chunk, input.more === true))();
  return progressOf(requireImport(db, input.importId));
}

/** Checks and stages up to maxRows received rows; call again until done. Each call is short and self-contained. */
export function importNext(db: Db, input: { importId: string; maxRows?: number | undefined }): ImportProgress {
  db.transaction(() => {
    const row = requireImport(db, input.importId);
    if (row.header === null) return;
    const header = JSON.parse(row.header) as CsvHeader;
    const look = lookups(db);
    const stage = repo.stager(db, row.id);
    const lines = repo.nextLines(db, row.id, row.processed, input.maxRows ?? 5_000);
    let { valid, errorCount } = row;
    for (const line of lines) {
      const checked = checkRecord({ line: line.line, fields: JSON.parse(line.text) as string[] }, header, look);
      if (isRowError(checked)) {
        stage.error(checked.line, checked.message);
        errorCount++;
        continue;
      }
      const firstLine = stage.row(checked);
      if (firstLine === null) valid++;
      else {
        stage.error(checked.line, duplicateMessage(firstLine));
        errorCount++;
      }
    }
    const last = lines[lines.length - 1];
    if (last) {
      repo.dropLinesThrough(db, row.id, last.seq);
      repo.saveImportCounts(db, row.id, { processed: last.seq, valid, errorCount });
    }
  })();
  return progressOf(requireImport(db, input.importId));
}

/** The preview of a chunked import: counts, the first errors and a sample of what would be written. */
export function importReport(db: Db, input: { importId: string }): ImportPreview & { progress: ImportProgress } {
  const row = requireImport(db, input.importId);
  return {
    rows: row.valid,
    errors: repo.stagedErrors(db, row.id, IMPORT_ERROR_LIMIT),
    errorCount: row.errorCount,
    sample: repo.stagedSample(db, row.id, IMPORT_SAMPLE_SIZE),
    progress: progressOf(row),
  };
}

/** The one write of a chunked import: all staged rows in one transaction, then the staging is dropped. */
export function importFinish(db: Db, input: { importId: string; skipInvalid?: boolean | undefined }): ImportResult {
  return db.transaction(() => {
    const row = requireImport(db, input.importId);
    const progress = progressOf(row);
    if (!progress.done) {
      throw ruleViolation(
        progress.complete
          ? `Nog niet alle regels zijn gecontroleerd (${row.processed.toLocaleString('nl-NL')} van ${row.total.toLocaleString('nl-NL')}).`
          : 'Het bestand is nog niet helemaal ontvangen.',
      );
    }
    if (row.errorCount > 0 && input.skipInvalid !== true) refuseErrors(row.errorCount);
    const orphans = repo.stagedOrphans(db, row.id);
    if (orphans > 0) {
      throw ruleViolation('Een indicator uit het bestand is intussen verwijderd; er is niets ingelezen. Begin opnieuw.');
    }
    const { inserted, updated } = repo.swapInStaged(db, row.id);
    dropImport(db, row.id);
    return { written: inserted + updated, inserted, updated, skipped: row.errorCount };
  })();
}

export function importCancel(db: Db, input: { importId: string }): { ok: true } {
  db.transaction(() => dropImport(db, input.importId))();
  return { ok: true };
}
