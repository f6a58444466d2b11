// The area plan's own caveats travel with its facts: a theme still "in ontwikkeling", themes the
// extraction inferred, a wijk the plan does not place in the area, why a koppelkans makes the difference.
// Archives made before this version get the same decisions for the rows the profile seeded, as frozen SQL
// (a migration never reads the live profile); the plan's wording of caveats and "waarom" follows from the
// profile loader, which fills empty fields once.
import type { Migration } from './migration';

export const migration0008: Migration = {
  version: 8,
  name: '0008-plan-caveats',
  up: (db) => {
    db.exec(`
      ALTER TABLE themes ADD COLUMN status TEXT NOT NULL DEFAULT 'thema' CHECK (status IN ('thema', 'in ontwikkeling'));
      ALTER TABLE themes ADD COLUMN inferred INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1));
      ALTER TABLE themes ADD COLUMN caveat TEXT;
      ALTER TABLE wijken ADD COLUMN in_area INTEGER NOT NULL DEFAULT 1 CHECK (in_area IN (0, 1));
      ALTER TABLE wijken ADD COLUMN caveat TEXT;
      ALTER TABLE interventions ADD COLUMN themes_inferred INTEGER NOT NULL DEFAULT 0 CHECK (themes_inferred IN (0, 1));
      ALTER TABLE interventions ADD COLUMN why TEXT NOT NULL DEFAULT '';
      ALTER TABLE interventions ADD COLUMN plan_note TEXT;

      UPDATE themes SET status = 'in ontwikkeling', inferred = 1 WHERE id = 'zorg-sport-gezondheid';
      UPDATE themes SET inferred = 1 WHERE id = 'meedoen';
      UPDATE wijken SET in_area = 0 WHERE id = 'de-wijert';
      UPDATE interventions SET themes_inferred = 1
        WHERE id IN ('stratenaanpak', 'energie-betaalbaarheid', 'wijkbedrijvigheid', 'kinderopvang-onderwijs')
           OR (kind = 'aanvullende kans' AND parent_id IN ('stratenaanpak', 'energie-betaalbaarheid', 'wijkbedrijvigheid', 'kinderopvang-onderwijs', 'doorbraakmethode')
               AND id NOT IN ('doorbraakmethode-kans-3', 'doorbraakmethode-kans-4'));
      -- The two kansen that name one theme concern that theme only, unless the coalition already changed them.
      DELETE FROM intervention_themes WHERE intervention_id = 'doorbraakmethode-kans-3' AND theme_id = 'veilig-zijn'
        AND (SELECT count(*) FROM intervention_themes WHERE intervention_id = 'doorbraakmethode-kans-3') = 2;
      DELETE FROM intervention_themes WHERE intervention_id = 'doorbraakmethode-kans-4' AND theme_id = 'leren'
        AND (SELECT count(*) FROM intervention_themes WHERE intervention_id = 'doorbraakmethode-kans-4') = 2;
      -- Running since 2019 and "werkt al goed op kleine schaal": seeded as idee before, which no one chose.
      UPDATE interventions SET status = 'lopend' WHERE id IN ('doorbraakmethode', 'stratenaanpak') AND status = 'idee';
    `);
  },
};
