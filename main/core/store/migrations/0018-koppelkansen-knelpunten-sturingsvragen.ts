// Koppelkansen linked "als een treintje", the plan's one criterion answered for a new koppelkans, a register of
// the system bottlenecks the Doorbraakmethode makes visible (with escalation to the coalition's agenda), and
// the three sturingsvragen answered per coalition meeting. Stores that hold the profile get the links the plan
// names between its koppelkansen, from the frozen list below; a new store gets them from the profile loader.
import type { Migration } from './migration';

// Written out, not imported: a migration never changes after it ships. Must stay token for token what
// durability/locks.ts lists, or every open would re-create them.
const LOCKED = 'De notulen van deze vergadering zijn vastgesteld; wijzigen kan alleen als correctie in een latere vergadering.';
const adopted = (meetingExpr: string) => `(SELECT adopted_at FROM meetings WHERE id = ${meetingExpr}) IS NOT NULL`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

// Pairs of koppelkansen the plan relates ("gerelateerd" in the facts), as the profile of this version had them.
const PLAN_LINKS: readonly (readonly [string, string])[] = [
  ['doorbraakmethode', 'stratenaanpak'],
  ['stratenaanpak', 'wijkbedrijvigheid'],
  ['energie-betaalbaarheid', 'wijkbedrijvigheid'],
  ['kinderopvang-onderwijs', 'wijkbedrijvigheid'],
  ['doorbraakmethode', 'kinderopvang-onderwijs'],
];

export const migration0018: Migration = {
  version: 18,
  name: '0018-koppelkansen-knelpunten-sturingsvragen',
  up: (db) => {
    db.exec(`
      -- One row per pair, the smaller id first: a link has no direction.
      CREATE TABLE intervention_links (
        a_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        b_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '',
        from_plan INTEGER NOT NULL DEFAULT 0 CHECK (from_plan IN (0, 1)),
        PRIMARY KEY (a_id, b_id),
        CHECK (a_id < b_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX intervention_links_b ON intervention_links(b_id);
      -- How a koppelkans added in the app meets the plan's one criterion; NULL for the plan's own.
      ALTER TABLE interventions ADD COLUMN criterion TEXT;

      CREATE TABLE knelpunten (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        intervention_id TEXT NOT NULL REFERENCES interventions(id),
        raised_on TEXT NOT NULL CHECK (${DATE('raised_on')}),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        raised_by TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in behandeling', 'opgelost', 'niet oplosbaar')),
        follow_up TEXT NOT NULL DEFAULT '',
        agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        escalated_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX knelpunten_intervention ON knelpunten(intervention_id, raised_on);
      CREATE INDEX knelpunten_agenda_item ON knelpunten(agenda_item_id);

      -- The three sturingsvragen of the jaarplanning: the first two answered ja/deels/nee with a toelichting,
      -- the third (in fact two questions) as what goes well and where to choose or adjust.
      CREATE TABLE steering_answers (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        focus TEXT CHECK (focus IS NULL OR focus IN ('ja', 'deels', 'nee')),
        focus_note TEXT NOT NULL DEFAULT '',
        right_things TEXT CHECK (right_things IS NULL OR right_things IN ('ja', 'deels', 'nee')),
        right_things_note TEXT NOT NULL DEFAULT '',
        going_well TEXT NOT NULL DEFAULT '',
        to_adjust TEXT NOT NULL DEFAULT '',
        answered_at TEXT NOT NULL
      ) STRICT;
    `);
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const row = op === 'DELETE' ? 'OLD' : 'NEW';
      db.exec(`CREATE TRIGGER steering_answers_locked_${op.toLowerCase()} BEFORE ${op} ON steering_answers
        WHEN ${adopted(`${row}.meeting_id`)}${op === 'UPDATE' ? ` OR ${adopted('OLD.meeting_id')}` : ''}
        BEGIN SELECT RAISE(ABORT, '${LOCKED}'); END`);
    }

    const link = db.prepare(
      `INSERT OR IGNORE INTO intervention_links (a_id, b_id, from_plan)
       SELECT ?, ?, 1 WHERE (SELECT count(*) FROM interventions WHERE id IN (?, ?)) = 2`,
    );
    for (const [a, b] of PLAN_LINKS) link.run(a, b, a, b);
  },
};
