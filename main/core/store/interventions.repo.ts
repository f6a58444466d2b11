// Interventions with status, trekkers, partners, the monitoring chain and prestaties (agreed vs delivered).
// The embedded profile's interventions live in the same table (see profile.loader.ts and 0005-registers).
import type { Db } from './connection';
import type { InterventionKind } from '../../../shared/domain';
import {
  ACTIVE_INTERVENTION_STATUSES,
  MIN_TREKKERS_PER_THEME,
  REGISTER_KINDS,
  type InterventionDetail,
  type InterventionListEntry,
  type MonitoringChain,
  type InterventionStatus,
  type NamedRef,
  type Prestatie,
  type RegisterKind,
  type ThemeTrekkerGap,
} from '../../../shared/registers';
import { groupPairs, type Pair } from './profile.repo';
import { ACTIVE_ON } from './bodies.repo';

type InterventionRow = Pick<InterventionDetail, 'id' | 'why' | 'planNote' | keyof MonitoringChain> &
  Omit<InterventionFields, 'partners'> & {
    partners: string; // JSON array of free-text names
    themesInferred: number;
  };

export type InterventionFields = Pick<InterventionDetail, 'title' | 'kind' | 'status' | 'summary' | 'description' | 'partners' | 'parentId'>;

export interface InterventionFilters {
  themeId?: string | undefined;
  wijkId?: string | undefined;
  status?: InterventionStatus | undefined;
  kind?: InterventionKind | undefined;
  q?: string | undefined;
}

const SELECT = `
  SELECT i.id, i.title, i.kind, i.status, i.summary, i.description, i.partners, i.parent_id AS parentId,
         i.themes_inferred AS themesInferred, i.why, i.plan_note AS planNote, i.goal, i.means, i.results, i.impact
  FROM interventions i`;

