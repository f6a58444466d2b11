// A damaged or unusable database opens in read-only rescue mode: nothing deleted or overwritten, a Dutch
// explanation, writes refused, reads and export as far as the file allows, and restore brings the data back.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS } from '../../shared/contract';
import { allowedInRescue } from '../../main/core/durability/rescue';
import { StoreUnusableError, assertDurablePragmas } from '../../main/core/durability/health';
import { createDispatcher } from '../../main/core/dispatcher';
import { createHandlers } from '../../main/core/handlers';
import type { Handlers } from '../../main/core/handlers';
import { buildArchive, caller, logicalSnapshot, openTestCore, removeTempDirs, sha, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

/** A store with adopted minutes and a good backup of it; closed, so the file is whole. */
async function storeWithBackup() {
  const dir = tempDir();
  const core = openTestCore(dir);
  const call = caller(core);
  const archive = await buildArchive(call);
  const backup = await call('backups:create', {});
  const good = logicalSnapshot(core.db);
  const pageSize = core.db.pragma('page_size', { simple: true }) as number;
  const rootOf = (table: string) => core.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?").pluck().get(table) as number;
  const roots = { agenda: rootOf('agenda_items'), meetings: rootOf('meetings') };
  core.close();
  return { dir, dataFile: core.dataFile, archive, backup, good, pageSize, roots };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

const damages: [string, (s: Awaited<ReturnType<typeof storeWithBackup>>) => void][] = [
  ['a flipped byte in the magic header string', (s) => overwrite(s.dataFile, 0, Buffer.from([0x53 ^ 0x01]))],
  ['a flipped page-size byte in the header', (s) => overwrite(s.dataFile, 16, Buffer.from([0x10 ^ 0x04]))],
  ['a flipped payload-fraction byte in the header', (s) => overwrite(s.dataFile, 21, Buffer.from([64 ^ 0x08]))],
  [
    'a damaged b-tree page (agenda items)',
    (s) => overwrite(s.dataFile, (s.roots.agenda - 1) * s.pageSize, Buffer.alloc(s.pageSize, 0xa5)),
  ],
  ['a damaged b-tree page (meetings), only its header', (s) => overwrite(s.dataFile, (s.roots.meetings - 1) * s.pageSize, Buffer.from([0x0d ^ 0xff, 0xff, 0xff, 0xff]))],
];

describe('rescue mode', () => {
  for (const [what, damage] of damages) {
    it(`opens a database with ${what} read-only, explains in Dutch, deletes nothing, and restore brings the data back`, async () => {
      const s = await storeWithBackup();
      damage(s);
      const damagedSha = sha(s.dataFile);

      const core = openTestCore(s.dir);
      expect(core.mode).toBe('rescue');
      const call = caller(core);
      const status = await call('rescue:status', {});
      expect(status.mode).toBe('rescue');
      expect(status.reason).toMatch(/beschadigd|niet worden gelezen/);
      expect(status.reason).toMatch(/Er is niets verwijderd of overschreven/);
      expect(status.detail).toBeTruthy();
      expect(status.backups.map((b) => b.fileName)).toEqual([s.backup.fileName]);

      // Every write is refused with a Dutch message, before its input is even looked at.
      for (const [channel, input] of [
        ['milestones:create', { date: '2026-11-15', title: 'Wijkfeest' }],
        ['meetings:create', {}],
        ['settings:setUserName', { userName: 'x' }],
        ['archive:import', { json: '{}' }],
        ['backups:create', {}],
      ] as const) {
        const refused = await core.dispatch(channel, input);
        expect(refused, channel).toMatchObject({ ok: false, error: { code: 'rescue-mode', message: expect.stringMatching(/herstelmodus.*Er is niets gewijzigd/) } });
      }
      // A read gives data or a clean Dutch error, never a crash.
      const read = await core.dispatch('meetings:list', {});
      if (!read.ok) expect(read.error.code).toBe('storage');
      // Nothing was written: the damaged file is byte for byte what it was.
      expect(sha(s.dataFile)).toBe(damagedSha);

      const restored = await call('backups:restore', { confirm: true });
      expect(restored.status.mode).toBe('normal');
      expect(restored.message).toMatch(/teruggezet; Coalitietafel werkt weer normaal/);
      expect(core.mode).toBe('normal');
      expect(logicalSnapshot(core.db)).toEqual(s.good);
      // The damaged file is kept, unchanged, beside the data file.
      expect(sha(restored.setAsideFile!)).toBe(damagedSha);
      expect(readdirSync(s.dir).filter((n) => n.includes('.vervangen-') && !/-(wal|shm)$/.test(n))).toHaveLength(1);
      // And the app works again.
      await call('milestones:create', { date: '2026-11-15', title: 'Na het herstel' });
      expect((await call('integrity:verifyChain', {})).ok).toBe(true);
      core.close();
    });
  }

  it('exports what can still be read from a damaged database, and says what could not', async () => {
    const s = await storeWithBackup();
    overwrite(s.dataFile, (s.roots.agenda - 1) * s.pageSize, Buffer.alloc(s.pageSize, 0xa5));
    const core = openTestCore(s.dir);
    expect(core.mode).toBe('rescue');
    const exported = await caller(core)('archive:export', {});
    expect(exported.complete).toBe(false);
    expect(exported.problems.join(' ')).toMatch(/Tabel agenda_items: na 0 rijen onleesbaar/);
    const json = JSON.parse(Buffer.from(exported.file.base64, 'base64').toString('utf8')) as { tables: Record<string, { rows: unknown[] }> };
    expect(json.tables.meetings!.rows).toHaveLength(3);
    expect(json.tables.people!.rows).toHaveLength(21);
    core.close();
  });

  it('opens in rescue mode when the data file cannot be opened at all, and restore still works', async () => {
    const s = await storeWithBackup();
    rmSync(s.dataFile);
    mkdirSync(s.dataFile); // a folder where the database should be: SQLite cannot open it
    writeFileSync(join(s.dataFile, 'iets.txt'), 'van de gebruiker');
    const core = openTestCore(s.dir);
    expect(core.mode).toBe('rescue');
    expect(core.status().reason).toMatch(/kan niet worden gelezen|lees- of schrijffout/);
    expect(await core.dispatch('archive:export', {})).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/niets meer worden gelezen/) } });
    expect(await core.dispatch('meetings:list', {})).toMatchObject({ ok: false, error: { code: 'storage' } });
    const restored = await caller(core)('backups:restore', { confirm: true });
    expect(restored.status.mode).toBe('normal');
    expect(logicalSnapshot(core.db)).toEqual(s.good);
    // What stood in the way is kept, contents and all.
    expect(readdirSync(restored.setAsideFile!)).toEqual(['iets.txt']);
    core.close();
  });

  it('says in Dutch that nothing can be read when even the header is gone', async () => {
    const s = await storeWithBackup();
    overwrite(s.dataFile, 0, Buffer.alloc(100, 0));
    const core = openTestCore(s.dir);
    const result = await core.dispatch('archive:export', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/niets meer worden gelezen/) } });
    core.close();
  });

  it('switches to rescue mode when damage is found while working', async () => {
    const s = await storeWithBackup();
    const core = openTestCore(s.dir);
    expect(core.mode).toBe('normal');
    // Damage the agenda's b-tree behind the running app's back (another process, a failing disk).
    overwrite(s.dataFile, (s.roots.agenda - 1) * s.pageSize, Buffer.alloc(s.pageSize, 0xa5));
    const result = await core.dispatch('meetings:get', { id: s.archive.open.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/beschadigd.*herstelmodus/) } });
    expect(core.mode).toBe('rescue');
    expect((await core.dispatch('milestones:create', { date: '2026-11-15', title: 'x' })).ok).toBe(false);
    core.close();
  });

  it('tries again: a store that became usable opens normally without a restore', async () => {
    const s = await storeWithBackup();
    // Hold a write lock from another connection: the store is "in use".
    const other = new Database(s.dataFile);
    other.pragma('journal_mode = DELETE');
    other.exec('BEGIN EXCLUSIVE');
    const core = openTestCore(s.dir);
    expect(core.mode).toBe('rescue');
    expect(core.status().reason).toMatch(/in gebruik door een ander programma/);
    other.exec('ROLLBACK');
    other.close();
    const status = await caller(core)('rescue:retry', {});
    expect(status.mode).toBe('normal');
    expect(logicalSnapshot(core.db)).toEqual(s.good);
    core.close();
  }, 20_000);

  it('fails loudly when the durability settings are not in force after opening', () => {
    const db = new Database(':memory:'); // journal_mode=memory
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = OFF');
    let error: unknown;
    try {
      assertDurablePragmas(db);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreUnusableError);
    expect(error).toMatchObject({ kind: 'settings', reason: expect.stringMatching(/beveiligingsinstellingen/) });
    expect((error as StoreUnusableError).detail).toMatch(/journal_mode=memory.*synchronous=1.*foreign_keys=0/);
    db.close();
  });

  it('lets through in rescue mode only reading channels, restore and retry', () => {
    const allowed = CHANNELS.filter((c) => allowedInRescue(c));
    expect(allowed).toEqual(expect.arrayContaining(['meetings:get', 'meetings:list', 'search:query', 'minutes:export', 'rescue:status', 'backups:list', 'backups:restore', 'rescue:retry', 'archive:export', 'integrity:verifyChain', 'audit:list']));
    for (const write of ['meetings:create', 'reviews:answer', 'decisions:decide', 'minutes:adopt', 'archive:import', 'backups:create', 'settings:setUserName', 'presenter:set']) {
      expect(allowed, write).not.toContain(write);
    }
  });
});

