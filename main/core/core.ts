// The core as one object: the store, its dispatcher and the way to close it. Runs under plain Node
// (tests, web host, benchmark) and inside Electron's main process alike.
//
// A database that cannot be used safely (damaged, unreadable, read-only, disk full at start) is never
// deleted or overwritten: openCore then returns a core in rescue mode, with a read-only connection,
// that refuses every write and offers to restore a backup or export what can still be read. A restore
// swaps the database underneath this object, so `db` and `dispatch` always reach the current store.
import { openDatabase, readHeaderAndSchema, useNativeBinding } from './store/sqlite';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './store/connection';
import { openStore } from './store/connection';
import { readProfileFile } from './store/profile.loader';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';
import type { DurabilityHost } from './handlers.durability';
import { AppError } from './errors';
import { asStoreProblem, integrityCheckFile, storeProblem, type StoreUnusableError } from './durability/health';
import { applyRetention, backupFolderFor, createBackup, latestGoodBackup, listBackups, stemOf, usedPages } from './durability/backups';
import { allowedInRescue, rescueRefusal, listSetAside, replaceDataFile } from './durability/rescue';
import { acquireStoreLock, lockPathFor } from './durability/store-lock';
import { makeFolderPrivate, makePrivate } from './durability/private-files';
import { removeStaleTemps } from './durability/stale-temps';
import { quickCheckInWorker, type RunningCheck } from './durability/check-in-worker';
import { isReadChannel } from './durability/rescue';
import { LATEST_VERSION } from './store/connection';
import type { RpcError } from '../../shared/contract';
import type { BackupEntry, BackupKind, RescueStatus, RestoreResult, StoreMode } from '../../shared/contract.durability';
import { formatDate, formatInstant } from '../../shared/format';
import { loadSealKey, useSealKey, type KeyCipher } from './durability/seal-key';
import { startIntegrityCheck, type IntegrityCheck } from './durability/integrity';

export { startBackupSchedule, type BackupSchedule } from './durability/backup-schedule';

export interface CoreOptions {
  /** The SQLite file; created with its folder when missing. */
  dataFile: string;
  /** The area profile loaded on first start (resources/groningen-noord.profile.json). */
  profilePath: string;
  log?: (error: unknown) => void;
  /** Where backups go; default: backups/ beside the data file. */
  backupFolder?: string;
  /** The audit trail's "who" for a new installation; default: the operating system's user name. */
  userName?: string;
  /** The clock, for tests. */
  now?: () => Date;
  /** The OS keychain for the seals' secret key (Electron safeStorage); without it the chain is unkeyed. */
  sealKeyCipher?: KeyCipher;
  /**
   * Who holds the data file's lock, in Dutch, as another process is told ("de webhost", "de app");
   * default: "de app" inside Electron, else "een ander Coalitietafel-proces".
   */
  lockOwner?: string;
  /**
   * Up to this size the whole-file check (quick_check) runs before the first screen, in a few milliseconds;
   * a larger archive is served read-only at once while the check runs in a worker. Default 8 MB.
   */
  checkInlineUpToBytes?: number;
  /** better-sqlite3's compiled module for this process when it is not the one in node_modules (Electron). */
  nativeBinding?: string;
}

const INLINE_CHECK_BYTES = 8 * 1024 * 1024;

/** A write while a large archive's start-up check still runs: refused, nothing changed, soon possible. */
export const CHECKING_REFUSAL: RpcError = {
  code: 'storage',
  message:
    'Even geduld, de controle van de database loopt nog (bij een groot archief duurt dat enkele seconden). ' +
    'Er is niets gewijzigd; probeer het zo opnieuw.',
};

export interface Core {
  /** The current connection; read-only in rescue mode. Changes when a backup is restored. */
  readonly db: Db;
  readonly mode: StoreMode;
  readonly dataFile: string;
  readonly backupFolder: string;
  /** True when this opening created a new, empty store (its start-up backup then removes no other backup). */
  readonly createdNow: boolean;
  dispatch: Dispatch;
  status(): RescueStatus;
  /** A backup of the live store through SQLite's backup API, then retention. Refused in rescue mode. */
  createBackup(kind: BackupKind): Promise<BackupEntry>;
  /** Settles once the start-up check of a large archive is done (at once when there is none running). */
  checked(): Promise<void>;
  close(): void;
}

