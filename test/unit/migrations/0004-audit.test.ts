// 0004-audit is frozen: it writes out what durability/audit.ts and durability/chain.ts did when it shipped.
// From a store made by 0003 with adopted minutes, it must make exactly what those live functions make.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type Database from 'better-sqlite3';
import { createAuditLog, syncAuditTriggers } from '../../../main/core/durability/audit';
import { createSealTable, sealUnsealedAdoptedMinutes, verifyChain } from '../../../main/core/durability/chain';
import { copyOf, migrate, profileIds, schemaOf, storeAt } from './store-at';

function storeWithAdoptedMinutes(): Database.Database {
  const db = storeAt(3);
  const { checklistId, checklistItemId, themeId } = profileIds(db);
  db.prepare("INSERT INTO organisations (name) VALUES ('Wijkraad')").run();
  const person = Number(db.prepare("INSERT INTO people (name, organisation_id, role) VALUES ('Anna de Vries', 1, 'lid')").run().lastInsertRowid);
  const meeting = db.prepare(
    `INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status, adopted_at, adopted_in_meeting_id)
     VALUES ('coalitie', ?, ?, 'Stadhuis', ?, '2020-01-01', '2020-01-01', 'gehouden', ?, ?)`,
  );
  const later = Number(meeting.run('Tweede', '2020-05-01T19:30', checklistId, null, null).lastInsertRowid);
  const earlier = Number(meeting.run('Eerste', '2020-02-01T19:30', checklistId, null, null).lastInsertRowid);
  const third = Number(meeting.run('Derde', '2020-09-01T19:30', checklistId, null, null).lastInsertRowid);
  for (const id of [earlier, later]) {
    const item = Number(
      db
        .prepare("INSERT INTO agenda_items (meeting_id, position, kind, title, outcome, decision_text) VALUES (?, 1, 'besluit', 'Speeltuin', 'aangenomen', 'Ja')")
        .run(id).lastInsertRowid,
    );
    db.prepare('INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, ?)').run(item, themeId);
    db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, 'deels', 'Nog niet met bewoners', '2020-02-01')").run(item, checklistItemId);
    db.prepare("INSERT INTO attendance (meeting_id, person_id, status) VALUES (?, ?, 'aanwezig')").run(id, person);
  }
  db.prepare("INSERT INTO minutes_corrections (meeting_id, adopted_in_meeting_id, text, created_at) VALUES (?, ?, 'Naam gespeld', '2020-05-01')").run(earlier, later);
  // Adopted out of id order: the seals follow the order of adoption.
  db.prepare('UPDATE meetings SET adopted_at = ?, adopted_in_meeting_id = ? WHERE id = ?').run('2020-05-01', later, earlier);
  db.prepare('UPDATE meetings SET adopted_at = ?, adopted_in_meeting_id = ? WHERE id = ?').run('2020-09-01', third, later);
  return db;
}

const seals = (db: Database.Database) =>
  db.prepare('SELECT meeting_id, seq, hash_version, content_hash, previous_hash, chain_hash FROM minutes_seals ORDER BY seq').all();
const auditRows = (db: Database.Database) => db.prepare('SELECT actor, table_name, row_key, operation, before, after FROM audit_log ORDER BY id').all();

describe('migration 0004-audit', () => {
  afterEach(() => vi.useRealTimers());

  it('makes the same log, triggers and seals as the durability code it was written from', () => {
    const frozen = storeWithAdoptedMinutes();
    const live = copyOf(frozen);
    // One instant for both, so the seals' sealed_at (and the log rows that record them) can be compared.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-03-04T05:06:07.000Z'));
    migrate(frozen, 4);
    live.transaction(() => {
      createAuditLog(live);
      createSealTable(live);
      syncAuditTriggers(live);
      sealUnsealedAdoptedMinutes(live, new Date().toISOString());
    })();

    // The live code moved on since 0004 shipped: the layout of its SQL, and the name the audit trail gives an
    // actor before a user name is set ("onbekend" then, "naam nog niet ingesteld" now; archives keep theirs).
    // What the frozen migration creates must otherwise be what the live code creates.
    const normalised = (db: Database.Database) =>
      (schemaOf(db) as { sql: string | null }[]).map((o) => ({
        ...o,
        sql: o.sql?.replace(/\s+/g, ' ').replace(/'naam nog niet ingesteld'/g, "'onbekend'") ?? null,
      }));
    expect(normalised(frozen)).toEqual(normalised(live));
    expect(seals(frozen)).toEqual(seals(live));
    expect(seals(frozen)).toHaveLength(2);
    const sameActor = (rows: unknown[]) =>
      (rows as { actor: string }[]).map((r) => ({ ...r, actor: r.actor === 'naam nog niet ingesteld' ? 'onbekend' : r.actor }));
    expect(auditRows(frozen)).toEqual(sameActor(auditRows(live)));
    expect(auditRows(frozen).filter((r) => (r as { table_name: string }).table_name === 'minutes_seals')).toHaveLength(2);
    // The live sync brings the frozen triggers up to date where the live code changed since; then nothing is left.
    syncAuditTriggers(frozen);
    expect(syncAuditTriggers(frozen)).toBe(0);
    // The live verifier accepts the frozen seals.
    expect(verifyChain(frozen)).toMatchObject({ ok: true, checked: 2 });
  });

  it('keeps the data of the store it migrates and records later changes', () => {
    const db = storeWithAdoptedMinutes();
    const before = db.prepare('SELECT * FROM meetings ORDER BY id').all();
    migrate(db, 4);
    expect(db.prepare('SELECT * FROM meetings ORDER BY id').all()).toEqual(before);
    db.prepare("UPDATE people SET name = 'Anna de Vries-Bakker' WHERE name = 'Anna de Vries'").run();
    expect(db.prepare("SELECT operation, table_name FROM audit_log WHERE table_name = 'people'").all()).toEqual([{ operation: 'UPDATE', table_name: 'people' }]);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/logboek/);
    expect(() => db.prepare('DELETE FROM minutes_seals').run()).toThrow(/zegel/);
  });
});
