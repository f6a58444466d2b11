// 0002-year: adoption with locks, presenter state, milestones and agenda templates, on a store made by 0001.
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, profileIds, storeAt } from './store-at';

describe('migration 0002-year', () => {
  it('adds adoption and presenter columns to existing meetings, keeping their data, and locks adopted minutes', () => {
    const db = storeAt(1);
    const { checklistId } = profileIds(db);
    const meeting = Number(
      db
        .prepare("INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status) VALUES ('coalitie', 'Eerste', '2020-02-01T19:30', 'Stadhuis', ?, '2020-01-01', '2020-01-01', 'gehouden')")
        .run(checklistId).lastInsertRowid,
    );
    const later = Number(
      db.prepare("INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at) VALUES ('coalitie', 'Tweede', '2020-05-01T19:30', 'Stadhuis', ?, '2020-01-01', '2020-01-01')").run(checklistId).lastInsertRowid,
    );
    const item = Number(db.prepare("INSERT INTO agenda_items (meeting_id, position, kind, title) VALUES (?, 1, 'besluit', 'Speeltuin')").run(meeting).lastInsertRowid);
    db.prepare("INSERT INTO action_items (meeting_id, description, created_at, updated_at) VALUES (?, 'Bewoners bellen', '2020-02-01', '2020-02-01')").run(meeting);
    const before = db.prepare('SELECT id, title, starts_at, status FROM meetings ORDER BY id').all();

    migrate(db, 2);

    expect(columnsOf(db, 'meetings')).toEqual(expect.arrayContaining(['adopted_at', 'adopted_in_meeting_id', 'current_agenda_item_id', 'current_checklist_item_id']));
    expect(columnsOf(db, 'action_items')).toContain('closed_in_meeting_id');
    expect(db.prepare('SELECT id, title, starts_at, status FROM meetings ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT adopted_at FROM meetings WHERE id = ?').pluck().get(meeting)).toBeNull();
    for (const table of ['minutes_corrections', 'milestones', 'agenda_templates']) expect(columnsOf(db, table).length).toBeGreaterThan(0);

    // Until adopted the records change freely; from then on they are locked, except the presenter state.
    db.prepare("UPDATE agenda_items SET title = 'Speeltuin Beijum' WHERE id = ?").run(item);
    db.prepare("UPDATE meetings SET adopted_at = '2020-05-01', adopted_in_meeting_id = ? WHERE id = ?").run(later, meeting);
    expect(() => db.prepare("UPDATE agenda_items SET title = 'Anders' WHERE id = ?").run(item)).toThrow(/vastgesteld/);
    expect(() => db.prepare("UPDATE meetings SET title = 'Anders' WHERE id = ?").run(meeting)).toThrow(/vastgesteld/);
    expect(() => db.prepare("UPDATE action_items SET description = 'Anders' WHERE meeting_id = ?").run(meeting)).toThrow(/vastgesteld/);
    db.prepare("UPDATE action_items SET status = 'gereed' WHERE meeting_id = ?").run(meeting);
    db.prepare('UPDATE meetings SET current_agenda_item_id = ? WHERE id = ?').run(item, meeting);
  });
});
