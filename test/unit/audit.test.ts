// Tamper evidence: the audit trail of every change, and the hash chain over adopted minutes.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { auditTriggerName, auditedTables } from '../../main/core/durability/audit';
import { join } from 'node:path';
import { openStore } from '../../main/core/store/connection';
import { MIGRATIONS } from '../../main/core/store/migrations/index';
import { readProfileFile } from '../../main/core/store/profile.loader';
import { verifyChain } from '../../main/core/durability/chain';
import { PROFILE_PATH } from '../helpers/paths';
import { tableLabel } from '../../renderer/beheer/format';
import { snapshot } from '../helpers/db-snapshot';
import { buildArchive, caller, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

describe('audit trail', () => {
  it('records who, when, which row, and the row before and after, for a change through the app', async () => {
    const core = openTestCore(tempDir(), { userName: 'Bert Popken' });
    const call = caller(core);
    const milestone = await call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest' });
    await call('milestones:update', { id: milestone.id, date: '2026-11-16', title: 'Wijkfeest Selwerd' });
    await call('milestones:remove', { id: milestone.id });

    const entries = await call('audit:list', { tableName: 'milestones' });
    expect(entries.map((e) => e.operation)).toEqual(['DELETE', 'UPDATE', 'INSERT']);
    const [deleted, updated, inserted] = entries;
    expect(inserted).toMatchObject({ actor: 'Bert Popken', rowKey: String(milestone.id), before: null, after: { title: 'Wijkfeest', date: '2026-11-15' } });
    expect(updated).toMatchObject({ before: { title: 'Wijkfeest' }, after: { title: 'Wijkfeest Selwerd', date: '2026-11-16' } });
    expect(deleted).toMatchObject({ before: { title: 'Wijkfeest Selwerd' }, after: null });
    for (const e of entries) expect(Date.parse(e.at)).toBeGreaterThan(Date.parse('2020-01-01'));
    core.close();
  });

  it('keeps the user name in settings, settable through a channel, and records it for later changes', async () => {
    const core = openTestCore(tempDir(), { userName: 'eerste-gebruiker' });
    const call = caller(core);
    expect(await call('settings:getUserName', {})).toEqual({ userName: 'eerste-gebruiker' });
    expect(await call('settings:setUserName', { userName: '  Koen Schuiling  ' })).toEqual({ userName: 'Koen Schuiling' });
    await call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest' });
    const [entry] = await call('audit:list', { tableName: 'milestones', limit: 1 });
    expect(entry!.actor).toBe('Koen Schuiling');
    const rename = await call('audit:list', { tableName: 'settings', limit: 1 });
    expect(rename[0]).toMatchObject({ operation: 'UPDATE', rowKey: 'app.userName', before: { value: 'eerste-gebruiker' }, after: { value: 'Koen Schuiling' } });
    const empty = await core.dispatch('settings:setUserName', { userName: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/gebruikersnaam mag niet leeg/) } });
    core.close();
  });

  it('records a change made with plain SQL outside the app, and cannot itself be edited or wiped', () => {
    const core = openTestCore(tempDir(), { userName: 'beheerder' });
    core.db.prepare("UPDATE organisations SET sector = 'Sport' WHERE name = 'Lefier'").run();
    const row = core.db.prepare("SELECT * FROM audit_log WHERE table_name = 'organisations' ORDER BY id DESC LIMIT 1").get() as {
      actor: string;
      operation: string;
      before: string;
      after: string;
    };
    expect(row).toMatchObject({ actor: 'beheerder', operation: 'UPDATE' });
    expect(JSON.parse(row.after)).toMatchObject({ name: 'Lefier', sector: 'Sport' });
    expect(() => core.db.prepare('DELETE FROM audit_log').run()).toThrow(/kan niet worden gewijzigd of gewist/);
    expect(() => core.db.prepare("UPDATE audit_log SET actor = 'iemand anders'").run()).toThrow(/kan niet worden gewijzigd of gewist/);
    core.close();
  });

  it('names every audited table in Dutch on Beheer, so the logboek shows no table name of the code', () => {
    const core = openTestCore(tempDir());
    const unnamed = auditedTables(core.db).filter((table) => tableLabel(table) === table);
    expect(unnamed).toEqual([]);
    core.close();
  });

  it('has insert, update and delete triggers on every table, naming every column (also tables of later migrations)', () => {
    const core = openTestCore(tempDir());
    const tables = auditedTables(core.db);
    expect(tables).toEqual(expect.arrayContaining(['meetings', 'agenda_items', 'vinkje_answers', 'attendance', 'settings', 'minutes_seals']));
    for (const table of tables) {
      const columns = core.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
      for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
        const sql = core.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(auditTriggerName(table, op)) as
          | string
          | undefined;
        expect(sql, `${table} ${op}`).toBeDefined();
        for (const column of columns) expect(sql, `${table}.${column} ${op}`).toContain(`'${column}'`);
      }
    }
    core.close();
  });

  it('writes no audit row for a refused call', async () => {
    const core = openTestCore(tempDir());
    const before = snapshot(core.db);
    const result = await core.dispatch('milestones:update', { id: 999, date: '2026-01-01', title: 'Bestaat niet' });
    expect(result.ok).toBe(false);
    expect(snapshot(core.db)).toEqual(before);
    core.close();
  });
});

