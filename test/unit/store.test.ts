import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, LATEST_VERSION } from '../../main/core/store/connection';
import { assertMigrationOrder, MIGRATIONS, type Migration } from '../../main/core/store/migrations/index';
import { readProfileFile } from '../../main/core/store/profile.loader';
import { PROFILE_PATH } from '../helpers/paths';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-store-'));
  dirs.push(dir);
  return join(dir, 'store.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const profile = readProfileFile(PROFILE_PATH);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('store', () => {
  it('opens with WAL, synchronous=FULL and foreign keys, and STRICT tables', () => {
    const db = openStore(tempFile(), { profile });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(10);
    // FTS5's own shadow tables and sqlite_sequence (the keys' high-water marks) are SQLite's, not ours.
    for (const t of tables.filter((t) => !t.name.startsWith('search_index') && !t.name.startsWith('sqlite_'))) expect(t.sql, t.name).toMatch(/STRICT/);
    db.close();
  });

  it('loads the Groningen-Noord profile on first start, with the seven vinkjes verbatim', () => {
    const db = openStore(tempFile(), { profile });
    const questions = db.prepare('SELECT question FROM checklist_items ORDER BY position').pluck().all();
    expect(questions).toEqual([
      'Hebben we ervaringskennis meegenomen in onze besluiten en beleid?',
      "Is er gekeken naar samenhang tussen de verschillende thema's?",
      'Hebben we onze leerpunten en successen verankerd in onze aanpak?',
      'Hebben we onze bewoners ook gevraagd of het werkt?',
      'Hebben we rekening gehouden met de identiteit van de wijk?',
      'Hebben we met elkaar een norm gesteld en houden we ons daar ook aan?',
      'Hebben we onze successen gevierd?',
    ]);
    expect(db.prepare('SELECT count(*) FROM themes').pluck().get()).toBe(6);
    expect(db.prepare('SELECT count(*) FROM wijken').pluck().get()).toBe(6);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(21);
    expect(db.prepare("SELECT role FROM people WHERE name = 'Koen Schuiling'").pluck().get()).toBe('voorzitter');
    expect(db.prepare("SELECT role FROM people WHERE name = 'Loes Mulder'").pluck().get()).toBe('rijksvertegenwoordiger');
    expect(db.prepare("SELECT count(*) FROM interventions WHERE kind = 'koppelkans'").pluck().get()).toBe(5);
    expect(db.prepare("SELECT count(*) FROM interventions WHERE kind = 'lopend initiatief'").pluck().get()).toBe(11);
    db.close();
  });

  it('does not load the profile twice on a second start', () => {
    const file = tempFile();
    openStore(file, { profile }).close();
    const db = openStore(file, { profile });
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(21);
    expect(db.prepare('SELECT count(*) FROM checklists').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a database from a newer version without writing to it', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = sha(file);
    expect(() => openStore(file, { profile })).toThrow(/nieuwere versie van Coalitietafel/);
    expect(sha(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete'); // not switched to WAL
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meetings'").pluck().get()).toBe(0);
    check.close();
  });

  it('runs pending migrations in one transaction: a failing one leaves the database as it was', () => {
    const file = tempFile();
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', up: (db) => db.exec('CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM nope;') },
    ];
    openStore(file).close();
    expect(() => openStore(file, { migrations: broken })).toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('migrates a version-1 database with data in it to the latest version', () => {
    const file = tempFile();
    openStore(file, { profile, migrations: MIGRATIONS.filter((m) => m.version === 1) }).close();
    const db = openStore(file, { profile });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(21);
    db.close();
  });

  it('insists that migration versions only increase', () => {
    const up = () => {};
    expect(() => assertMigrationOrder([{ version: 2, name: 'b', up }, { version: 1, name: 'a', up }])).toThrow(/does not increase/);
    expect(() => assertMigrationOrder(MIGRATIONS)).not.toThrow();
  });

  it('never rewords a stored vinkje (trigger)', () => {
    const db = openStore(tempFile(), { profile });
    expect(() => db.prepare("UPDATE checklist_items SET question = 'Anders?' WHERE position = 1").run()).toThrow(/nooit herschreven/);
    db.close();
  });
});
