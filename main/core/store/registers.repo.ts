// The registers the vinkjes ask about (ervaringsverhalen, bewonersfeedback, leerpunten, normen, successen),
// wijk profiles, and the register entries a vinkje answer cites.
import type { Db } from './connection';
import type { Links } from '../../../shared/domain';
import type { RegisterEntry, RegisterKind, WijkProfile } from '../../../shared/registers';
import { groupPairs, inJson, type Pair } from './profile.repo';
import { likePattern } from './interventions.repo';

type EntryRow = Omit<RegisterEntry, keyof Links>;
export type EntryFields = Omit<EntryRow, 'id' | 'citationCount' | 'updatedAt' | 'erasedAt'>;
export type EntryLinks = Links;

export interface EntryFilters {
  kinds?: readonly RegisterKind[] | undefined;
  themeIds?: readonly string[] | undefined;
  wijkIds?: readonly string[] | undefined;
  interventionIds?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  /** 'any' (the default): linked to any of the given themes, wijken or interventions; 'all': to each kind given. */
  linkMode?: 'any' | 'all' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const ENTRY_SELECT = `
  SELECT e.id, e.kind, e.date, e.title, e.text, e.source_kind AS sourceKind, e.source_name AS sourceName, e.kept,
         e.celebrated, e.celebration, e.grondslag, e.erased_at AS erasedAt, e.updated_at AS updatedAt,
         (SELECT count(*) FROM vinkje_answer_citations c WHERE c.register_entry_id = e.id) AS citationCount
  FROM register_entries e`;

const LINK_TABLES = {
  register_entry_themes: 'theme_id',
  register_entry_wijken: 'wijk_id',
  register_entry_interventions: 'intervention_id',
} as const;
type LinkTable = keyof typeof LINK_TABLES;

/** Finds entries by kind, period, text and links, newest first. */
export function findEntries(db: Db, f: EntryFilters = {}): RegisterEntry[] {
  const json = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? JSON.stringify(ids) : null);
  const themes = json(f.themeIds);
  const wijken = json(f.wijkIds);
  const interventions = json(f.interventionIds);
  const anyLink = themes !== null || wijken !== null || interventions !== null;
  const T = `EXISTS (SELECT 1 FROM register_entry_themes x WHERE x.register_entry_id = e.id AND x.theme_id IN ${inJson(':themes')})`;
  const W = `EXISTS (SELECT 1 FROM register_entry_wijken x WHERE x.register_entry_id = e.id AND x.wijk_id IN ${inJson(':wijken')})`;
  const I = `EXISTS (SELECT 1 FROM register_entry_interventions x
             WHERE x.register_entry_id = e.id AND x.intervention_id IN ${inJson(':interventions')})`;
  const rows = db
    .prepare(
      `${ENTRY_SELECT}
       WHERE (:kinds IS NULL OR e.kind IN ${inJson(':kinds')})
         AND (:from IS NULL OR e.date >= :from)
         AND (:to IS NULL OR e.date <= :to)
         AND (:q IS NULL OR e.title LIKE :q ESCAPE '\\' OR e.text LIKE :q ESCAPE '\\' OR e.source_name LIKE :q ESCAPE '\\')
         AND (:anyLink = 0
              OR (:all = 0 AND (${T} OR ${W} OR ${I}))
              OR (:all = 1 AND (:themes = '[]' OR ${T}) AND (:wijken = '[]' OR ${W}) AND (:interventions = '[]' OR ${I})))
       ORDER BY e.date DESC, e.id DESC
       LIMIT :limit OFFSET :offset`,
    )
    .all({
      kinds: f.kinds && f.kinds.length > 0 ? JSON.stringify(f.kinds) : null,
      from: f.from ?? null,
      to: f.to ?? null,
      q: f.q ? likePattern(f.q) : null,
      anyLink: anyLink ? 1 : 0,
      all: f.linkMode === 'all' ? 1 : 0,
      themes: themes ?? '[]',
      wijken: wijken ?? '[]',
      interventions: interventions ?? '[]',
      limit: f.limit ?? -1,
      offset: f.offset ?? 0,
    }) as EntryRow[];
  return withLinks(db, rows);
}

