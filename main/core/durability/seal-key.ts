// A keyed seal where the operating system can keep a secret. The unkeyed chain (chain.ts) finds every change
// made without recomputing the seals, but anyone who can write the file can also recompute sha256. With a key
// each seal also gets a MAC (HMAC-SHA256 over its place and chain hash) in minutes_seal_macs; the key itself
// never enters the database: it lives encrypted beside the data file, and only the OS keychain of this user
// (Electron safeStorage: DPAPI, Keychain, libsecret) can decrypt it. Recomputing seals without the key then
// leaves MACs that no longer match.
//
// main/core never imports electron: the desktop app passes a KeyCipher (openCore's `sealKeyCipher`); the web
// host and the tests without a keychain pass none and keep the unkeyed chain, and the check says so plainly.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { SealProtection } from '../../../shared/contract.durability';
import { fsyncFile, fsyncFolder, tempPathBeside } from './durable-files';

export const MAC_TABLE = 'minutes_seal_macs';

/** What the OS keychain offers: Electron's safeStorage has exactly this shape. */
export interface KeyCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keychain was found and safeStorage uses a password built into Chromium. */
  getSelectedStorageBackend?(): string;
}

export interface SealKey {
  /** Names the key without revealing it: the first 16 hex digits of its sha256. */
  id: string;
  secret: Buffer;
}

/** Where no key could be had, in Dutch (null when there is a key or no keychain was offered). */
export interface LoadedKey {
  key: SealKey | null;
  problem: string | null;
}

export const keyFileFor = (dataFile: string) => `${dataFile}.zegelsleutel`;

function keyFrom(secret: Buffer): SealKey {
  return { id: createHash('sha256').update(secret).digest('hex').slice(0, 16), secret };
}

/**
 * The key beside the data file, decrypted by the keychain; created on first use. A key file that cannot be
 * decrypted (another user or computer) is never replaced: the seals it made would no longer be checkable.
 */
export function loadSealKey(dataFile: string, cipher: KeyCipher | undefined): LoadedKey {
  if (!cipher) return { key: null, problem: null };
  const builtInPassword = process.platform === 'linux' && cipher.getSelectedStorageBackend?.() === 'basic_text';
  if (!cipher.isEncryptionAvailable() || builtInPassword) {
    return { key: null, problem: 'De sleutelbos van het besturingssysteem is niet beschikbaar; de zegels worden zonder sleutel gecontroleerd.' };
  }
  const file = keyFileFor(dataFile);
  try {
    if (existsSync(file)) {
      const hex = cipher.decryptString(readFileSync(file));
      if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('geen geldige sleutel');
      return { key: keyFrom(Buffer.from(hex, 'hex')), problem: null };
    }
    const secret = randomBytes(32);
    writeKeyFile(file, cipher.encryptString(secret.toString('hex')));
    return { key: keyFrom(secret), problem: null };
  } catch (error) {
    return {
      key: null,
      problem:
        `De zegelsleutel (${file}) kan op deze computer niet worden gelezen (${(error as Error).message}); ` +
        'de zegels worden zonder sleutel gecontroleerd. Het bestand is niet gewijzigd.',
    };
  }
}

