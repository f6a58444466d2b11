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
import * as charts from '../store/charts.repo';
import { currentChecklistId, getChecklist, listThemeNames, listWijkNames, themeName as themeNameOf } from '../store/profile.repo';
import { getIndicator } from './indicators.service';

const zeroCounts = (): AnswerCounts => ({ ja: 0, deels: 0, nee: 0, nvt: 0 });

export function indicatorChart(db: Db, input: { indicatorId: number }): IndicatorChart {
  const indicator = getIndicator(db, input.indicatorId);
  const themeName = themeNameOf(db, indicator.themeId) ?? '';
  const values = indicators.listValues(db, indicator.id);
  const periods = [...new Set(values.map((v) => v.period))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const wijken = listWijkNames(db);
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

/** The day after a JJJJ-MM-DD date, in the same form. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const ANSWER_ORDER: readonly Answer[] = ['ja', 'deels', 'nee', 'nvt'];

/** The period's query parameters; `to` is inclusive, so the range ends before the next day. */
function periodParams(input: { from?: string | undefined; to?: string | undefined }) {
  const from = input.from ?? null;
  const to = input.to ?? null;
  return { from, to, params: { from, toNext: to === null ? null : nextDay(to) } };
}

/** Per-answer rows (the answers counted directly) folded into rows of four counts, keyed by `keyOf`. */
function fold<K extends object>(rows: (charts.AnswerCountRow & K)[], keyOf: (r: charts.AnswerCountRow & K) => string, pick: (r: charts.AnswerCountRow & K) => K): (K & { checklistItemId: number } & AnswerCounts)[] {
  const out = new Map<string, K & { checklistItemId: number } & AnswerCounts>();
  for (const r of rows) {
    const key = `${keyOf(r)}/${r.checklistItemId}`;
    const row = out.get(key) ?? { ...pick(r), checklistItemId: r.checklistItemId, ...zeroCounts() };
    row[r.answer] += r.n;
    out.set(key, row);
  }
  return [...out.values()];
}

/**
 * Read from the counts kept per meeting by migration 0007 (vinkje_meeting_counts, vinkje_theme_counts): the
 * meetings in the period are an index range on starts_at, and each brings its few count rows — no answer and no
 * theme link is read. The theme counts follow the chart's rule (a decision counts for its own themes and its
 * interventions' themes, each once) and the theme links as they are now. Answers are grouped by the vinkje's
 * position (mapped in code from the checklist item), so a reworded later checklist version still lines up.
 */
export function vinkjesChart(db: Db, input: { from?: string | undefined; to?: string | undefined }): VinkjesChart {
  const { from, to, params } = periodParams(input);
  return db.transaction(() =>
    assembleVinkjesChart(db, from, to, charts.meetingsWithAnswers(db, params), charts.meetingCounts(db, params), charts.themeCounts(db, params)),
  )();
}

/**
 * The same chart counted from the answers and theme links themselves, as before migration 0007. Not used by
 * the app: only the tests compare vinkjesChart with it, after every kind of change, to prove the counts exact.
 */
export function vinkjesChartFromAnswers(db: Db, input: { from?: string | undefined; to?: string | undefined }): VinkjesChart {
  const { from, to, params } = periodParams(input);
  return db.transaction(() => {
    const meetings = charts.meetingsWithAnswersFromAnswers(db, params);
    const byMeeting = charts.meetingAnswerCounts(db, params);
    const byTheme = charts.themeAnswerCounts(db, params);
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
  byMeeting: charts.MeetingCountRow[],
  byTheme: charts.ThemeCountRow[],
): VinkjesChart {
  const positionOf = charts.checklistPositions(db);
  const themes = listThemeNames(db);

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
  const oldWording = charts.wordingAtPosition(db);
  const vinkjes = positions.map((position) => {
    const item = items.find((i) => i.position === position) ?? oldWording(position);
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
  const rows = charts.interventionCountsByTheme(db);
  const unthemed = charts.unthemedInterventionCounts(db);
  const zero = () => Object.fromEntries(INTERVENTION_STATUSES.map((s) => [s, 0])) as Record<InterventionStatus, number>;
  const byTheme = new Map<string, InterventionsChart['rows'][number]>();
  for (const r of rows) {
    const row = byTheme.get(r.themeId) ?? { themeId: r.themeId, themeName: r.themeName, counts: zero(), total: 0, inferred: 0, inDevelopment: r.inDevelopment === 1 };
    if (r.status !== null) {
      row.counts[r.status] += r.n;
      row.total += r.n;
      row.inferred += r.inferred;
    }
    byTheme.set(r.themeId, row);
  }
  const none = { themeId: null, themeName: 'Zonder thema', counts: zero(), total: 0, inferred: 0, inDevelopment: false };
  for (const r of unthemed) {
    none.counts[r.status] += r.n;
    none.total += r.n;
  }
  return { statuses: [...INTERVENTION_STATUSES], rows: [...byTheme.values(), none] };
}

