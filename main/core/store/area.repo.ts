// New wijken and themes, added by the coalition after the area plan: a readable id from the name, and the next
// place in the list.
import type { Db } from './connection';

type AreaTable = 'wijken' | 'themes';

export function nameTaken(db: Db, table: AreaTable, name: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE lower(name) = lower(?)`).get(name) !== undefined;
}

export function idTaken(db: Db, table: AreaTable, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

function nextPosition(db: Db, table: AreaTable): number {
  return (db.prepare(`SELECT coalesce(max(position), 0) + 1 FROM ${table}`).pluck().get() as number) ?? 1;
}

export function insertWijk(db: Db, w: { id: string; name: string; identity: string; caveat: string }): void {
  db.prepare('INSERT INTO wijken (id, name, identity, position, in_area, caveat) VALUES (?, ?, ?, ?, 1, ?)').run(
    w.id,
    w.name,
    w.identity,
    nextPosition(db, 'wijken'),
    w.caveat,
  );
}

export function insertTheme(db: Db, t: { id: string; name: string; ambition: string; caveat: string }): void {
  db.prepare("INSERT INTO themes (id, name, ambition, position, status, inferred, caveat) VALUES (?, ?, ?, ?, 'thema', 0, ?)").run(
    t.id,
    t.name,
    t.ambition,
    nextPosition(db, 'themes'),
    t.caveat,
  );
}
