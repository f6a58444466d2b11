// 0001-initial: the first schema, from an empty file (there is no migration before it).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from './store-at';

describe('migration 0001-initial', () => {
  it('makes the core tables on an empty store, with the rules the checklist answers keep', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['settings', 'area', 'themes', 'wijken', 'checklists', 'checklist_items', 'organisations', 'people', 'interventions', 'meetings', 'agenda_items', 'vinkje_answers', 'attendance', 'action_items']),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(1);

    db.prepare("INSERT INTO checklists (id, name, version, is_current, created_at) VALUES (1, 'Zeven vinkjes', 1, 1, '2020-01-01')").run();
    db.prepare("INSERT INTO checklist_items (id, checklist_id, key, position, question) VALUES (1, 1, 'ervaringskennis', 1, 'Is ervaringskennis gebruikt?')").run();
    db.prepare("INSERT INTO meetings (id, body, title, starts_at, place, checklist_id, created_at, updated_at) VALUES (1, 'coalitie', 'Eerste', '2020-02-01T19:30', 'Stadhuis', 1, '2020-01-01', '2020-01-01')").run();
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, kind, title) VALUES (1, 1, 1, 'besluit', 'Speeltuin')").run();
    // A "nee" needs its explanation; a "ja" does not.
    expect(() => db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (1, 1, 'nee', ' ', '2020-02-01')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, answered_at) VALUES (1, 1, 'ja', '2020-02-01')").run();
    expect(() => db.prepare("INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at) VALUES ('bestuur', 'x', '2020', 'x', 1, 'x', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO agenda_items (meeting_id, position, kind, title) VALUES (99, 1, 'besluit', 'Wees')").run()).toThrow(/FOREIGN KEY/);
  });
});
