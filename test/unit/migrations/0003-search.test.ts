// 0003-search: the full-text index, filled from what a store made by 0002 already holds and kept in step after.
import { describe, expect, it } from 'vitest';
import { migrate, profileIds, storeAt } from './store-at';

describe('migration 0003-search', () => {
  it('indexes the agenda items, notes, decisions, explanations and actions already there, and what comes after', () => {
    const db = storeAt(2);
    const { checklistId, checklistItemId } = profileIds(db);
    const meeting = Number(
      db.prepare("INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at) VALUES ('coalitie', 'Eerste', '2020-02-01T19:30', 'Stadhuis', ?, '2020-01-01', '2020-01-01')").run(checklistId).lastInsertRowid,
    );
    const item = Number(
      db
        .prepare("INSERT INTO agenda_items (meeting_id, position, kind, title, description, notes, outcome, decision_text) VALUES (?, 1, 'besluit', 'Speeltuin', 'Nieuwe toestellen', 'Bewonersparticipatie besproken', 'aangenomen', 'Akkoord met de plaatsing')")
        .run(meeting).lastInsertRowid,
    );
    db.prepare("INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, 'deels', 'Alleen de wijkraad gesproken', '2020-02-01')").run(item, checklistItemId);
    db.prepare("INSERT INTO action_items (meeting_id, agenda_item_id, description, created_at, updated_at) VALUES (?, ?, 'Offerte opvragen', '2020-02-01', '2020-02-01')").run(meeting, item);

    migrate(db, 3);

    const found = (text: string) => db.prepare('SELECT kind FROM search_index WHERE search_index MATCH ? ORDER BY kind').pluck().all(`"${text}"`);
    expect(found('toestellen')).toEqual(['agendapunt']);
    expect(found('participatie')).toEqual(['aantekening']); // inside a Dutch compound: trigram tokens
    expect(found('plaatsing')).toEqual(['besluit']);
    expect(found('wijkraad')).toEqual(['toelichting']);
    expect(found('offerte')).toEqual(['actie']);

    db.prepare("UPDATE agenda_items SET notes = 'Geen bezwaren' WHERE id = ?").run(item);
    expect(found('participatie')).toEqual([]);
    expect(found('bezwaren')).toEqual(['aantekening']);
  });
});
