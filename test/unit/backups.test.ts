// Backups through SQLite (backup API, VACUUM INTO before a migration), retention, the schedule, restore.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyRetention,
  backupFileName,
  isoWeekKey,
  listBackups,
  parseBackupName,
  planRetention,
} from '../../main/core/durability/backups';
import { startBackupSchedule } from '../../main/core/core';
import { openStore } from '../../main/core/store/connection';
import { MIGRATIONS } from '../../main/core/store/migrations/index';
import { readProfileFile } from '../../main/core/store/profile.loader';
import type { BackupEntry, BackupKind } from '../../shared/contract.durability';
import { BACKUP_KIND_LABELS } from '../../shared/contract.durability';
import { PROFILE_PATH, buildArchive, caller, logicalSnapshot, openTestCore, removeTempDirs, sha, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

describe('backups', () => {
  it('backs up through the backup API into backups/ beside the data file, one self-contained checked file, listed with date, size and kind', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const call = caller(core);
    await buildArchive(call);
    const entry = await call('backups:create', {});
    expect(entry).toMatchObject({ kind: 'handmatig', kindLabel: 'Handmatig gemaakt' });

    const list = await call('backups:list', {});
    expect(list.folder).toBe(join(dir, 'backups'));
    expect(list.entries).toEqual([entry]);
    expect(list.entries[0]!.sizeBytes).toBeGreaterThan(10_000);
    expect(Date.parse(list.entries[0]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(list.policy).toMatch(/laatste 7 dagen.*laatste 8 weken/);
    // Nothing else in the folder: no -wal, no temporary file.
    expect(readdirSync(list.folder)).toEqual([entry.fileName]);

    const backup = new Database(join(list.folder, entry.fileName), { readonly: true });
    expect(backup.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(logicalSnapshot(backup)).toEqual(logicalSnapshot(core.db));
    backup.close();
    core.close();
  });

  it('backs up before migrating an existing database, and the backup holds the old version', () => {
    const dir = tempDir();
    const file = join(dir, 'coalitietafel.sqlite');
    const profile = readProfileFile(PROFILE_PATH);
    openStore(file, { profile, migrations: MIGRATIONS.filter((m) => m.version <= 3) }).close();
    expect(listBackups(join(dir, 'backups'))).toEqual([]);

    const db = openStore(file, { profile });
    const [entry] = listBackups(join(dir, 'backups'));
    expect(entry).toMatchObject({ kind: 'migratie', kindLabel: BACKUP_KIND_LABELS.migratie });
    const backup = new Database(join(dir, 'backups', entry!.fileName), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(3);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT count(*) FROM people').pluck().get()).toBe(21);
    backup.close();

    // No migration pending, no backup.
    db.close();
    openStore(file, { profile }).close();
    expect(listBackups(join(dir, 'backups'))).toHaveLength(1);
  });

  it('makes the start-up backup and a daily one while running, none in rescue mode', async () => {
    const dir = tempDir();
    let clock = new Date('2026-03-02T09:00:00Z');
    const core = openTestCore(dir, { now: () => clock });
    const schedule = startBackupSchedule(core, { now: () => clock, log: () => {} });
    const first = await schedule.started;
    expect(first).toMatchObject({ kind: 'start', createdAt: '2026-03-02T09:00:00.000Z' });
    clock = new Date('2026-03-02T20:00:00Z');
    expect(await schedule.tick()).toBeNull(); // not due yet
    clock = new Date('2026-03-03T09:00:01Z');
    expect(await schedule.tick()).toMatchObject({ kind: 'dagelijks', createdAt: '2026-03-03T09:00:01.000Z' });
    expect(await schedule.tick()).toBeNull();
    schedule.stop();
    expect(listBackups(core.backupFolder).map((e) => e.kind)).toEqual(['dagelijks', 'start']);
    core.close();
  });

  it('restores a chosen backup: checked first, the replaced database kept aside, the data back', async () => {
    const dir = tempDir();
    let clock = new Date('2026-05-01T10:00:00Z');
    const core = openTestCore(dir, { now: () => clock });
    const call = caller(core);
    await buildArchive(call);
    const backup = await call('backups:create', {});
    const atBackup = logicalSnapshot(core.db);

    clock = new Date('2026-05-02T10:00:00Z');
    await call('milestones:create', { date: '2026-12-01', title: 'Na de reservekopie' });
    const beforeRestore = logicalSnapshot(core.db);

    const result = await call('backups:restore', { fileName: backup.fileName, confirm: true });
    expect(result.restored).toEqual(backup);
    expect(result.setAsideFile).toBe(`${core.dataFile}.vervangen-2026-05-02T10-00-00-000Z`);
    expect(result.message).toMatch(/is gecontroleerd en teruggezet; Coalitietafel werkt weer normaal/);
    expect(result.message).toContain(result.setAsideFile!);
    expect(result.status.mode).toBe('normal');
    expect(result.status.setAside).toEqual([result.setAsideFile]);

    // The live store is the backup again (the profile is not loaded twice)...
    expect(logicalSnapshot(core.db)).toEqual(atBackup);
    expect((await call('decisions:list', { from: '2026-01-01', to: '2026-12-31' })).length).toBeGreaterThan(0);
    // ...and the replaced one is kept whole, with what was added after the backup.
    const aside = new Database(result.setAsideFile!, { readonly: true });
    expect(aside.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(logicalSnapshot(aside)).toEqual(beforeRestore);
    aside.close();

    // Writing works on the restored store.
    await call('milestones:create', { date: '2026-12-02', title: 'Na het terugzetten' });
    core.close();
  });

  it('refuses to restore a backup that fails integrity_check, and changes nothing', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const call = caller(core);
    const good = await call('backups:create', {});
    const bad = backupFileName(core.dataFile, 'handmatig', new Date('2030-01-01T00:00:00Z'));
    writeFileSync(join(core.backupFolder, bad), Buffer.alloc(8192, 7));
    const liveSha = sha(core.dataFile);

    const refused = await core.dispatch('backups:restore', { fileName: bad, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule-violation', message: expect.stringMatching(/zelf niet in orde.*er is niets gewijzigd/) } });
    expect(sha(core.dataFile)).toBe(liveSha);
    for (const fileName of ['../coalitietafel.sqlite', '/etc/passwd', 'nope.sqlite']) {
      const r = await core.dispatch('backups:restore', { fileName, confirm: true });
      expect(r.ok, fileName).toBe(false);
    }

    // Without a name: the newest backup that passes the check (the damaged newer one is skipped).
    const restored = await call('backups:restore', { confirm: true });
    expect(restored.restored.fileName).toBe(good.fileName);
    core.close();
  });

  it('restores only when the caller confirms: a bare call changes nothing', async () => {
    const core = openTestCore(tempDir());
    await caller(core)('backups:create', {});
    const db = core.db;
    for (const input of [undefined, null, {}, { confirm: false }, { confirm: 'ja' }]) {
      const result = await core.dispatch('backups:restore', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Bevestig het terugzetten/) } });
    }
    expect(core.db).toBe(db);
    core.close();
  });

  it('says so in Dutch when there is no backup to restore', async () => {
    const core = openTestCore(tempDir());
    const result = await core.dispatch('backups:restore', { confirm: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/geen reservekopie/) } });
    core.close();
  });
});

describe('retention', () => {
  const entry = (iso: string, kind: BackupKind = 'start'): BackupEntry => ({
    fileName: `x-${iso}-${kind}.sqlite`,
    createdAt: iso,
    sizeBytes: 1,
    kind,
    kindLabel: BACKUP_KIND_LABELS[kind],
  });
  // Local noon, so the day and the week do not depend on the machine's time zone.
  const localNoon = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

  it('keeps the newest of each of the last 7 days and of each of the last 8 weeks, the last 5 pre-migration ones and every manual one', () => {
    const entries: BackupEntry[] = [];
    // Sixty days of the app being used, started twice a day; plus a daily backup on the days it ran long.
    for (let day = 0; day < 60; day++) {
      entries.push(entry(localNoon(2026, 1, 1 + day, 9)));
      entries.push(entry(localNoon(2026, 1, 1 + day, 14)));
      if (day % 3 === 0) entries.push(entry(localNoon(2026, 1, 1 + day, 20), 'dagelijks'));
    }
    for (let i = 0; i < 7; i++) entries.push(entry(localNoon(2026, 1, 2 + i * 7), 'migratie'));
    entries.push(entry(localNoon(2025, 6, 1), 'handmatig'));

    const { keep, remove } = planRetention(entries);
    expect(keep.length + remove.length).toBe(entries.length);
    const rotating = keep.filter((e) => e.kind === 'start' || e.kind === 'dagelijks');
    const days = new Set(rotating.map((e) => new Date(e.createdAt).toDateString()));
    const weeks = new Set(rotating.map((e) => isoWeekKey(e.createdAt)));

    // The last 7 days (1 March back to 23 February 2026), each with its newest backup.
    const last = new Date(2026, 0, 60);
    for (let i = 0; i < 7; i++) {
      const d = new Date(last.getFullYear(), last.getMonth(), last.getDate() - i);
      expect(days.has(d.toDateString()), d.toDateString()).toBe(true);
      const newestThatDay = entries.filter((e) => (e.kind === 'start' || e.kind === 'dagelijks') && new Date(e.createdAt).toDateString() === d.toDateString()).sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt),
      )[0]!;
      expect(keep).toContain(newestThatDay);
    }
    // Eight weeks, each with its newest backup; nothing older than that among the rotating ones.
    expect(weeks.size).toBe(8);
    const oldestKeptWeek = [...weeks].sort()[0]!;
    for (const e of remove.filter((e) => e.kind !== 'migratie')) {
      const week = isoWeekKey(e.createdAt);
      if (week < oldestKeptWeek) continue;
      // A removed one inside the window is never the newest of its week or of a kept day.
      const newerSameWeek = rotating.find((k) => isoWeekKey(k.createdAt) === week);
      expect(newerSameWeek && newerSameWeek.createdAt > e.createdAt).toBe(true);
    }
    expect(rotating.length).toBeLessThanOrEqual(7 + 8);
    expect(keep.filter((e) => e.kind === 'migratie').map((e) => e.createdAt)).toEqual(
      entries.filter((e) => e.kind === 'migratie').map((e) => e.createdAt).sort().reverse().slice(0, 5),
    );
    expect(keep.filter((e) => e.kind === 'handmatig')).toHaveLength(1);
  });

  it('never empties the folder after a long break: days and weeks are counted over backups made', () => {
    const entries = [entry(localNoon(2024, 1, 10)), entry(localNoon(2024, 1, 11)), entry(localNoon(2024, 3, 5))];
    expect(planRetention(entries).remove).toEqual([]);
  });

  it('removes exactly the files the plan drops, and ignores files that are not backups', () => {
    const dir = tempDir();
    const names: string[] = [];
    for (let day = 1; day <= 20; day++) {
      const name = backupFileName(join(dir, 'coalitietafel.sqlite'), 'dagelijks', new Date(localNoon(2026, 4, day)));
      names.push(name);
      writeFileSync(join(dir, name), 'x');
    }
    writeFileSync(join(dir, 'notities.txt'), 'van de gebruiker');
    writeFileSync(join(dir, '.coalitietafel-2026.sqlite.reservekopie-1-ab.tmp'), 'half');
    const plan = planRetention(listBackups(dir));
    const { kept, removed } = applyRetention(dir);
    expect(removed.map((e) => e.fileName).sort()).toEqual(plan.remove.map((e) => e.fileName).sort());
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(existsSync(join(dir, 'notities.txt'))).toBe(true);
    expect(readdirSync(dir).filter((n) => parseBackupName(n)).sort()).toEqual(kept.map((e) => e.fileName).sort());
    // The newest seven days are all there.
    for (const name of names.slice(-7)) expect(existsSync(join(dir, name)), name).toBe(true);
  });

  it('parses its own file names and nothing else', () => {
    const name = backupFileName('/x/coalitietafel.sqlite', 'start', new Date('2026-01-03T10:15:00.123Z'));
    expect(name).toBe('coalitietafel-2026-01-03T10-15-00-123Z-start.sqlite');
    expect(parseBackupName(name)).toEqual({ createdAt: '2026-01-03T10:15:00.123Z', kind: 'start' });
    expect(parseBackupName('coalitietafel.sqlite')).toBeNull();
    expect(parseBackupName('coalitietafel-2026-01-03T10-15-00-123Z-anders.sqlite')).toBeNull();
  });
});
