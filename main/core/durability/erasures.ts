// Recording an erasure of personal data in its own append-only chain (verified in chain.ts), with a MAC where
// this installation has a seal key. Call inside the erasure's transaction, after the content has been replaced.
import type { Database } from 'better-sqlite3';
import { ERASURES_TABLE } from './locks';
import { GENESIS, canonicalJson, erasureChainHash, type ErasedMinutes } from './chain';
import { erasureMac, sealKeyOf } from './seal-key';
import type { ErasedHashScheme } from './erasure-secret';

export interface ErasureRecord {
  erasedAt: string;
  reason: 'verzoek' | 'bewaartermijn';
  requestedBy: string;
  handledBy: string;
  /** What was erased, without the content: "Ervaringsverhaal 12 van 3 mei 2026". */
  subject: string;
  /** 0 for a free-text mention, which is no register entry. */
  registerEntryId: number;
  /** Which texts a free-text mention's erasure rewrote (never the texts themselves); absent for an entry. */
  mention?: { key: string; texts: { table: string; rowKey: string; column: string }[] } | undefined;
  /** Keyed hash of the erased content (canonical JSON of the fields replaced): erasure-secret.ts. */
  erasedHash: string;
  hashScheme: ErasedHashScheme;
  minutes: ErasedMinutes[];
}

export function recordErasure(db: Database, record: ErasureRecord): number {
  const last = db.prepare(`SELECT seq, chain_hash AS chainHash FROM ${ERASURES_TABLE} ORDER BY seq DESC LIMIT 1`).get() as
    | { seq: number; chainHash: string }
    | undefined;
  const row = {
    ...record,
    seq: (last?.seq ?? 0) + 1,
    minutes: canonicalJson([...record.minutes].sort((a, b) => a.meetingId - b.meetingId)),
    mention: record.mention ? canonicalJson(record.mention) : null,
    previousHash: last?.chainHash ?? GENESIS,
  };
  const chainHash = erasureChainHash(row);
  const key = sealKeyOf(db);
  db.prepare(
    `INSERT INTO ${ERASURES_TABLE} (seq, erased_at, reason, requested_by, handled_by, subject, register_entry_id, erased_hash,
       hash_scheme, minutes, mention, previous_hash, chain_hash, key_id, mac)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.seq,
    row.erasedAt,
    row.reason,
    row.requestedBy,
    row.handledBy,
    row.subject,
    row.registerEntryId,
    row.erasedHash,
    row.hashScheme,
    row.minutes,
    row.mention,
    row.previousHash,
    chainHash,
    key?.id ?? null,
    key ? erasureMac(key, chainHash) : null,
  );
  return row.seq;
}
