// 0019-keyed-erasure-hash on a store made by the migrations before it: an erasure recorded with the plain
// sha256 keeps verifying (its record says which scheme made its hash), the secret table starts empty and is
// neither audited nor archived, and a record whose scheme is changed afterwards is found.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { columnsOf, migrate, storeAt } from './store-at';
import { GENESIS, canonicalJson, erasureChainProblem } from '../../../main/core/durability/chain';
import { auditedTables, syncAuditTriggers } from '../../../main/core/durability/audit';
import { archiveTables } from '../../../main/core/durability/archive';
import { syncLockTriggers } from '../../../main/core/durability/locks';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An erasure record exactly as the app wrote it before this migration: chain hash over the eight fields. */
function oldRecord(db: ReturnType<typeof storeAt>) {
  const fields = {
    erasedAt: '2026-06-01T10:00:00.000Z',
    reason: 'verzoek',
    requestedBy: 'de betrokkene zelf',
    handledBy: 'Secretaris',
    subject: 'Ervaringsverhaal 1 van 12 mei 2026',
    registerEntryId: 1,
    erasedHash: sha256(canonicalJson({ title: 'Verhaal', text: 'Tekst', sourceName: 'Mevrouw Jansen', celebration: '' })),
    minutes: '[]',
  };
  const chainHash = sha256(`coalitietafel-verwijdering\n1\n${GENESIS}\n${canonicalJson(fields)}`);
  db.prepare(
    `INSERT INTO personal_data_erasures (seq, erased_at, reason, requested_by, handled_by, subject, register_entry_id, erased_hash,
       minutes, previous_hash, chain_hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fields.erasedAt, fields.reason, fields.requestedBy, fields.handledBy, fields.subject, fields.registerEntryId, fields.erasedHash, fields.minutes, GENESIS, chainHash);
}

describe('migration 0019-keyed-erasure-hash', () => {
  it('keeps old erasure records verifying, marked as plain sha256, and adds an empty secret table kept out of log and archive', () => {
    const db = storeAt(18);
    oldRecord(db);
    expect(erasureChainProblem(db, null)).toBeNull();

    migrate(db, 19);
    syncAuditTriggers(db);

    expect(columnsOf(db, 'personal_data_erasures')).toContain('hash_scheme');
    expect(db.prepare('SELECT hash_scheme FROM personal_data_erasures').pluck().all()).toEqual(['sha256']);
    expect(erasureChainProblem(db, null)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM personal_data_erasure_secret').pluck().get()).toBe(0);
    expect(auditedTables(db)).not.toContain('personal_data_erasure_secret');
    expect(archiveTables(db).map((t) => t.name)).not.toContain('personal_data_erasure_secret');
    expect(syncLockTriggers(db)).toEqual([]);

    // Claiming the old record was keyed changes what its chain hash covers: found.
    db.exec('DROP TRIGGER personal_data_erasures_locked_update');
    db.prepare("UPDATE personal_data_erasures SET hash_scheme = 'hmac-sha256'").run();
    expect(erasureChainProblem(db, null)).toBe('een vastgelegde verwijdering op verzoek is gewijzigd.');
  });

  it('refuses a secret of the wrong length and a second secret', () => {
    const db = storeAt(19);
    expect(() => db.prepare("INSERT INTO personal_data_erasure_secret VALUES (1, x'00', '2026-01-01')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO personal_data_erasure_secret VALUES (1, randomblob(32), '2026-01-01')").run();
    expect(() => db.prepare("INSERT INTO personal_data_erasure_secret VALUES (2, randomblob(32), '2026-01-01')").run()).toThrow(/CHECK/);
  });
});
