// The plan's bodies (coalitie, programmateam, kernteam, werkgroepen) with members, roles and dates; the
// partners' joining and leaving dates, contribution and answer to "waarom deze partij"; and the link from a
// coalition agenda item to the programmateam item it came from.
//
// Everyone already in the store becomes a member of the coalition in the role they had, until the day they
// left. A programmaleider links coalition and programmateam, so is a member of both; whoever was recorded at
// a programmateam meeting becomes a member of the programmateam, so those meetings list the same people.
import type { Migration } from './migration';

// Written out, not imported: a migration never changes after it ships.
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const BODY_KINDS = list(['coalitie', 'programmateam', 'kernteam', 'werkgroep']);
const MEMBER_ROLES = list([
  'voorzitter',
  'programmaleider',
  'coordinator',
  'trekker',
  'lid',
  'bewonersvertegenwoordiger',
  'rijksvertegenwoordiger',
  'notulist',
]);
const DATE = (column: string) => `${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const migration0016: Migration = {
  version: 16,
  name: '0016-bodies-and-memberships',
  up: (db) => {
    db.exec(`
      CREATE TABLE bodies (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN (${BODY_KINDS})),
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        purpose TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      -- The plan has one coalition, one programmateam and one kernteam; werkgroepen come and go.
      CREATE UNIQUE INDEX bodies_one_of_each_plan_kind ON bodies(kind) WHERE kind <> 'werkgroep';

      CREATE TABLE memberships (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        body_id INTEGER NOT NULL REFERENCES bodies(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN (${MEMBER_ROLES})),
        theme_id TEXT REFERENCES themes(id),
        starts_on TEXT CHECK (${DATE('starts_on')}),
        -- The first day no longer a member, as people.left_on.
        ends_on TEXT CHECK (${DATE('ends_on')}),
        CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on < ends_on),
        CHECK (theme_id IS NULL OR role IN ('trekker', 'coordinator'))
      ) STRICT;
      CREATE INDEX memberships_body ON memberships(body_id, person_id);
      CREATE INDEX memberships_person ON memberships(person_id);
      CREATE INDEX memberships_theme ON memberships(theme_id) WHERE theme_id IS NOT NULL;

      ALTER TABLE organisations ADD COLUMN joined_on TEXT CHECK (${DATE('joined_on')});
      ALTER TABLE organisations ADD COLUMN left_on TEXT CHECK (${DATE('left_on')});
      ALTER TABLE organisations ADD COLUMN contribution TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN why TEXT NOT NULL DEFAULT '';

      -- A coalition agenda item put there from a programmateam item ("Naar de coalitie"); an item goes once.
      CREATE TABLE agenda_item_sources (
        agenda_item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
        source_agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE
      ) STRICT;
    `);

    const now = new Date().toISOString();
    const insertBody = db.prepare('INSERT INTO bodies (kind, name, created_at) VALUES (?, ?, ?)');
    const coalitie = Number(insertBody.run('coalitie', 'Maatschappelijke coalitie', now).lastInsertRowid);
    const programmateam = Number(insertBody.run('programmateam', 'Programmateam', now).lastInsertRowid);
    insertBody.run('kernteam', 'Kernteam', now);

    db.prepare(
      `INSERT INTO memberships (body_id, person_id, role, ends_on)
       SELECT ?, id, role, left_on FROM people ORDER BY id`,
    ).run(coalitie);
    db.prepare(
      `INSERT INTO memberships (body_id, person_id, role, ends_on)
       SELECT ?, p.id, CASE WHEN p.role IN ('programmaleider', 'bewonersvertegenwoordiger', 'notulist') THEN p.role ELSE 'lid' END, p.left_on
       FROM people p
       WHERE p.role = 'programmaleider'
          OR EXISTS (SELECT 1 FROM attendance a JOIN meetings m ON m.id = a.meeting_id
                     WHERE a.person_id = p.id AND m.body = 'programmateam')
       ORDER BY p.id`,
    ).run(programmateam);

    // The audit trail gets its triggers on these new tables only after the migrations ran: log the rows made
    // here as the triggers would have, so the trail stays complete (and a new store still reads as new).
    const logInserts = (table: string, columns: readonly string[]) =>
      db
        .prepare(
          `INSERT INTO audit_log (at, actor, table_name, row_key, operation, before, after)
           SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), COALESCE((SELECT value FROM settings WHERE key = 'app.userName'), 'onbekend'),
                  '${table}', CAST(id AS TEXT), 'INSERT', NULL, json_object(${columns.map((c) => `'${c}', ${c}`).join(', ')})
           FROM ${table} ORDER BY id`,
        )
        .run();
    logInserts('bodies', ['id', 'kind', 'name', 'purpose', 'created_at']);
    logInserts('memberships', ['id', 'body_id', 'person_id', 'role', 'theme_id', 'starts_on', 'ends_on']);
  },
};
