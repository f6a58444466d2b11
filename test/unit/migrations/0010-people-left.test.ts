// 0010-people-left: the day a person left the coalition, on a store made by 0009; the people there keep their
// data and take part until a date is set.
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, storeAt } from './store-at';

describe('migration 0010-people-left', () => {
  it('adds an empty leaving date to the people already there and accepts only a whole date', () => {
    const db = storeAt(9);
    const organisation = Number(db.prepare("INSERT INTO organisations (name) VALUES ('Wijkraad')").run().lastInsertRowid);
    const person = Number(db.prepare("INSERT INTO people (name, organisation_id, role) VALUES ('Anna de Vries', ?, 'lid')").run(organisation).lastInsertRowid);
    const before = db.prepare('SELECT * FROM people ORDER BY id').all();

    migrate(db, 10);

    expect(columnsOf(db, 'people')).toContain('left_on');
    expect(db.prepare('SELECT * FROM people ORDER BY id').all()).toEqual(before.map((p) => ({ ...(p as object), left_on: null })));
    db.prepare("UPDATE people SET left_on = '2021-06-30' WHERE id = ?").run(person);
    expect(db.prepare('SELECT left_on FROM people WHERE id = ?').pluck().get(person)).toBe('2021-06-30');
    expect(() => db.prepare("UPDATE people SET left_on = '30 juni' WHERE id = ?").run(person)).toThrow(/CHECK/);
    db.prepare('UPDATE people SET left_on = NULL WHERE id = ?').run(person);
  });
});
