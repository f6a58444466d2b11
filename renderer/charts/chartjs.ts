// chart.js, loaded the first time a chart is drawn (a dynamic import: it never weighs on the first screen),
// with only the parts these charts use registered, Dutch number formatting and the app's font and colours.
import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';

export type ChartJs = typeof import('chart.js');

let loading: Promise<ChartJs> | null = null;

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export function loadChartJs(): Promise<ChartJs> {
  loading ??= import('chart.js').then((m) => {
    m.Chart.register(m.LineController, m.LineElement, m.PointElement, m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Legend, m.Tooltip);
    m.Chart.defaults.font.family = FONT_FAMILY;
    m.Chart.defaults.font.size = 14;
    m.Chart.defaults.color = '#1b2330';
    m.Chart.defaults.locale = 'nl-NL';
    return m;
  });
  return loading;
}

/** Colours that stay apart for the common kinds of colour blindness (Okabe–Ito); never the only difference. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8F6A00', '#5C5C5C'];
export const LINE_DASHES: number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4], [6, 6], [2, 2]];
export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const;

export type PatternKind = 'solid' | 'diagonal' | 'diagonal-reverse' | 'crosshatch' | 'dots' | 'horizontal';

/** A fill that tells a series apart by its pattern as well as its colour. */
export function pattern(kind: PatternKind, colour: string): CanvasPattern | string {
  if (kind === 'solid' || typeof document === 'undefined') return colour;
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.lineCap = 'square';
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  switch (kind) {
    case 'diagonal':
      line(0, size, size, 0);
      line(-size / 2, size / 2, size / 2, -size / 2);
      line(size / 2, size * 1.5, size * 1.5, size / 2);
      break;
    case 'diagonal-reverse':
      line(0, 0, size, size);
      line(-size / 2, size / 2, size / 2, size * 1.5);
      line(size / 2, -size / 2, size * 1.5, size / 2);
      break;
    case 'crosshatch':
      line(0, size, size, 0);
      line(0, 0, size, size);
      break;
    case 'dots':
      ctx.beginPath();
      ctx.arc(size / 2, size / 2, 2.5, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'horizontal':
      line(0, size / 2, size, size / 2);
      break;
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Writes each bar's count on the bar (on a white label, so it reads on any pattern), where it fits. */
export const barCounts: Plugin<'bar'> = {
  id: 'coalitietafelBarCounts',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = `600 12px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      meta.data.forEach((element, i) => {
        const value = dataset.data[i];
        if (typeof value !== 'number' || value <= 0) return;
        const bar = element as unknown as { x: number; y: number; base: number; width: number; height: number };
        // The length of the bar along its axis, and its thickness across it: the label needs room in both.
        const length = horizontal ? Math.abs(bar.x - bar.base) : Math.abs(bar.y - bar.base);
        const thickness = horizontal ? bar.height : bar.width;
        if (length < 18 || thickness < 18) return;
        const x = horizontal ? (bar.x + bar.base) / 2 : bar.x;
        const y = horizontal ? bar.y : (bar.y + bar.base) / 2;
        const text = value.toLocaleString('nl-NL');
        const w = ctx.measureText(text).width + 8;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(x - w / 2, y - 9, w, 18);
        ctx.fillStyle = '#1b2330';
        ctx.fillText(text, x, y);
      });
    });
    ctx.restore();
  },
};

export type Config = ChartConfiguration<ChartType>;
