// Interventions per theme and status: one horizontal stacked bar per theme, a pattern per status.
import { useCallback, useMemo } from 'react';
import { INTERVENTION_STATUS_LABELS, interventionsChartCaveat, type InterventionsChart } from '../../shared/registers';
import { DataTable, type Column } from '../components/DataTable';
import { ChartFigure } from './ChartFigure';
import { barCounts, type ChartJs, type Config } from './chartjs';
import { statusDataset } from './answerStyles';

// The row "Zonder thema" only when there is something in it.
const shownRows = (chart: InterventionsChart) => chart.rows.filter((r) => r.total > 0 || r.themeId !== null);

export const INTERVENTIONS_CHART_TITLE = 'Interventies per thema en status';

/** What the chart shows, in Dutch sentences: its accessible name, and the alt text of its image in a report. */
export const interventionsChartDescription = (chart: InterventionsChart): string =>
  'Gestapelde staafgrafiek met per thema het aantal interventies per status. ' +
  shownRows(chart)
    .map((r) => `${r.themeName}: ${r.total} interventies`)
    .join(', ') +
  '.';

/** The chart's configuration; also used to draw it offscreen for the reports. */
export function interventionsChartConfig(chart: InterventionsChart): Config {
  const rows = shownRows(chart);
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.themeName),
      datasets: chart.statuses.map((s) => statusDataset(s, rows.map((r) => r.counts[s]))),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom', labels: { padding: 16 } } },
      scales: {
        x: { stacked: true, beginAtZero: true, title: { display: true, text: 'Aantal interventies' }, ticks: { precision: 0 } },
        y: { stacked: true, title: { display: true, text: 'Thema' }, grid: { display: false } },
      },
    },
    plugins: [barCounts],
  } as Config;
}

type ThemeRow = InterventionsChart['rows'][number];

const interventionsColumns = (statuses: InterventionsChart['statuses']): Column<ThemeRow>[] => [
  { header: 'Thema', rowHeader: true, cell: (r) => r.themeName },
  ...statuses.map((s): Column<ThemeRow> => ({ header: INTERVENTION_STATUS_LABELS[s], headerClassName: 'cell-number', className: 'cell-number', cell: (r) => r.counts[s] })),
  { header: 'Totaal', headerClassName: 'cell-number', className: 'cell-number', cell: (r) => r.total },
];

export function InterventionsChartView({ chart }: { chart: InterventionsChart }) {
  const rows = useMemo(() => shownRows(chart), [chart]);
  const build = useCallback((_: ChartJs): Config => interventionsChartConfig(chart), [chart]);
  const description = interventionsChartDescription(chart);
  const caveat = interventionsChartCaveat(chart);

  return (
    <ChartFigure
      title={INTERVENTIONS_CHART_TITLE}
      description={description}
      build={build}
      tall
      table={
        <DataTable caption={INTERVENTIONS_CHART_TITLE} columns={interventionsColumns(chart.statuses)} rows={rows} rowKey={(r) => r.themeId ?? 'zonder'} />
      }
    >
      {caveat && (
        <p className="hint">
          <span className="tag tag-caveat">afgeleid</span> {caveat}
        </p>
      )}
    </ChartFigure>
  );
}
