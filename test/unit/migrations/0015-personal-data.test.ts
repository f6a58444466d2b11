// 0015-personal-data on a store made by the migrations before it: entries keep their content and gain an empty
// grondslag, the registers keep the default retention terms, the erasure chain starts empty, and the locks it
// rewrites are exactly the ones the app keeps in step at every open.
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, storeAt } from './store-at';
import { syncLockTriggers } from '../../../main/core/durability/locks';
import { syncAuditTriggers } from '../../../main/core/durability/audit';

describe('migration 0015-personal-data', () => {
  it('adds the grondslag, retention terms and the erasure chain without touching the data', () => {
    const db = storeAt(14);
    db.prepare(
      `INSERT INTO register_entries (kind, title, text, date, source_kind, source_name, created_at, updated_at)
       VALUES ('ervaringsverhaal', 'Verhaal', 'Tekst', '2020-03-01', 'bewoner', 'Mevrouw Jansen', '2020-03-01', '2020-03-01')`,
    ).run();
    const before = db.prepare('SELECT * FROM register_entries').all() as Record<string, unknown>[];

    migrate(db, 15);
    syncAuditTriggers(db);

    expect(db.prepare('SELECT * FROM register_entries').all()).toEqual(
      before.map((row) => ({ ...row, grondslag: null, retain_until: null, retain_reason: '', erased_at: null })),
    );
    expect(columnsOf(db, 'register_entries').slice(-4)).toEqual(['grondslag', 'retain_until', 'retain_reason', 'erased_at']);
    // Empty: every register keeps the app's default term until Beheer sets another.
    expect(db.prepare('SELECT count(*) FROM register_retention').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM personal_data_erasures').pluck().get()).toBe(0);
    // The rewritten locks are token for token the canonical ones: opening the store re-creates nothing.
    expect(syncLockTriggers(db)).toEqual([]);

    // Outside an erasure the audit trail is still append-only, and a grondslag must be one of the three.
    expect(() => db.prepare("UPDATE audit_log SET before = NULL WHERE table_name = 'register_entries'").run()).toThrow(/logboek/);
    expect(() => db.prepare("UPDATE register_entries SET grondslag = 'gevoel'").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO personal_data_erasures (seq, erased_at, reason, requested_by, handled_by, subject, register_entry_id, erased_hash, minutes, previous_hash, chain_hash) VALUES (1, 'x', 'verzoek', 'x', 'x', 'x', 1, 'x', '[]', 'x', 'x')").run();
    expect(() => db.prepare("UPDATE personal_data_erasures SET subject = 'y'").run()).toThrow(/verwijdering op verzoek/);
    expect(() => db.prepare('DELETE FROM personal_data_erasures').run()).toThrow(/verwijdering op verzoek/);
  });
});
