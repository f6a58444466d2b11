// Channels for durability (issue 5): rescue mode, backups and restore, the JSON archive, the audit trail,
// the hash chain over adopted minutes, and the user name the audit trail records.
// Merged into the one contract in shared/contract.ts.
import { z } from 'zod';
import type { ExportedFile } from './domain';
import { id, line, slug } from './schemas';

// ---- Output types ----

/** Why a backup was made: at start-up, the daily one while running, before a migration, or on request. */
export const BACKUP_KINDS = ['start', 'dagelijks', 'migratie', 'handmatig'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  start: 'Bij het starten',
  dagelijks: 'Dagelijks',
  migratie: 'Voor een update van de database',
  handmatig: 'Handmatig gemaakt',
};

export interface BackupEntry {
  /** The file name inside the backup folder; pass it to 'backups:restore'. */
  fileName: string;
  /** When the backup was made (ISO 8601, UTC). */
  createdAt: string;
  sizeBytes: number;
  kind: BackupKind;
  kindLabel: string;
}

export interface BackupList {
  /** The folder beside the data file that holds the backups, to show to the user. */
  folder: string;
  /** Newest first. */
  entries: BackupEntry[];
  /** What the retention policy promises, in Dutch. */
  policy: string;
  /** By file name, in Dutch: backups whose chain of seals is not a prefix of the live one (only those). */
  chainProblems: Record<string, string>;
}

export type StoreMode = 'normal' | 'rescue';

export interface RescueStatus {
  mode: StoreMode;
  /** In rescue mode: what happened and what the user can do, in Dutch. Null in normal mode. */
  reason: string | null;
  /** The technical cause (SQLite's own words), for the person who helps; null in normal mode. */
  detail: string | null;
  /** The live data file. */
  dataFile: string;
  backupFolder: string;
  /** Newest first; 'backups:restore' without a file name restores the newest one that passes integrity_check. */
  backups: BackupEntry[];
  /** Files that were set aside by a restore (never deleted), newest first. */
  setAside: string[];
}

export interface RestoreResult {
  restored: BackupEntry;
  /** Where the database that was replaced now lives; null when there was no file to set aside. */
  setAsideFile: string | null;
  /** What happened, in Dutch. */
  message: string;
  status: RescueStatus;
}

export interface ArchiveExport {
  file: ExportedFile;
  tables: number;
  rows: number;
  /** False when (in rescue mode) some tables or rows could not be read; see problems. */
  complete: boolean;
  /** Dutch, one line per table that could not be read completely. */
  problems: string[];
}

export interface ArchiveImportResult {
  tables: number;
  rows: number;
  message: string;
}

export interface ChainBreak {
  meetingId: number;
  title: string;
  startsAt: string;
  /** In Dutch: what no longer matches. */
  reason: string;
}

/** What protects the archive's seals: a secret key from the OS keychain, or the unkeyed chain only. */
export interface SealProtection {
  protection: 'sleutel' | 'zonder-sleutel';
  /** In Dutch, plainly: which kind, and what it can and cannot find. */
  protectionText: string;
}

export interface ChainVerification extends SealProtection {
  ok: boolean;
  /** How many adopted minutes were checked. */
  checked: number;
  /** The first meeting (in order of adoption) whose records no longer match; null when all match. */
  firstBreak: ChainBreak | null;
  /** Every meeting whose records no longer match, in order of adoption. */
  breaks: ChainBreak[];
  message: string;
}

/** The check run when the store was opened: the chain, and the locks it found switched off. */
export interface IntegrityStatus {
  verification: ChainVerification;
  /** Lock triggers that were missing or altered at open and have been re-created. */
  locksRestored: string[];
  /** In Dutch, for the banner: each changed meeting named (with its id), and restored locks; empty when all is well. */
  warnings: { meetingId: number | null; message: string }[];
  /** In Dutch, things to know that are not tampering (seals given a key now); empty mostly. */
  notices: string[];
}

export const AUDIT_OPERATIONS = ['INSERT', 'UPDATE', 'DELETE'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  tableName: string;
  rowKey: string;
  operation: AuditOperation;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface UserNameSetting {
  userName: string;
}

// ---- Input schemas ----

const noInput = z.object({}).strict();

/** A backup's file name as 'backups:list' gives it: a plain name, never a path. */
const backupFileName = z
  .string({ error: 'De naam van de reservekopie moet tekst zijn.' })
  .max(200, { error: 'De naam van de reservekopie is te lang.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, { error: 'Kies een reservekopie uit de lijst.' });

// A whole archive travels as one JSON text; 300 million characters is far beyond twenty years of minutes.
const ARCHIVE_MAX_CHARS = 300_000_000;

export const durabilityContract = {
  'rescue:status': { input: noInput, output: {} as RescueStatus },
  /** Tries to open the database normally again (after freeing disk space or fixing permissions). */
  'rescue:retry': { input: noInput, output: {} as RescueStatus },

  'backups:list': { input: noInput, output: {} as BackupList },
  'backups:create': { input: noInput, output: {} as BackupEntry },
  /**
   * Replaces the live database by a backup (the newest good one when no fileName is given). Destructive,
   * so the caller must say it means it: `confirm: true`, after the user agreed in a dialog.
   */
  'backups:restore': {
    input: z
      .object({
        fileName: backupFileName.optional(),
        confirm: z.literal(true, {
          error: 'Bevestig het terugzetten: de huidige database wordt opzij gezet en vervangen door de reservekopie.',
        }),
      })
      .strict(),
    output: {} as RestoreResult,
  },

  'archive:export': { input: noInput, output: {} as ArchiveExport },
  'archive:import': {
    input: z
      .object({
        json: z
          .string({ error: 'Het archief moet tekst (JSON) zijn.' })
          .min(2, { error: 'Het archief is leeg.' })
          .max(ARCHIVE_MAX_CHARS, { error: 'Het archief is te groot om in één keer in te lezen.' }),
      })
      .strict(),
    output: {} as ArchiveImportResult,
  },

  'integrity:verifyChain': { input: noInput, output: {} as ChainVerification },
  /** The check made at start-up (in the background); waits for it when it is still running. */
  'integrity:status': { input: noInput, output: {} as IntegrityStatus },

  'audit:list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(500).optional(),
        /** Page backwards: only entries with a smaller id. */
        beforeId: id.optional(),
        tableName: slug.optional(),
      })
      .strict(),
    output: {} as AuditEntry[],
  },

  'settings:getUserName': { input: noInput, output: {} as UserNameSetting },
  'settings:setUserName': {
    input: z.object({ userName: line('De gebruikersnaam', 100) }).strict(),
    output: {} as UserNameSetting,
  },
} as const;