/** Escapes LIKE wildcards so a search for "50%" finds "50%", bound with ESCAPE '\'. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listInterventions(db: Db, f: InterventionFilters = {}): InterventionListEntry[] {
  const rows = db
    .prepare(
      `${SELECT}
       WHERE (:themeId IS NULL OR EXISTS (SELECT 1 FROM intervention_themes x WHERE x.intervention_id = i.id AND x.theme_id = :themeId))
         AND (:wijkId IS NULL OR EXISTS (SELECT 1 FROM intervention_wijken x WHERE x.intervention_id = i.id AND x.wijk_id = :wijkId))
         AND (:status IS NULL OR i.status = :status)
         AND (:kind IS NULL OR i.kind = :kind)
         AND (:q IS NULL OR i.title LIKE :q ESCAPE '\\' OR i.summary LIKE :q ESCAPE '\\' OR i.description LIKE :q ESCAPE '\\')
       ORDER BY i.position, i.id`,
    )
    .all({
      themeId: f.themeId ?? null,
      wijkId: f.wijkId ?? null,
      status: f.status ?? null,
      kind: f.kind ?? null,
      q: f.q ? likePattern(f.q) : null,
    }) as InterventionRow[];
  return toListEntries(db, rows);
}

function toListEntries(db: Db, rows: InterventionRow[]): InterventionListEntry[] {
  if (rows.length === 0) return [];
  // A fixed number of queries for the whole list.
  const themes = groupPairs<string>(db.prepare('SELECT intervention_id AS a, theme_id AS b FROM intervention_themes').all() as Pair[]);
  const wijken = groupPairs<string>(db.prepare('SELECT intervention_id AS a, wijk_id AS b FROM intervention_wijken').all() as Pair[]);
  const trekkers = new Map<string, NamedRef[]>();
  for (const t of db
    .prepare(
      `SELECT t.intervention_id AS interventionId, p.id, p.name FROM intervention_trekkers t
       JOIN people p ON p.id = t.person_id ORDER BY p.name COLLATE NOCASE`,
    )
    .all() as (NamedRef & { interventionId: string })[]) {
    const list = trekkers.get(t.interventionId) ?? [];
    list.push({ id: t.id, name: t.name });
    trekkers.set(t.interventionId, list);
  }
  const prestaties = new Map(
    (
      db
        .prepare(
          `SELECT intervention_id AS id, count(*) AS n,
                  sum(agreed_number IS NOT NULL AND delivered_number IS NOT NULL AND delivered_number >= agreed_number) AS met
           FROM prestaties GROUP BY intervention_id`,
        )
        .all() as { id: string; n: number; met: number }[]
    ).map((r) => [r.id, r]),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    summary: r.summary,
    parentId: r.parentId,
    themeIds: themes.get(r.id) ?? [],
    themesInferred: r.themesInferred === 1,
    wijkIds: wijken.get(r.id) ?? [],
    trekkers: trekkers.get(r.id) ?? [],
    prestatieCount: prestaties.get(r.id)?.n ?? 0,
    prestatiesMet: prestaties.get(r.id)?.met ?? 0,
  }));
}

export function getInterventionDetail(db: Db, id: string): InterventionDetail | null {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as InterventionRow | undefined;
  if (!row) return null;
  const entry = toListEntries(db, [row])[0]!;
  const partnerOrganisations = db
    .prepare(
      `SELECT o.id, o.name FROM intervention_partners x JOIN organisations o ON o.id = x.organisation_id
       WHERE x.intervention_id = ? ORDER BY o.name COLLATE NOCASE`,
    )
    .all(id) as NamedRef[];
  const children = db
    .prepare('SELECT id, title, kind, status FROM interventions WHERE parent_id = ? ORDER BY position, id')
    .all(id) as InterventionDetail['children'];
  const planIds = db
    .prepare('SELECT plan_id FROM plan_interventions WHERE intervention_id = ? ORDER BY plan_id')
    .pluck()
    .all(id) as number[];
  const counts = Object.fromEntries(REGISTER_KINDS.map((k) => [k, 0])) as Record<RegisterKind, number>;
  for (const c of db
    .prepare(
      `SELECT e.kind, count(*) AS n FROM register_entry_interventions x JOIN register_entries e ON e.id = x.register_entry_id
       WHERE x.intervention_id = ? GROUP BY e.kind`,
    )
    .all(id) as { kind: RegisterKind; n: number }[]) {
    counts[c.kind] = c.n;
  }
  return {
    ...entry,
    description: row.description,
    why: row.why,
    planNote: row.planNote,
    partners: parsePartners(row.partners),
    partnerOrganisations,
    goal: row.goal,
    means: row.means,
    results: row.results,
    impact: row.impact,
    prestaties: listPrestaties(db, id),
    children,
    planIds,
    registerCounts: counts,
  };
}

function parsePartners(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function interventionExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM interventions WHERE id = ?').get(id) !== undefined;
}

export function parentOf(db: Db, id: string): string | null {
  const row = db.prepare('SELECT parent_id AS parentId FROM interventions WHERE id = ?').get(id) as { parentId: string | null } | undefined;
  return row?.parentId ?? null;
}

export function insertIntervention(db: Db, id: string, f: InterventionFields, now: string): void {
  const next = db.prepare('SELECT coalesce(max(position), 0) + 1 FROM interventions').pluck().get() as number;
  db.prepare(
    `INSERT INTO interventions (id, title, kind, status, summary, description, partners, parent_id, position, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, f.title, f.kind, f.status, f.summary, f.description, JSON.stringify(f.partners), f.parentId, next, now);
}

export function updateIntervention(db: Db, id: string, f: InterventionFields, now: string): void {
  db.prepare(
    `UPDATE interventions SET title = ?, kind = ?, status = ?, summary = ?, description = ?, partners = ?, parent_id = ?,
            updated_at = ?
     WHERE id = ?`,
  ).run(f.title, f.kind, f.status, f.summary, f.description, JSON.stringify(f.partners), f.parentId, now, id);
}

export function setStatus(db: Db, id: string, status: InterventionStatus, now: string): void {
  db.prepare('UPDATE interventions SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function setChain(db: Db, id: string, c: { goal: string; means: string; results: string; impact: string }, now: string): void {
  db.prepare('UPDATE interventions SET goal = ?, means = ?, results = ?, impact = ?, updated_at = ? WHERE id = ?').run(
    c.goal,
    c.means,
    c.results,
    c.impact,
    now,
    id,
  );
}

export function replaceThemesAndWijken(db: Db, id: string, themeIds: readonly string[], wijkIds: readonly string[]): void {
  const before = db.prepare('SELECT theme_id FROM intervention_themes WHERE intervention_id = ?').pluck().all(id) as string[];
  const after = new Set(themeIds);
  // Themes the coalition chose itself are no longer the extraction's inference.
  if (before.length !== after.size || before.some((t) => !after.has(t))) {
    db.prepare('UPDATE interventions SET themes_inferred = 0 WHERE id = ? AND themes_inferred = 1').run(id);
  }
  db.prepare('DELETE FROM intervention_themes WHERE intervention_id = ?').run(id);
  db.prepare('DELETE FROM intervention_wijken WHERE intervention_id = ?').run(id);
  const t = db.prepare('INSERT INTO intervention_themes (intervention_id, theme_id) VALUES (?, ?)');
  const w = db.prepare('INSERT INTO intervention_wijken (intervention_id, wijk_id) VALUES (?, ?)');
  for (const themeId of new Set(themeIds)) t.run(id, themeId);
  for (const wijkId of new Set(wijkIds)) w.run(id, wijkId);
}

export function replaceTrekkers(db: Db, id: string, personIds: readonly number[]): void {
  db.prepare('DELETE FROM intervention_trekkers WHERE intervention_id = ?').run(id);
  const insert = db.prepare('INSERT INTO intervention_trekkers (intervention_id, person_id) VALUES (?, ?)');
  for (const personId of new Set(personIds)) insert.run(id, personId);
}

export function replacePartners(db: Db, id: string, organisationIds: readonly number[]): void {
  db.prepare('DELETE FROM intervention_partners WHERE intervention_id = ?').run(id);
  const insert = db.prepare('INSERT INTO intervention_partners (intervention_id, organisation_id) VALUES (?, ?)');
  for (const organisationId of new Set(organisationIds)) insert.run(id, organisationId);
}

/**
 * Themes with fewer than two distinct trekkers (H5: "per inhoudelijk thema zijn minimaal twee professionals
 * aan elkaar gekoppeld als trekker"): the programmateam's trekkers of the theme on the day, and the trekkers
 * of its interventions. Trekkers of finished or stopped interventions no longer count; a theme still in
 * development asks for no trekkers yet.
 */