// ---- Evidence for a decision: bounded, whatever the registers hold ----

/** One vinkje's lookup: entries of these kinds linked to any of these interventions, themes or wijken, in a period. */
export interface EvidenceLookup {
  kinds: readonly RegisterKind[];
  themeIds: readonly string[];
  wijkIds: readonly string[];
  interventionIds: readonly string[];
  from?: string | undefined;
  to: string;
}

/** What one vinkje looks up within the decision's scope (up to the meeting). */
export interface EvidenceSpec {
  key: string;
  kinds: readonly RegisterKind[];
  from: string | null;
  /** Only entries linked to the decision's interventions, not to its themes or wijken. */
  interventionsOnly: boolean;
}

/** How many matching entries there are per kind, source, norm state and celebration: what the summaries say. */
export type EvidenceTally = Pick<RegisterEntry, 'kind' | 'sourceKind' | 'kept' | 'celebrated'> & { n: number };

export interface EvidenceFound {
  /** Per spec key: the counts over all matching entries. */
  tallies: Map<string, EvidenceTally[]>;
  /** Per spec key: the newest matching entries, at most the limit, newest first. */
  newest: Map<string, RegisterEntry[]>;
}

// The decision's entries are found once, from the link tables' indexes on intervention, theme and wijk (each
// covers the entry id), then each entry by its rowid: the cost follows this decision's links, not the archive.
// That set is materialised once, and every vinkje's spec (kinds, period, interventions only) is applied to it:
// one query gives the counts per vinkje and, by ROW_NUMBER per vinkje, the ids of the newest `limit`.
export const EVIDENCE_SQL = `
  WITH matched(id, via) AS (
    SELECT register_entry_id, 1 FROM register_entry_interventions WHERE intervention_id IN ${inJson(':interventions')}
    UNION ALL SELECT register_entry_id, 0 FROM register_entry_themes WHERE theme_id IN ${inJson(':themes')}
    UNION ALL SELECT register_entry_id, 0 FROM register_entry_wijken WHERE wijk_id IN ${inJson(':wijken')}
  ),
  linked AS MATERIALIZED (
    SELECT m.id, max(m.via) AS viaIntervention, e.kind, e.date, e.source_kind, e.kept, e.celebrated
    FROM matched m CROSS JOIN register_entries e ON e.id = m.id
    WHERE e.date <= :to
    GROUP BY m.id
  ),
  specs(spec, kind, since, interventionsOnly) AS MATERIALIZED (
    SELECT s.value ->> 'key', k.value, s.value ->> 'from', s.value ->> 'interventionsOnly'
    FROM json_each(:specs) s, json_each(s.value -> 'kinds') k
  ),
  hits AS MATERIALIZED (
    SELECT s.spec, l.id, l.kind, l.date, l.source_kind, l.kept, l.celebrated
    FROM specs s JOIN linked l ON l.kind = s.kind
    WHERE (s.since IS NULL OR l.date >= s.since) AND (s.interventionsOnly = 0 OR l.viaIntervention = 1)
  )
  SELECT spec, 0 AS rn, NULL AS id, kind, source_kind AS sourceKind, kept, celebrated, count(*) AS n
  FROM hits GROUP BY spec, kind, source_kind, kept, celebrated
  UNION ALL
  SELECT spec, rn, id, NULL, NULL, NULL, NULL, NULL
  FROM (SELECT spec, id, ROW_NUMBER() OVER (PARTITION BY spec ORDER BY date DESC, id DESC) AS rn FROM hits)
  WHERE rn <= :limit`;

type EvidenceRow = { spec: string; rn: number; id: number | null } & EvidenceTally;

