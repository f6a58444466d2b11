// Backups in the folder beside the data file (backups/), always made by SQLite itself, never by copying a
// live database file: better-sqlite3's backup API while the app runs, VACUUM INTO for the one taken inside
// the (synchronous) opening of the store, right before a migration. Each backup is finished as a single
// self-contained file (rollback journal, no -wal), passes quick_check, is flushed, and only then gets its
// final name, so the folder never holds half a backup. Retention keeps the promised set (planRetention).
import type Database from 'better-sqlite3';
import { openDatabase } from '../store/sqlite';
import { closeSync, existsSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import {
  BACKUP_KINDS,
  BACKUP_KIND_LABELS,
  type BackupEntry,
  type BackupKind,
} from '../../../shared/contract.durability';
import { fsyncFile, fsyncFolder, tempPathBeside } from './durable-files';
import { createPrivateFile, ensureOwnFolder } from './private-files';
import { integrityCheckFile, quickCheck } from './health';

export const BACKUP_FOLDER_NAME = 'backups';
export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 8;
export const MIGRATION_KEPT = 5;
export const RETENTION_POLICY =
  `Bewaard worden: de nieuwste reservekopie van elk van de laatste ${DAILY_KEPT} dagen en van elk van de ` +
  `laatste ${WEEKLY_KEPT} weken waarin er een is gemaakt, de laatste ${MIGRATION_KEPT} van vóór een ` +
  'database-update, en alle handmatig gemaakte. Oudere automatische reservekopieën worden opgeruimd.';

export function backupFolderFor(dataFile: string): string {
  return join(dirname(dataFile), BACKUP_FOLDER_NAME);
}

export function stemOf(dataFile: string): string {
  const base = basename(dataFile);
  const stem = base.slice(0, base.length - extname(base).length) || base;
  // Only characters the restore channel accepts in a file name.
  return stem.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._-]+/, '') || 'coalitietafel';
}

/** 2026-01-03T10:15:00.123Z → 2026-01-03T10-15-00-123Z: sortable, and valid on every file system. */
function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

const NAME = new RegExp(
  `^(?<stem>.+)-(?<stamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(?<kind>${BACKUP_KINDS.join('|')})\\.sqlite$`,
);

export function parseBackupName(fileName: string): { createdAt: string; kind: BackupKind } | null {
  const m = NAME.exec(fileName);
  if (!m?.groups) return null;
  const s = m.groups.stamp!;
  const createdAt = `${s.slice(0, 13)}:${s.slice(14, 16)}:${s.slice(17, 19)}.${s.slice(20, 23)}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, kind: m.groups.kind as BackupKind };
}

export function backupFileName(dataFile: string, kind: BackupKind, at: Date): string {
  return `${stemOf(dataFile)}-${stamp(at)}-${kind}.sqlite`;
}

/** The finished backups in the folder, newest first; temporary and foreign files are ignored. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const fileName of names) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    try {
      const s = statSync(join(folder, fileName));
      if (!s.isFile()) continue;
      entries.push({ fileName, ...parsed, sizeBytes: s.size, kindLabel: BACKUP_KIND_LABELS[parsed.kind] });
    } catch {
      // removed meanwhile
    }
  }
  return entries.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
}

/** A final name no other backup has (two backups in the same millisecond get the next one). */
function freeTarget(folder: string, dataFile: string, kind: BackupKind, at: Date): { path: string; at: Date } {
  let t = at.getTime();
  for (;;) {
    const when = new Date(t);
    const path = join(folder, backupFileName(dataFile, kind, when));
    if (!existsSync(path)) return { path, at: when };
    t += 1;
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/** Turns a fresh copy into a self-contained, checked, flushed file. */
function finishBackupFile(temp: string): void {
  const db = openDatabase(temp, { fileMustExist: true });
  try {
    // A copy of a WAL database says "WAL" in its header; a backup is one file, so switch it back.
    db.pragma('journal_mode = DELETE');
    const problems = quickCheck(db);
    if (problems.length > 0) throw new Error(`De nieuwe reservekopie is niet in orde: ${problems.join('; ')}`);
  } finally {
    db.close();
  }
  fsyncFile(temp);
}

function publish(temp: string, target: string, kind: BackupKind, at: Date): BackupEntry {
  renameSync(temp, target);
  fsyncFolder(dirname(target));
  const fileName = basename(target);
  return { fileName, createdAt: at.toISOString(), sizeBytes: statSync(target).size, kind, kindLabel: BACKUP_KIND_LABELS[kind] };
}

export interface BackupTarget {
  dataFile: string;
  folder: string;
}

/** A backup through better-sqlite3's backup API: consistent even while the app keeps writing. */
export async function createBackup(db: Database.Database, target: BackupTarget, kind: BackupKind, now = new Date()): Promise<BackupEntry> {
  ensureOwnFolder(target.folder);
  const { path, at } = freeTarget(target.folder, target.dataFile, kind, now);
  const temp = tempPathBeside(path, 'reservekopie');
  try {
    createPrivateFile(temp); // SQLite fills it; it never exists readable by others
    await db.backup(temp);
    finishBackupFile(temp);
    return publish(temp, path, kind, at);
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

/**
 * The backup taken right before migrating an existing database. Opening the store is synchronous and
 * the backup API is not, so this uses VACUUM INTO: SQLite's own consistent copy, written and checked
 * before the migration transaction begins. Must run outside a transaction.
 */
export function createBackupSync(db: Database.Database, target: BackupTarget, kind: BackupKind, now = new Date()): BackupEntry {
  ensureOwnFolder(target.folder);
  const { path, at } = freeTarget(target.folder, target.dataFile, kind, now);
  const temp = tempPathBeside(path, 'reservekopie');
  try {
    createPrivateFile(temp); // VACUUM INTO accepts an empty file
    db.prepare('VACUUM INTO ?').run(temp);
    finishBackupFile(temp);
    return publish(temp, path, kind, at);
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

// ---- Retention ----

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day: a backup made at 00:30 in Groningen belongs to that day. */
function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The ISO 8601 week (Monday to Sunday) in local time, e.g. "2026-W01". */
export function isoWeekKey(iso: string): string {
  const d = new Date(iso);
  const thursday = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  thursday.setDate(thursday.getDate() - ((thursday.getDay() + 6) % 7) + 3);
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  firstThursday.setDate(firstThursday.getDate() - ((firstThursday.getDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${thursday.getFullYear()}-W${pad(week)}`;
}

