// 0008-plan-caveats: the area plan's caveats as columns, and the same decisions for the rows the profile seeded,
// on a store made by 0007; what the coalition changed itself stays as it is.
import { describe, expect, it } from 'vitest';
import { columnsOf, migrate, storeAt } from './store-at';

describe('migration 0008-plan-caveats', () => {
  it('adds the caveat columns with their defaults and marks the seeded rows the plan qualifies', () => {
    const db = storeAt(7);
    const themesBefore = db.prepare('SELECT id, name FROM themes ORDER BY id').all();

    migrate(db, 8);

    expect(columnsOf(db, 'themes')).toEqual(expect.arrayContaining(['status', 'inferred', 'caveat']));
    expect(columnsOf(db, 'wijken')).toEqual(expect.arrayContaining(['in_area', 'caveat']));
    expect(columnsOf(db, 'interventions')).toEqual(expect.arrayContaining(['themes_inferred', 'why', 'plan_note']));
    expect(db.prepare('SELECT id, name FROM themes ORDER BY id').all()).toEqual(themesBefore);
    expect(db.prepare("SELECT id, status, inferred FROM themes WHERE status <> 'thema' OR inferred = 1 ORDER BY id").all()).toEqual([
      { id: 'meedoen', status: 'thema', inferred: 1 },
      { id: 'zorg-sport-gezondheid', status: 'in ontwikkeling', inferred: 1 },
    ]);
    expect(db.prepare('SELECT id FROM wijken WHERE in_area = 0').pluck().all()).toEqual(['de-wijert']);
    const inferred = db.prepare('SELECT id FROM interventions WHERE themes_inferred = 1').pluck().all();
    expect(inferred).toEqual(expect.arrayContaining(['stratenaanpak', 'energie-betaalbaarheid', 'wijkbedrijvigheid', 'kinderopvang-onderwijs']));
    expect(inferred).not.toContain('doorbraakmethode-kans-3');
    expect(db.prepare("SELECT count(*) FROM interventions WHERE why <> '' OR plan_note IS NOT NULL").pluck().get()).toBe(0);
  });

  it('sets the two running koppelkansen to lopend and narrows two kansen to their one theme, unless the coalition changed them', () => {
    const db = storeAt(7);
    // doorbraakmethode as seeded (idee); stratenaanpak already moved on by the coalition.
    db.prepare("UPDATE interventions SET status = 'gepland' WHERE id = 'stratenaanpak'").run();
    // kans-3 with the extra theme the older seed gave it; kans-4 with a theme the coalition added as well.
    const link = db.prepare('INSERT OR IGNORE INTO intervention_themes (intervention_id, theme_id) VALUES (?, ?)');
    link.run('doorbraakmethode-kans-3', 'leren');
    link.run('doorbraakmethode-kans-3', 'veilig-zijn');
    link.run('doorbraakmethode-kans-4', 'veilig-zijn');
    link.run('doorbraakmethode-kans-4', 'leren');
    link.run('doorbraakmethode-kans-4', 'wonen');

    migrate(db, 8);

    const status = db.prepare('SELECT status FROM interventions WHERE id = ?').pluck();
    expect(status.get('doorbraakmethode')).toBe('lopend');
    expect(status.get('stratenaanpak')).toBe('gepland');
    const themes = db.prepare('SELECT theme_id FROM intervention_themes WHERE intervention_id = ? ORDER BY theme_id').pluck();
    expect(themes.all('doorbraakmethode-kans-3')).toEqual(['leren']);
    expect(themes.all('doorbraakmethode-kans-4')).toEqual(['leren', 'veilig-zijn', 'wonen']);
  });
});
