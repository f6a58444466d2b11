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
import type { Database } from 'better-sqlite3';
import type { ChainBreak, ChainVerification } from '../../../shared/contract.durability';
import { formatDate } from '../../../shared/format';

export const SEAL_TABLE = 'minutes_seals';
export const CURRENT_HASH_VERSION = 1;
export const GENESIS = '0'.repeat(64);

const SEAL_LOCKED = 'Een zegel op vastgestelde notulen kan niet worden gewijzigd of verwijderd.';

/** Created by migration 0004. */
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
    CREATE TRIGGER minutes_seals_locked_update BEFORE UPDATE ON ${SEAL_TABLE}
    BEGIN SELECT RAISE(ABORT, '${SEAL_LOCKED}'); END;
    CREATE TRIGGER minutes_seals_locked_delete BEFORE DELETE ON ${SEAL_TABLE}
    BEGIN SELECT RAISE(ABORT, '${SEAL_LOCKED}'); END;
  `);
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

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function tableExists(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
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

export function contentHash(db: Database, meetingId: number, version: number): string | null {
  if (version !== 1) return null; // a seal from a newer app: cannot be checked here
  const content = minutesContentV1(db, meetingId);
  return content === null ? null : sha256(canonicalJson(content));
}

export function chainHash(seal: { hashVersion: number; seq: number; meetingId: number; previousHash: string; contentHash: string }): string {
  return sha256(`coalitietafel-notulen\n${seal.hashVersion}\n${seal.seq}\n${seal.meetingId}\n${seal.previousHash}\n${seal.contentHash}`);
}

interface SealRow {
  meetingId: number;
  seq: number;
  hashVersion: number;
  contentHash: string;
  previousHash: string;
  chainHash: string;
  sealedAt: string;
}

function seals(db: Database): SealRow[] {
  return db
    .prepare(
      `SELECT meeting_id AS meetingId, seq, hash_version AS hashVersion, content_hash AS contentHash,
              previous_hash AS previousHash, chain_hash AS chainHash, sealed_at AS sealedAt
       FROM ${SEAL_TABLE} ORDER BY seq`,
    )
    .all() as SealRow[];
}

/** Seals a meeting's adopted minutes; call inside the adoption transaction, after adopted_at is set. */
export function sealMinutes(db: Database, meetingId: number, sealedAt: string): void {
  const last = db.prepare(`SELECT seq, chain_hash AS chainHash FROM ${SEAL_TABLE} ORDER BY seq DESC LIMIT 1`).get() as
    | { seq: number; chainHash: string }
    | undefined;
  const seal = {
    meetingId,
    seq: (last?.seq ?? 0) + 1,
    hashVersion: CURRENT_HASH_VERSION,
    contentHash: contentHash(db, meetingId, CURRENT_HASH_VERSION)!,
    previousHash: last?.chainHash ?? GENESIS,
  };
  db.prepare(
    `INSERT INTO ${SEAL_TABLE} (meeting_id, seq, hash_version, content_hash, previous_hash, chain_hash, sealed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(seal.meetingId, seal.seq, seal.hashVersion, seal.contentHash, seal.previousHash, chainHash(seal), sealedAt);
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

function describeMeeting(db: Database, meetingId: number, reason: string): ChainBreak {
  const m = db.prepare('SELECT title, starts_at AS startsAt FROM meetings WHERE id = ?').get(meetingId) as
    | { title: string; startsAt: string }
    | undefined;
  return { meetingId, title: m?.title ?? `(vergadering ${meetingId} bestaat niet meer)`, startsAt: m?.startsAt ?? '', reason };
}

function breakMessage(b: ChainBreak, checked: number): string {
  const when = b.startsAt ? ` van ${formatDate(b.startsAt.slice(0, 10))}` : '';
  return (
    `De controle van de vastgestelde notulen vond een afwijking bij "${b.title}"${when}: ${b.reason} ` +
    `Dit kan alleen buiten Coalitietafel om zijn gebeurd. ${checked} vastgestelde notulen zijn gecontroleerd; ` +
    'zet zo nodig een reservekopie terug en bewaar dit bestand voor onderzoek.'
  );
}

/** Recomputes every seal in order of adoption and stops at the first meeting that no longer matches. */
export function verifyChain(db: Database): ChainVerification {
  let previous = GENESIS;
  let checked = 0;
  const fail = (b: ChainBreak): ChainVerification => ({ ok: false, checked, firstBreak: b, message: breakMessage(b, checked) });
  for (const [index, seal] of seals(db).entries()) {
    if (seal.seq !== index + 1 || seal.previousHash !== previous) {
      return fail(describeMeeting(db, seal.meetingId, 'de volgorde van de verzegelde notulen is onderbroken (een zegel ontbreekt of is vervangen).'));
    }
    if (chainHash(seal) !== seal.chainHash) {
      return fail(describeMeeting(db, seal.meetingId, 'het zegel zelf is gewijzigd.'));
    }
    const adopted = db.prepare('SELECT adopted_at FROM meetings WHERE id = ?').pluck().get(seal.meetingId) as string | null | undefined;
    if (adopted === undefined) {
      return fail(describeMeeting(db, seal.meetingId, 'de vergadering is verwijderd.'));
    }
    if (adopted === null) {
      return fail(describeMeeting(db, seal.meetingId, 'de vaststelling is ongedaan gemaakt.'));
    }
    const recomputed = contentHash(db, seal.meetingId, seal.hashVersion);
    if (recomputed === null) {
      return fail(describeMeeting(db, seal.meetingId, `dit zegel (versie ${seal.hashVersion}) is gemaakt door een nieuwere versie van Coalitietafel.`));
    }
    if (recomputed !== seal.contentHash) {
      return fail(
        describeMeeting(db, seal.meetingId, 'de vastgelegde gegevens (besluiten, vinkjes, aanwezigheid, agenda of correcties) zijn gewijzigd na de vaststelling.'),
      );
    }
    previous = seal.chainHash;
    checked++;
  }
  const unsealed = db
    .prepare(`SELECT id FROM meetings WHERE adopted_at IS NOT NULL AND id NOT IN (SELECT meeting_id FROM ${SEAL_TABLE}) ORDER BY adopted_at, id LIMIT 1`)
    .pluck()
    .get() as number | undefined;
  if (unsealed !== undefined) {
    return fail(describeMeeting(db, unsealed, 'deze notulen staan als vastgesteld, maar zijn nooit verzegeld.'));
  }
  return {
    ok: true,
    checked,
    firstBreak: null,
    message:
      checked === 0
        ? 'Er zijn nog geen vastgestelde notulen om te controleren.'
        : `Alle ${checked} vastgestelde notulen zijn ongewijzigd sinds hun vaststelling.`,
  };
}
