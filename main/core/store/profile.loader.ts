// Loads the embedded area profile (resources/groningen-noord.profile.json) on first start, once.
import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTERVENTION_KINDS, ROLES, THEME_STATUSES } from '../../../shared/domain';
import { INTERVENTION_STATUSES } from '../../../shared/registers';
import { financesSchema, seedPlanMoney } from './money.seed';

const profileSchema = z.object({
  format: z.literal('coalitietafel-profile'),
  formatVersion: z.literal(2),
  source: z.string(),
  area: z.object({ name: z.string(), municipality: z.string(), programme: z.string() }),
  checklist: z.object({
    name: z.string(),
    items: z.array(z.object({ key: z.string(), position: z.number().int(), question: z.string().min(1) })).min(1),
  }),
  themes: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      ambition: z.string(),
      position: z.number().int(),
      status: z.enum(THEME_STATUSES),
      inferred: z.boolean(),
      caveat: z.string().nullable(),
    }),
  ),
  wijken: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      identity: z.string(),
      position: z.number().int(),
      inArea: z.boolean(),
      caveat: z.string().nullable(),
    }),
  ),
  organisations: z.array(
    z.object({
      name: z.string(),
      sector: z.string().nullable(),
      // Added within format 2: an older profile states no caveats.
      sectorInferred: z.boolean().default(false),
      planNote: z.string().nullable().default(null),
    }),
  ),
  people: z.array(z.object({ name: z.string(), organisation: z.string(), role: z.enum(ROLES) })),
  interventions: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      kind: z.enum(INTERVENTION_KINDS),
      summary: z.string(),
      description: z.string(),
      themes: z.array(z.string()),
      wijken: z.array(z.string()),
      partners: z.array(z.string()),
      parentKey: z.string().nullable(),
      themesInferred: z.boolean(),
      status: z.enum(INTERVENTION_STATUSES).nullable(),
      why: z.string(),
      planNote: z.string().nullable(),
    }),
  ),
  // Added within format 2: a profile without it simply seeds no budget.
  finances: financesSchema.optional(),
  // The "aan de slag" tracks; a profile without them is still format 2.
  tracks: z
    .array(
      z.object({
        key: z.string(),
        position: z.number().int(),
        title: z.string().min(1),
        description: z.string(),
        periodFrom: z.string(),
        periodTo: z.string(),
        planNote: z.string(),
      }),
    )
    .default([]),
  // Pairs of koppelkansen the plan relates, smaller id first.
  koppelkansLinks: z.array(z.tuple([z.string(), z.string()])).default([]),
});
export type AreaProfileFile = z.infer<typeof profileSchema>;

