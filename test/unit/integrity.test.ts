// Tamper evidence that looks by itself: the chain checked at start-up and before adopted minutes are shown or
// exported, the lock triggers re-created at open, names sealed as adopted, a keyed seal, the seal in the exports.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainHash, contentHash } from '../../main/core/durability/chain';
import { lockTriggers, syncLockTriggers } from '../../main/core/durability/locks';
import { keyFileFor, type KeyCipher } from '../../main/core/durability/seal-key';
import type { Core } from '../../main/core/core';
import { buildArchive, caller, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

const markdown = async (core: Core, meetingId: number) => {
  const file = await caller(core)('minutes:export', { meetingId, format: 'md' });
  return { fileName: file.fileName, text: Buffer.from(file.base64, 'base64').toString('utf8') };
};

/** Outside the app, as an adversary with the file would: every trigger dropped, one adopted decision edited. */
function editAdoptedDecision(dataFile: string, decisionItemId: number): void {
  const db = new Database(dataFile);
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
  db.prepare("UPDATE agenda_items SET decision_text = 'Besloten: niets.' WHERE id = ?").run(decisionItemId);
  db.close();
}

/** The adversary's next step: recompute every seal from the first changed one on (the code is public). */
function recomputeSeals(dataFile: string): void {
  const db = new Database(dataFile);
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'minutes_seal%'").pluck().all() as string[]) {
    db.exec(`DROP TRIGGER "${name}"`);
  }
  let previous = '0'.repeat(64);
  const seals = db.prepare('SELECT meeting_id AS meetingId, seq, hash_version AS hashVersion FROM minutes_seals ORDER BY seq').all() as {
    meetingId: number;
    seq: number;
    hashVersion: number;
  }[];
  for (const s of seals) {
    const content = contentHash(db, s.meetingId, s.hashVersion)!;
    const chain = chainHash({ ...s, previousHash: previous, contentHash: content });
    db.prepare('UPDATE minutes_seals SET content_hash = ?, previous_hash = ?, chain_hash = ? WHERE seq = ?').run(content, previous, chain, s.seq);
    previous = chain;
  }
  db.close();
}

/**
 * Stands in for the OS keychain (Electron safeStorage) where there is none: real AES-256-GCM with a secret that
 * only this process holds, so the key file beside the data file is as unreadable to the adversary as with DPAPI.
 */