describe('storage errors through the dispatcher', () => {
  const failing = (code: string) => {
    const error = Object.assign(new Error(`sqlite says ${code}`), { code });
    const handlers = { 'milestones:create': () => { throw error; } } as unknown as Handlers;
    return createDispatcher(handlers, () => {});
  };

  it.each([
    ['SQLITE_FULL', /schijf is vol; de wijziging is teruggedraaid/],
    ['SQLITE_READONLY', /alleen-lezen; de wijziging is teruggedraaid/],
    ['SQLITE_READONLY_DBMOVED', /alleen-lezen/],
    ['SQLITE_IOERR_WRITE', /lees- of schrijffout; de wijziging is teruggedraaid/],
    ['SQLITE_BUSY', /bezet door een ander programma/],
    ['ENOSPC', /schijf is vol/],
  ])('maps %s to a Dutch storage error', async (code, message) => {
    const result = await failing(code)('milestones:create', { date: '2026-11-15', title: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: expect.stringMatching(message) } });
  });

  it('keeps a real store behind createHandlers(db) working without the core (normal mode)', async () => {
    const core = openTestCore(tempDir());
    const dispatch = createDispatcher(createHandlers(core.db), () => {});
    const result = await dispatch('rescue:status', {});
    expect(result).toMatchObject({ ok: true, value: { mode: 'normal', backupFolder: join(core.backupFolder) } });
    core.close();
  });
});
