// Reads the area profile: themes, wijken, the current checklist and the interventions.
import type { Db } from './connection';
import type { Checklist, ChecklistItem, InterventionKind, InterventionSummary, Profile, Theme, Wijk } from '../../../shared/domain';

interface ChecklistRow {
  id: number;
  name: string;
  version: number;
}

export function getChecklist(db: Db, checklistId: number): Checklist | null {
  const row = db.prepare('SELECT id, name, version FROM checklists WHERE id = ?').get(checklistId) as ChecklistRow | undefined;
  if (!row) return null;
  const items = db
    .prepare('SELECT id, key, position, question FROM checklist_items WHERE checklist_id = ? ORDER BY position')
    .all(checklistId) as ChecklistItem[];
  return { ...row, items };
}

export function currentChecklistId(db: Db): number | null {
  const row = db.prepare('SELECT id FROM checklists WHERE is_current = 1 ORDER BY version DESC LIMIT 1').get() as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

export function getProfile(db: Db): Profile {
  const area = db.prepare('SELECT name, municipality, programme FROM area WHERE id = 1').get() as
    | { name: string; municipality: string; programme: string }
    | undefined;
  const themes = (
    db.prepare('SELECT id, name, ambition, status, inferred, caveat FROM themes ORDER BY position').all() as (Omit<Theme, 'inferred'> & {
      inferred: number;
    })[]
  ).map((t) => ({ ...t, inferred: t.inferred === 1 }));
  const wijken = (
    db.prepare('SELECT id, name, identity, in_area AS inArea, caveat FROM wijken ORDER BY position').all() as (Omit<Wijk, 'inArea'> & {
      inArea: number;
    })[]
  ).map((w) => ({ ...w, inArea: w.inArea === 1 }));
  const checklistId = currentChecklistId(db);
  const checklist = (checklistId !== null && getChecklist(db, checklistId)) || { id: 0, name: '', version: 0, items: [] };
  return {
    areaName: area?.name ?? '',
    municipality: area?.municipality ?? '',
    programme: area?.programme ?? '',
    themes,
    wijken,
    checklist,
    interventions: listInterventions(db),
  };
}

function listInterventions(db: Db): InterventionSummary[] {
  const rows = db
    .prepare('SELECT id, title, kind, summary, parent_id AS parentId FROM interventions ORDER BY position')
    .all() as { id: string; title: string; kind: InterventionKind; summary: string; parentId: string | null }[];
  const themes = groupPairs(db.prepare('SELECT intervention_id AS a, theme_id AS b FROM intervention_themes').all() as Pair[]);
  const wijken = groupPairs(db.prepare('SELECT intervention_id AS a, wijk_id AS b FROM intervention_wijken').all() as Pair[]);
  return rows.map((r) => ({ ...r, themeIds: themes.get(r.id) ?? [], wijkIds: wijken.get(r.id) ?? [] }));
}

export interface Pair {
  a: string | number;
  b: string;
}
/** `x IN ${inJson('?')}` with a JSON array bound as one value: a filter on many ids stays one prepared statement. */
export const inJson = (param: string) => `(SELECT value FROM json_each(${param}))`;

export function groupPairs<K extends string | number>(pairs: Pair[]): Map<K, string[]> {
  const map = new Map<K, string[]>();
  for (const { a, b } of pairs) {
    const list = map.get(a as K);
    if (list) list.push(b);
    else map.set(a as K, [b]);
  }
  return map;
}

export function existingIds(db: Db, table: 'themes' | 'wijken' | 'interventions', ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  // The table name comes from the allow-list in the signature; the ids are bound.
  const rows = db
    .prepare(`SELECT id FROM ${table} WHERE id IN (${ids.map(() => '?').join(', ')})`)
    .all(...ids) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

// ---- Names, for labels and lookups ----

export const listThemeNames = (db: Db): { id: string; name: string }[] =>
  db.prepare('SELECT id, name FROM themes ORDER BY position').all() as { id: string; name: string }[];

export const listWijkNames = (db: Db): { id: string; name: string }[] =>
  db.prepare('SELECT id, name FROM wijken ORDER BY position').all() as { id: string; name: string }[];

export const themeName = (db: Db, id: string): string | undefined =>
  db.prepare('SELECT name FROM themes WHERE id = ?').pluck().get(id) as string | undefined;
