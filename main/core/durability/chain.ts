// Tamper evidence for adopted minutes. On adoption the meeting's records (the meeting, its agenda with
// decisions, vinkjes answers and citations, attendance, agreed actions, corrections) are written as
// canonical JSON and hashed (sha256); the hash is chained to the previous adopted minutes' seal, like the
// pages of a bound minute book. verifyChain recomputes everything and names the first meeting whose
// records no longer match — whatever path the change took (SQL with the triggers dropped, a byte edited
// in the file).
//
// The content of hash version 1 lists its columns explicitly: a later migration that adds a column must
// not make old seals look broken. Only fields the lock triggers (0002-year) keep immutable are hashed;
// what may still move on after adoption (an action's status, the projector's position) is left out.
import { createHash } from 'node:crypto';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { ChainBreak, ChainVerification } from '../../../shared/contract.durability';
import { formatDate } from '../../../shared/format';
import { ERASURES_TABLE, SEAL_LOCKED, appendOnlyTriggers } from './locks';
import type { ErasedHashScheme } from './erasure-secret';
import { addMac, erasureMac, keyProblemOf, macState, protectionOf, sealKeyOf, type SealKey } from './seal-key';
import type { SealCheck } from '../../../shared/domain';
import { chainHash } from './chain-hash';

export { chainHash } from './chain-hash';

export const SEAL_TABLE = 'minutes_seals';
/** 2 adds the names as they were at adoption (minutes_adopted_names, migration 0009). */
export const CURRENT_HASH_VERSION = 2;
export const NAMES_TABLE = 'minutes_adopted_names';
export const GENESIS = '0'.repeat(64);

/** Created by migration 0004; its locks are in locks.ts (re-created at every open). */
export function createSealTable(db: Database): void {
  db.exec(`
    CREATE TABLE ${SEAL_TABLE} (
      meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
      seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
      hash_version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      previous_hash TEXT NOT NULL,
      chain_hash TEXT NOT NULL,
      sealed_at TEXT NOT NULL
    ) STRICT;
  `);
  for (const lock of appendOnlyTriggers(SEAL_TABLE, SEAL_LOCKED)) db.exec(lock.sql);
}

/** JSON with object keys sorted at every level: the same records always give the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value ?? null);
  }
  if (Buffer.isBuffer(value)) return JSON.stringify(`x${value.toString('hex')}`);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function tableExists(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function hasColumn(db: Database, table: string, column: string): boolean {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).includes(column);
}

/** The records of one meeting's minutes, hash version 1. Null when the meeting does not exist. */
export function minutesContentV1(db: Database, meetingId: number): unknown {
  const meeting = db
    .prepare(
      `SELECT id, body, title, starts_at, place, status, chair_id, notulist_id, checklist_id, adopted_at, adopted_in_meeting_id
       FROM meetings WHERE id = ?`,
    )
    .get(meetingId);
  if (meeting === undefined) return null;
  const agenda = db
    .prepare(
      `SELECT id, position, kind, title, description, presenter, notes, proposal, outcome, decision_text, decided_at
       FROM agenda_items WHERE meeting_id = ? ORDER BY id`,
    )
    .all(meetingId);
  const ofItems = 'agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)';
  const links = {
    themes: db.prepare(`SELECT agenda_item_id, theme_id FROM agenda_item_themes WHERE ${ofItems} ORDER BY 1, 2`).all(meetingId),
    wijken: db.prepare(`SELECT agenda_item_id, wijk_id FROM agenda_item_wijken WHERE ${ofItems} ORDER BY 1, 2`).all(meetingId),
    interventions: db
      .prepare(`SELECT agenda_item_id, intervention_id FROM agenda_item_interventions WHERE ${ofItems} ORDER BY 1, 2`)
      .all(meetingId),
  };
  // The wording answered is part of the answer (checklist items are never reworded, see 0001).
  const answers = db
    .prepare(
      `SELECT v.agenda_item_id, v.checklist_item_id, ci.key AS checklist_key, ci.question, v.answer, v.explanation, v.answered_at
       FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
       WHERE v.${ofItems} ORDER BY 1, 2`,
    )
    .all(meetingId);
  // Citations arrive with 0005-registers; before that there are none, which hashes the same as an empty list.
  const citations = tableExists(db, 'vinkje_answer_citations')
    ? db
        .prepare(
          `SELECT agenda_item_id, checklist_item_id, register_entry_id, kind, title, date, cited_at
           FROM vinkje_answer_citations WHERE ${ofItems} ORDER BY 1, 2, 3`,
        )
        .all(meetingId)
    : [];
  const attendance = db
    .prepare('SELECT person_id, status FROM attendance WHERE meeting_id = ? ORDER BY person_id')
    .all(meetingId);
  const actions = db
    .prepare(
      `SELECT id, agenda_item_id, checklist_item_id, description, owner_person_id, owner_organisation_id, created_at
       FROM action_items WHERE meeting_id = ? ORDER BY id`,
    )
    .all(meetingId);
  const corrections = db
    .prepare('SELECT id, adopted_in_meeting_id, text, created_at FROM minutes_corrections WHERE meeting_id = ? ORDER BY id')
    .all(meetingId);
  return { meeting, agenda, links, answers, citations, attendance, actions, corrections };
}

