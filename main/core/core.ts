// The core as one object: the store, its dispatcher and the way to close it. Runs under plain Node
// (tests, web host, benchmark) and inside Electron's main process alike.
//
// A database that cannot be used safely (damaged, unreadable, read-only, disk full at start) is never
// deleted or overwritten: openCore then returns a core in rescue mode, with a read-only connection,
// that refuses every write and offers to restore a backup or export what can still be read. A restore
// swaps the database underneath this object, so `db` and `dispatch` always reach the current store.
import { openDatabase, useNativeBinding } from './store/sqlite';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './store/connection';
import { openStore } from './store/connection';
import { readProfileFile } from './store/profile.loader';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';
import type { DurabilityHost } from './handlers.durability';
import { AppError } from './errors';
import { asStoreProblem, integrityCheckFile, storeProblem, type StoreUnusableError } from './durability/health';
import { applyRetention, backupFolderFor, createBackup, latestGoodBackup, listBackups } from './durability/backups';
import { RESCUE_REFUSAL, allowedInRescue, listSetAside, replaceDataFile } from './durability/rescue';
import type { BackupEntry, BackupKind, RescueStatus, RestoreResult, StoreMode } from '../../shared/contract.durability';
import { formatDate } from '../../shared/format';

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
  /** better-sqlite3's compiled module for this process when it is not the one in node_modules (Electron). */
  nativeBinding?: string;
}

export interface Core {
  /** The current connection; read-only in rescue mode. Changes when a backup is restored. */
  readonly db: Db;
  readonly mode: StoreMode;
  readonly dataFile: string;
  readonly backupFolder: string;
  dispatch: Dispatch;
  status(): RescueStatus;
  /** A backup of the live store through SQLite's backup API, then retention. Refused in rescue mode. */
  createBackup(kind: BackupKind): Promise<BackupEntry>;
  close(): void;
}

interface State {
  mode: StoreMode;
  db: Db;
  problem: StoreUnusableError | null;
  dispatch: Dispatch;
}

export function openCore(options: CoreOptions): Core {
  if (options.nativeBinding) useNativeBinding(options.nativeBinding);
  const profile = readProfileFile(options.profilePath);
  const log = options.log ?? console.error;
  const now = options.now ?? (() => new Date());
  const dataFile = options.dataFile;
  const backupFolder = options.backupFolder ?? backupFolderFor(dataFile);
  let closed = false;

  const host: DurabilityHost = {
    backupFolder,
    now,
    status: () => status(),
    retry: () => retry(),
    restore: (fileName) => restore(fileName),
    createBackup: (kind) => backupNow(kind),
  };

  function normalState(db: Db): State {
    const dispatch = createDispatcher(createHandlers(db, host), log, {
      // Damage found while working: stop writing to it at once.
      onCorruption: (error) => {
        if (state.db === db && state.mode === 'normal') {
          switchTo(rescueState(storeProblem('corrupt', `tijdens het werken: ${(error as Error).message}`)));
        }
      },
    });
    return { mode: 'normal', db, problem: null, dispatch };
  }

  function rescueState(problem: StoreUnusableError): State {
    const db = openReadOnly(dataFile);
    const dispatch = createDispatcher(createHandlers(db, host), log, {
      refuse: (channel) => (allowedInRescue(channel) ? null : RESCUE_REFUSAL),
      rescue: true,
    });
    return { mode: 'rescue', db, problem, dispatch };
  }

  /** Opens normally, or in rescue mode for a store problem; a newer database or a bug still throws. */
  function open(): State {
    try {
      return normalState(openStore(dataFile, { profile, backupFolder, userName: options.userName, now }));
    } catch (error) {
      if (error instanceof AppError) throw error;
      const problem = asStoreProblem(error);
      if (!problem) throw error;
      log(error);
      return rescueState(problem);
    }
  }

  let state = open();

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
    const when = groningenTime(entry.createdAt);
    const aside = setAsideFile
      ? ` De vervangen database is bewaard als ${setAsideFile}.`
      : ' Er was geen database om opzij te zetten.';
    const message =
      state.mode === 'normal'
        ? `De reservekopie van ${when} is gecontroleerd en teruggezet; Coalitietafel werkt weer normaal.${aside} ` +
          'Wat na dit moment is ingevoerd, staat niet in de teruggezette database.'
        : `De reservekopie van ${when} is teruggezet, maar kon niet normaal worden geopend: ${state.problem?.reason ?? ''}${aside}`;
    return { restored: entry, setAsideFile, message, status: status() };
  }

  async function backupNow(kind: BackupKind): Promise<BackupEntry> {
    if (closed) throw new AppError('conflict', 'Coalitietafel is afgesloten; er is geen reservekopie gemaakt.');
    if (state.mode === 'rescue') {
      // A copy of a damaged database would push good backups out of the retention.
      throw new AppError('rescue-mode', 'In de herstelmodus worden geen reservekopieën gemaakt; zet eerst een goede reservekopie terug.');
    }
    const entry = await createBackup(state.db, { dataFile, folder: backupFolder }, kind, now());
    applyRetention(backupFolder);
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
    dispatch: (channel, input) => state.dispatch(channel, input),
    status,
    createBackup: backupNow,
    close: () => {
      closed = true;
      state.db.close();
    },
  };
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

const GRONINGEN_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "28 november 2026 om 03:56": a backup's moment as the chair's clock showed it. */
function groningenTime(iso: string): string {
  return GRONINGEN_TIME.format(new Date(iso));
}