export function themeTrekkerGaps(db: Db, day: string): ThemeTrekkerGap[] {
  const active = ACTIVE_INTERVENTION_STATUSES;
  const rows = db
    .prepare(
      `SELECT t.id AS themeId, t.name AS themeName, p.id AS personId, p.name AS personName
       FROM themes t
       LEFT JOIN (
         SELECT it.theme_id AS themeId, tr.person_id AS personId
         FROM intervention_themes it
         JOIN interventions i ON i.id = it.intervention_id AND i.status IN (${active.map(() => '?').join(', ')})
         JOIN intervention_trekkers tr ON tr.intervention_id = i.id
         UNION
         SELECT ms.theme_id, ms.person_id FROM memberships ms
         WHERE ms.role = 'trekker' AND ms.body_id = (SELECT id FROM bodies WHERE kind = 'programmateam') AND ${ACTIVE_ON('ms', '?')}
       ) x ON x.themeId = t.id
       LEFT JOIN people p ON p.id = x.personId
       WHERE t.status = 'thema'
       ORDER BY t.position, p.name COLLATE NOCASE`,
    )
    .all(...active, day, day) as { themeId: string; themeName: string; personId: number | null; personName: string | null }[];
  const byTheme = new Map<string, ThemeTrekkerGap>();
  for (const r of rows) {
    const gap = byTheme.get(r.themeId) ?? { themeId: r.themeId, themeName: r.themeName, trekkerCount: 0, trekkers: [] };
    if (r.personId !== null && !gap.trekkers.some((t) => t.id === r.personId)) {
      gap.trekkers.push({ id: r.personId, name: r.personName ?? '' });
      gap.trekkerCount = gap.trekkers.length;
    }
    byTheme.set(r.themeId, gap);
  }
  return [...byTheme.values()].filter((g) => g.trekkerCount < MIN_TREKKERS_PER_THEME);
}

// ---- Prestaties ----

export type PrestatieFields = Omit<Prestatie, 'id' | 'interventionId' | 'position'>;

const PRESTATIE_SELECT = `
  SELECT id, intervention_id AS interventionId, description, agreed_number AS agreedNumber, agreed_text AS agreedText,
         delivered_number AS deliveredNumber, delivered_text AS deliveredText, period, position
  FROM prestaties`;

export function listPrestaties(db: Db, interventionId: string): Prestatie[] {
  return db.prepare(`${PRESTATIE_SELECT} WHERE intervention_id = ? ORDER BY position, id`).all(interventionId) as Prestatie[];
}

export function listAllPrestaties(db: Db): Prestatie[] {
  return db.prepare(`${PRESTATIE_SELECT} ORDER BY intervention_id, position, id`).all() as Prestatie[];
}

export function getPrestatie(db: Db, id: number): Prestatie | null {
  return (db.prepare(`${PRESTATIE_SELECT} WHERE id = ?`).get(id) as Prestatie | undefined) ?? null;
}

export function insertPrestatie(db: Db, interventionId: string, f: PrestatieFields): number {
  const next = db.prepare('SELECT coalesce(max(position), 0) + 1 FROM prestaties WHERE intervention_id = ?').pluck().get(interventionId) as number;
  return Number(
    db
      .prepare(
        `INSERT INTO prestaties (intervention_id, description, agreed_number, agreed_text, delivered_number, delivered_text, period, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(interventionId, f.description, f.agreedNumber, f.agreedText, f.deliveredNumber, f.deliveredText, f.period, next).lastInsertRowid,
  );
}

export function updatePrestatie(db: Db, id: number, f: PrestatieFields): void {
  db.prepare(
    `UPDATE prestaties SET description = ?, agreed_number = ?, agreed_text = ?, delivered_number = ?, delivered_text = ?, period = ?
     WHERE id = ?`,
  ).run(f.description, f.agreedNumber, f.agreedText, f.deliveredNumber, f.deliveredText, f.period, id);
}

export function deletePrestatie(db: Db, id: number): void {
  db.prepare('DELETE FROM prestaties WHERE id = ?').run(id);
}

export function touchIntervention(db: Db, id: string, now: string): void {
  db.prepare('UPDATE interventions SET updated_at = ? WHERE id = ?').run(now, id);
}
