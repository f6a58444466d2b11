// Every row of every table, to prove a refused call wrote nothing.
import type { Database } from 'better-sqlite3';

export function snapshot(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const result: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    // Names come from sqlite_master itself, quoted.
    result[name] = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).all();
  }
  return result;
}