describe('hash chain over adopted minutes', () => {
  it('seals minutes on adoption, chained to the previous ones, and verifies a clean chain', async () => {
    const core = openTestCore(tempDir());
    const call = caller(core);
    const archive = await buildArchive(call);
    const seals = core.db.prepare('SELECT meeting_id AS meetingId, seq, previous_hash AS prev, chain_hash AS chain FROM minutes_seals ORDER BY seq').all() as {
      meetingId: number;
      seq: number;
      prev: string;
      chain: string;
    }[];
    expect(seals.map((s) => s.meetingId)).toEqual(archive.adopted.map((m) => m.id));
    expect(seals[0]!.prev).toBe('0'.repeat(64));
    expect(seals[1]!.prev).toBe(seals[0]!.chain);
    expect(await call('integrity:verifyChain', {})).toMatchObject({ ok: true, checked: 2, firstBreak: null, message: expect.stringMatching(/Alle 2 vastgestelde notulen zijn ongewijzigd/) });
    core.close();
  });

  it('refuses a change to an adopted decision through direct SQL (triggers), and to the seals themselves', async () => {
    const core = openTestCore(tempDir());
    const archive = await buildArchive(caller(core));
    const before = snapshot(core.db);
    expect(() => core.db.prepare("UPDATE agenda_items SET decision_text = 'Anders besloten.' WHERE id = ?").run(archive.decisionItemId)).toThrow(/vastgesteld/);
    expect(() => core.db.prepare("UPDATE vinkje_answers SET answer = 'nee', explanation = 'x' WHERE agenda_item_id = ?").run(archive.decisionItemId)).toThrow(
      /vastgesteld/,
    );
    expect(() => core.db.prepare('DELETE FROM minutes_seals').run()).toThrow(/zegel/);
    expect(() => core.db.prepare("UPDATE minutes_seals SET content_hash = 'x'").run()).toThrow(/zegel/);
    expect(snapshot(core.db)).toEqual(before);
    core.close();
  });

  it('names the first meeting whose records changed when a byte of an adopted decision is changed with the triggers dropped', async () => {
    const core = openTestCore(tempDir());
    const call = caller(core);
    const archive = await buildArchive(call);
    // Tampering outside the app: drop every trigger, change one character, leave no trace in the log.
    const triggers = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[];
    for (const name of triggers) core.db.exec(`DROP TRIGGER "${name}"`);
    const changed = core.db
      .prepare("UPDATE agenda_items SET decision_text = replace(decision_text, 'Besloten', 'BesloteN') WHERE id = ?")
      .run(archive.decisionItemId);
    expect(changed.changes).toBe(1);

    const result = await call('integrity:verifyChain', {});
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ meetingId: archive.adopted[0]!.id, title: 'Coalitieoverleg maart' });
    expect(result.message).toMatch(/afwijking bij "Coalitieoverleg maart" van 12 maart 2026/);
    expect(result.message).toMatch(/gewijzigd na de vaststelling/);
    core.close();
  });

  it('finds a byte flipped in the database file itself (no SQL at all)', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const archive = await buildArchive(caller(core));
    core.close(); // checkpoints the WAL: the text now sits in the main file

    const file = core.dataFile;
    const bytes = readFileSync(file);
    const needle = Buffer.from('Besloten: Stratenaanpak Selwerd.');
    // The decision text is in the agenda_items row (and in the search index); flip it in every place.
    let offset = bytes.indexOf(needle);
    expect(offset).toBeGreaterThan(0);
    const fd = openSync(file, 'r+');
    while (offset >= 0) {
      const b = Buffer.alloc(1);
      readSync(fd, b, 0, 1, offset + 10);
      writeSync(fd, Buffer.from([b[0]! ^ 0x20]), 0, 1, offset + 10); // 'S' -> 's'
      offset = bytes.indexOf(needle, offset + 1);
    }
    closeSync(fd);

    const reopened = openTestCore(dir);
    expect(reopened.mode).toBe('normal'); // the file is structurally sound; only the content changed
    const result = await caller(reopened)('integrity:verifyChain', {});
    expect(result).toMatchObject({ ok: false, checked: 1, firstBreak: { meetingId: archive.adopted[1]!.id, title: 'Coalitieoverleg juni' } });
    reopened.close();
  });

  it('seals minutes adopted before seals existed when migrating, in order of adoption', () => {
    const file = join(tempDir(), 'coalitietafel.sqlite');
    const old = openStore(file, { profile: readProfileFile(PROFILE_PATH), migrations: MIGRATIONS.filter((m) => m.version <= 3) });
    const checklist = old.prepare('SELECT id FROM checklists').pluck().get() as number;
    const insert = old.prepare(
      `INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status, adopted_at)
       VALUES ('coalitie', ?, ?, 'Stadhuis', ?, '2020-01-01', '2020-01-01', 'gehouden', ?)`,
    );
    const later = Number(insert.run('Tweede', '2020-05-01T19:30', checklist, '2020-09-01').lastInsertRowid);
    const earlier = Number(insert.run('Eerste', '2020-02-01T19:30', checklist, '2020-05-01').lastInsertRowid);
    old.close();

    const db = openStore(file, { profile: readProfileFile(PROFILE_PATH) });
    expect(db.prepare('SELECT meeting_id FROM minutes_seals ORDER BY seq').pluck().all()).toEqual([earlier, later]);
    expect(verifyChain(db)).toMatchObject({ ok: true, checked: 2 });
    db.close();
  });

  it('notices a seal that is missing for adopted minutes, and seals that were replaced', async () => {
    const core = openTestCore(tempDir());
    const call = caller(core);
    const archive = await buildArchive(call);
    core.db.exec('DROP TRIGGER minutes_seals_locked_delete');
    core.db.prepare('DELETE FROM minutes_seals WHERE seq = 1').run();
    const result = await call('integrity:verifyChain', {});
    expect(result).toMatchObject({ ok: false, firstBreak: { meetingId: archive.adopted[1]!.id } });
    expect(result.firstBreak!.reason).toMatch(/volgorde/);
    core.close();

    const db = new Database(core.dataFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