/** Hash version 2: version 1 and the names of the people as they were at adoption, verbatim as stored. */
export function minutesContentV2(db: Database, meetingId: number): unknown {
  const v1 = minutesContentV1(db, meetingId);
  if (v1 === null) return null;
  const names = tableExists(db, NAMES_TABLE)
    ? ((db.prepare(`SELECT names FROM ${NAMES_TABLE} WHERE meeting_id = ?`).pluck().get(meetingId) as string | undefined) ?? null)
    : null;
  return { ...(v1 as object), names };
}

export function contentHash(db: Database, meetingId: number, version: number): string | null {
  const content = version === 1 ? minutesContentV1(db, meetingId) : version === 2 ? minutesContentV2(db, meetingId) : undefined;
  if (content === undefined) return null; // a seal from a newer app: cannot be checked here
  return content === null ? null : sha256(canonicalJson(content));
}


export interface SealRow {
  meetingId: number;
  seq: number;
  hashVersion: number;
  contentHash: string;
  previousHash: string;
  chainHash: string;
  sealedAt: string;
}

const SEAL_COLUMNS = `meeting_id AS meetingId, seq, hash_version AS hashVersion, content_hash AS contentHash,
  previous_hash AS previousHash, chain_hash AS chainHash, sealed_at AS sealedAt`;

export function seals(db: Database): SealRow[] {
  return db.prepare(`SELECT ${SEAL_COLUMNS} FROM ${SEAL_TABLE} ORDER BY seq`).all() as SealRow[];
}

function sealOf(db: Database, meetingId: number): SealRow | undefined {
  return db.prepare(`SELECT ${SEAL_COLUMNS} FROM ${SEAL_TABLE} WHERE meeting_id = ?`).get(meetingId) as SealRow | undefined;
}

function previousChainHash(db: Database, seq: number): string | undefined {
  if (seq === 1) return GENESIS;
  return db.prepare(`SELECT chain_hash FROM ${SEAL_TABLE} WHERE seq = ?`).pluck().get(seq - 1) as string | undefined;
}

/**
 * Seals a meeting's adopted minutes; call inside the adoption transaction, after adopted_at is set and the
 * names are recorded. Before migration 0009 (sealing inside 0004) there are no recorded names: version 1.
 */
