// 0017-plan-tracks-and-chain: an archive made by the migrations before it keeps its plans, interventions and
// indicators, gets the ten "aan de slag" tracks once (with the same wording a new store gets from the
// profile), and can link interventions to an ambitie and to indicators.
import { describe, expect, it } from 'vitest';
import { syncAuditTriggers } from '../../../main/core/durability/audit';
import { openStore } from '../../../main/core/store/connection';
import { MIGRATIONS } from '../../../main/core/store/migrations/index';
import { readProfileFile } from '../../../main/core/store/profile.loader';
import { PROFILE_PATH } from '../../helpers/paths';
import { columnsOf, copyOf, migrate, profileIds, schemaOf, storeAt } from './store-at';

const VERSION = 17;
const PREVIOUS = Math.max(...MIGRATIONS.filter((m) => m.version < VERSION).map((m) => m.version));
const TRACK_COLUMNS = 'track_key AS trackKey, position, title, description, period_from AS periodFrom, period_to AS periodTo, status, plan_note AS planNote, owner, progress';

function archive() {
  const db = storeAt(PREVIOUS);
  const { themeId } = profileIds(db);
  db.prepare("INSERT INTO plans (kind, title, status, created_at, updated_at) VALUES ('wijkuitvoeringsplan', 'Selwerd 2025', 'lopend', '2025-01-01', '2025-01-01')").run();
  const indicator = Number(
    db.prepare("INSERT INTO indicators (theme_id, name, better, created_at, updated_at) VALUES (?, 'Werkloosheid', 'lager', '', '')").run(themeId).lastInsertRowid,
  );
  return { db, themeId, indicator };
}

describe('migration 0017-plan-tracks-and-chain', () => {
  it('keeps every row and adds the ten tracks of the area plan to a store that holds the profile', () => {
    const { db } = archive();
    const plansBefore = db.prepare('SELECT * FROM plans').all();
    const interventionsBefore = db.prepare('SELECT id, title, status, goal FROM interventions ORDER BY id').all();

    migrate(db, VERSION);

    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The plans table takes the new kind, and still refuses one it does not know.
    expect(() => db.prepare("INSERT INTO plans (kind, title, created_at, updated_at) VALUES ('begroting', 'x', '', '')").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT DISTINCT kind FROM plans WHERE track_key IS NOT NULL").pluck().all()).toEqual(['aan-de-slag']);
    expect(db.prepare('SELECT id, title, status, goal FROM interventions ORDER BY id').all()).toEqual(interventionsBefore);
    const kept = db.prepare("SELECT id, kind, title, status, created_at FROM plans WHERE track_key IS NULL").all();
    expect(kept).toEqual((plansBefore as Record<string, unknown>[]).map(({ id, kind, title, status, created_at }) => ({ id, kind, title, status, created_at })));
    const tracks = db.prepare(`SELECT ${TRACK_COLUMNS} FROM plans WHERE track_key IS NOT NULL ORDER BY position`).all() as Record<string, unknown>[];
    expect(tracks).toHaveLength(10);
    expect(tracks[0]).toMatchObject({ trackKey: 'uitvoeringsprogramma', title: 'Uitvoeringsprogramma', status: 'lopend', owner: '', progress: null });
    expect(tracks[5]!.planNote).toContain('onvolledig');
  });

  it('gives a migrated archive the same tracks, in the same words, as a new store gets from the profile', () => {
    const { db } = archive();
    migrate(db, VERSION);
    const fresh = openStore(':memory:', { profile: readProfileFile(PROFILE_PATH), migrations: MIGRATIONS.filter((m) => m.version <= VERSION) });
    const read = (store: typeof db) => store.prepare(`SELECT ${TRACK_COLUMNS} FROM plans WHERE track_key IS NOT NULL ORDER BY position`).all();
    expect(read(db)).toEqual(read(fresh));
    syncAuditTriggers(db); // as openStore does after migrating: the new columns are audited too
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
  });

  it('adds no tracks to an empty store (the profile loader does) and none twice', () => {
    const empty = openStore(':memory:', { migrations: MIGRATIONS.filter((m) => m.version < VERSION) });
    migrate(empty, VERSION);
    expect(empty.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(0);

    const { db } = archive();
    const again = copyOf(db);
    migrate(db, VERSION);
    db.prepare("UPDATE plans SET status = 'afgerond', owner = 'Programmaleider' WHERE track_key = 'monitoring'").run();
    expect(db.prepare('SELECT count(*) FROM plans WHERE track_key IS NOT NULL').pluck().get()).toBe(10);
    expect(() => db.prepare("INSERT INTO plans (kind, title, status, created_at, updated_at, track_key) VALUES ('aan-de-slag', 'x', 'lopend', '', '', 'monitoring')").run()).toThrow(/UNIQUE/);
    migrate(again, VERSION);
    expect(again.prepare('SELECT count(*) FROM plans WHERE track_key IS NOT NULL').pluck().get()).toBe(10);
  });

  it('links an intervention to a theme ambitie and to indicators; removing an indicator removes the link only', () => {
    const { db, themeId, indicator } = archive();
    migrate(db, VERSION);
    expect(columnsOf(db, 'interventions')).toEqual(expect.arrayContaining(['trend', 'ambition_theme_id']));
    db.prepare("UPDATE interventions SET ambition_theme_id = ?, trend = 'Afglijden' WHERE id = 'doorbraakmethode'").run(themeId);
    db.prepare("INSERT INTO intervention_indicators (intervention_id, indicator_id) VALUES ('doorbraakmethode', ?)").run(indicator);
    expect(() => db.prepare("UPDATE interventions SET ambition_theme_id = 'bestaat-niet' WHERE id = 'doorbraakmethode'").run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM indicators WHERE id = ?').run(indicator);
    expect(db.prepare('SELECT count(*) FROM intervention_indicators').pluck().get()).toBe(0);
    expect(db.prepare("SELECT ambition_theme_id FROM interventions WHERE id = 'doorbraakmethode'").pluck().get()).toBe(themeId);
  });
});