interface State {
  mode: StoreMode;
  db: Db;
  problem: StoreUnusableError | null;
  dispatch: Dispatch;
  /** The tamper check started when this connection was opened. */
  integrity: IntegrityCheck;
  /** While the start-up check of a large archive runs: the store is read-only until it settles. */
  check?: RunningCheck;
}

export function openCore(options: CoreOptions): Core {
  if (options.nativeBinding) useNativeBinding(options.nativeBinding);
  const profile = readProfileFile(options.profilePath);
  const log = options.log ?? console.error;
  const now = options.now ?? (() => new Date());
  const dataFile = options.dataFile;
  const backupFolder = options.backupFolder ?? backupFolderFor(dataFile);
  const sealKey = loadSealKey(dataFile, options.sealKeyCipher);
  let closed = false;

  const host: DurabilityHost = {
    backupFolder,
    now,
    status: () => status(),
    retry: () => retry(),
    restore: (fileName) => restore(fileName),
    createBackup: (kind) => backupNow(kind),
    integrity: () => state.integrity.done,
  };

  function checkIntegrity(db: Db, writable: boolean): IntegrityCheck {
    useSealKey(db, sealKey);
    return startIntegrityCheck(db, { writable, now, log });
  }

  function normalState(db: Db): State {
    const dispatch = createDispatcher(createHandlers(db, host), log, {
      // Damage found while working: stop writing to it at once.
      onCorruption: (error) => {
        if (state.db === db && state.mode === 'normal') {
          switchTo(rescueState(storeProblem('corrupt', `tijdens het werken: ${(error as Error).message}`)));
        }
      },
    });
    return { mode: 'normal', db, problem: null, dispatch, integrity: checkIntegrity(db, true) };
  }

  function rescueState(problem: StoreUnusableError): State {
    const db = openReadOnly(dataFile);
    const dispatch = createDispatcher(createHandlers(db, host), log, {
      refuse: (channel) => (allowedInRescue(channel) ? null : rescueRefusal(problem.kind)),
      rescue: true,
    });
    return { mode: 'rescue', db, problem, dispatch, integrity: checkIntegrity(db, false) };
  }

  /**
   * An empty or missing data file is never taken for a new store when there is something to lose: a 0-byte
   * file is what is left of a truncated archive, and a missing one beside backups is an archive that went
   * away. Both open in rescue mode, which offers the restore.
   */
  function absentStore(): StoreUnusableError | null {
    let size: number;
    try {
      const stats = statSync(dataFile);
      if (!stats.isFile()) return null; // SQLite itself reports what stands in the way
      size = stats.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
      const backups = listBackups(backupFolder);
      return backups.length === 0
        ? null
        : storeProblem('missing', `${dataFile} ontbreekt; ${backups.length} reservekopie(ën) in ${backupFolder}`);
    }
    return size === 0 ? storeProblem('empty', `${dataFile} is 0 bytes groot`) : null;
  }

  /**
   * A large archive at the current version: header and schema read at once on a read-only connection, the
   * first screen served from it, quick_check in a worker. Writes wait until the check has passed (then the
   * store opens read-write as usual); if it fails, rescue mode. Null when the check should run inline (a
   * small file, a migration to do, or a file that fails even this much: the usual path then reports it).
   */
  function checkingState(): State | null {
    let db: Db | undefined;
    try {
      if (statSync(dataFile).size <= (options.checkInlineUpToBytes ?? INLINE_CHECK_BYTES)) return null;
      db = openDatabase(dataFile, { readonly: true, fileMustExist: true });
      if (readHeaderAndSchema(db) !== LATEST_VERSION) throw new Error('a migration is due');
    } catch {
      if (db) closeQuietly(db);
      return null;
    }
    const readOnly = db;
    const check = quickCheckInWorker(dataFile);
    const dispatch = createDispatcher(createHandlers(readOnly, host), log, {
      refuse: (channel) => (isReadChannel(channel) ? null : CHECKING_REFUSAL),
    });
    // The tamper check runs once, on the connection that follows the check (writable, or rescue's read-only
    // one), which closes this one; until then its result is the one that state's check will give.
    let following: (state: State) => void = () => {};
    const integrity: IntegrityCheck = { done: new Promise((resolve, reject) => (following = (s) => s.integrity.done.then(resolve, reject))) };
    integrity.done.catch(() => {}); // the following state's check logs its own failure
    useSealKey(readOnly, sealKey); // minutes read meanwhile check their seals' MACs
    const next: State = { mode: 'normal', db: readOnly, problem: null, dispatch, check, integrity };
    void check.done.then((outcome) => {
      if (closed) return;
      if (state !== next) return following(state); // a restore replaced the store meanwhile
      if (outcome.ok && outcome.problems.length === 0) {
        switchTo(openNormally(false));
      } else {
        const problem = outcome.ok
          ? storeProblem('corrupt', `quick_check: ${outcome.problems.join('; ')}`)
          : (asStoreProblem(outcome.error) ?? storeProblem('other', outcome.error.message));
        log(problem);
        switchTo(rescueState(problem));
      }
      following(state);
    });
    return next;
  }

  /** Opens normally, or in rescue mode for a store problem; a newer database or a bug still throws. */
  function open(): State {
    const absent = absentStore();
    if (absent) {
      log(absent);
      return rescueState(absent);
    }
    return checkingState() ?? openNormally(true);
  }

  function openNormally(wholeFileCheck: boolean): State {
    try {
      return normalState(openStore(dataFile, { profile, backupFolder, userName: options.userName, now, wholeFileCheck }));
    } catch (error) {
      if (error instanceof AppError) throw error;
      const problem = asStoreProblem(error);
      if (!problem) throw error;
      log(error);
      return rescueState(problem);
    }
  }

  // One process per data file; taken before anything is read or changed, released when closing.
  const lock = acquireStoreLock(dataFile, options.lockOwner ?? defaultLockOwner(), now());
  const existedBefore = existsSync(dataFile);
  let state: State;
  try {
    makeStoreFilesPrivate(dataFile, backupFolder);
    removeStaleTemps(dataFile, backupFolder, stemOf(dataFile));
    state = open();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const createdNow = !existedBefore && state.mode === 'normal';

  function switchTo(next: State): void {
    const previous = state;
    state = next;
    if (previous.db !== next.db) closeQuietly(previous.db);
  }

  function status(): RescueStatus {
    return {
      mode: state.mode,
      reason: state.problem?.reason ?? null,
      detail: state.problem?.detail ?? null,
      dataFile,
      backupFolder,
      backups: listBackups(backupFolder),
      setAside: listSetAside(dataFile),
    };
  }

  function retry(): RescueStatus {
    if (state.mode === 'rescue') {
      closeQuietly(state.db);
      try {
        state = open();
      } catch (error) {
        state = rescueState(asStoreProblem(error) ?? storeProblem('other', (error as Error).message));
      }
    }
    return status();
  }

  function restore(fileName?: string): RestoreResult {
    let entry: BackupEntry;
    if (fileName === undefined) {
      const { entry: good, rejected } = latestGoodBackup(backupFolder);
      if (!good) {
        throw new AppError(
          'not-found',
          rejected.length === 0
            ? `Er is geen reservekopie om terug te zetten in ${backupFolder}. Er is niets gewijzigd.`
            : `Geen van de ${rejected.length} reservekopieën in ${backupFolder} is in orde; er is niets gewijzigd.`,
        );
      }
      entry = good;
    } else {
      const found = listBackups(backupFolder).find((e) => e.fileName === fileName);
      if (!found) throw new AppError('not-found', 'Deze reservekopie bestaat niet (meer); er is niets gewijzigd.');
      const problems = integrityCheckFile(join(backupFolder, found.fileName));
      if (problems.length > 0) {
        throw new AppError(
          'rule-violation',
          `De reservekopie van ${formatDate(found.createdAt)} is zelf niet in orde (${problems.slice(0, 2).join('; ')}). ` +
            'Kies een andere; er is niets gewijzigd.',
        );
      }
      entry = found;
    }

    // Close first: a normal connection then checkpoints its WAL into the file that is set aside whole.
    closeQuietly(state.db);
    let setAsideFile: string | null;
    try {
      setAsideFile = replaceDataFile(dataFile, join(backupFolder, entry.fileName), now());
    } catch (error) {
      // The old file is back in place (replaceDataFile undoes its moves); reopen it as it was.
      state = open();
      throw asStoreProblem(error) ?? error;
    }
    // The backup has its own profile; loadProfileOnce sees the marker and leaves it be.
    state = open();
    const when = formatInstant(entry.createdAt);
    const aside = setAsideFile
      ? ` De vervangen database is bewaard als ${setAsideFile}.`
      : ' Er was geen database om opzij te zetten.';
    const caveat = state.mode === 'normal' ? holdsLessThanOthers(entry) : null;
    const message =
      state.mode !== 'normal'
        ? `De reservekopie van ${when} is teruggezet, maar kon niet normaal worden geopend: ${state.problem?.reason ?? ''}${aside}`
        : caveat
          ? `De reservekopie van ${when} is teruggezet. Let op: ${caveat}${aside}`
          : `De reservekopie van ${when} is gecontroleerd en teruggezet; Coalitietafel werkt weer normaal.${aside} ` +
            'Wat na dit moment is ingevoerd, staat niet in de teruggezette database.';
    return { restored: entry, setAsideFile, message, status: status() };
  }

  /** Why a restored backup may not be what the user wants back: another backup holds more. */
  function holdsLessThanOthers(entry: BackupEntry): string | null {
    const own = usedPages(join(backupFolder, entry.fileName)) ?? 0;
    const richer = listBackups(backupFolder).find((e) => e.fileName !== entry.fileName && (usedPages(join(backupFolder, e.fileName)) ?? 0) > own);
    return richer
      ? `de reservekopie van ${formatInstant(richer.createdAt)} bevat meer gegevens dan deze; zet die terug als u gegevens mist.`
      : null;
  }

  async function backupNow(kind: BackupKind): Promise<BackupEntry> {
    // The start-up backup of a large archive waits for its check: a copy of a damaged file helps nobody.
    if (state.check) await state.check.done;
    if (closed) throw new AppError('conflict', 'Coalitietafel is afgesloten; er is geen reservekopie gemaakt.');
    if (state.mode === 'rescue') {
      // A copy of a damaged database would push good backups out of the retention.
      throw new AppError('rescue-mode', 'In de herstelmodus worden geen reservekopieën gemaakt; zet eerst een goede reservekopie terug.');
    }
    const entry = await createBackup(state.db, { dataFile, folder: backupFolder }, kind, now());
    // A store this start created holds nothing yet: its start-up backup never makes room by removing others.
    if (!(kind === 'start' && createdNow)) applyRetention(backupFolder);
    return entry;
  }

  return {
    get db() {
      return state.db;
    },
    get mode() {
      return state.mode;
    },
    dataFile,
    backupFolder,
    createdNow,
    dispatch: (channel, input) => state.dispatch(channel, input),
    status,
    createBackup: backupNow,
    checked: async () => {
      await state.check?.done;
    },
    close: () => {
      closed = true;
      state.check?.cancel();
      try {
        state.db.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function defaultLockOwner(): string {
  return process.versions.electron ? 'de app' : 'een ander Coalitietafel-proces';
}

/** The store's own files, 0600, and its backup folder, 0700, also when an older version made them readable. */
function makeStoreFilesPrivate(dataFile: string, backupFolder: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    makePrivate(`${dataFile}${suffix}`);
    for (const aside of listSetAside(dataFile)) makePrivate(`${aside}${suffix}`);
  }
  makePrivate(lockPathFor(dataFile));
  makeFolderPrivate(backupFolder);
}

/** The damaged file, read-only; if even that fails, an empty in-memory stand-in (reads then fail cleanly). */
function openReadOnly(dataFile: string): Db {
  if (existsSync(dataFile)) {
    try {
      return openDatabase(dataFile, { readonly: true, fileMustExist: true });
    } catch {
      // unreadable: fall through
    }
  }
  return openDatabase(':memory:');
}

function closeQuietly(db: Db): void {
  try {
    if (db.open) db.close();
  } catch {
    // already closed or unclosable; nothing left to protect
  }
}