export function sealMinutes(db: Database, meetingId: number, sealedAt: string): void {
  const last = db.prepare(`SELECT seq, chain_hash AS chainHash FROM ${SEAL_TABLE} ORDER BY seq DESC LIMIT 1`).get() as
    | { seq: number; chainHash: string }
    | undefined;
  const hashVersion = tableExists(db, NAMES_TABLE) ? CURRENT_HASH_VERSION : 1;
  const seal = {
    meetingId,
    seq: (last?.seq ?? 0) + 1,
    hashVersion,
    contentHash: contentHash(db, meetingId, hashVersion)!,
    previousHash: last?.chainHash ?? GENESIS,
  };
  const chain = chainHash(seal);
  db.prepare(
    `INSERT INTO ${SEAL_TABLE} (meeting_id, seq, hash_version, content_hash, previous_hash, chain_hash, sealed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(seal.meetingId, seal.seq, seal.hashVersion, seal.contentHash, seal.previousHash, chain, sealedAt);
  const key = sealKeyOf(db);
  if (key) addMac(db, key, { ...seal, chainHash: chain }, sealedAt);
  forgetChecks(db);
}

/** Seals minutes adopted before seals existed, in order of adoption (migration 0004). */
export function sealUnsealedAdoptedMinutes(db: Database, sealedAt: string): number {
  const ids = db
    .prepare(
      `SELECT id FROM meetings WHERE adopted_at IS NOT NULL AND id NOT IN (SELECT meeting_id FROM ${SEAL_TABLE})
       ORDER BY adopted_at, id`,
    )
    .pluck()
    .all() as number[];
  for (const id of ids) sealMinutes(db, id, sealedAt);
  return ids.length;
}

// ---- Erasures on request: recorded as erasures, not as tampering ----

/**
 * An erasure of personal data cited in adopted minutes changes their content (the citation's copied title) and
 * so its hash. It is recorded in its own append-only chain: per minutes touched, the content hash before and
 * after. A seal whose content no longer matches is accepted only when recorded erasures lead from the sealed
 * hash to the recomputed one, and that chain (with the key, its MACs) is intact.
 */
export interface ErasureRow {
  seq: number;
  erasedAt: string;
  reason: string;
  requestedBy: string;
  handledBy: string;
  subject: string;
  registerEntryId: number;
  erasedHash: string;
  /** 'sha256' for records made before the hash was keyed, 'hmac-sha256' since (erasure-secret.ts). */
  hashScheme: ErasedHashScheme;
  /** Canonical JSON: [{ meetingId, hashVersion, before, after }]. */
  minutes: string;
  /** For a free-text mention (registerEntryId 0): canonical JSON of { key, texts: [{ table, rowKey, column }] }; else null. */
  mention: string | null;
  previousHash: string;
  chainHash: string;
  keyId: string | null;
  mac: string | null;
}

export interface ErasedMinutes {
  meetingId: number;
  hashVersion: number;
  before: string;
  after: string;
}

export function erasureChainHash(e: Omit<ErasureRow, 'chainHash' | 'keyId' | 'mac'>): string {
  const body = canonicalJson({
    erasedAt: e.erasedAt,
    reason: e.reason,
    requestedBy: e.requestedBy,
    handledBy: e.handledBy,
    subject: e.subject,
    registerEntryId: e.registerEntryId,
    erasedHash: e.erasedHash,
    minutes: e.minutes,
    // Only keyed records name their scheme, so the records made before it keep their chain hash.
    ...(e.hashScheme === 'sha256' ? {} : { hashScheme: e.hashScheme }),
    // Likewise only a mention's record names the text, so entries' records keep theirs.
    ...(e.mention === null ? {} : { mention: e.mention }),
  });
  return sha256(`coalitietafel-verwijdering\n${e.seq}\n${e.previousHash}\n${body}`);
}

export function erasureRows(db: Database): ErasureRow[] {
  if (!tableExists(db, ERASURES_TABLE)) return [];
  return db
    .prepare(
      `SELECT seq, erased_at AS erasedAt, reason, requested_by AS requestedBy, handled_by AS handledBy, subject,
              register_entry_id AS registerEntryId, erased_hash AS erasedHash, minutes,
              ${hasColumn(db, ERASURES_TABLE, 'hash_scheme') ? 'hash_scheme' : "'sha256'"} AS hashScheme,
              ${hasColumn(db, ERASURES_TABLE, 'mention') ? 'mention' : 'NULL'} AS mention, previous_hash AS previousHash,
              chain_hash AS chainHash, key_id AS keyId, mac
       FROM ${ERASURES_TABLE} ORDER BY seq`,
    )
    .all() as ErasureRow[];
}

/** Null when every recorded erasure is in order and unchanged; else why not, in Dutch. */
export function erasureChainProblem(db: Database, key: SealKey | null): string | null {
  let previous = GENESIS;
  for (const [index, row] of erasureRows(db).entries()) {
    if (row.seq !== index + 1 || row.previousHash !== previous) return 'de reeks vastgelegde verwijderingen op verzoek is onderbroken.';
    if (erasureChainHash(row) !== row.chainHash) return 'een vastgelegde verwijdering op verzoek is gewijzigd.';
    if (key && row.keyId === key.id && row.mac !== erasureMac(key, row.chainHash)) {
      return 'een vastgelegde verwijdering op verzoek is opnieuw berekend zonder de sleutel van deze installatie.';
    }
    previous = row.chainHash;
  }
  return null;
}

function erasedMinutesOf(row: ErasureRow): ErasedMinutes[] {
  try {
    const parsed = JSON.parse(row.minutes) as unknown;
    return Array.isArray(parsed) ? (parsed as ErasedMinutes[]) : [];
  } catch {
    return [];
  }
}

function touchedByErasures(db: Database, meetingId: number): boolean {
  return erasureRows(db).some((row) => erasedMinutesOf(row).some((m) => m.meetingId === meetingId));
}

/** The content hash the seal's minutes should have now, following the recorded erasures from the sealed one. */
export function hashAfterErasures(db: Database, seal: Pick<SealRow, 'meetingId' | 'hashVersion' | 'contentHash'>): string {
  let current = seal.contentHash;
  for (const row of erasureRows(db)) {
    for (const m of erasedMinutesOf(row)) {
      if (m.meetingId === seal.meetingId && m.hashVersion === seal.hashVersion && m.before === current) current = m.after;
    }
  }
  return current;
}

/** The seal of one meeting, as the erasure records it; null for minutes that are not sealed. */
export function sealForErasure(db: Database, meetingId: number): SealRow | null {
  return sealOf(db, meetingId) ?? null;
}

/** How many adopted minutes had personal data erased from them, for the check's message. */
function minutesWithErasures(db: Database): number {
  const ids = new Set<number>();
  for (const row of erasureRows(db)) for (const m of erasedMinutesOf(row)) ids.add(m.meetingId);
  return ids.size;
}

// ---- Checking ----

function describeMeeting(db: Database, meetingId: number, reason: string): ChainBreak {
  const m = db.prepare('SELECT title, starts_at AS startsAt FROM meetings WHERE id = ?').get(meetingId) as
    | { title: string; startsAt: string }
    | undefined;
  return { meetingId, title: m?.title ?? `(vergadering ${meetingId} bestaat niet meer)`, startsAt: m?.startsAt ?? '', reason };
}

const CHANGED = 'de vastgelegde gegevens (besluiten, vinkjes, aanwezigheid, namen, agenda of correcties) zijn gewijzigd na de vaststelling.';

/** What is wrong with one seal, in Dutch, or null when it holds. `previous` is the chain hash before it. */
function sealProblem(db: Database, seal: SealRow, previous: string | undefined, key: SealKey | null): string | null {
  if (previous === undefined || seal.previousHash !== previous) {
    return 'de volgorde van de verzegelde notulen is onderbroken (een zegel ontbreekt of is vervangen).';
  }
  if (chainHash(seal) !== seal.chainHash) return 'het zegel zelf is gewijzigd.';
  const adopted = db.prepare('SELECT adopted_at FROM meetings WHERE id = ?').pluck().get(seal.meetingId) as string | null | undefined;
  if (adopted === undefined) return 'de vergadering is verwijderd.';
  if (adopted === null) return 'de vaststelling is ongedaan gemaakt.';
  const recomputed = contentHash(db, seal.meetingId, seal.hashVersion);
  if (recomputed === null) return `dit zegel (versie ${seal.hashVersion}) is gemaakt door een nieuwere versie van Coalitietafel.`;
  if (recomputed !== seal.contentHash) {
    const erasures = erasureChainProblem(db, key);
    if (erasures !== null && touchedByErasures(db, seal.meetingId)) return erasures;
    if (recomputed !== hashAfterErasures(db, seal)) return CHANGED;
  }
  if (key && macState(db, key, seal) === 'wrong') {
    return 'het zegel is opnieuw berekend zonder de sleutel van deze installatie: de gegevens zijn buiten Coalitietafel om gewijzigd.';
  }
  return null;
}

/** "Vergadering van 12 maart 2026": how the banner and the exports name a meeting. */
export function meetingDateText(startsAt: string): string {
  return startsAt ? `de vergadering van ${formatDate(startsAt.slice(0, 10))}` : 'een vergadering';
}

/** The sentence that names a changed meeting, for the banner, the meeting screen and the exports. */
export function changedAfterAdoptionMessage(b: { title: string; startsAt: string; reason: string }): string {
  return (
    `De vastgestelde notulen van ${meetingDateText(b.startsAt)} ("${b.title}") zijn gewijzigd na vaststelling: ${b.reason} ` +
    'Wat hier staat is niet wat is vastgesteld. Zet zo nodig een reservekopie terug en bewaar dit bestand voor onderzoek.'
  );
}

function breakMessage(b: ChainBreak, checked: number, total: number): string {
  const when = b.startsAt ? ` van ${formatDate(b.startsAt.slice(0, 10))}` : '';
  const more = total > 1 ? ` In totaal kloppen ${total} vastgestelde notulen niet.` : '';
  return (
    `De controle van de vastgestelde notulen vond een afwijking bij "${b.title}"${when}: ${b.reason} ` +
    `Dit kan alleen buiten Coalitietafel om zijn gebeurd. ${checked} vastgestelde notulen zijn gecontroleerd;${more} ` +
    'zet zo nodig een reservekopie terug en bewaar dit bestand voor onderzoek.'
  );
}

/**
 * Recomputes every seal in order of adoption, one seal per step, so a caller can spread a long archive over
 * several turns of the event loop (the start-up check). Returns the verification when done.
 */
export function* verifyChainSteps(db: Database): Generator<void, ChainVerification, void> {
  const key = sealKeyOf(db);
  const breaks: ChainBreak[] = [];
  let previous: string = GENESIS;
  let checked = 0;
  let keyed = 0;
  const all = seals(db);
  for (const [index, seal] of all.entries()) {
    const ordered = seal.seq === index + 1 ? previous : undefined;
    const problem = sealProblem(db, seal, ordered, key);
    if (problem !== null) breaks.push(describeMeeting(db, seal.meetingId, problem));
    else if (key && macState(db, key, seal) === 'ok') keyed++;
    previous = seal.chainHash;
    // As the message says it: how many were found intact before the first that is not.
    if (breaks.length === 0) checked++;
    yield;
  }
  const unsealed = db
    .prepare(`SELECT id FROM meetings WHERE adopted_at IS NOT NULL AND id NOT IN (SELECT meeting_id FROM ${SEAL_TABLE}) ORDER BY adopted_at, id`)
    .pluck()
    .all() as number[];
  for (const id of unsealed) breaks.push(describeMeeting(db, id, 'deze notulen staan als vastgesteld, maar zijn nooit verzegeld.'));
  const protection = protectionOf(key, all.length, keyed, keyProblemOf(db));
  const firstBreak = breaks[0] ?? null;
  if (firstBreak) {
    return { ok: false, checked, firstBreak, breaks, message: breakMessage(firstBreak, checked, breaks.length), ...protection };
  }
  return {
    ok: true,
    checked,
    firstBreak: null,
    breaks,
    message:
      checked === 0
        ? 'Er zijn nog geen vastgestelde notulen om te controleren.'
        : `Alle ${checked} vastgestelde notulen zijn ongewijzigd sinds hun vaststelling.` + erasureSentence(minutesWithErasures(db)),
    ...protection,
  };
}

function erasureSentence(n: number): string {
  if (n === 0) return '';
  return n === 1
    ? ' In 1 daarvan zijn persoonsgegevens verwijderd op verzoek of na de bewaartermijn; die verwijdering is vastgelegd en klopt.'
    : ` In ${n} daarvan zijn persoonsgegevens verwijderd op verzoek of na de bewaartermijn; die verwijderingen zijn vastgelegd en kloppen.`;
}

export function verifyChain(db: Database): ChainVerification {
  const steps = verifyChainSteps(db);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

// ---- One meeting, before its adopted minutes are shown or exported ----

/** Per connection: the seal checks done since the file last changed (PRAGMA data_version). */
const checks = new WeakMap<Database, { dataVersion: number; byMeeting: Map<number, SealCheck> }>();

function forgetChecks(db: Database): void {
  checks.delete(db);
}

/**
 * The seal of one meeting's adopted minutes, checked: its place in the chain, its content, and with a key its
 * MAC. Null for minutes that are not adopted. Remembered until another connection changes the file; this
 * connection itself cannot change adopted minutes (the locks, re-created at open).
 */
export function checkSeal(db: Database, meetingId: number): SealCheck | null {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  let cache = checks.get(db);
  if (!cache || cache.dataVersion !== dataVersion) {
    cache = { dataVersion, byMeeting: new Map() };
    checks.set(db, cache);
  }
  const known = cache.byMeeting.get(meetingId);
  if (known) return known;
  const adopted = db.prepare('SELECT adopted_at FROM meetings WHERE id = ?').pluck().get(meetingId) as string | null | undefined;
  const seal = sealOf(db, meetingId);
  if (!seal && (adopted === null || adopted === undefined)) return null;
  const key = sealKeyOf(db);
  let result: SealCheck;
  if (!seal) {
    const b = describeMeeting(db, meetingId, 'deze notulen staan als vastgesteld, maar zijn nooit verzegeld.');
    result = { seal: null, keyed: false, ok: false, problem: changedAfterAdoptionMessage(b) };
  } else {
    const problem = sealProblem(db, seal, previousChainHash(db, seal.seq), key);
    result = {
      seal: seal.chainHash,
      keyed: key !== null && macState(db, key, seal) === 'ok',
      ok: problem === null,
      problem: problem === null ? null : changedAfterAdoptionMessage(describeMeeting(db, meetingId, problem)),
    };
  }
  cache.byMeeting.set(meetingId, result);
  return result;
}

// ---- Backups: their chain must be a prefix of the live one ----

/** The seals in another database file (a backup, or the file a restore set aside); null when unreadable. */
function sealsInFile(file: string): SealRow[] | null {
  let other: Database | null = null;
  try {
    other = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    return tableExists(other, SEAL_TABLE) ? seals(other) : [];
  } catch {
    return null;
  } finally {
    other?.close();
  }
}

/**
 * Null when the earlier chain is a prefix of the later one: same meetings, same seals, in the same order. Else
 * a Dutch sentence naming where they part. A backup of this archive can only differ by having fewer seals.
 */
function prefixProblem(db: Database, later: readonly SealRow[], earlier: readonly SealRow[]): string | null {
  for (const [index, seal] of earlier.entries()) {
    const live = later[index];
    if (!live) {
      const extra = earlier.length - later.length;
      return (
        `Deze reservekopie bevat ${extra} verzegelde notulen die in de huidige database ontbreken. ` +
        'Dat klopt alleen als sindsdien een oudere reservekopie is teruggezet; anders zijn er in de huidige database zegels verwijderd.'
      );
    }
    if (live.seq !== seal.seq || live.meetingId !== seal.meetingId || live.chainHash !== seal.chainHash) {
      const m = describeMeeting(db, seal.meetingId, '');
      return (
        `De zegels in deze reservekopie wijken af van de huidige database vanaf ${meetingDateText(m.startsAt)} ("${m.title}"). ` +
        'Dat klopt alleen als sindsdien een oudere reservekopie is teruggezet; anders is een van beide buiten Coalitietafel om gewijzigd.'
      );
    }
  }
  return null;
}

/** For the backups list: whether a backup's chain is a prefix of the live chain (null) or not (why). */
export function backupChainProblem(live: Database, backupFile: string): string | null {
  const inBackup = sealsInFile(backupFile);
  if (inBackup === null) return null; // an unreadable backup is the integrity check's to report
  try {
    return prefixProblem(live, seals(live), inBackup);
  } catch {
    return null; // a live store that cannot be read (rescue mode) has no chain to hold the backup against
  }
}

/** After a restore: whether the restored chain is a prefix of the chain in the file that was set aside. */
export function restoredChainProblem(restoredFile: string, setAsideFile: string): string | null {
  const before = sealsInFile(setAsideFile);
  if (before === null) return null;
  let restored: Database | null = null;
  try {
    restored = new BetterSqlite3(restoredFile, { readonly: true, fileMustExist: true });
    return prefixProblem(restored, before, tableExists(restored, SEAL_TABLE) ? seals(restored) : []);
  } catch {
    return null;
  } finally {
    restored?.close();
  }
}
