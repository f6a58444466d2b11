// Every row of every table, to prove a refused call wrote nothing.
import type { Database } from 'better-sqlite3';

export function snapshot(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const result: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    // Names come from sqlite_master itself, quoted.
    const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
    // Sorted as text: WITHOUT ROWID tables have no rowid to order by.
    result[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return result;
}
