// 0016-bodies-and-memberships: an archive made by the migrations before it keeps everything — its people,
// attendance, adopted and sealed minutes — and every person becomes a coalition member in the role they had,
// so each meeting lists the same people as before.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { syncAuditTriggers } from '../../../main/core/durability/audit';
import { sealUnsealedAdoptedMinutes, verifyChain } from '../../../main/core/durability/chain';
import { MIGRATIONS } from '../../../main/core/store/migrations/index';
import { listAttendance } from '../../../main/core/store/attendance.repo';
import { isNewStore } from '../../../main/core/durability/archive';
import { logicalSnapshot } from '../durability/fixtures';
import { copyOf, migrate, migrateThenFail, profileIds, schemaOf, storeAt } from './store-at';

const VERSION = 16;
const PREVIOUS = Math.max(...MIGRATIONS.filter((m) => m.version < VERSION).map((m) => m.version));

/** An archive as the previous migrations left it: adopted coalition minutes, a programmateam meeting, one who left. */
function archive() {
  const db = storeAt(PREVIOUS);
  const { checklistId } = profileIds(db);
  const wijkraad = Number(db.prepare("INSERT INTO organisations (name, sector) VALUES ('Wijkraad Selwerd', 'bewoners')").run().lastInsertRowid);
  const addPerson = db.prepare('INSERT INTO people (name, organisation_id, role, left_on) VALUES (?, ?, ?, ?)');
  const anna = Number(addPerson.run('Anna de Vries', wijkraad, 'bewonersvertegenwoordiger', null).lastInsertRowid);
  const leader = Number(addPerson.run('Piet Programma', wijkraad, 'programmaleider', null).lastInsertRowid);
  const gone = Number(addPerson.run('Gerda Weg', wijkraad, 'lid', '2020-04-01').lastInsertRowid);
  const bert = db.prepare("SELECT id FROM people WHERE name = 'Bert Popken'").pluck().get() as number;
  const meeting = db.prepare(
    `INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status)
     VALUES (?, ?, ?, 'Stadhuis', ?, '2020-01-01', '2020-01-01', 'gehouden')`,
  );
  const first = Number(meeting.run('coalitie', 'Eerste', '2020-02-01T19:30', checklistId).lastInsertRowid);
  const second = Number(meeting.run('coalitie', 'Tweede', '2020-05-01T19:30', checklistId).lastInsertRowid);
  const team = Number(meeting.run('programmateam', 'Team', '2020-03-01T10:00', checklistId).lastInsertRowid);
  const teamLater = Number(meeting.run('programmateam', 'Team later', '2020-06-01T10:00', checklistId).lastInsertRowid);
  const mark = db.prepare('INSERT INTO attendance (meeting_id, person_id, status) VALUES (?, ?, ?)');
  mark.run(first, anna, 'aanwezig');
  mark.run(first, gone, 'afwezig-met-bericht');
  mark.run(team, bert, 'aanwezig');
  const item = Number(db.prepare("INSERT INTO agenda_items (meeting_id, position, kind, title) VALUES (?, 1, 'bespreking', 'Speeltuin')").run(team).lastInsertRowid);
  db.prepare('UPDATE meetings SET adopted_at = ?, adopted_in_meeting_id = ? WHERE id = ?').run('2020-05-01', second, first);
  sealUnsealedAdoptedMinutes(db, '2020-05-01T20:00:00.000Z');
  return { db, anna, leader, gone, bert, first, second, team, teamLater, item };
}

const names = (db: Database.Database, meetingId: number) => listAttendance(db, meetingId).map((a) => a.personName);