/** One query for all vinkjes of a decision: the counts per vinkje, and per vinkje the newest `limit` ids. */
export function findEvidence(
  db: Db,
  scope: { interventionIds: readonly string[]; themeIds: readonly string[]; wijkIds: readonly string[] },
  to: string,
  specs: readonly EvidenceSpec[],
  limit: number,
): EvidenceFound {
  const tallies = new Map<string, EvidenceTally[]>(specs.map((s) => [s.key, []]));
  const newest = new Map<string, RegisterEntry[]>(specs.map((s) => [s.key, []]));
  if (specs.length === 0) return { tallies, newest };
  const rows = db.prepare(EVIDENCE_SQL).all({
    interventions: JSON.stringify(scope.interventionIds),
    themes: JSON.stringify(scope.themeIds),
    wijken: JSON.stringify(scope.wijkIds),
    specs: JSON.stringify(specs.map((s) => ({ key: s.key, kinds: s.kinds, from: s.from, interventionsOnly: s.interventionsOnly ? 1 : 0 }))),
    to,
    limit,
  }) as EvidenceRow[];
  const picked: { spec: string; rn: number; id: number }[] = [];
  for (const { spec, rn, id, kind, sourceKind, kept, celebrated, n } of rows) {
    if (id === null) tallies.get(spec)?.push({ kind, sourceKind, kept, celebrated, n });
    else picked.push({ spec, rn, id });
  }
  if (picked.length === 0) return { tallies, newest };
  picked.sort((a, b) => a.rn - b.rn);
  const entryRows = db.prepare(`${ENTRY_SELECT} WHERE e.id IN ${inJson('?')}`).all(JSON.stringify([...new Set(picked.map((p) => p.id))])) as EntryRow[];
  const byId = new Map(withLinks(db, entryRows).map((e) => [e.id, e]));
  for (const p of picked) {
    const e = byId.get(p.id);
    if (e) newest.get(p.spec)?.push(e);
  }
  return { tallies, newest };
}

export function getEntry(db: Db, id: number): RegisterEntry | null {
  const row = db.prepare(`${ENTRY_SELECT} WHERE e.id = ?`).get(id) as EntryRow | undefined;
  return row ? withLinks(db, [row])[0]! : null;
}

function withLinks(db: Db, rows: EntryRow[]): RegisterEntry[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const of = (table: LinkTable) =>
    groupPairs<number>(
      // Table and column names come from the LINK_TABLES allow-list, never from input.
      db
        .prepare(`SELECT register_entry_id AS a, ${LINK_TABLES[table]} AS b FROM ${table} WHERE register_entry_id IN ${inJson('?')}`)
        .all(ids) as Pair[],
    );
  const themes = of('register_entry_themes');
  const wijken = of('register_entry_wijken');
  const interventions = of('register_entry_interventions');
  return rows.map((r) => ({
    ...r,
    themeIds: themes.get(r.id) ?? [],
    wijkIds: wijken.get(r.id) ?? [],
    interventionIds: interventions.get(r.id) ?? [],
  }));
}

export function insertEntry(db: Db, f: EntryFields, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO register_entries (kind, date, title, text, source_kind, source_name, kept, celebrated, celebration, grondslag, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.kind, f.date, f.title, f.text, f.sourceKind, f.sourceName, f.kept, f.celebrated, f.celebration, f.grondslag, now, now).lastInsertRowid,
  );
}

export function updateEntry(db: Db, id: number, f: EntryFields, now: string): void {
  db.prepare(
    `UPDATE register_entries SET kind = ?, date = ?, title = ?, text = ?, source_kind = ?, source_name = ?, kept = ?,
            celebrated = ?, celebration = ?, grondslag = ?, updated_at = ?
     WHERE id = ?`,
  ).run(f.kind, f.date, f.title, f.text, f.sourceKind, f.sourceName, f.kept, f.celebrated, f.celebration, f.grondslag, now, id);
}

