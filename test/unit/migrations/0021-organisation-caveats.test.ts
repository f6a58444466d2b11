// 0021-organisation-caveats: the organisations gain whether their sector is inferred and the plan's note, on a
// store made by 0020; the profile loader then marks the rows it seeded, keeping a sector the coalition set.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { loadProfileOnce, readProfileFile } from '../../../main/core/store/profile.loader';
import { PROFILE_PATH } from '../../helpers/paths';
import { columnsOf, migrate, storeAt } from './store-at';

const organisations = (db: Database.Database) => db.prepare('SELECT id, name, sector, joined_on, contribution, why FROM organisations ORDER BY id').all();
const caveats = (db: Database.Database) =>
  Object.fromEntries(
    (db.prepare('SELECT name, sector_inferred AS inferred, plan_note AS note FROM organisations').all() as { name: string; inferred: number; note: string | null }[]).map(
      (o) => [o.name, { inferred: o.inferred, note: o.note }],
    ),
  );

describe('migration 0021-organisation-caveats', () => {
  it('adds the caveat columns, unmarked, and changes no organisation', () => {
    const db = storeAt(20);
    const before = organisations(db);
    migrate(db, 21);
    expect(columnsOf(db, 'organisations')).toEqual(expect.arrayContaining(['sector_inferred', 'plan_note']));
    expect(organisations(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM organisations WHERE sector_inferred <> 0 OR plan_note IS NOT NULL').pluck().get()).toBe(0);
    expect(() => db.prepare("UPDATE organisations SET sector_inferred = 2 WHERE name = 'Lefier'").run()).toThrow(/CHECK/);
  });

  it('lets the next start mark the seeded organisations while their sector is still the profile’s', () => {
    const db = storeAt(20);
    // The coalition already gave Lefier a sector of its own; WerkPro it left as seeded.
    db.prepare("UPDATE organisations SET sector = 'overig' WHERE name = 'Lefier'").run();
    migrate(db, 21);
    loadProfileOnce(db, readProfileFile(PROFILE_PATH));
    const marks = caveats(db);
    expect(marks['Lefier']).toEqual({ inferred: 0, note: null });
    expect(marks['WerkPro']).toEqual({ inferred: 1, note: null });
    expect(marks['Gemeente Groningen']).toMatchObject({ inferred: 0, note: expect.stringContaining("afgeleid uit 'Burgemeester'") });
    expect(marks['Rijk']).toMatchObject({ inferred: 1, note: expect.stringContaining("de organisatie 'Rijk' is afgeleid") });
    expect(marks['Mbo/hbo partners']).toMatchObject({ inferred: 1, note: expect.stringContaining('verzamelnaam') });
    expect(marks['Het Pand']).toMatchObject({ inferred: 0, note: 'Het document zegt niet wat voor organisatie Het Pand is.' });
    expect(marks['Politie']).toEqual({ inferred: 0, note: null });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'profile.facts'").pluck().get()).toBe('4');
  });
});