export function readProfileFile(path: string): AreaProfileFile {
  return profileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const LOADED_KEY = 'profile.loaded';
const FACTS_KEY = 'profile.facts';
const FACTS_VERSION = '4';
// The facts version that first carried the organisations' caveats; a store without their columns stops before it.
const ORGANISATION_FACTS_VERSION = 4;

/** Fills an empty store with the profile; a second start finds the marker and does nothing. */
export function loadProfileOnce(db: Database, profile: AreaProfileFile, now = new Date()): boolean {
  const loaded = db.prepare('SELECT value FROM settings WHERE key = ?').get(LOADED_KEY);
  if (loaded) {
    if (hasPlanFactColumns(db)) addPlanFacts(db, profile);
    seedPlanMoney(db, profile.finances, now);
    return false;
  }
  db.transaction(() => {
    db.prepare('INSERT INTO area (id, name, municipality, programme, source) VALUES (1, ?, ?, ?, ?)').run(
      profile.area.name,
      profile.area.municipality,
      profile.area.programme,
      profile.source,
    );
    const insertTheme = db.prepare('INSERT INTO themes (id, name, ambition, position) VALUES (?, ?, ?, ?)');
    for (const t of profile.themes) insertTheme.run(t.key, t.name, t.ambition, t.position);
    const insertWijk = db.prepare('INSERT INTO wijken (id, name, identity, position) VALUES (?, ?, ?, ?)');
    for (const w of profile.wijken) insertWijk.run(w.key, w.name, w.identity, w.position);

    const checklistId = db
      .prepare('INSERT INTO checklists (name, version, is_current, created_at) VALUES (?, 1, 1, ?)')
      .run(profile.checklist.name, now.toISOString()).lastInsertRowid;
    const insertItem = db.prepare(
      'INSERT INTO checklist_items (checklist_id, key, position, question) VALUES (?, ?, ?, ?)',
    );
    for (const item of profile.checklist.items) insertItem.run(checklistId, item.key, item.position, item.question);

    const insertOrg = db.prepare('INSERT INTO organisations (name, sector) VALUES (?, ?)');
    const orgIds = new Map<string, number | bigint>();
    for (const o of profile.organisations) orgIds.set(o.name, insertOrg.run(o.name, o.sector).lastInsertRowid);
    const insertPerson = db.prepare('INSERT INTO people (name, organisation_id, role) VALUES (?, ?, ?)');
    for (const p of profile.people) {
      const orgId = orgIds.get(p.organisation);
      if (orgId === undefined) throw new Error(`Profile: person ${p.name} names unknown organisation ${p.organisation}`);
      insertPerson.run(p.name, orgId, p.role);
    }
    // The signatories are the coalition's members (a store of an older schema has no bodies yet: its
    // migration makes them members).
    if (hasBodies(db)) {
      db.prepare(
        `INSERT INTO memberships (body_id, person_id, role)
         SELECT (SELECT id FROM bodies WHERE kind = 'coalitie'), id, role FROM people ORDER BY id`,
      ).run();
    }

    const insertIntervention = db.prepare(
      `INSERT INTO interventions (id, title, kind, summary, description, partners, parent_id, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const linkTheme = db.prepare('INSERT INTO intervention_themes (intervention_id, theme_id) VALUES (?, ?)');
    const linkWijk = db.prepare('INSERT INTO intervention_wijken (intervention_id, wijk_id) VALUES (?, ?)');
    profile.interventions.forEach((i, index) => {
      insertIntervention.run(i.key, i.title, i.kind, i.summary, i.description, JSON.stringify(i.partners), i.parentKey, index + 1);
      for (const t of i.themes) linkTheme.run(i.key, t);
      for (const w of i.wijken) linkWijk.run(i.key, w);
    });

    // Before the marker: an archive import recognises a new store by nothing changed after it.
    if (hasPlanFactColumns(db)) {
      seedPlanFacts(db, profile);
      addPlanFacts(db, profile);
    }
    seedPlanMoney(db, profile.finances, now);
    if (hasTrackColumns(db)) seedTracks(db, profile, now.toISOString());
    if (hasTable(db, 'intervention_links')) {
      const link = db.prepare('INSERT INTO intervention_links (a_id, b_id, from_plan) VALUES (?, ?, 1)');
      for (const [a, b] of profile.koppelkansLinks) link.run(a, b);
    }
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(LOADED_KEY, `${profile.source} @ ${now.toISOString()}`);
  })();
  return true;
}

const hasBodies = (db: Database): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'memberships'`).get() !== undefined;

// The caveat columns arrive with a later migration; a store opened with fewer migrations (tests of
// older schemas) is seeded without them, and that migration fills them for the seeded rows.
const hasPlanFactColumns = (db: Database): boolean =>
  db.prepare(`SELECT 1 FROM pragma_table_info('interventions') WHERE name = 'plan_note'`).get() !== undefined;

// Like the caveat columns: a store at an older schema gets the tracks from the migration that adds the columns.
const hasTrackColumns = (db: Database): boolean =>
  db.prepare(`SELECT 1 FROM pragma_table_info('plans') WHERE name = 'track_key'`).get() !== undefined;

const hasOrganisationFactColumns = (db: Database): boolean =>
  db.prepare(`SELECT 1 FROM pragma_table_info('organisations') WHERE name = 'sector_inferred'`).get() !== undefined;

const hasTable = (db: Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

function seedTracks(db: Database, profile: AreaProfileFile, now: string): void {
  const insert = db.prepare(
    `INSERT INTO plans (kind, title, period_from, period_to, status, description, created_at, updated_at, track_key, position, plan_note)
     VALUES ('aan-de-slag', ?, ?, ?, 'lopend', ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of profile.tracks) insert.run(t.title, t.periodFrom, t.periodTo, t.description, now, now, t.key, t.position, t.planNote);
}

function seedPlanFacts(db: Database, profile: AreaProfileFile): void {
  const theme = db.prepare('UPDATE themes SET status = ?, inferred = ?, caveat = ? WHERE id = ?');
  for (const t of profile.themes) theme.run(t.status, t.inferred ? 1 : 0, t.caveat, t.key);
  const wijk = db.prepare('UPDATE wijken SET in_area = ?, caveat = ? WHERE id = ?');
  for (const w of profile.wijken) wijk.run(w.inArea ? 1 : 0, w.caveat, w.key);
  const intervention = db.prepare('UPDATE interventions SET themes_inferred = ?, status = coalesce(?, status) WHERE id = ?');
  for (const i of profile.interventions) intervention.run(i.themesInferred ? 1 : 0, i.status, i.key);
}

/**
 * The plan's caveats on the organisations it lists: an inferred sector is marked while the sector is still the
 * profile's (a sector the coalition set is its own), the plan's note joins an organisation that has none.
 */
function markOrganisations(db: Database, profile: AreaProfileFile): void {
  const mark = db.prepare('UPDATE organisations SET sector_inferred = 1 WHERE name = ? AND sector IS ? AND sector_inferred = 0');
  const note = db.prepare('UPDATE organisations SET plan_note = coalesce(plan_note, ?) WHERE name = ?');
  for (const o of profile.organisations) {
    if (o.sectorInferred) mark.run(o.name, o.sector);
    if (o.planNote) note.run(o.planNote, o.name);
  }
}

/**
 * A store seeded before the profile carried the plan's caveats and its wording of why a koppelkans makes
 * the difference gets them once, for the seeded rows only, without touching what the coalition wrote.
 */
function addPlanFacts(db: Database, profile: AreaProfileFile): void {
  const done = db.prepare('SELECT value FROM settings WHERE key = ?').get(FACTS_KEY) as { value: string } | undefined;
  if (done?.value === FACTS_VERSION) return;
  const organisationColumns = hasOrganisationFactColumns(db);
  db.transaction(() => {
    // Once, for a store seeded before the organisations' caveats: after that a sector the coalition set back to
    // the profile's value is its own choice, not the plan's inference.
    if (organisationColumns && Number(done?.value ?? 0) < ORGANISATION_FACTS_VERSION) markOrganisations(db, profile);
    // A theme the profile came to mark as inferred after the store was seeded (the row has no plan note
    // yet) is marked too, while its themes are still the profile's: a choice of the coalition stays its own.
    const themesOf = db.prepare('SELECT theme_id FROM intervention_themes WHERE intervention_id = ? ORDER BY theme_id').pluck();
    const markInferred = db.prepare('UPDATE interventions SET themes_inferred = 1 WHERE id = ? AND themes_inferred = 0 AND plan_note IS NULL');
    for (const i of profile.interventions) {
      if (i.themesInferred && (themesOf.all(i.key) as string[]).join() === [...i.themes].sort().join()) markInferred.run(i.key);
    }
    const update = db.prepare(
      `UPDATE interventions SET why = CASE WHEN why = '' THEN ? ELSE why END, plan_note = coalesce(plan_note, ?) WHERE id = ?`,
    );
    for (const i of profile.interventions) if (i.why || i.planNote) update.run(i.why, i.planNote, i.key);
    const theme = db.prepare('UPDATE themes SET caveat = coalesce(caveat, ?) WHERE id = ?');
    for (const t of profile.themes) theme.run(t.caveat, t.key);
    const wijk = db.prepare('UPDATE wijken SET caveat = coalesce(caveat, ?) WHERE id = ?');
    for (const w of profile.wijken) wijk.run(w.caveat, w.key);
    // A store at a schema without the organisations' caveat columns (tests of older migrations) gets them later.
    db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(FACTS_KEY, organisationColumns ? FACTS_VERSION : String(ORGANISATION_FACTS_VERSION - 1));
  })();
}
