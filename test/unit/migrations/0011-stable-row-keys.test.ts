// 0011-stable-row-keys: an archive made by the migrations before it keeps its data, its seals and its
// triggers, and from then on no table hands out the key of a deleted row again.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { syncAuditTriggers } from '../../../main/core/durability/audit';
import { sealUnsealedAdoptedMinutes, verifyChain } from '../../../main/core/durability/chain';
import { syncLockTriggers } from '../../../main/core/durability/locks';
import { MIGRATIONS } from '../../../main/core/store/migrations/index';
import { logicalSnapshot } from '../durability/fixtures';
import { copyOf, migrate, migrateThenFail, profileIds, schemaOf, storeAt } from './store-at';

const VERSION = 11;
const PREVIOUS = Math.max(...MIGRATIONS.filter((m) => m.version < VERSION).map((m) => m.version));

/** An archive as the previous migrations left it: adopted (sealed) minutes, register entries, a deleted one. */
function archive(): { db: Database.Database; deletedEntry: number } {
  const db = storeAt(PREVIOUS);
  const { checklistId, checklistItemId, themeId } = profileIds(db);
  const organisation = Number(db.prepare("INSERT INTO organisations (name) VALUES ('Wijkraad')").run().lastInsertRowid);
  const person = Number(db.prepare("INSERT INTO people (name, organisation_id, role) VALUES ('Anna de Vries', ?, 'lid')").run(organisation).lastInsertRowid);
  const meeting = db.prepare(
    `INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status)
     VALUES ('coalitie', ?, ?, 'Stadhuis', ?, '2020-01-01', '2020-01-01', 'gehouden')`,
  );
  const first = Number(meeting.run('Eerste', '2020-02-01T19:30', checklistId).lastInsertRowid);
  const second = Number(meeting.run('Tweede', '2020-05-01T19:30', checklistId).lastInsertRowid);
  const item = Number(
    db.prepare("INSERT INTO agenda_items (meeting_id, position, kind, title, outcome, decision_text) VALUES (?, 1, 'besluit', 'Speeltuin', 'aangenomen', 'Ja')").run(first).lastInsertRowid,
  );
  db.prepare('INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, ?)').run(item, themeId);
  db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, 'deels', 'Nog niet', '2020-02-01')").run(item, checklistItemId);
  db.prepare("INSERT INTO attendance (meeting_id, person_id, status) VALUES (?, ?, 'aanwezig')").run(first, person);
  db.prepare('UPDATE meetings SET adopted_at = ?, adopted_in_meeting_id = ? WHERE id = ?').run('2020-05-01', second, first);
  sealUnsealedAdoptedMinutes(db, '2020-05-01T20:00:00.000Z');
  const entry = db.prepare("INSERT INTO register_entries (kind, date, title, source_kind, created_at, updated_at) VALUES ('leerpunt', '2020-03-01', ?, 'bewoner', '', '')");
  entry.run('Blijft');
  const deletedEntry = Number(entry.run('Wordt verwijderd').lastInsertRowid);
  db.prepare('DELETE FROM register_entries WHERE id = ?').run(deletedEntry);
  return { db, deletedEntry };
}

const autoincrementTables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%' ORDER BY name").pluck().all() as string[];

describe('migration 0011-stable-row-keys', () => {
  it('keeps an archive whole: integrity, foreign keys, data, seals and triggers', () => {
    const { db, deletedEntry } = archive();
    const before = logicalSnapshot(db);
    const schemaBefore = schemaOf(db);
    expect(verifyChain(db).ok).toBe(true);
    expect(db.prepare('SELECT count(*) FROM minutes_seals').pluck().get()).toBe(1);

    migrate(db, VERSION);

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const { sqlite_sequence: sequence, ...after } = logicalSnapshot(db);
    expect(after).toEqual(before);
    expect(sequence!.length).toBeGreaterThan(0);
    expect(verifyChain(db)).toMatchObject({ ok: true });
    // Only the tables' text changed, by the one word; triggers and indexes are as they were.
    const withoutWord = (schema: unknown[]) =>
      (schema as { sql: string | null }[]).map((r) => ({ ...r, sql: r.sql?.replace(/ AUTOINCREMENT/g, '') ?? null }));
    expect(withoutWord(schemaOf(db))).toEqual(schemaBefore);
    expect(syncAuditTriggers(db)).toBe(0);
    expect(syncLockTriggers(db)).toEqual([]);

    // Generated keys only: not the log (append-only), nor keys that are another table's key, nor composite keys.
    const tables = autoincrementTables(db);
    for (const table of ['register_entries', 'milestones', 'meetings', 'agenda_items', 'people', 'action_items', 'indicators']) {
      expect(tables).toContain(table);
    }
    for (const table of ['audit_log', 'minutes_seals', 'minutes_adopted_names', 'attendance', 'settings']) expect(tables).not.toContain(table);

    // The entry deleted before the migration: its key is known from the log and not handed out again.
    const next = Number(
      db.prepare("INSERT INTO register_entries (kind, date, title, source_kind, created_at, updated_at) VALUES ('leerpunt', '2020-03-02', 'Nieuw', 'bewoner', '', '')").run().lastInsertRowid,
    );
    expect(next).toBeGreaterThan(deletedEntry);
    const inserts = db
      .prepare("SELECT row_key, count(*) AS n FROM audit_log WHERE table_name = 'register_entries' AND operation = 'INSERT' GROUP BY row_key HAVING n > 1")
      .all();
    expect(inserts).toEqual([]);
  });

  it('gives a migrated archive the same schema as a new store', () => {
    const { db } = archive();
    migrate(db, VERSION);
    const fresh = storeAt(VERSION);
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    expect(autoincrementTables(fresh)).toEqual(autoincrementTables(db));
  });

  it('leaves nothing behind when the transaction it runs in fails', () => {
    const { db } = archive();
    const untouched = copyOf(db);
    expect(() => migrateThenFail(db, VERSION)).toThrow(/later migration/);
    expect(schemaOf(db)).toEqual(schemaOf(untouched));
    expect(autoincrementTables(db)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(logicalSnapshot(db)).toEqual(logicalSnapshot(untouched));
    // The connection reads the schema as it is on disk again (no table it thinks needs sqlite_sequence).
    db.prepare("INSERT INTO register_entries (kind, date, title, source_kind, created_at, updated_at) VALUES ('leerpunt', '2020-03-02', 'Daarna', 'bewoner', '', '')").run();
    // Defensive mode is back on: the schema cannot be edited by hand.
    db.pragma('writable_schema = ON');
    expect(() => db.prepare("UPDATE sqlite_schema SET sql = sql WHERE name = 'milestones'").run()).toThrow(/may not be modified/);
  });
});
