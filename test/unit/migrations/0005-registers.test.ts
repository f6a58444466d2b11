// 0005-registers: plans, the interventions' status and monitoring chain, registers, wijk profiles, indicators
// and citations, on a store made by 0004: the interventions already there get a status from their kind.
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, profileIds, storeAt } from './store-at';

describe('migration 0005-registers', () => {
  it('gives the interventions already there a status from their kind and keeps their data', () => {
    const db = storeAt(4);
    const before = db.prepare('SELECT id, title, kind, parent_id FROM interventions ORDER BY id').all();
    expect(before.length).toBeGreaterThan(0);

    migrate(db, 5);

    expect(db.prepare('SELECT id, title, kind, parent_id FROM interventions ORDER BY id').all()).toEqual(before);
    const statuses = db.prepare('SELECT kind, status, count(*) AS n FROM interventions GROUP BY kind, status ORDER BY kind').all() as { kind: string; status: string }[];
    expect(statuses.map((s) => [s.kind, s.status])).toEqual([
      ['aanvullende kans', 'idee'],
      ['koppelkans', 'idee'],
      ['lopend initiatief', 'lopend'],
    ]);
    expect(columnsOf(db, 'interventions')).toEqual(expect.arrayContaining(['status', 'goal', 'means', 'results', 'impact', 'updated_at']));
    expect(columnsOf(db, 'wijken')).toEqual(expect.arrayContaining(['characteristics', 'pride']));
    for (const table of ['plans', 'prestaties', 'register_entries', 'vinkje_answer_citations', 'indicators', 'indicator_values']) {
      expect(columnsOf(db, table).length, table).toBeGreaterThan(0);
    }
  });

  it('derives the status of a new intervention from its kind and never lets it be emptied', () => {
    const db = storeAt(4);
    migrate(db, 5);
    db.prepare("INSERT INTO interventions (id, title, kind, summary, position) VALUES ('buurtkamer', 'Buurtkamer', 'lopend initiatief', '', 999)").run();
    expect(db.prepare("SELECT status FROM interventions WHERE id = 'buurtkamer'").pluck().get()).toBe('lopend');
    expect(() => db.prepare("UPDATE interventions SET status = NULL WHERE id = 'buurtkamer'").run()).toThrow(/altijd een status/);
  });

  it('checks register entries and indicator areas in the schema', () => {
    const db = storeAt(4);
    migrate(db, 5);
    const { themeId, wijkId } = profileIds(db);
    const entry = db.prepare('INSERT INTO register_entries (kind, date, title, source_kind, kept, celebrated, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    entry.run('norm', '2020-03-01', 'Op tijd beginnen', 'bewoner', 'ja', null, '', '');
    expect(() => entry.run('norm', '2020-03-01', 'Zonder naleving', 'bewoner', null, null, '', '')).toThrow(/CHECK/);
    expect(() => entry.run('leerpunt', '1 maart', 'Geen datum', 'bewoner', null, null, '', '')).toThrow(/CHECK/);
    const indicator = Number(db.prepare("INSERT INTO indicators (theme_id, name, better, created_at, updated_at) VALUES (?, 'Werkloosheid', 'lager', '', '')").run(themeId).lastInsertRowid);
    const value = db.prepare("INSERT INTO indicator_values (indicator_id, area, period, value) VALUES (?, ?, ?, 1)");
    value.run(indicator, wijkId, '2024-Q1');
    value.run(indicator, 'groningen', '2024');
    expect(() => value.run(indicator, 'atlantis', '2024')).toThrow(/Onbekend gebied/);
    expect(() => value.run(indicator, wijkId, '2024-Q5')).toThrow(/CHECK/);
  });

  it('locks the citations of adopted minutes like their answers', () => {
    const db = storeAt(4);
    migrate(db, 5);
    const { checklistId, checklistItemId } = profileIds(db);
    const meeting = db.prepare(
      "INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status) VALUES ('coalitie', ?, ?, 'Stadhuis', ?, '', '', 'gehouden')",
    );
    const first = Number(meeting.run('Eerste', '2020-02-01T19:30', checklistId).lastInsertRowid);
    const second = Number(meeting.run('Tweede', '2020-05-01T19:30', checklistId).lastInsertRowid);
    const item = Number(db.prepare("INSERT INTO agenda_items (meeting_id, position, kind, title) VALUES (?, 1, 'besluit', 'Speeltuin')").run(first).lastInsertRowid);
    const entry = Number(
      db.prepare("INSERT INTO register_entries (kind, date, title, source_kind, created_at, updated_at) VALUES ('leerpunt', '2020-01-15', 'Vroeg beginnen', 'bewoner', '', '')").run().lastInsertRowid,
    );
    const cite = db.prepare("INSERT INTO vinkje_answer_citations (agenda_item_id, checklist_item_id, register_entry_id, kind, title, date, cited_at) VALUES (?, ?, ?, 'leerpunt', 'Vroeg beginnen', '2020-01-15', '2020-02-01')");
    cite.run(item, checklistItemId, entry);
    // A cited entry cannot go: no cascade from the registers into the minutes.
    expect(() => db.prepare('DELETE FROM register_entries WHERE id = ?').run(entry)).toThrow(/FOREIGN KEY/);

    db.prepare("UPDATE meetings SET adopted_at = '2020-05-01', adopted_in_meeting_id = ? WHERE id = ?").run(second, first);
    expect(() => db.prepare('DELETE FROM vinkje_answer_citations WHERE agenda_item_id = ?').run(item)).toThrow(/vastgesteld/);
    expect(() => db.prepare("UPDATE vinkje_answer_citations SET title = 'Anders' WHERE agenda_item_id = ?").run(item)).toThrow(/vastgesteld/);
  });
});
