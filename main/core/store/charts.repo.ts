// The reads behind the charts: vinkjes counts per meeting and per theme over a period (from the counts of
// migration 0007, or from the answers themselves), and interventions per theme and status.
import type { Db } from './connection';
import type { Answer } from '../../../shared/domain';
import type { AnswerCounts, InterventionStatus, VinkjesChart } from '../../../shared/registers';

/** A period's bounds as query parameters: `toNext` is the day after the inclusive end. */
export interface PeriodParams {
  from: string | null;
  toNext: string | null;
}

/**
 * Meetings in [from, to] by their date; both ends optional. The bounds are compared with starts_at itself so the
 * meetings(starts_at) index finds the range: a meeting on `from` starts with that date and sorts after it, and
 * every meeting on `to` sorts before the next day. Open ends coalesce to bounds outside every date.
 */
const IN_PERIOD = `m.starts_at >= coalesce(:from, '0000') AND m.starts_at < coalesce(:toNext, '9999')`;

/**
 * The agenda items of the meetings in the period: only these are looked up in the theme links. A decision's themes
 * are its own and those of its interventions — the same scope the evidence uses; the UNION counts a theme reached
 * both ways once.
 */
const ITEMS_IN_PERIOD = `items AS (SELECT a.id FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id WHERE ${IN_PERIOD})`;
const ITEM_THEMES = `item_themes AS (
    SELECT x.agenda_item_id AS item_id, x.theme_id FROM agenda_item_themes x WHERE x.agenda_item_id IN (SELECT id FROM items)
    UNION
    SELECT ai.agenda_item_id, it.theme_id FROM agenda_item_interventions ai
    JOIN intervention_themes it ON it.intervention_id = ai.intervention_id
    WHERE ai.agenda_item_id IN (SELECT id FROM items))`;

/** Counts of one checklist item in one meeting, or in one theme over the period. */
export type MeetingCountRow = { checklistItemId: number; meetingId: number } & AnswerCounts;
export type ThemeCountRow = { themeId: string; checklistItemId: number } & AnswerCounts;
/** One answer's count, as counted from the answers themselves. */
export type AnswerCountRow = { checklistItemId: number; answer: Answer; n: number };

/** The meetings of the period that hold at least one answer, by date. */
export function meetingsWithAnswers(db: Db, params: PeriodParams): VinkjesChart['meetings'] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, m.title, m.starts_at AS startsAt FROM meetings m
       WHERE ${IN_PERIOD} AND EXISTS (SELECT 1 FROM vinkje_meeting_counts c WHERE c.meeting_id = m.id)
       ORDER BY m.starts_at, m.id`,
    )
    .all(params) as VinkjesChart['meetings'];
}

export function meetingCounts(db: Db, params: PeriodParams): MeetingCountRow[] {
  return db
    .prepare(
      `SELECT c.checklist_item_id AS checklistItemId, c.meeting_id AS meetingId, c.ja, c.deels, c.nee, c.nvt
       FROM meetings m JOIN vinkje_meeting_counts c ON c.meeting_id = m.id WHERE ${IN_PERIOD}`,
    )
    .all(params) as MeetingCountRow[];
}

export function themeCounts(db: Db, params: PeriodParams): ThemeCountRow[] {
  return db
    .prepare(
      `SELECT c.theme_id AS themeId, c.checklist_item_id AS checklistItemId,
              sum(c.ja) AS ja, sum(c.deels) AS deels, sum(c.nee) AS nee, sum(c.nvt) AS nvt
       FROM meetings m JOIN vinkje_theme_counts c ON c.meeting_id = m.id WHERE ${IN_PERIOD}
       GROUP BY c.theme_id, c.checklist_item_id`,
    )
    .all(params) as ThemeCountRow[];
}

// ---- The same, counted from the answers and theme links themselves (as before migration 0007; tests only) ----

export function meetingsWithAnswersFromAnswers(db: Db, params: PeriodParams): VinkjesChart['meetings'] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, m.title, m.starts_at AS startsAt FROM meetings m
       WHERE ${IN_PERIOD}
         AND EXISTS (SELECT 1 FROM agenda_items a JOIN vinkje_answers v ON v.agenda_item_id = a.id WHERE a.meeting_id = m.id)
       ORDER BY m.starts_at, m.id`,
    )
    .all(params) as VinkjesChart['meetings'];
}

export function meetingAnswerCounts(db: Db, params: PeriodParams): (AnswerCountRow & { meetingId: number })[] {
  return db
    .prepare(
      `SELECT v.checklist_item_id AS checklistItemId, m.id AS meetingId, v.answer, count(*) AS n
       FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id JOIN vinkje_answers v ON v.agenda_item_id = a.id
       WHERE ${IN_PERIOD} GROUP BY m.id, v.checklist_item_id, v.answer`,
    )
    .all(params) as (AnswerCountRow & { meetingId: number })[];
}

export function themeAnswerCounts(db: Db, params: PeriodParams): (AnswerCountRow & { themeId: string })[] {
  return db
    .prepare(
      `WITH ${ITEMS_IN_PERIOD}, ${ITEM_THEMES}
       SELECT x.theme_id AS themeId, v.checklist_item_id AS checklistItemId, v.answer, count(*) AS n
       FROM item_themes x JOIN vinkje_answers v ON v.agenda_item_id = x.item_id
       GROUP BY x.theme_id, v.checklist_item_id, v.answer`,
    )
    .all(params) as (AnswerCountRow & { themeId: string })[];
}

// ---- Labels ----

/** Every checklist item's position, of every checklist version. */
export function checklistPositions(db: Db): Map<number, number> {
  return new Map((db.prepare('SELECT id, position FROM checklist_items').raw().all() as [number, number][]).map(([id, position]) => [id, position]));
}

/** The latest wording of a position, for positions the current checklist no longer has. */
export function wordingAtPosition(db: Db): (position: number) => { key: string; question: string } {
  const statement = db.prepare('SELECT key, question FROM checklist_items WHERE position = ? ORDER BY id DESC LIMIT 1');
  return (position) => statement.get(position) as { key: string; question: string };
}

// ---- Interventions per theme and status ----

type InterventionThemeCountRow = { themeId: string; themeName: string; inDevelopment: 0 | 1; status: InterventionStatus | null; n: number; inferred: number };

/** Per theme and status: how many interventions, and of those how many have themes the plan does not assign. */
export function interventionCountsByTheme(db: Db): InterventionThemeCountRow[] {
  return db
    .prepare(
      `SELECT t.id AS themeId, t.name AS themeName, t.status = 'in ontwikkeling' AS inDevelopment, i.status, count(i.id) AS n,
              coalesce(sum(i.themes_inferred), 0) AS inferred
       FROM themes t
       LEFT JOIN intervention_themes it ON it.theme_id = t.id
       LEFT JOIN interventions i ON i.id = it.intervention_id
       GROUP BY t.id, i.status ORDER BY t.position`,
    )
    .all() as InterventionThemeCountRow[];
}

export function unthemedInterventionCounts(db: Db): { status: InterventionStatus; n: number }[] {
  return db
    .prepare(
      `SELECT status, count(*) AS n FROM interventions i
       WHERE NOT EXISTS (SELECT 1 FROM intervention_themes it WHERE it.intervention_id = i.id) GROUP BY status`,
    )
    .all() as { status: InterventionStatus; n: number }[];
}
