// Handlers for the durability channels (shared/contract.durability.ts). What needs the core itself
// (its mode, swapping the database on restore, backups of the live store) goes through DurabilityHost,
// which openCore provides; the rest works on the store directly.
import type { durabilityContract, BackupEntry, BackupKind, IntegrityStatus, RescueStatus, RestoreResult } from '../../shared/contract.durability';
import type { Handlers } from './handlers.types';
import type { Db } from './store/connection';
import { join } from 'node:path';
import { AppError } from './errors';
import { systemClock } from './clock';
import { RETENTION_POLICY, backupFolderFor, createBackup, listBackups } from './durability/backups';
import { exportArchive, importArchive } from './durability/archive';
import { backupChainProblem, restoredChainProblem, verifyChain } from './durability/chain';
import { startIntegrityCheck } from './durability/integrity';
import { getUserName, listAudit, setUserName } from './durability/audit';
import { listSetAside } from './durability/rescue';

export interface DurabilityHost {
  readonly backupFolder: string;
  status(): RescueStatus;
  retry(): RescueStatus;
  restore(fileName?: string): RestoreResult;
  createBackup(kind: BackupKind): Promise<BackupEntry>;
  now(): Date;
  /** The tamper check made when the store was opened (in the background). */
  integrity(): Promise<IntegrityStatus>;
}

type DurabilityChannel = keyof typeof durabilityContract;

export function createDurabilityHandlers(db: Db, host: DurabilityHost): Pick<Handlers, DurabilityChannel> {
  return {
    'rescue:status': () => host.status(),
    'rescue:retry': () => host.retry(),

    'backups:list': () => {
      const entries = listBackups(host.backupFolder);
      return { folder: host.backupFolder, entries, policy: RETENTION_POLICY, chainProblems: chainProblemsOf(db, host.backupFolder, entries) };
    },
    'backups:create': () => host.createBackup('handmatig'),
    'backups:restore': (input) => {
      const result = host.restore(input.fileName);
      // The restored chain must be the start of the one it replaced; if not, say so with the result.
      const problem = result.setAsideFile ? restoredChainProblem(result.status.dataFile, result.setAsideFile) : null;
      return problem ? { ...result, message: `${result.message} Let op: ${problem}` } : result;
    },

    'archive:export': () => exportArchive(db, host.now()),
    'archive:import': (input) => importArchive(db, input.json),

    'integrity:verifyChain': () => db.transaction(() => verifyChain(db))(),
    'integrity:status': () => host.integrity(),

    'audit:list': (input) => listAudit(db, input),

    'settings:getUserName': () => ({ userName: getUserName(db) }),
    'settings:setUserName': (input) => ({ userName: db.transaction(() => setUserName(db, input.userName))() }),
  };
}

function chainProblemsOf(db: Db, folder: string, entries: BackupEntry[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const e of entries) {
    const problem = backupChainProblem(db, join(folder, e.fileName));
    if (problem) problems[e.fileName] = problem;
  }
  return problems;
}

/** For a store used without openCore (tests of single services): normal mode, no swapping of files. */
export function standaloneDurabilityHost(db: Db): DurabilityHost {
  const dataFile = db.name;
  const backupFolder = backupFolderFor(dataFile);
  return {
    backupFolder,
    now: systemClock,
    status: () => ({
      mode: 'normal',
      reason: null,
      detail: null,
      dataFile,
      backupFolder,
      backups: listBackups(backupFolder),
      setAside: listSetAside(dataFile),
    }),
    retry() {
      return this.status();
    },
    restore: () => {
      throw new AppError('forbidden', 'Een reservekopie terugzetten kan alleen vanuit de app zelf.');
    },
    createBackup: (kind) => createBackup(db, { dataFile, folder: backupFolder }, kind),
    integrity: () => startIntegrityCheck(db, { writable: true, now: () => new Date(), log: () => {} }).done,
  };
}
