// 0012-residents-organisation: a store made before the default profile named a residents' organisation gets it;
// a store that has one (the profile's, or one the coalition made) and a brand-new store are left as they are.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrate, storeAt } from './store-at';

const NAME = 'Bewonersvertegenwoordiging Groningen-Noord';
const organisations = (db: Database.Database) =>
  db.prepare('SELECT id, name, sector FROM organisations ORDER BY id').all() as { id: number; name: string; sector: string | null }[];
const residents = (db: Database.Database) => organisations(db).filter((o) => o.sector === 'bewoners');

/** A store as an install from before: the profile loaded, but without the residents' organisation. */
function olderInstall(): Database.Database {
  const db = storeAt(11);
  db.prepare('DELETE FROM organisations WHERE name = ?').run(NAME);
  expect(residents(db)).toEqual([]);
  return db;
}

describe('migration 0012-residents-organisation', () => {
  it('adds the residents’ organisation to an older install, as the default profile names it, keeping the others', () => {
    const db = olderInstall();
    const before = organisations(db);
    migrate(db, 12);
    expect(residents(db)).toEqual([expect.objectContaining({ name: NAME, sector: 'bewoners' })]);
    expect(organisations(db).slice(0, before.length)).toEqual(before);
    // The addition is in the audit trail like any other change (beside the profile's first one, deleted above).
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'organisations' AND operation = 'INSERT' AND after LIKE ?").pluck().get(`%${NAME}%`)).toBe(2);
  });

  it('does nothing when the coalition has a residents’ organisation of its own, or one by that name', () => {
    const own = olderInstall();
    own.prepare("INSERT INTO organisations (name, sector) VALUES ('Bewoners Groningen-Noord', 'bewoners')").run();
    const withOwn = organisations(own);
    migrate(own, 12);
    expect(organisations(own)).toEqual(withOwn);

    const sameName = olderInstall();
    sameName.prepare('INSERT INTO organisations (name, sector) VALUES (?, NULL)').run(NAME);
    const withName = organisations(sameName);
    migrate(sameName, 12);
    expect(organisations(sameName)).toEqual(withName);
  });

  it('leaves a store that already has it, and a new store gets exactly one (from the profile)', () => {
    const current = storeAt(11);
    const before = organisations(current);
    migrate(current, 12);
    expect(organisations(current)).toEqual(before);
    expect(residents(current)).toHaveLength(1);

    expect(residents(storeAt(12))).toEqual([expect.objectContaining({ name: NAME })]);
  });
});
