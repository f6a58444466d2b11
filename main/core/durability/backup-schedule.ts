// The backups a running app makes by itself: one at start-up, then a daily one for as long as it runs.
// The host (Electron main, web host) starts the schedule after openCore and stops it before closing the
// core. The timer is unref'd: it never keeps a process alive on its own.
import type { BackupEntry, BackupKind } from '../../../shared/contract.durability';
import { listBackups } from './backups';

/** What the schedule needs of the core (the whole Core fits). */
export interface BackupScheduleTarget {
  readonly mode: 'normal' | 'rescue';
  readonly backupFolder: string;
  createBackup(kind: BackupKind): Promise<BackupEntry>;
}

export interface BackupScheduleOptions {
  /** How often to look whether the daily backup is due; default one hour. */
  checkEveryMs?: number;
  /** How old the newest automatic backup may get before a daily one is made; default 24 hours. */
  maxAgeMs?: number;
  now?: () => Date;
  log?: (error: unknown) => void;
  /** Whether to make the start-up backup (default true). */
  atStart?: boolean;
}

export interface BackupSchedule {
  /** Settles when the start-up backup is done (null when none was made). */
  readonly started: Promise<BackupEntry | null>;
  /** Makes the daily backup if one is due; what the timer calls. */
  tick(): Promise<BackupEntry | null>;
  stop(): void;
}

const HOUR = 60 * 60 * 1000;

export function startBackupSchedule(core: BackupScheduleTarget, options: BackupScheduleOptions = {}): BackupSchedule {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? console.error;
  const maxAgeMs = options.maxAgeMs ?? 24 * HOUR;
  let stopped = false;
  let running: Promise<BackupEntry | null> = Promise.resolve(null);

  // One backup at a time; a failure is logged, never thrown into a timer.
  const run = (kind: BackupKind): Promise<BackupEntry | null> => {
    running = running.then(async () => {
      if (stopped || core.mode !== 'normal') return null;
      try {
        return await core.createBackup(kind);
      } catch (error) {
        if (!stopped) log(error);
        return null;
      }
    });
    return running;
  };

  const tick = (): Promise<BackupEntry | null> => {
    const newest = listBackups(core.backupFolder).find((e) => e.kind === 'start' || e.kind === 'dagelijks');
    const age = newest ? now().getTime() - Date.parse(newest.createdAt) : Infinity;
    return age >= maxAgeMs ? run('dagelijks') : Promise.resolve(null);
  };

  const started = options.atStart === false ? Promise.resolve(null) : run('start');
  const timer = setInterval(() => void tick(), options.checkEveryMs ?? HOUR);
  timer.unref();

  return {
    started,
    tick,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
