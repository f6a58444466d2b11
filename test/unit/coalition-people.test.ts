// People of the coalition over time: renamed, leaving on a date (gone from later attendance, kept in
// earlier minutes), and a residents' organisation from the first start. An older store gains the
// leaving date through its migration and keeps its data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { PROFILE_PATH } from '../helpers/paths';
import { openStore } from '../../main/core/store/connection';
import { MIGRATIONS } from '../../main/core/store/migrations/index';
import { readProfileFile } from '../../main/core/store/profile.loader';
import { listAttendance } from '../../main/core/store/attendance.repo';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: null, notulistId: null };
const person = async (name: string) => (await core.call('coalition:list', {})).flatMap((o) => o.people).find((p) => p.name === name)!;
const listed = async (meetingId: number) => (await core.call('meetings:get', { id: meetingId })).attendance.map((a) => a.personName);

describe('coalition people', () => {
  it('has a residents’ organisation from the first start, for a bewonersvertegenwoordiger', async () => {
    const residents = (await core.call('coalition:list', {})).find((o) => o.name === 'Bewonersvertegenwoordiging Groningen-Noord');
    expect(residents).toMatchObject({ sector: 'bewoners', people: [] });
    const anna = await core.call('people:create', { name: 'Anna de Vries', organisationId: residents!.id, role: 'bewonersvertegenwoordiger' });
    expect(anna).toMatchObject({ organisationName: 'Bewonersvertegenwoordiging Groningen-Noord', leftOn: null });
  });

  it('renames a person, everywhere their name is shown', async () => {
    const bert = await person('Bert Popken');
    const meeting = await core.call('meetings:create', { ...base, title: 'Maart', startsAt: '2027-03-04T19:30' });
    await core.call('attendance:set', { meetingId: meeting.id, personId: bert.id, status: 'aanwezig' });
    await core.call('people:update', { id: bert.id, name: 'Bert Popken-Mulder', organisationId: bert.organisationId, role: bert.role });
    expect(await listed(meeting.id)).toContain('Bert Popken-Mulder');
    expect(await listed(meeting.id)).not.toContain('Bert Popken');
  });

  it('leaves on a date: listed for earlier meetings and where marked, not for later ones; and can come back', async () => {
    const bert = await person('Bert Popken');
    const before = await core.call('meetings:create', { ...base, title: 'Februari', startsAt: '2027-02-04T19:30' });
    const sameDay = await core.call('meetings:create', { ...base, title: 'Maart', startsAt: '2027-03-01T19:30' });
    const after = await core.call('meetings:create', { ...base, title: 'April', startsAt: '2027-04-08T19:30' });
    const marked = await core.call('meetings:create', { ...base, title: 'Mei', startsAt: '2027-05-13T19:30' });
    await core.call('attendance:set', { meetingId: before.id, personId: bert.id, status: 'aanwezig' });
    await core.call('attendance:set', { meetingId: marked.id, personId: bert.id, status: 'afwezig-met-bericht' });

    const left = await core.call('people:setLeft', { id: bert.id, leftOn: '2027-03-01' });
    expect(left.leftOn).toBe('2027-03-01');
    expect(await listed(before.id)).toContain('Bert Popken');
    expect(await listed(sameDay.id)).not.toContain('Bert Popken');
    expect(await listed(after.id)).not.toContain('Bert Popken');
    expect(await listed(marked.id)).toContain('Bert Popken');
    expect((await core.call('meetings:get', { id: before.id })).attendance.find((a) => a.personId === bert.id)?.status).toBe('aanwezig');

    await core.call('people:setLeft', { id: bert.id, leftOn: null });
    expect(await listed(after.id)).toContain('Bert Popken');
  });

  it('refuses a malformed leaving date or an unknown person, and changes nothing', async () => {
    const bert = await person('Bert Popken');
    const snap = snapshot(core.db);
    expect((await core.dispatch('people:setLeft', { id: bert.id, leftOn: '1-3-2027' })).ok).toBe(false);
    expect(await core.dispatch('people:setLeft', { id: 999_999, leftOn: '2027-03-01' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshot(core.db)).toEqual(snap);
  });
});

describe('an older store', () => {
  it('gains the leaving date through its migration, keeping its people and attendance', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-people-'));
    try {
      const file = join(dir, 'store.sqlite');
      const profile = readProfileFile(PROFILE_PATH);
      const old = openStore(file, { profile, backupFolder: null, userName: 'test', migrations: MIGRATIONS.filter((m) => m.version < 10) });
      const bertId = old.prepare("SELECT id FROM people WHERE name = 'Bert Popken'").pluck().get() as number;
      const checklistId = old.prepare('SELECT id FROM checklists ORDER BY id LIMIT 1').pluck().get() as number;
      const meetingId = Number(
        old
          .prepare(
            `INSERT INTO meetings (body, title, starts_at, place, status, checklist_id, created_at, updated_at)
             VALUES ('coalitie', 'Oud', '2025-03-06T19:30', 'Stadhuis', 'gehouden', ?, '2025-03-06T20:00:00Z', '2025-03-06T20:00:00Z')`,
          )
          .run(checklistId).lastInsertRowid,
      );
      old.prepare("INSERT INTO attendance (meeting_id, person_id, status) VALUES (?, ?, 'aanwezig')").run(meetingId, bertId);
      const peopleBefore = old.prepare('SELECT count(*) FROM people').pluck().get();
      old.close();

      const db = openStore(file, { profile, backupFolder: null });
      expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(peopleBefore);
      expect(db.prepare('SELECT left_on FROM people WHERE id = ?').pluck().get(bertId)).toBeNull();
      expect(listAttendance(db, meetingId).find((a) => a.personId === bertId)).toMatchObject({ personName: 'Bert Popken', status: 'aanwezig' });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
