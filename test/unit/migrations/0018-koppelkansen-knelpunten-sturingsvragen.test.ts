// 0018-koppelkansen-knelpunten-sturingsvragen: an archive made by the migrations before it keeps its records,
// gets the links the plan names between its koppelkansen (as a new store does), and locks the answers to the
// sturingsvragen with the minutes they belong to, with the same lock texts the app keeps in step.
import { describe, expect, it } from 'vitest';
import { syncAuditTriggers } from '../../../main/core/durability/audit';
import { syncLockTriggers } from '../../../main/core/durability/locks';
import { openStore } from '../../../main/core/store/connection';
import { MIGRATIONS } from '../../../main/core/store/migrations/index';
import { readProfileFile } from '../../../main/core/store/profile.loader';
import { PROFILE_PATH } from '../../helpers/paths';
import { migrate, profileIds, schemaOf, storeAt } from './store-at';

const VERSION = 18;
const PREVIOUS = Math.max(...MIGRATIONS.filter((m) => m.version < VERSION).map((m) => m.version));

function archive() {
  const db = storeAt(PREVIOUS);
  const { checklistId } = profileIds(db);
  const meeting = db.prepare(
    `INSERT INTO meetings (body, title, starts_at, place, checklist_id, created_at, updated_at, status) VALUES (?, ?, ?, 'Stadhuis', ?, '', '', 'gehouden')`,
  );
  const first = Number(meeting.run('coalitie', 'Voorjaar', '2024-03-01T19:30', checklistId).lastInsertRowid);
  const second = Number(meeting.run('coalitie', 'Zomer', '2024-06-01T19:30', checklistId).lastInsertRowid);
  return { db, first, second };
}

describe('migration 0018-koppelkansen-knelpunten-sturingsvragen', () => {
  it('keeps the interventions and meetings and links the koppelkansen the plan relates, as a new store has them', () => {
    const { db } = archive();
    const before = [db.prepare('SELECT id, title, kind, status FROM interventions ORDER BY id').all(), db.prepare('SELECT * FROM meetings ORDER BY id').all()];
    migrate(db, VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect([db.prepare('SELECT id, title, kind, status FROM interventions ORDER BY id').all(), db.prepare('SELECT * FROM meetings ORDER BY id').all()]).toEqual(before);
    const links = db.prepare('SELECT a_id, b_id, from_plan FROM intervention_links ORDER BY a_id, b_id').all();
    expect(links).toHaveLength(5);
    expect(links).toContainEqual({ a_id: 'doorbraakmethode', b_id: 'stratenaanpak', from_plan: 1 });
    expect(db.prepare('SELECT count(*) FROM interventions WHERE criterion IS NOT NULL').pluck().get()).toBe(0);

    const fresh = openStore(':memory:', { profile: readProfileFile(PROFILE_PATH), migrations: MIGRATIONS.filter((m) => m.version <= VERSION) });
    expect(fresh.prepare('SELECT a_id, b_id, from_plan FROM intervention_links ORDER BY a_id, b_id').all()).toEqual(links);
    syncAuditTriggers(db);
    expect(syncLockTriggers(db)).toEqual([]);
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
  });

  it('refuses a link of an intervention to itself or twice, and a knelpunt without a known intervention', () => {
    const { db } = archive();
    migrate(db, VERSION);
    expect(() => db.prepare("INSERT INTO intervention_links (a_id, b_id) VALUES ('stratenaanpak', 'stratenaanpak')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO intervention_links (a_id, b_id) VALUES ('doorbraakmethode', 'stratenaanpak')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.prepare("INSERT INTO knelpunten (intervention_id, raised_on, title, created_at, updated_at) VALUES ('bestaat-niet', '2024-01-01', 'x', '', '')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO knelpunten (intervention_id, raised_on, title, created_at, updated_at) VALUES ('doorbraakmethode', '1 jan', 'x', '', '')").run(),
    ).toThrow(/CHECK/);
  });

  it('locks the answers to the sturingsvragen once the minutes are adopted', () => {
    const { db, first, second } = archive();
    migrate(db, VERSION);
    const answer = db.prepare("INSERT INTO steering_answers (meeting_id, focus, answered_at) VALUES (?, 'ja', '2024-03-01')");
    answer.run(first);
    db.prepare('UPDATE meetings SET adopted_at = ?, adopted_in_meeting_id = ? WHERE id = ?').run('2024-06-01', second, first);
    expect(() => db.prepare("UPDATE steering_answers SET focus = 'nee' WHERE meeting_id = ?").run(first)).toThrow(/vastgesteld/);
    expect(() => db.prepare('DELETE FROM steering_answers WHERE meeting_id = ?').run(first)).toThrow(/vastgesteld/);
    answer.run(second);
    expect(db.prepare('SELECT count(*) FROM steering_answers').pluck().get()).toBe(2);
  });
});