function testKeychain(): KeyCipher {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => true,
    encryptString(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const d = createDecipheriv('aes-256-gcm', secret, encrypted.subarray(0, 12));
      d.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([d.update(encrypted.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

describe('the chain checked by itself', () => {
  it('names the changed meeting at start-up, in meetings:get and in the exports, without a click in Beheer', async () => {
    const dir = tempDir();
    const first = openTestCore(dir);
    const archive = await buildArchive(caller(first));
    first.close();
    editAdoptedDecision(join(dir, 'coalitietafel.sqlite'), archive.decisionItemId);

    const core = openTestCore(dir);
    const call = caller(core);
    const status = await call('integrity:status', {});
    expect(status.verification).toMatchObject({ ok: false, firstBreak: { meetingId: archive.adopted[0]!.id } });
    expect(status.warnings[0]!.message).toMatch(
      /^De vastgestelde notulen van de vergadering van 12 maart 2026 \("Coalitieoverleg maart"\) zijn gewijzigd na vaststelling/,
    );

    const shown = await call('meetings:get', { id: archive.adopted[0]!.id });
    expect(shown.adoption!.seal).toMatchObject({ ok: false, problem: expect.stringMatching(/vergadering van 12 maart 2026/) });
    // The other adopted minutes are untouched and say so.
    expect((await call('meetings:get', { id: archive.adopted[1]!.id })).adoption!.seal).toMatchObject({ ok: true, problem: null });

    const md = await markdown(core, archive.adopted[0]!.id);
    expect(md.fileName).toMatch(/^notulen-gewijzigd-na-vaststelling-2026-03-12/);
    expect(md.text).toMatch(/^# Notulen \(gewijzigd na vaststelling\)/);
    expect(md.text).toMatch(/\*\*Waarschuwing:\*\* De vastgestelde notulen van de vergadering van 12 maart 2026/);
    core.close();
  });

  it('does not make opening wait for the check: it runs after openCore has returned', async () => {
    const dir = tempDir();
    const first = openTestCore(dir);
    await buildArchive(caller(first));
    first.close();
    const core = openTestCore(dir);
    let settled = false;
    const status = core.dispatch('integrity:status', {}).then((r) => {
      settled = true;
      return r;
    });
    await Promise.resolve();
    expect(settled).toBe(false); // nothing was checked on the way to the first screen
    expect(await status).toMatchObject({ ok: true, value: { verification: { ok: true, checked: 2 }, warnings: [] } });
    core.close();
  });

  it('finds a change made while the app runs, by another program, before the minutes are shown again', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const call = caller(core);
    const archive = await buildArchive(call);
    expect((await call('meetings:get', { id: archive.adopted[0]!.id })).adoption!.seal!.ok).toBe(true);
    editAdoptedDecision(core.dataFile, archive.decisionItemId);
    expect((await call('meetings:get', { id: archive.adopted[0]!.id })).adoption!.seal!.ok).toBe(false);
    core.close();
  });
});

describe('lock triggers re-created at open', () => {
  it('re-creates dropped and rewritten locks, so adopted minutes are immutable again, and says so', async () => {
    const dir = tempDir();
    const first = openTestCore(dir);
    const archive = await buildArchive(caller(first));
    first.close();
    const db = new Database(join(dir, 'coalitietafel.sqlite'));
    db.exec('DROP TRIGGER meetings_locked; DROP TRIGGER agenda_items_locked_update; DROP TRIGGER minutes_seals_locked_delete');
    // Not dropped but made harmless: same name, never fires.
    db.exec('DROP TRIGGER vinkje_answers_locked_update; CREATE TRIGGER vinkje_answers_locked_update BEFORE UPDATE ON vinkje_answers WHEN 0 BEGIN SELECT 1; END');
    db.close();

    const core = openTestCore(dir);
    expect(() => core.db.prepare("UPDATE agenda_items SET decision_text = 'x' WHERE id = ?").run(archive.decisionItemId)).toThrow(/vastgesteld/);
    expect(() => core.db.prepare("UPDATE meetings SET title = 'x' WHERE id = ?").run(archive.adopted[0]!.id)).toThrow(/vastgesteld/);
    expect(() => core.db.prepare("UPDATE vinkje_answers SET explanation = 'x' WHERE agenda_item_id = ?").run(archive.decisionItemId)).toThrow(/vastgesteld/);
    expect(() => core.db.prepare('DELETE FROM minutes_seals').run()).toThrow(/zegel/);
    const status = await caller(core)('integrity:status', {});
    expect(status.locksRestored.sort()).toEqual(['agenda_items_locked_update', 'meetings_locked', 'minutes_seals_locked_delete', 'vinkje_answers_locked_update']);
    expect(status.warnings.map((w) => w.message).join(' ')).toMatch(/beveiliging van vastgestelde notulen was buiten Coalitietafel om uitgeschakeld .* hersteld/);
    core.close();
  });

  it('leaves the locks of a healthy store alone at every open (the migrations and the canonical list agree)', () => {
    const core = openTestCore(tempDir());
    expect(syncLockTriggers(core.db)).toEqual([]);
    const names = new Set(core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
    for (const lock of lockTriggers()) expect(names.has(lock.name)).toBe(true);
    core.close();
  });
});

describe('names sealed as adopted', () => {
  it('keeps the names of adopted minutes when a person is renamed afterwards, and the seal still holds', async () => {
    const core = openTestCore(tempDir());
    const call = caller(core);
    const archive = await buildArchive(call);
    const before = await call('meetings:get', { id: archive.adopted[0]!.id });
    const chair = before.attendance.find((a) => a.status === 'aanwezig')!;
    await call('people:update', { id: chair.personId, name: 'Iemand Anders', organisationId: (await call('coalition:list', {})).find((o) => o.people.some((p) => p.id === chair.personId))!.id, role: 'voorzitter' });

    const after = await call('meetings:get', { id: archive.adopted[0]!.id });
    expect(after.chairName).toBe(before.chairName);
    expect(after.attendance.find((a) => a.personId === chair.personId)!.personName).toBe(chair.personName);
    expect(after.adoption!.seal!.ok).toBe(true);
    const md = await markdown(core, archive.adopted[0]!.id);
    expect(md.text).toContain(chair.personName);
    expect(md.text).not.toContain('Iemand Anders');
    // Minutes not yet adopted follow the coalition list.
    expect((await call('meetings:get', { id: archive.open.id })).chairName).toBe('Iemand Anders');
    expect((await call('integrity:verifyChain', {})).ok).toBe(true);
    core.close();
  });

  it('finds the recorded names changed outside the app', async () => {
    const core = openTestCore(tempDir());
    const call = caller(core);
    const archive = await buildArchive(call);
    core.db.exec('DROP TRIGGER minutes_adopted_names_locked_update');
    core.db.prepare("UPDATE minutes_adopted_names SET names = replace(names, 'aanwezig', 'afwezig-met-bericht') WHERE meeting_id = ?").run(archive.adopted[1]!.id);
    const result = await call('integrity:verifyChain', {});
    expect(result).toMatchObject({ ok: false, firstBreak: { meetingId: archive.adopted[1]!.id } });
    expect(result.firstBreak!.reason).toMatch(/namen/);
    core.close();
  });
});

describe('a keyed seal', () => {
  it('finds seals recomputed without the key, which the unkeyed chain cannot', async () => {
    const dir = tempDir();
    const keychain = testKeychain();
    const first = openTestCore(dir, { sealKeyCipher: keychain });
    const archive = await buildArchive(caller(first));
    first.close();
    expect(existsSync(keyFileFor(join(dir, 'coalitietafel.sqlite')))).toBe(true);
    // The key never enters the database file.
    const keyFile = readFileSync(keyFileFor(join(dir, 'coalitietafel.sqlite')));
    expect(readFileSync(join(dir, 'coalitietafel.sqlite')).includes(keyFile.subarray(28, 40))).toBe(false);

    editAdoptedDecision(join(dir, 'coalitietafel.sqlite'), archive.decisionItemId);
    recomputeSeals(join(dir, 'coalitietafel.sqlite'));

    // Without the key (the web host) the recomputed chain looks intact, and the check says what it relies on.
    const unkeyed = openTestCore(dir);
    const plain = await caller(unkeyed)('integrity:verifyChain', {});
    expect(plain).toMatchObject({ ok: true, protection: 'zonder-sleutel' });
    expect(plain.protectionText).toMatch(/zonder sleutel/);
    unkeyed.close();

    const keyed = openTestCore(dir, { sealKeyCipher: keychain });
    const call = caller(keyed);
    const result = await call('integrity:verifyChain', {});
    expect(result).toMatchObject({ ok: false, protection: 'sleutel', firstBreak: { meetingId: archive.adopted[0]!.id } });
    expect(result.firstBreak!.reason).toMatch(/zonder de sleutel/);
    expect(result.protectionText).toMatch(/geheime sleutel/);
    expect((await call('integrity:status', {})).warnings[0]!.message).toMatch(/vergadering van 12 maart 2026/);
    expect((await call('meetings:get', { id: archive.adopted[0]!.id })).adoption!.seal).toMatchObject({ ok: false });
    keyed.close();
  });

  it('keys seals made without a key once they are found intact, and says so', async () => {
    const dir = tempDir();
    const first = openTestCore(dir);
    await buildArchive(caller(first));
    first.close();
    const keyed = openTestCore(dir, { sealKeyCipher: testKeychain() });
    const status = await caller(keyed)('integrity:status', {});
    expect(status.notices[0]).toMatch(/^2 zegels waren zonder sleutel gemaakt/);
    expect(keyed.db.prepare('SELECT count(*) FROM minutes_seal_macs').pluck().get()).toBe(2);
    keyed.close();
  });

  it('checks a large archive once, on the writable store that follows its start-up check, also when asked before that', async () => {
    const dir = tempDir();
    const first = openTestCore(dir);
    await buildArchive(caller(first));
    first.close();
    // checkInlineUpToBytes 0: served read-only while quick_check runs in a worker. Asked at once, the status is
    // the one of the check on the writable store after it (which keys the seals), not of a second, read-only run.
    const keyed = openTestCore(dir, { sealKeyCipher: testKeychain(), checkInlineUpToBytes: 0 });
    const asked = caller(keyed)('integrity:status', {});
    await keyed.checked();
    expect(keyed.mode).toBe('normal');
    const status = await asked;
    expect(status.verification.ok).toBe(true);
    expect(status.notices[0]).toMatch(/^2 zegels waren zonder sleutel gemaakt/);
    expect(await caller(keyed)('integrity:status', {})).toEqual(status);
    keyed.close();
  });

  it('never replaces a key file it cannot read, and falls back to the unkeyed chain saying why', async () => {
    const dir = tempDir();
    const first = openTestCore(dir, { sealKeyCipher: testKeychain() });
    await buildArchive(caller(first));
    first.close();
    const keyFile = keyFileFor(join(dir, 'coalitietafel.sqlite'));
    const bytes = readFileSync(keyFile);
    const other = openTestCore(dir, { sealKeyCipher: testKeychain() }); // another user's keychain
    const result = await caller(other)('integrity:verifyChain', {});
    expect(result).toMatchObject({ ok: true, protection: 'zonder-sleutel' });
    expect(result.protectionText).toMatch(/kan op deze computer niet worden gelezen/);
    expect(readFileSync(keyFile).equals(bytes)).toBe(true);
    other.close();
  });

  it.runIf(process.platform === 'linux')('does not count Chromium\'s built-in password (no keychain on Linux) as a keychain', async () => {
    const dir = tempDir();
    const core = openTestCore(dir, { sealKeyCipher: { ...testKeychain(), getSelectedStorageBackend: () => 'basic_text' } });
    const result = await caller(core)('integrity:verifyChain', {});
    expect(result.protection).toBe('zonder-sleutel');
    expect(result.protectionText).toMatch(/sleutelbos van het besturingssysteem is niet beschikbaar/);
    expect(existsSync(keyFileFor(core.dataFile))).toBe(false);
    core.close();
  });
});

describe('the seal printed in the minutes', () => {
  it('prints the chain hash of adopted minutes in the export, and none in minutes not adopted', async () => {
    const core = openTestCore(tempDir());
    const call = caller(core);
    const archive = await buildArchive(call);
    const seal = core.db.prepare('SELECT chain_hash FROM minutes_seals WHERE meeting_id = ?').pluck().get(archive.adopted[1]!.id) as string;
    const md = await markdown(core, archive.adopted[1]!.id);
    expect(md.text).toContain(`- **Zegel:** ${seal}`);
    expect(md.text).not.toMatch(/Waarschuwing/);
    expect((await markdown(core, archive.open.id)).text).not.toMatch(/Zegel/);
    core.close();
  });
});

describe("backups' chains checked against the live one", () => {
  it('flags a backup whose chain is not a prefix of the live chain, in the list and on restore', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const call = caller(core);
    const archive = await buildArchive(call);
    const before = await call('backups:create', {});
    expect((await call('backups:list', {})).chainProblems).toEqual({});

    // Outside the app: a decision edited and every seal recomputed, so the live chain holds by itself.
    editAdoptedDecision(core.dataFile, archive.decisionItemId);
    recomputeSeals(core.dataFile);
    expect((await call('integrity:verifyChain', {})).ok).toBe(true);
    const after = await call('backups:create', {});

    const list = await call('backups:list', {});
    expect(list.chainProblems[before.fileName]).toMatch(
      /^De zegels in deze reservekopie wijken af van de huidige database vanaf de vergadering van 12 maart 2026 \("Coalitieoverleg maart"\)/,
    );
    expect(list.chainProblems[after.fileName]).toBeUndefined();

    const restored = await call('backups:restore', { fileName: before.fileName, confirm: true });
    expect(restored.message).toMatch(/Let op: .*wijken af .*vanaf de vergadering van 12 maart 2026/);
    core.close();
  });
});
