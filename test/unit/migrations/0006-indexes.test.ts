// 0006-indexes: two indexes on a store made by 0005; the data stays as it was and the queries use them.
import { describe, expect, it } from 'vitest';
import { migrate, profileIds, storeAt } from './store-at';

describe('migration 0006-indexes', () => {
  it('adds the register date and indicator period indexes without touching the data', () => {
    const db = storeAt(5);
    const { themeId, wijkId } = profileIds(db);
    db.prepare("INSERT INTO register_entries (kind, title, date, source_kind, created_at, updated_at) VALUES ('leerpunt', 'Vroeg beginnen', '2020-03-01', 'bewoner', '2020-03-01', '2020-03-01')").run();
    const indicator = Number(db.prepare("INSERT INTO indicators (theme_id, name, unit, better, created_at, updated_at) VALUES (?, 'Werkloosheid', '%', 'lager', '2020-01-01', '2020-01-01')").run(themeId).lastInsertRowid);
    db.prepare("INSERT INTO indicator_values (indicator_id, area, period, value, source) VALUES (?, ?, '2020', 5.5, 'CBS')").run(indicator, wijkId);
    const before = [db.prepare('SELECT * FROM register_entries').all(), db.prepare('SELECT * FROM indicator_values').all()];

    migrate(db, 6);

    expect([db.prepare('SELECT * FROM register_entries').all(), db.prepare('SELECT * FROM indicator_values').all()]).toEqual(before);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('register_entries_date', 'indicator_values_indicator_period') ORDER BY name").pluck().all();
    expect(indexes).toEqual(['indicator_values_indicator_period', 'register_entries_date']);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan('SELECT id FROM register_entries ORDER BY date DESC LIMIT 5')).toMatch(/register_entries_date/);
    expect(plan('SELECT max(period) FROM indicator_values WHERE indicator_id = 1')).toMatch(/indicator_values_indicator_period/);
  });
});
