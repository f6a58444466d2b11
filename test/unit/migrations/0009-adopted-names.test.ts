// 0009-adopted-names: the names as adopted and the seals' MACs, on a store made by 0008; both tables take new
// rows and refuse every change to them.
import { describe, expect, it } from 'vitest';
import { sealUnsealedAdoptedMinutes } from '../../../main/core/durability/chain';
import { columnsOf, migrate, profileIds, schemaOf, storeAt } from './store-at';

describe('migration 0009-adopted-names', () => {
  it('adds two append-only tables and leaves the rest of the schema as it was', () => {
    const db = storeAt(8);
    const before = schemaOf(db);

    migrate(db, 9);

    expect(columnsOf(db, 'minutes_adopted_names')).toEqual(['meeting_id', 'names']);
    expect(columnsOf(db, 'minutes_seal_macs')).toEqual(['seq', 'key_id', 'mac', 'created_at']);
    const added = schemaOf(db).filter((row) => !before.some((b) => JSON.stringify(b) === JSON.stringify(row)));
    expect(added.map((r) => (r as { name: string }).name).sort()).toEqual([
      'minutes_adopted_names',
      'minutes_adopted_names_locked_delete',
      'minutes_adopted_names_locked_update',
      'minutes_seal_macs',
      'minutes_seal_macs_locked_delete',
      'minutes_seal_macs_locked_update',
    ]);
  });

  it('takes the names of adopted minutes once and never changes or removes them', () => {
    const db = storeAt(8);
    migrate(db, 9);
    const { checklistId } = profileIds(db);
    const insertMeeting = db.prepare(
      "INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status) VALUES ('coalitie', ?, ?, 'Stadhuis', ?, '', '', 'gehouden')",
    );
    const meeting = Number(insertMeeting.run('Eerste', '2020-02-01T19:30', checklistId).lastInsertRowid);
    const later = Number(insertMeeting.run('Tweede', '2020-05-01T19:30', checklistId).lastInsertRowid);
    db.prepare("UPDATE meetings SET adopted_at = '2020-05-01', adopted_in_meeting_id = ? WHERE id = ?").run(later, meeting);
    db.prepare('INSERT INTO minutes_adopted_names (meeting_id, names) VALUES (?, ?)').run(meeting, JSON.stringify({ chairName: 'Anna de Vries' }));
    expect(() => db.prepare("UPDATE minutes_adopted_names SET names = '{}' WHERE meeting_id = ?").run(meeting)).toThrow(/zegel op vastgestelde notulen/);
    expect(() => db.prepare('DELETE FROM minutes_adopted_names WHERE meeting_id = ?').run(meeting)).toThrow(/zegel op vastgestelde notulen/);
    expect(() => db.prepare('INSERT INTO minutes_adopted_names (meeting_id, names) VALUES (?, ?)').run(meeting, '{}')).toThrow(/UNIQUE|PRIMARY KEY/);

    // A MAC belongs to a seal that exists, and stays as it was made.
    expect(() => db.prepare("INSERT INTO minutes_seal_macs (seq, key_id, mac, created_at) VALUES (999, 'k', 'm', '')").run()).toThrow(/FOREIGN KEY/);
    sealUnsealedAdoptedMinutes(db, '2020-05-01T20:00:00.000Z');
    const seq = db.prepare('SELECT seq FROM minutes_seals WHERE meeting_id = ?').pluck().get(meeting) as number;
    db.prepare("INSERT INTO minutes_seal_macs (seq, key_id, mac, created_at) VALUES (?, 'k', 'm', '')").run(seq);
    expect(() => db.prepare("UPDATE minutes_seal_macs SET mac = 'anders' WHERE seq = ?").run(seq)).toThrow(/zegel op vastgestelde notulen/);
    expect(() => db.prepare('DELETE FROM minutes_seal_macs WHERE seq = ?').run(seq)).toThrow(/zegel op vastgestelde notulen/);
  });
});
