// Data for the charts (the renderer draws them with chart.js and shows the same numbers as a table):
// an indicator per wijk against the city over time, the vinkjes answers over meetings and per theme,
// and interventions per theme and status.
import type { Db } from '../store/connection';
import type { Answer } from '../../../shared/domain';
import {
  CITY_AREA,
  CITY_LABEL,
  INTERVENTION_STATUSES,
  type AnswerCounts,
  type IndicatorChart,
  type IndicatorSeries,
  type InterventionStatus,
  type InterventionsChart,
  type VinkjesChart,
} from '../../../shared/registers';
import * as indicators from '../store/indicators.repo';
import { currentChecklistId, getChecklist } from '../store/profile.repo';
import { getIndicator } from './indicators.service';

const zeroCounts = (): AnswerCounts => ({ ja: 0, deels: 0, nee: 0, nvt: 0 });

export function indicatorChart(db: Db, input: { indicatorId: number }): IndicatorChart {
  const indicator = getIndicator(db, input.indicatorId);
  const themeName = (db.prepare('SELECT name FROM themes WHERE id = ?').pluck().get(indicator.themeId) as string | undefined) ?? '';
  const values = indicators.listValues(db, indicator.id);
  const periods = [...new Set(values.map((v) => v.period))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const wijken = db.prepare('SELECT id, name FROM wijken ORDER BY position').all() as { id: string; name: string }[];
  const areas = [...wijken.map((w) => ({ area: w.id, areaName: w.name, isCity: false })), { area: CITY_AREA, areaName: CITY_LABEL, isCity: true }];
  const grid = new Map(areas.map((a) => [a.area, periods.map((): number | null => null)]));
  for (const v of values) grid.get(v.area)![index.get(v.period)!] = v.value;
  const city = grid.get(CITY_AREA)!;
  const series: IndicatorSeries[] = areas
    // Wijken without a single value add nothing to the chart; the city is always there as the reference.
    .filter((a) => a.isCity || grid.get(a.area)!.some((v) => v !== null))
    .map((a) => {
      const own = grid.get(a.area)!;
      const gaps = a.isCity ? [] : own.map((v, i) => (v !== null && city[i] !== null ? v - city[i]! : null)).filter((g): g is number => g !== null);
      const gapFirst = gaps.length > 0 ? round(gaps[0]!) : null;
      const gapLast = gaps.length > 0 ? round(gaps[gaps.length - 1]!) : null;
      // Falling behind: the gap moved the wrong way (down when higher is better, up when lower is better).
      const fallingBehind =
        gapFirst === null || gapLast === null || gaps.length < 2
          ? null
          : indicator.better === 'hoger'
            ? gapLast < gapFirst
            : gapLast > gapFirst;
      return { ...a, values: own, gapFirst, gapLast, fallingBehind };
    });
  return { indicator, themeName, periods, series };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Meetings in [from, to] by their date; both ends optional. The bounds are compared with starts_at itself so the
 * meetings(starts_at) index finds the range: a meeting on `from` starts with that date and sorts after it, and
 * every meeting on `to` sorts before the next day. Open ends coalesce to bounds outside every date.
 */
const IN_PERIOD = `m.starts_at >= coalesce(:from, '0000') AND m.starts_at < coalesce(:toNext, '9999')`;

/** The day after a JJJJ-MM-DD date, in the same form. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const ANSWER_ORDER: readonly Answer[] = ['ja', 'deels', 'nee', 'nvt'];

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

/** The period's query parameters; `to` is inclusive, so the range ends before the next day. */
function periodParams(input: { from?: string | undefined; to?: string | undefined }) {
  const from = input.from ?? null;
  const to = input.to ?? null;
  return { from, to, params: { from, toNext: to === null ? null : nextDay(to) } };
}

/** Counts of one checklist item in one meeting, or in one theme over the period. */
type MeetingRow = { checklistItemId: number; meetingId: number } & AnswerCounts;
type ThemeRow = { themeId: string; checklistItemId: number } & AnswerCounts;
type AnswerRow = { checklistItemId: number; answer: Answer; n: number };

/** Per-answer rows (the answers counted directly) folded into rows of four counts, keyed by `keyOf`. */
function fold<K extends object>(rows: (AnswerRow & K)[], keyOf: (r: AnswerRow & K) => string, pick: (r: AnswerRow & K) => K): (K & { checklistItemId: number } & AnswerCounts)[] {
  const out = new Map<string, K & { checklistItemId: number } & AnswerCounts>();
  for (const r of rows) {
    const key = `${keyOf(r)}/${r.checklistItemId}`;
    const row = out.get(key) ?? { ...pick(r), checklistItemId: r.checklistItemId, ...zeroCounts() };
    row[r.answer] += r.n;
    out.set(key, row);
  }
  return [...out.values()];
}

/** The meetings of the period that hold at least one answer, by date. */
const MEETINGS_WITH_ANSWERS = `SELECT m.id AS meetingId, m.title, m.starts_at AS startsAt FROM meetings m
  WHERE ${IN_PERIOD} AND EXISTS (SELECT 1 FROM vinkje_meeting_counts c WHERE c.meeting_id = m.id)
  ORDER BY m.starts_at, m.id`;

/**
 * Read from the counts kept per meeting by migration 0007 (vinkje_meeting_counts, vinkje_theme_counts): the
 * meetings in the period are an index range on starts_at, and each brings its few count rows — no answer and no
 * theme link is read. The theme counts follow the chart's rule (a decision counts for its own themes and its
 * interventions' themes, each once) and the theme links as they are now. Answers are grouped by the vinkje's
 * position (mapped in code from the checklist item), so a reworded later checklist version still lines up.
 */
export function vinkjesChart(db: Db, input: { from?: string | undefined; to?: string | undefined }): VinkjesChart {
  const { from, to, params } = periodParams(input);
  return db.transaction(() => {
    const meetings = db.prepare(MEETINGS_WITH_ANSWERS).all(params) as VinkjesChart['meetings'];
    const byMeeting = db
      .prepare(
        `SELECT c.checklist_item_id AS checklistItemId, c.meeting_id AS meetingId, c.ja, c.deels, c.nee, c.nvt
         FROM meetings m JOIN vinkje_meeting_counts c ON c.meeting_id = m.id WHERE ${IN_PERIOD}`,
      )
      .all(params) as MeetingRow[];
    const byTheme = db
      .prepare(
        `SELECT c.theme_id AS themeId, c.checklist_item_id AS checklistItemId,
                sum(c.ja) AS ja, sum(c.deels) AS deels, sum(c.nee) AS nee, sum(c.nvt) AS nvt
         FROM meetings m JOIN vinkje_theme_counts c ON c.meeting_id = m.id WHERE ${IN_PERIOD}
         GROUP BY c.theme_id, c.checklist_item_id`,
      )
      .all(params) as ThemeRow[];
    return assembleVinkjesChart(db, from, to, meetings, byMeeting, byTheme);
  })();
}

/**
 * The same chart counted from the answers and theme links themselves, as before migration 0007. Not used by
 * the app: only the tests compare vinkjesChart with it, after every kind of change, to prove the counts exact.
 */
export function vinkjesChartFromAnswers(db: Db, input: { from?: string | undefined; to?: string | undefined }): VinkjesChart {
  const { from, to, params } = periodParams(input);
  return db.transaction(() => {
    const meetings = db
      .prepare(
        `SELECT m.id AS meetingId, m.title, m.starts_at AS startsAt FROM meetings m
         WHERE ${IN_PERIOD}
           AND EXISTS (SELECT 1 FROM agenda_items a JOIN vinkje_answers v ON v.agenda_item_id = a.id WHERE a.meeting_id = m.id)
         ORDER BY m.starts_at, m.id`,
      )
      .all(params) as VinkjesChart['meetings'];
    const byMeeting = db
      .prepare(
        `SELECT v.checklist_item_id AS checklistItemId, m.id AS meetingId, v.answer, count(*) AS n
         FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id JOIN vinkje_answers v ON v.agenda_item_id = a.id
         WHERE ${IN_PERIOD} GROUP BY m.id, v.checklist_item_id, v.answer`,
      )
      .all(params) as (AnswerRow & { meetingId: number })[];
    const byTheme = db
      .prepare(
        `WITH ${ITEMS_IN_PERIOD}, ${ITEM_THEMES}
         SELECT x.theme_id AS themeId, v.checklist_item_id AS checklistItemId, v.answer, count(*) AS n
         FROM item_themes x JOIN vinkje_answers v ON v.agenda_item_id = x.item_id
         GROUP BY x.theme_id, v.checklist_item_id, v.answer`,
      )
      .all(params) as (AnswerRow & { themeId: string })[];
    return assembleVinkjesChart(
      db,
      from,
      to,
      meetings,
      fold(byMeeting, (r) => String(r.meetingId), (r) => ({ meetingId: r.meetingId })),
      fold(byTheme, (r) => r.themeId, (r) => ({ themeId: r.themeId })),
    );
  })();
}

function assembleVinkjesChart(
  db: Db,
  from: string | null,
  to: string | null,
  meetings: VinkjesChart['meetings'],
  byMeeting: MeetingRow[],
  byTheme: ThemeRow[],
): VinkjesChart {
  const positionOf = new Map(
    (db.prepare('SELECT id, position FROM checklist_items').raw().all() as [number, number][]).map(([id, position]) => [id, position]),
  );
  const themes = db.prepare('SELECT id, name FROM themes ORDER BY position').all() as { id: string; name: string }[];

  // Counts per position: per meeting, and per theme.
  const meetingCounts = new Map<number, Map<number, AnswerCounts>>();
  for (const r of byMeeting) {
    const position = positionOf.get(r.checklistItemId)!;
    const perMeeting = meetingCounts.get(position) ?? new Map<number, AnswerCounts>();
    meetingCounts.set(position, perMeeting);
    const c = perMeeting.get(r.meetingId) ?? zeroCounts();
    for (const a of ANSWER_ORDER) c[a] += r[a];
    perMeeting.set(r.meetingId, c);
  }
  const themeCounts = new Map<number, Map<string, AnswerCounts>>();
  for (const r of byTheme) {
    const position = positionOf.get(r.checklistItemId)!;
    const perTheme = themeCounts.get(position) ?? new Map<string, AnswerCounts>();
    themeCounts.set(position, perTheme);
    const c = perTheme.get(r.themeId) ?? zeroCounts();
    for (const a of ANSWER_ORDER) c[a] += r[a];
    perTheme.set(r.themeId, c);
  }

  // Labels from the current checklist; positions seen only in older versions keep their own wording.
  const current = currentChecklistId(db);
  const items = current === null ? [] : getChecklist(db, current)!.items;
  const positions = [...new Set([...items.map((i) => i.position), ...meetingCounts.keys()])].sort((a, b) => a - b);
  const oldWording = db.prepare('SELECT key, question FROM checklist_items WHERE position = ? ORDER BY id DESC LIMIT 1');
  const vinkjes = positions.map((position) => {
    const item = items.find((i) => i.position === position) ?? (oldWording.get(position) as { key: string; question: string });
    const perMeeting = meetingCounts.get(position);
    const perTheme = themeCounts.get(position);
    const totals = zeroCounts();
    for (const c of perMeeting?.values() ?? []) for (const a of ANSWER_ORDER) totals[a] += c[a];
    return {
      position,
      key: item.key,
      question: item.question,
      totals,
      byMeeting: meetings.map((m) => ({ meetingId: m.meetingId, counts: perMeeting?.get(m.meetingId) ?? zeroCounts() })),
      byTheme: themes.flatMap((t) => {
        const counts = perTheme?.get(t.id);
        return counts ? [{ themeId: t.id, themeName: t.name, counts }] : [];
      }),
    };
  });
  return { from, to, meetings, vinkjes };
}

export function interventionsChart(db: Db): InterventionsChart {
  const rows = db
    .prepare(
      `SELECT t.id AS themeId, t.name AS themeName, i.status, count(i.id) AS n
       FROM themes t
       LEFT JOIN intervention_themes it ON it.theme_id = t.id
       LEFT JOIN interventions i ON i.id = it.intervention_id
       GROUP BY t.id, i.status ORDER BY t.position`,
    )
    .all() as { themeId: string; themeName: string; status: InterventionStatus | null; n: number }[];
  const unthemed = db
    .prepare(
      `SELECT status, count(*) AS n FROM interventions i
       WHERE NOT EXISTS (SELECT 1 FROM intervention_themes it WHERE it.intervention_id = i.id) GROUP BY status`,
    )
    .all() as { status: InterventionStatus; n: number }[];
  const zero = () => Object.fromEntries(INTERVENTION_STATUSES.map((s) => [s, 0])) as Record<InterventionStatus, number>;
  const byTheme = new Map<string, InterventionsChart['rows'][number]>();
  for (const r of rows) {
    const row = byTheme.get(r.themeId) ?? { themeId: r.themeId, themeName: r.themeName, counts: zero(), total: 0 };
    if (r.status !== null) {
      row.counts[r.status] += r.n;
      row.total += r.n;
    }
    byTheme.set(r.themeId, row);
  }
  const none = { themeId: null, themeName: 'Zonder thema', counts: zero(), total: 0 };
  for (const r of unthemed) {
    none.counts[r.status] += r.n;
    none.total += r.n;
  }
  return { statuses: [...INTERVENTION_STATUSES], rows: [...byTheme.values(), none] };
}

