// The plan's central question in one chart: per indicator, each wijk against the city over time. The city is a
// thick black line; every wijk has its own colour, line style and point shape, so no series depends on colour.
import { useCallback } from 'react';
import type { IndicatorChart, IndicatorSeries } from '../../shared/registers';
import { BETTER_LABELS } from '../../shared/registers';
import { formatNumber, formatPeriod, formatSigned, joinDutch, withUnit } from '../monitoring/format';
import { DataTable, type Column } from '../components/DataTable';
import { ChartFigure } from './ChartFigure';
import { LINE_DASHES, PALETTE, POINT_STYLES, type ChartJs, type Config } from './chartjs';

const CITY_COLOUR = '#1b2330';

/** The line chart's configuration; also used to draw it offscreen for the reports. */
export function indicatorChartConfig(chart: IndicatorChart): Config {
  const { indicator, periods, series } = chart;
  const unit = indicator.unit;
  const yTitle = unit ? `${indicator.name} (${unit})` : indicator.name;
  let n = 0;
  return {
    type: 'line',
    data: {
      labels: periods.map(formatPeriod),
      datasets: series.map((s) => {
        if (s.isCity) {
          return {
            label: s.areaName,
            data: s.values,
            borderColor: CITY_COLOUR,
            backgroundColor: CITY_COLOUR,
            borderWidth: 4,
            pointStyle: 'rectRounded' as const,
            pointRadius: 6,
            spanGaps: true,
            order: 0,
          };
        }
        const i = n++;
        const colour = PALETTE[i % PALETTE.length]!;
        return {
          label: s.areaName,
          data: s.values,
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2.5,
          borderDash: LINE_DASHES[i % LINE_DASHES.length],
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: 6,
          pointHoverRadius: 8,
          spanGaps: true,
          order: 1,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, padding: 16 } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${withUnit(ctx.parsed.y, unit)}` } },
      },
      scales: {
        x: { title: { display: true, text: 'Periode' }, grid: { display: false } },
        y: {
          title: { display: true, text: yTitle },
          ticks: { callback: (v) => formatNumber(Number(v)) },
        },
      },
    },
  } as Config;
}

export const indicatorChartTitle = (chart: IndicatorChart): string => `${chart.indicator.name}: wijken naast de stad`;

/** What the chart shows, in Dutch sentences: its accessible name, and the alt text of its image in a report. */
export function indicatorChartDescription(chart: IndicatorChart): string {
  const { indicator, periods } = chart;
  const behind = chart.series.filter((s) => !s.isCity && s.fallingBehind === true);
  const range = periods.length > 0 ? `${formatPeriod(periods[0]!)} tot en met ${formatPeriod(periods[periods.length - 1]!)}` : 'geen periode';
  return (
    `Lijngrafiek: ${indicator.name} per wijk en voor Groningen als geheel, ${range}. ${BETTER_LABELS[indicator.better]}.` +
    (behind.length > 0 ? ` Verder achter op de stad: ${joinDutch(behind.map((s) => s.areaName))}.` : '')
  );
}

const gapText = (s: IndicatorSeries): string =>
  s.isCity
    ? '(de stad zelf)'
    : s.gapFirst === null || s.gapLast === null
      ? 'Niet te bepalen'
      : `van ${formatSigned(s.gapFirst)} naar ${formatSigned(s.gapLast)}`;

const behindText = (s: IndicatorSeries): string =>
  s.isCity ? '—' : s.fallingBehind === null ? 'Nog niet te zeggen' : s.fallingBehind ? 'Ja' : 'Nee';

// One column per period, keyed by the period itself: its formatted label need not be unique.
const indicatorColumns = (periods: readonly string[]): Column<IndicatorSeries>[] => [
  { header: 'Gebied', rowHeader: true, cell: (s) => s.areaName },
  ...periods.map(
    (p, i): Column<IndicatorSeries> => ({
      header: formatPeriod(p),
      key: p,
      headerClassName: 'cell-number',
      className: 'cell-number',
      cell: (s) => {
        const v = s.values[i];
        return v === null || v === undefined ? '—' : formatNumber(v);
      },
    }),
  ),
  { header: 'Verschil met de stad', cell: gapText },
  { header: 'Loopt verder achter?', cell: behindText },
];

export function IndicatorChartView({ chart }: { chart: IndicatorChart }) {
  const { indicator, periods, series } = chart;
  const unit = indicator.unit;
  const wijken = series.filter((s) => !s.isCity);
  const build = useCallback((_: ChartJs): Config => indicatorChartConfig(chart), [chart]);

  const behind = wijken.filter((s) => s.fallingBehind === true);
  const catching = wijken.filter((s) => s.fallingBehind === false);
  const description = indicatorChartDescription(chart);

  if (periods.length === 0) {
    return <p className="empty">Voor {indicator.name} zijn nog geen waarden vastgelegd; dan is er ook geen grafiek.</p>;
  }

  return (
    <ChartFigure
      title={indicatorChartTitle(chart)}
      description={description}
      build={build}
      tall
      table={
        <DataTable
          caption={`${indicator.name} per gebied en periode${unit ? ` (${unit})` : ''}`}
          columns={indicatorColumns(periods)}
          rows={series}
          rowKey={(s) => s.area}
        />
      }
    >
      <div className="chart-findings">
        <p>
          <strong>Lopen de wijken verder achter op de stad?</strong> {BETTER_LABELS[indicator.better]}.
        </p>
        <ul>
          {behind.map((s) => (
            <li key={s.area}>
              <span className="finding finding-behind">Verder achter</span> {s.areaName}: het verschil met de stad ging van {formatSigned(s.gapFirst!)}{' '}
              naar {formatSigned(s.gapLast!)}.
            </li>
          ))}
          {catching.map((s) => (
            <li key={s.area}>
              <span className="finding finding-closer">Niet verder achter</span> {s.areaName}: het verschil met de stad ging van{' '}
              {formatSigned(s.gapFirst!)} naar {formatSigned(s.gapLast!)}.
            </li>
          ))}
          {behind.length === 0 && catching.length === 0 && <li>Daarvoor zijn nog niet genoeg waarden van wijk én stad in dezelfde periodes.</li>}
        </ul>
      </div>
    </ChartFigure>
  );
}
