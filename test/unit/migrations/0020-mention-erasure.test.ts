// 0020-mention-erasure on a store made by the migrations before it: erasure records made before keep verifying
// (a record names a mention only when it is one), the audit trail stays locked outside an erasure and opens only
// for a row listed as pending, and a toelichting's index row follows its agenda item's new title.
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, profileIds, storeAt } from './store-at';
import { GENESIS, erasureChainHash, erasureChainProblem } from '../../../main/core/durability/chain';
import { recordErasure } from '../../../main/core/durability/erasures';
import { syncAuditTriggers } from '../../../main/core/durability/audit';
import { syncLockTriggers } from '../../../main/core/durability/locks';

describe('migration 0020-mention-erasure', () => {
  it('keeps earlier erasure records verifying and adds the mention column and the pending list', () => {
    const db = storeAt(19);
    const entry = { erasedAt: '2026-06-01T10:00:00.000Z', reason: 'verzoek', requestedBy: 'de betrokkene zelf', handledBy: 'Secretaris' } as const;
    // As the app wrote it before: no mention column, the chain hash over the fields it had.
    const old = { ...entry, seq: 1, subject: 'Ervaringsverhaal 1 van 12 mei 2026', registerEntryId: 1, erasedHash: 'a'.repeat(64), hashScheme: 'hmac-sha256' as const, minutes: '[]', mention: null, previousHash: GENESIS };
    db.prepare(
      `INSERT INTO personal_data_erasures (seq, erased_at, reason, requested_by, handled_by, subject, register_entry_id, erased_hash, hash_scheme,
         minutes, previous_hash, chain_hash) VALUES (1, ?, ?, ?, ?, ?, 1, ?, ?, '[]', ?, ?)`,
    ).run(old.erasedAt, old.reason, old.requestedBy, old.handledBy, old.subject, old.erasedHash, old.hashScheme, GENESIS, erasureChainHash(old));
    expect(erasureChainProblem(db, null)).toBeNull();
    migrate(db, 20);
    syncAuditTriggers(db);
    expect(columnsOf(db, 'personal_data_erasures')).toContain('mention');
    expect(erasureChainProblem(db, null)).toBeNull();
    expect(syncLockTriggers(db)).toEqual([]);

    // A mention's record chains after it, and its mention is covered by the chain hash.
    recordErasure(db, {
      ...entry,
      subject: 'Actie 3 van de vergadering van 5 november 2026 (vergadering 1)',
      registerEntryId: 0,
      mention: { key: 'actie:3', texts: [{ table: 'action_items', rowKey: '3', column: 'description' }] },
      erasedHash: 'b'.repeat(64),
      hashScheme: 'hmac-sha256',
      minutes: [],
    });
    expect(erasureChainProblem(db, null)).toBeNull();
    db.exec('DROP TRIGGER personal_data_erasures_locked_update');
    db.prepare("UPDATE personal_data_erasures SET mention = NULL WHERE seq = 2").run();
    expect(erasureChainProblem(db, null)).toBe('een vastgelegde verwijdering op verzoek is gewijzigd.');
  });

  it('opens the audit trail only for a row listed as pending, and refreshes a toelichting when its item is renamed', () => {
    const db = storeAt(19);
    const { checklistItemId } = profileIds(db);
    db.prepare("INSERT INTO meetings (id, body, title, starts_at, place, checklist_id, created_at, updated_at) VALUES (1, 'coalitie', 'Eerste', '2026-02-01T19:30', 'Stadhuis', 1, '2026-01-01', '2026-01-01')").run();
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, kind, title) VALUES (1, 1, 1, 'besluit', 'Gesprek met Jansen')").run();
    db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (1, ?, 'nee', 'Nog niet', '2026-02-01')").run(checklistItemId);
    migrate(db, 20);
    syncAuditTriggers(db);

    db.prepare("UPDATE agenda_items SET title = 'Gesprek met een bewoner' WHERE id = 1").run();
    const titles = db.prepare("SELECT title FROM search_index WHERE kind = 'toelichting'").pluck().all() as string[];
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/— Gesprek met een bewoner$/);
    expect(db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH '\"Jansen\"'").pluck().get()).toBe(0);

    const scrub = "UPDATE audit_log SET after = json_replace(after, '$.title', 'x') WHERE table_name = 'agenda_items' AND row_key = '1'";
    expect(() => db.prepare(scrub).run()).toThrow(/logboek/);
    db.prepare("INSERT INTO personal_data_mention_pending VALUES ('agenda_items', '2')").run();
    expect(() => db.prepare(scrub).run()).toThrow(/logboek/);
    db.prepare("INSERT INTO personal_data_mention_pending VALUES ('agenda_items', '1')").run();
    expect(db.prepare(scrub).run().changes).toBeGreaterThan(0);
    // Only the copies: who, when, which row and what happened stay.
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE table_name = 'agenda_items' AND row_key = '1'").run()).toThrow(/logboek/);
  });
});
