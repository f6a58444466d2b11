// Handlers for the durability channels (shared/contract.durability.ts). What needs the core itself
// (its mode, swapping the database on restore, backups of the live store) goes through DurabilityHost,
// which openCore provides; the rest works on the store directly.
import type { durabilityContract, BackupEntry, BackupKind, IntegrityStatus, RescueStatus, RestoreResult } from '../../shared/contract.durability';
import type { Handlers } from './handlers';
import type { Db } from './store/connection';
import { AppError } from './errors';
import { RETENTION_POLICY, backupFolderFor, createBackup, listBackups } from './durability/backups';
import { exportArchive, importArchive } from './durability/archive';
import { verifyChain } from './durability/chain';
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

    'backups:list': () => ({ folder: host.backupFolder, entries: listBackups(host.backupFolder), policy: RETENTION_POLICY }),
    'backups:create': () => host.createBackup('handmatig'),
    'backups:restore': (input) => host.restore(input.fileName),

    'archive:export': () => exportArchive(db, host.now()),
    'archive:import': (input) => importArchive(db, input.json),

    'integrity:verifyChain': () => db.transaction(() => verifyChain(db))(),
    'integrity:status': () => host.integrity(),

    'audit:list': (input) => listAudit(db, input),

    'settings:getUserName': () => ({ userName: getUserName(db) }),
    'settings:setUserName': (input) => ({ userName: db.transaction(() => setUserName(db, input.userName))() }),
  };
}

/** For a store used without openCore (tests of single services): normal mode, no swapping of files. */
export function standaloneDurabilityHost(db: Db): DurabilityHost {
  const dataFile = db.name;
  const backupFolder = backupFolderFor(dataFile);
  return {
    backupFolder,
    now: () => new Date(),
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