/** Whole or not at all, readable by this user only, and never over an existing key (link fails if it exists). */
function writeKeyFile(file: string, bytes: Buffer): void {
  const temp = tempPathBeside(file, 'sleutel');
  try {
    writeFileSync(temp, bytes, { mode: 0o600 });
    fsyncFile(temp);
    linkSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
  fsyncFolder(dirname(file));
}

// Per connection, set by openCore: a restore gives a new connection, which gets the same key.
const keys = new WeakMap<Database, SealKey>();

const keyProblems = new WeakMap<Database, string>();

export function useSealKey(db: Database, loaded: LoadedKey): void {
  if (loaded.key) keys.set(db, loaded.key);
  else keys.delete(db);
  if (loaded.problem) keyProblems.set(db, loaded.problem);
  else keyProblems.delete(db);
}

/** Why a keychain was offered but no key could be had; said with the kind of protection. */
export function keyProblemOf(db: Database): string | null {
  return keyProblems.get(db) ?? null;
}

export function sealKeyOf(db: Database): SealKey | null {
  return keys.get(db) ?? null;
}

interface SealIdentity {
  seq: number;
  meetingId: number;
  chainHash: string;
}

function mac(key: SealKey, seal: SealIdentity): string {
  return createHmac('sha256', key.secret).update(`coalitietafel-zegel\n${seal.seq}\n${seal.meetingId}\n${seal.chainHash}`).digest('hex');
}

/** The MAC of a recorded erasure (chain.ts): the same key, its own domain. */
export function erasureMac(key: SealKey, chainHash: string): string {
  return createHmac('sha256', key.secret).update(`coalitietafel-verwijdering\n${chainHash}`).digest('hex');
}

function hasMacTable(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MAC_TABLE) !== undefined;
}

export function addMac(db: Database, key: SealKey, seal: SealIdentity, at: string): void {
  if (!hasMacTable(db)) return;
  db.prepare(`INSERT INTO ${MAC_TABLE} (seq, key_id, mac, created_at) VALUES (?, ?, ?, ?)`).run(seal.seq, key.id, mac(key, seal), at);
}

/** ok: made with this key and matching; wrong: made with this key and not matching; none/other: no MAC to check. */
export function macState(db: Database, key: SealKey, seal: SealIdentity): 'ok' | 'wrong' | 'none' | 'other-key' {
  if (!hasMacTable(db)) return 'none';
  const row = db.prepare(`SELECT key_id AS keyId, mac FROM ${MAC_TABLE} WHERE seq = ?`).get(seal.seq) as { keyId: string; mac: string } | undefined;
  if (!row) return 'none';
  if (row.keyId !== key.id) return 'other-key';
  const expected = Buffer.from(mac(key, seal), 'hex');
  const stored = Buffer.from(row.mac, 'hex');
  return stored.length === expected.length && timingSafeEqual(stored, expected) ? 'ok' : 'wrong';
}

/**
 * Gives seals that have no MAC yet (sealed before the key existed, or where no keychain was available) one,
 * after the chain check found them intact. Returns how many; the check reports that number.
 */
export function keyUnkeyedSeals(db: Database, key: SealKey, at: string): number {
  if (!hasMacTable(db)) return 0;
  const rows = db
    .prepare(`SELECT seq, meeting_id AS meetingId, chain_hash AS chainHash FROM minutes_seals WHERE seq NOT IN (SELECT seq FROM ${MAC_TABLE}) ORDER BY seq`)
    .all() as SealIdentity[];
  for (const row of rows) addMac(db, key, row, at);
  return rows.length;
}

/** What protects the archive, as the Beheer check says it. */
export function protectionOf(key: SealKey | null, checked: number, keyed: number, problem: string | null = null): SealProtection {
  if (!key) {
    return {
      protection: 'zonder-sleutel',
      protectionText:
        (problem ? `${problem} ` : '') +
        'Beveiligd met een zegelketen zonder sleutel: wijzigingen buiten Coalitietafel om worden gevonden, ' +
        'maar wie het bestand kan bewerken kan de zegels ook opnieuw berekenen.',
    };
  }
  const unkeyed = checked - keyed;
  return {
    protection: 'sleutel',
    protectionText:
      'Beveiligd met een zegelketen met een geheime sleutel in de sleutelbos van het besturingssysteem: ' +
      'zegels die zonder die sleutel opnieuw zijn berekend, worden gevonden.' +
      (unkeyed > 0 ? ` ${unkeyed} van de ${checked} zegels hebben (nog) geen sleutelzegel; alleen de keten zonder sleutel is voor die zegels gecontroleerd.` : ''),
  };
}