describe('migration 0016-bodies-and-memberships', () => {
  it('keeps an archive whole and makes everyone a coalition member, so meetings list the same people', () => {
    const a = archive();
    const { db } = a;
    const before = logicalSnapshot(db);
    const peopleCount = db.prepare('SELECT count(*) FROM people').pluck().get() as number;

    migrate(db, VERSION);
    syncAuditTriggers(db);

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(verifyChain(db)).toMatchObject({ ok: true });
    // Every row that was there is still there; organisations only gained empty columns.
    const after = logicalSnapshot(db);
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'audit_log' || table === 'sqlite_sequence') expect(after[table]!).toEqual(expect.arrayContaining(rows));
      else if (table === 'organisations') expect(after[table]!.length).toBe(rows.length);
      else expect(after[table], table).toEqual(rows);
    }
    expect(db.prepare("SELECT count(*) FROM organisations WHERE joined_on IS NULL AND left_on IS NULL AND contribution = '' AND why = ''").pluck().get()).toBe(
      before.organisations!.length,
    );

    expect(db.prepare('SELECT kind FROM bodies ORDER BY id').pluck().all()).toEqual(['coalitie', 'programmateam', 'kernteam']);
    const seats = (body: string) =>
      db
        .prepare('SELECT p.name, ms.role, ms.ends_on AS endsOn FROM memberships ms JOIN bodies b ON b.id = ms.body_id JOIN people p ON p.id = ms.person_id WHERE b.kind = ? ORDER BY p.id')
        .all(body) as { name: string; role: string; endsOn: string | null }[];
    expect(seats('coalitie')).toHaveLength(peopleCount);
    expect(seats('coalitie')).toContainEqual({ name: 'Anna de Vries', role: 'bewonersvertegenwoordiger', endsOn: null });
    expect(seats('coalitie')).toContainEqual({ name: 'Gerda Weg', role: 'lid', endsOn: '2020-04-01' });
    expect(seats('coalitie')).toContainEqual({ name: 'Koen Schuiling', role: 'voorzitter', endsOn: null });
    // The programmaleider links both bodies; whoever was recorded at a programmateam meeting sits in it.
    expect(seats('programmateam')).toEqual([
      { name: 'Bert Popken', role: 'lid', endsOn: null },
      { name: 'Piet Programma', role: 'programmaleider', endsOn: null },
    ]);

    // Coalition meetings: everyone who had not left; the one who left only where before or marked.
    expect(names(db, a.first)).toHaveLength(peopleCount);
    expect(names(db, a.second)).not.toContain('Gerda Weg');
    expect(names(db, a.second)).toHaveLength(peopleCount - 1);
    expect(listAttendance(db, a.first).find((e) => e.personId === a.anna)).toMatchObject({ role: 'bewonersvertegenwoordiger', status: 'aanwezig' });
    // Programmateam meetings: the people recorded there, and the programmaleider.
    expect(names(db, a.team)).toEqual(['Bert Popken', 'Piet Programma']);
    expect(names(db, a.teamLater)).toEqual(['Bert Popken', 'Piet Programma']);
    expect(listAttendance(db, a.team).find((e) => e.personId === a.bert)?.status).toBe('aanwezig');

    // The rows the migration made are in the audit trail, as the triggers would have logged them.
    for (const table of ['bodies', 'memberships']) {
      const rows = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      const logged = db.prepare("SELECT count(*) FROM audit_log WHERE table_name = ? AND operation = 'INSERT'").pluck().get(table);
      expect(logged, table).toBe(rows);
    }
  });

  it('gives a migrated archive the same schema as a new store, whose signatories are coalition members and which reads as new', () => {
    const { db } = archive();
    migrate(db, VERSION);
    syncAuditTriggers(db);
    const fresh = storeAt(VERSION);
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    expect(fresh.prepare("SELECT count(*) FROM memberships ms JOIN bodies b ON b.id = ms.body_id WHERE b.kind = 'coalitie'").pluck().get()).toBe(
      fresh.prepare('SELECT count(*) FROM people').pluck().get(),
    );
    expect(isNewStore(fresh)).toBe(true);
  });

  it('leaves nothing behind when the transaction it runs in fails', () => {
    const { db } = archive();
    const untouched = copyOf(db);
    expect(() => migrateThenFail(db, VERSION)).toThrow(/later migration/);
    expect(schemaOf(db)).toEqual(schemaOf(untouched));
    expect(logicalSnapshot(db)).toEqual(logicalSnapshot(untouched));
  });
});
