// Is the database safe to work in? The checks at start-up (quick_check on a read-only connection, before
// anything could write) and after opening (the durability pragmas really in force), and the Dutch words
// for what went wrong. A store that fails them is never deleted or overwritten: openCore opens it in
// rescue mode instead (see rescue.ts).
import type Database from 'better-sqlite3';
import { openDatabase, readHeaderAndSchema } from '../store/sqlite';
import { existsSync } from 'node:fs';

export type StoreProblemKind =
  | 'corrupt'
  | 'unreadable'
  | 'read-only'
  | 'full'
  | 'io'
  | 'locked'
  | 'settings'
  | 'empty'
  | 'missing'
  | 'other';

/** The store cannot be used for writing; reason is Dutch and fit to show, detail is SQLite's own words. */
export class StoreUnusableError extends Error {
  constructor(
    readonly kind: StoreProblemKind,
    readonly reason: string,
    readonly detail: string,
  ) {
    super(reason);
    this.name = 'StoreUnusableError';
  }
}

const NOTHING_LOST =
  'Er is niets verwijderd of overschreven: Coalitietafel is alleen-lezen geopend (herstelmodus).';

const REASONS: Record<StoreProblemKind, string> = {
  corrupt:
    `Het databasebestand is beschadigd: de controle bij het starten vond fouten. ${NOTHING_LOST} ` +
    'Zet de laatste goede reservekopie terug, of exporteer eerst wat nog leesbaar is.',
  unreadable:
    `Het databasebestand kan niet worden gelezen (geen toegang, of het is geen Coalitietafel-database). ${NOTHING_LOST} ` +
    'Controleer de rechten op het bestand of zet een reservekopie terug.',
  'read-only':
    `Het databasebestand of de map waarin het staat is alleen-lezen, dus er kan niets worden opgeslagen. ${NOTHING_LOST} ` +
    'Geef weer schrijfrechten en kies "Opnieuw proberen".',
  full: `De schijf is vol, dus er kan niets worden opgeslagen. ${NOTHING_LOST} Maak ruimte vrij en kies "Opnieuw proberen".`,
  io:
    `De schijf gaf een lees- of schrijffout. ${NOTHING_LOST} ` +
    'Controleer de schijf (of de USB-stick of netwerkmap) en kies "Opnieuw proberen", of zet een reservekopie terug.',
  locked:
    `De database is in gebruik door een ander programma (draait Coalitietafel misschien al?). ${NOTHING_LOST} ` +
    'Sluit het andere programma en kies "Opnieuw proberen".',
  settings:
    'De database kan hier niet veilig worden gebruikt: de beveiligingsinstellingen (WAL-logboek, volledige ' +
    `schijfsynchronisatie, verwijzingscontrole) konden niet worden ingesteld. ${NOTHING_LOST} ` +
    'Zet de gegevens op een lokale schijf in plaats van een netwerkmap.',
  empty:
    `Het databasebestand is leeg (0 bytes): de gegevens zijn verdwenen, bijvoorbeeld doordat het bestand is afgekapt. ${NOTHING_LOST} ` +
    'Coalitietafel begint hier geen nieuw archief. Zet de laatste goede reservekopie terug.',
  missing:
    'Het databasebestand ontbreekt, maar in de map met reservekopieën staan wel reservekopieën van een archief. ' +
    'Coalitietafel begint daarom geen nieuw, leeg archief (dat zou uw reservekopieën op den duur verdringen). ' +
    'Zet de laatste goede reservekopie terug. Wilt u echt opnieuw beginnen, verplaats dan eerst de map met reservekopieën.',
  other: `De database kon niet veilig worden geopend. ${NOTHING_LOST} Zet een reservekopie terug of vraag hulp.`,
};

/** SQLite's result codes (better-sqlite3's error.code), grouped by what the user can do about them. */
export function problemKindOf(error: unknown): StoreProblemKind | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_FORMAT') return 'corrupt';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) return 'unreadable';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'unreadable';
  if (code === 'ENOSPC') return 'full';
  if (code === 'EROFS') return 'read-only';
  if (code === 'EIO') return 'io';
  return code.startsWith('SQLITE_') ? 'other' : null;
}

export function storeProblem(kind: StoreProblemKind, detail: string): StoreUnusableError {
  return new StoreUnusableError(kind, REASONS[kind], detail);
}

/** Wraps an error from opening or migrating as a store problem, or returns null for a plain bug. */
export function asStoreProblem(error: unknown): StoreUnusableError | null {
  if (error instanceof StoreUnusableError) return error;
  const kind = problemKindOf(error);
  if (kind === null) return null;
  const e = error as { code?: string; message?: string };
  return storeProblem(kind, `${e.code}: ${e.message ?? ''}`.trim());
}

/**
 * Runs PRAGMA quick_check on a read-only connection before the app opens the file for writing, so a
 * damaged database is never touched (a read-write connection would checkpoint its WAL on close).
 * A missing file is a new store and passes.
 */
export function probeDatabase(file: string, options: { wholeFile?: boolean } = {}): void {
  if (file === ':memory:' || !existsSync(file)) return;
  let db: Database.Database | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    readHeaderAndSchema(db);
    // wholeFile false: quick_check has just passed in a worker (see check-in-worker.ts).
    const problems = options.wholeFile === false ? [] : quickCheck(db);
    if (problems.length > 0) throw storeProblem('corrupt', `quick_check: ${problems.join('; ')}`);
  } catch (error) {
    throw asStoreProblem(error) ?? error;
  } finally {
    db?.close();
  }
}

/** quick_check's findings (at most ten); an empty list means "ok". */
export function quickCheck(db: Database.Database): string[] {
  const rows = db.pragma('quick_check(10)', { simple: false }) as { quick_check: string }[];
  const found = rows.map((r) => r.quick_check);
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}

/** The full integrity_check of a file that nobody is writing (a backup), on a read-only connection. */
export function integrityCheckFile(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check(10)', { simple: false }) as { integrity_check: string }[];
    const found = rows.map((r) => r.integrity_check);
    return found.length === 1 && found[0] === 'ok' ? [] : found;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return [`${e.code ?? 'fout'}: ${e.message ?? String(error)}`];
  } finally {
    db?.close();
  }
}

/** Fails loudly when the pragmas the store relies on are not in force after opening. */
export function assertDurablePragmas(db: Database.Database): void {
  const journal = String(db.pragma('journal_mode', { simple: true })).toLowerCase();
  const synchronous = Number(db.pragma('synchronous', { simple: true }));
  const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
  const wrong: string[] = [];
  if (journal !== 'wal') wrong.push(`journal_mode=${journal} (verwacht wal)`);
  if (synchronous !== 2) wrong.push(`synchronous=${synchronous} (verwacht 2, FULL)`);
  if (foreignKeys !== 1) wrong.push(`foreign_keys=${foreignKeys} (verwacht 1)`);
  if (wrong.length > 0) throw storeProblem('settings', wrong.join(', '));
}