function newestPerPeriod(entries: BackupEntry[], key: (iso: string) => string, periods: number): BackupEntry[] {
  const seen = new Set<string>();
  const kept: BackupEntry[] = [];
  for (const e of entries) {
    const k = key(e.createdAt);
    if (seen.has(k)) continue;
    if (seen.size === periods) break;
    seen.add(k);
    kept.push(e);
  }
  return kept;
}

/**
 * Which backups to keep: of the automatic ones (at start-up and daily), the newest of each of the last 7
 * days and of each of the last 8 ISO weeks that have a backup — counted over days with backups, so a
 * month without the app never empties the folder; the last 5 made before a migration; every manual one.
 */
export function planRetention(entries: readonly BackupEntry[]): { keep: BackupEntry[]; remove: BackupEntry[] } {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const rotating = newestFirst.filter((e) => e.kind === 'start' || e.kind === 'dagelijks');
  const keep = new Set<BackupEntry>([
    ...newestPerPeriod(rotating, dayKey, DAILY_KEPT),
    ...newestPerPeriod(rotating, isoWeekKey, WEEKLY_KEPT),
    ...newestFirst.filter((e) => e.kind === 'migratie').slice(0, MIGRATION_KEPT),
    ...newestFirst.filter((e) => e.kind === 'handmatig'),
  ]);
  return {
    keep: newestFirst.filter((e) => keep.has(e)),
    remove: newestFirst.filter((e) => !keep.has(e)),
  };
}

/**
 * How many pages of a closed SQLite file hold data (page count minus free pages), read from its 100-byte
 * header; null when the file is not a readable database. A measure of "how much it holds" that costs one
 * small read, so retention can compare every backup.
 */
export function usedPages(file: string): number | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return null;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512) return null;
    // The in-header size is valid only when written by the same change as the change counter.
    const headerValid = header.readUInt32BE(92) === header.readUInt32BE(24) && header.readUInt32BE(28) > 0;
    const pages = headerValid ? header.readUInt32BE(28) : Math.floor(statSync(file).size / pageSize);
    return Math.max(0, pages - header.readUInt32BE(36));
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The newest backup that holds more than the backup made after it: the last copy from before the data
 * shrank (a truncated, replaced or emptied store backed up after it). Retention never removes it, so an
 * empty store backed up day after day can never rotate the last good copy out.
 */
export function lastBeforeShrink(folder: string, newestFirst: readonly BackupEntry[]): BackupEntry | null {
  let successor: number | null = null;
  for (const entry of newestFirst) {
    const used = usedPages(join(folder, entry.fileName));
    if (used !== null && successor !== null && used > successor) return entry;
    if (used !== null) successor = used;
  }
  return null;
}

export function applyRetention(folder: string): { kept: BackupEntry[]; removed: BackupEntry[] } {
  const entries = listBackups(folder);
  const plan = planRetention(entries);
  const guarded = lastBeforeShrink(folder, entries);
  const keep = guarded && !plan.keep.includes(guarded) ? entries.filter((e) => e === guarded || plan.keep.includes(e)) : plan.keep;
  const remove = plan.remove.filter((e) => e !== guarded);
  const removed: BackupEntry[] = [];
  for (const e of remove) {
    try {
      rmSync(join(folder, e.fileName));
      removed.push(e);
    } catch {
      // in use or gone; the next round tries again
    }
  }
  return { kept: keep, removed };
}

/** The newest backup that passes a full integrity_check, with the findings of those that failed. */
export function latestGoodBackup(folder: string): { entry: BackupEntry | null; rejected: { entry: BackupEntry; problems: string[] }[] } {
  const rejected: { entry: BackupEntry; problems: string[] }[] = [];
  for (const entry of listBackups(folder)) {
    const problems = integrityCheckFile(join(folder, entry.fileName));
    if (problems.length === 0) return { entry, rejected };
    rejected.push({ entry, problems });
  }
  return { entry: null, rejected };
}
