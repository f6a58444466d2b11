// The standard agenda per body, stored as JSON.
import type { Db } from './connection';
import type { Body, TemplateItem } from '../../../shared/domain';

/** The stored template, or null when the body still uses the built-in one. */
export function getTemplateItems(db: Db, body: Body): TemplateItem[] | null {
  const row = db.prepare('SELECT items FROM agenda_templates WHERE body = ?').get(body) as { items: string } | undefined;
  return row ? (JSON.parse(row.items) as TemplateItem[]) : null;
}

export function setTemplateItems(db: Db, body: Body, items: readonly TemplateItem[]): void {
  db.prepare('INSERT INTO agenda_templates (body, items) VALUES (?, ?) ON CONFLICT (body) DO UPDATE SET items = excluded.items').run(
    body,
    JSON.stringify(items),
  );
}