export function replaceEntryLinks(db: Db, id: number, links: EntryLinks): void {
  db.prepare('DELETE FROM register_entry_themes WHERE register_entry_id = ?').run(id);
  db.prepare('DELETE FROM register_entry_wijken WHERE register_entry_id = ?').run(id);
  db.prepare('DELETE FROM register_entry_interventions WHERE register_entry_id = ?').run(id);
  const t = db.prepare('INSERT INTO register_entry_themes (register_entry_id, theme_id) VALUES (?, ?)');
  const w = db.prepare('INSERT INTO register_entry_wijken (register_entry_id, wijk_id) VALUES (?, ?)');
  const i = db.prepare('INSERT INTO register_entry_interventions (register_entry_id, intervention_id) VALUES (?, ?)');
  for (const themeId of new Set(links.themeIds)) t.run(id, themeId);
  for (const wijkId of new Set(links.wijkIds)) w.run(id, wijkId);
  for (const interventionId of new Set(links.interventionIds)) i.run(id, interventionId);
}

export function deleteEntry(db: Db, id: number): void {
  db.prepare('DELETE FROM register_entries WHERE id = ?').run(id);
}

export function countEntriesByKind(db: Db, from: string, to: string, wijkId: string | null): Record<RegisterKind, number> {
  const rows = db
    .prepare(
      `SELECT kind, count(*) AS n FROM register_entries e
       WHERE e.date >= ? AND e.date <= ?
         AND (? IS NULL OR EXISTS (SELECT 1 FROM register_entry_wijken x WHERE x.register_entry_id = e.id AND x.wijk_id = ?))
       GROUP BY kind`,
    )
    .all(from, to, wijkId, wijkId) as { kind: RegisterKind; n: number }[];
  const counts = { ervaringsverhaal: 0, bewonersfeedback: 0, leerpunt: 0, norm: 0, succes: 0 };
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}

// ---- Citations ----

export interface CitationRow {
  agendaItemId: number;
  checklistItemId: number;
  registerEntryId: number;
}

export function citedEntryIds(db: Db, agendaItemId: number): CitationRow[] {
  return db
    .prepare(
      `SELECT agenda_item_id AS agendaItemId, checklist_item_id AS checklistItemId, register_entry_id AS registerEntryId
       FROM vinkje_answer_citations WHERE agenda_item_id = ?`,
    )
    .all(agendaItemId) as CitationRow[];
}

/** Replaces the set of entries cited for one vinkje of one decision; copies what the board saw. */
export function replaceCitations(db: Db, agendaItemId: number, checklistItemId: number, entries: readonly RegisterEntry[], now: string): void {
  db.prepare('DELETE FROM vinkje_answer_citations WHERE agenda_item_id = ? AND checklist_item_id = ?').run(agendaItemId, checklistItemId);
  const insert = db.prepare(
    `INSERT INTO vinkje_answer_citations (agenda_item_id, checklist_item_id, register_entry_id, kind, title, date, cited_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of entries) insert.run(agendaItemId, checklistItemId, e.id, e.kind, e.title, e.date, now);
}

// ---- Wijk profiles ----

export function listWijkProfiles(db: Db): WijkProfile[] {
  return (
    db
    .prepare(
      `SELECT w.id, w.name, w.identity, w.characteristics, w.pride, w.in_area AS inArea, w.caveat,
              (SELECT count(*) FROM intervention_wijken x WHERE x.wijk_id = w.id) AS interventionCount,
              (SELECT count(*) FROM register_entry_wijken x WHERE x.wijk_id = w.id) AS registerEntryCount
       FROM wijken w ORDER BY w.position`,
    )
    .all() as (Omit<WijkProfile, 'inArea'> & { inArea: number })[]
  ).map((w) => ({ ...w, inArea: w.inArea === 1 }));
}

export function getWijkProfile(db: Db, id: string): WijkProfile | null {
  return listWijkProfiles(db).find((w) => w.id === id) ?? null;
}

export function updateWijkProfile(db: Db, id: string, p: { identity: string; characteristics: string; pride: string }): void {
  db.prepare('UPDATE wijken SET identity = ?, characteristics = ?, pride = ? WHERE id = ?').run(p.identity, p.characteristics, p.pride, id);
}
