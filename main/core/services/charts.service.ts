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

/** Meetings in [from, to] by their date; both ends optional. */
const inPeriod = `(:from IS NULL OR substr(m.starts_at, 1, 10) >= :from) AND (:to IS NULL OR substr(m.starts_at, 1, 10) <= :to)`;

/**
 * The themes a decision touches: its own and those of its interventions — the same scope the evidence uses.
 * Answers are grouped by the vinkje's position, so a reworded later checklist version still lines up.
 */
const ITEM_THEMES = `
  SELECT agenda_item_id, theme_id FROM agenda_item_themes
  UNION
  SELECT ai.agenda_item_id, it.theme_id FROM agenda_item_interventions ai
  JOIN intervention_themes it ON it.intervention_id = ai.intervention_id`;

export function vinkjesChart(db: Db, input: { from?: string | undefined; to?: string | undefined }): VinkjesChart {
  const params = { from: input.from ?? null, to: input.to ?? null };
  return db.transaction(() => {
    const meetings = db
      .prepare(
        `SELECT DISTINCT m.id AS meetingId, m.title, m.starts_at AS startsAt
         FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id JOIN vinkje_answers v ON v.agenda_item_id = a.id
         WHERE ${inPeriod} ORDER BY m.starts_at, m.id`,
      )
      .all(params) as VinkjesChart['meetings'];
    const byMeeting = db
      .prepare(
        `SELECT ci.position, m.id AS meetingId, v.answer, count(*) AS n
         FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
         JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
         WHERE ${inPeriod} GROUP BY ci.position, m.id, v.answer`,
      )
      .all(params) as { position: number; meetingId: number; answer: Answer; n: number }[];
    const byTheme = db
      .prepare(
        `WITH item_themes AS (${ITEM_THEMES})
         SELECT ci.position, t.id AS themeId, t.name AS themeName, v.answer, count(*) AS n
         FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
         JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
         JOIN item_themes x ON x.agenda_item_id = a.id JOIN themes t ON t.id = x.theme_id
         WHERE ${inPeriod} GROUP BY ci.position, t.id, v.answer ORDER BY t.position`,
      )
      .all(params) as { position: number; themeId: string; themeName: string; answer: Answer; n: number }[];

    // Labels from the current checklist; positions seen only in older versions keep their own wording.
    const current = currentChecklistId(db);
    const items = current === null ? [] : getChecklist(db, current)!.items;
    const positions = [...new Set([...items.map((i) => i.position), ...byMeeting.map((r) => r.position)])].sort((a, b) => a - b);
    const oldWording = db.prepare('SELECT key, question FROM checklist_items WHERE position = ? ORDER BY id DESC LIMIT 1');
    const vinkjes = positions.map((position) => {
      const item = items.find((i) => i.position === position) ?? (oldWording.get(position) as { key: string; question: string });
      const totals = zeroCounts();
      const meetingCounts = new Map<number, AnswerCounts>();
      for (const r of byMeeting.filter((r) => r.position === position)) {
        totals[r.answer] += r.n;
        const c = meetingCounts.get(r.meetingId) ?? zeroCounts();
        c[r.answer] += r.n;
        meetingCounts.set(r.meetingId, c);
      }
      const themeCounts = new Map<string, { themeId: string; themeName: string; counts: AnswerCounts }>();
      for (const r of byTheme.filter((r) => r.position === position)) {
        const c = themeCounts.get(r.themeId) ?? { themeId: r.themeId, themeName: r.themeName, counts: zeroCounts() };
        c.counts[r.answer] += r.n;
        themeCounts.set(r.themeId, c);
      }
      return {
        position,
        key: item.key,
        question: item.question,
        totals,
        byMeeting: meetings.map((m) => ({ meetingId: m.meetingId, counts: meetingCounts.get(m.meetingId) ?? zeroCounts() })),
        byTheme: [...themeCounts.values()],
      };
    });
    return { from: params.from, to: params.to, meetings, vinkjes };
  })();
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

