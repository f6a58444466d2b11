// The charts a report carries as images: drawn here, offscreen, with the same chart.js configurations as the
// Grafieken screen (Node has no canvas), and sent as PNGs along with 'reports:export'. chart.js is still loaded
// only when the first chart is drawn. The report's tables keep the same numbers for screen readers.
import type { IndicatorChart, ReportChart, ReportLayer } from '../../shared/registers';
import type { Call } from '../api';
import { loadChartJs, type Config } from '../charts/chartjs';
import { indicatorChartConfig, indicatorChartDescription, indicatorChartTitle } from '../charts/IndicatorChartView';
import { INTERVENTIONS_CHART_TITLE, interventionsChartConfig, interventionsChartDescription } from '../charts/InterventionsChartView';
import { VINKJES_TOTALS_TITLE, vinkjesTotalsConfig, vinkjesTotalsDescription } from '../charts/VinkjesChartView';

/** Pixels of each chart image: wide enough to read on A4, small enough that three stay well under 1 MB. */
export const CHART_WIDTH = 900;
export const CHART_HEIGHT = 450;
/** At most this many charts per report … */
export const MAX_REPORT_CHARTS = 3;
/** … and at most this much base64 in all: the web host takes 1 MB per request, the report needs some of that too. */
export const MAX_CHARTS_BASE64 = 800_000;

interface ChartSpec {
  title: string;
  alt: string;
  config: Config;
}

/** Paints the canvas white under the chart: a PNG is otherwise transparent, which turns black in some viewers. */
const whiteBackground = {
  id: 'coalitietafelWhiteBackground',
  beforeDraw(chart: { ctx: CanvasRenderingContext2D; width: number; height: number }) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Draws one chart on a detached canvas of fixed size and returns its PNG as base64 (without the data: prefix). */
async function drawPng(config: Config): Promise<string> {
  const chartjs = await loadChartJs();
  const canvas = document.createElement('canvas');
  canvas.width = CHART_WIDTH;
  canvas.height = CHART_HEIGHT;
  const offscreen: Config = {
    ...config,
    options: { ...config.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: 1 },
    plugins: [...(config.plugins ?? []), whiteBackground],
  };
  const chart = new chartjs.Chart(canvas, offscreen);
  try {
    chart.update('none');
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    chart.destroy();
  }
}

/** The periods up to the report's year only (a report on 2025 does not know 2026), and only the areas asked for. */
export function indicatorForReport(chart: IndicatorChart, year: number, wijkId: string | undefined): IndicatorChart | null {
  const keep = chart.periods.map((p, i) => ({ p, i })).filter(({ p }) => Number(p.slice(0, 4)) <= year);
  const series = chart.series
    .filter((s) => s.isCity || !wijkId || s.area === wijkId)
    .map((s) => {
      const values = keep.map(({ i }) => s.values[i] ?? null);
      const city = chart.series.find((c) => c.isCity);
      const gaps = s.isCity || !city ? [] : keep.map(({ i }, k) => (values[k] !== null && city.values[i] != null ? values[k]! - city.values[i]! : null));
      const known = gaps.filter((g): g is number => g !== null);
      const gapFirst = known.length > 0 ? known[0]! : null;
      const gapLast = known.length > 0 ? known[known.length - 1]! : null;
      const fallingBehind =
        gapFirst === null || gapLast === null || known.length < 2 ? null : chart.indicator.better === 'hoger' ? gapLast < gapFirst : gapLast > gapFirst;
      return { ...s, values, gapFirst, gapLast, fallingBehind };
    });
  // Worth a chart only when a wijk has a value in the report's periods.
  if (!series.some((s) => !s.isCity && s.values.some((v) => v !== null))) return null;
  return { ...chart, periods: keep.map(({ p }) => p), series };
}

/** Which charts illustrate which layer, in the order the report discusses them. */
async function chartsFor(call: Call, input: { layer: ReportLayer; year: number; wijkId?: string }): Promise<ChartSpec[]> {
  const { layer, year, wijkId } = input;
  const specs: ChartSpec[] = [];
  const indicatorSpecs = async (max: number) => {
    const out: ChartSpec[] = [];
    for (const indicator of await call('indicators:list', {})) {
      if (out.length >= max) break;
      const chart = indicatorForReport(await call('charts:indicator', { indicatorId: indicator.id }), year, wijkId);
      if (chart) out.push({ title: indicatorChartTitle(chart), alt: indicatorChartDescription(chart), config: indicatorChartConfig(chart) });
    }
    return out;
  };
  const vinkjes = async () => {
    const chart = await call('charts:vinkjes', { from: `${year}-01-01`, to: `${year}-12-31` });
    const answered = chart.vinkjes.some((v) => v.totals.ja + v.totals.deels + v.totals.nee + v.totals.nvt > 0);
    return answered ? [{ title: `${VINKJES_TOTALS_TITLE} (${year})`, alt: vinkjesTotalsDescription(chart), config: vinkjesTotalsConfig(chart) }] : [];
  };
  // The interventions chart covers the whole area: only in a report on all wijken, as the report's own table.
  const interventions = async () => {
    if (wijkId) return [];
    const chart = await call('charts:interventions', {});
    return chart.rows.some((r) => r.total > 0)
      ? [{ title: INTERVENTIONS_CHART_TITLE, alt: interventionsChartDescription(chart), config: interventionsChartConfig(chart) }]
      : [];
  };
  if (layer === 1) specs.push(...(await indicatorSpecs(MAX_REPORT_CHARTS)));
  if (layer === 2) {
    const rest = [...(await vinkjes()), ...(await interventions())];
    specs.push(...(await indicatorSpecs(MAX_REPORT_CHARTS - rest.length)), ...rest);
  }
  if (layer === 3) {
    const rest = [...(await vinkjes()), ...(await interventions())];
    specs.push(...rest, ...(await indicatorSpecs(MAX_REPORT_CHARTS - rest.length)));
  }
  return specs.slice(0, MAX_REPORT_CHARTS);
}

/**
 * The report's charts as PNGs. A chart that cannot be drawn, or would push the request over its budget, is left
 * out: its numbers are in the report's tables anyway.
 */
export async function renderReportCharts(call: Call, input: { layer: ReportLayer; year: number; wijkId?: string }): Promise<ReportChart[]> {
  const out: ReportChart[] = [];
  let size = 0;
  for (const spec of await chartsFor(call, input)) {
    let pngBase64: string;
    try {
      pngBase64 = await drawPng(spec.config);
    } catch {
      continue;
    }
    if (size + pngBase64.length > MAX_CHARTS_BASE64) continue;
    size += pngBase64.length;
    out.push({ title: spec.title.slice(0, 200), alt: spec.alt.slice(0, 2000), pngBase64 });
  }
  return out;
}
