// The year overview (money per source, by status) and the multi-year overview (money per year, by status), each
// a chart.js chart with the same figures as a table beside it.
import { useCallback, useMemo, type Key, type ReactNode } from 'react';
import {
  BUDGET_STATUSES,
  BUDGET_STATUS_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  addToTotals,
  emptyTotals,
  formatHundredths,
  formatMoney,
  type BudgetLine,
  type MoneyTotals,
  type YearTotals,
} from '../../shared/money';
import { ChartFigure } from '../charts/ChartFigure';
import { DataTable, type Column } from '../components/DataTable';
import type { ChartJs, Config } from '../charts/chartjs';
import { budgetStatusDataset } from './moneyStyles';

type StatusCents = Record<(typeof BUDGET_STATUSES)[number], number>;

/** The money per status in words, for a chart's description: "benodigd € 1.000,00, toegezegd …". */
const statusText = (cents: StatusCents) => BUDGET_STATUSES.map((s) => `${BUDGET_STATUS_LABELS[s].toLowerCase()} ${formatMoney(cents[s])}`).join(', ');

interface StatusRow {
  key: Key;
  label: ReactNode;
  cents: StatusCents;
  extra?: ReactNode;
}

/** A chart's figures as a table: a row per source or year with the money per status, and maybe one more column. */
function StatusTable(props: { title: string; rowHeader: string; rows: readonly StatusRow[]; extraHeader?: string }) {
  const columns: Column<StatusRow>[] = [
    { header: props.rowHeader, rowHeader: true, cell: (r) => r.label },
    ...BUDGET_STATUSES.map(
      (s): Column<StatusRow> => ({
        header: BUDGET_STATUS_LABELS[s],
        headerClassName: 'cell-number',
        className: 'cell-number money',
        cell: (r) => formatMoney(r.cents[s]),
      }),
    ),
  ];
  if (props.extraHeader) columns.push({ header: props.extraHeader, headerClassName: 'cell-number', className: 'cell-number', cell: (r) => r.extra });
  return <DataTable caption={props.title} columns={columns} rows={props.rows} rowKey={(r) => r.key} />;
}

const euroTicks = (v: number | string) => formatMoney(Math.round(Number(v) * 100)).replace(/,00$/, '');

function barConfig(labels: string[], series: (s: (typeof BUDGET_STATUSES)[number]) => number[], axis: string): Config {
  return {
    type: 'bar',
    data: { labels, datasets: BUDGET_STATUSES.map((s) => budgetStatusDataset(s, series(s))) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { padding: 16 } },
        tooltip: { callbacks: { label: (item: { dataset: { label?: string }; raw: unknown }) => `${item.dataset.label}: ${euroTicks(Number(item.raw))}` } },
      },
      scales: {
        x: { stacked: true, title: { display: true, text: axis }, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Bedrag in euro' }, ticks: { callback: euroTicks } },
      },
    },
  } as Config;
}

const capacityText = (t: MoneyTotals): string =>
  [t.fte > 0 ? `${formatHundredths(t.fte)} fte` : '', t.hours > 0 ? `${formatHundredths(t.hours)} uur` : ''].filter(Boolean).join(' en ') || '—';

export function YearMoneyChart({ year, lines }: { year: number; lines: readonly BudgetLine[] }) {
  const bySource = useMemo(
    () =>
      FUNDING_SOURCES.map((source) => {
        const t = emptyTotals();
        for (const l of lines) if (l.source === source) addToTotals(t, l);
        return { source, totals: t };
      }),
    [lines],
  );
  const build = useCallback(
    (_: ChartJs) => barConfig(bySource.map((r) => FUNDING_SOURCE_LABELS[r.source]), (s) => bySource.map((r) => r.totals.cents[s]), 'Bron'),
    [bySource],
  );
  const total = emptyTotals();
  for (const l of lines) addToTotals(total, l);
  const title = `Geld in ${year} per bron en status`;
  const description =
    `Gestapelde staafgrafiek van het geld in ${year} per bron, verdeeld naar benodigd, toegezegd en gerealiseerd. ` +
    bySource.map((r) => `${FUNDING_SOURCE_LABELS[r.source]}: ${statusText(r.totals.cents)}`).join('; ') +
    '.';
  return (
    <ChartFigure
      title={title}
      description={description}
      build={build}
      table={
        <StatusTable
          title={title}
          rowHeader="Bron"
          rows={[
            ...bySource.map((r) => ({ key: r.source, label: FUNDING_SOURCE_LABELS[r.source], cents: r.totals.cents })),
            { key: 'totaal', label: 'Totaal', cents: total.cents },
          ]}
        />
      }
    >
      <p className="hint">
        Capaciteit in {year}: {capacityText(total)}. Bijdragen op een andere manier: {total.otherCount}.
      </p>
    </ChartFigure>
  );
}

export function MultiYearMoneyChart({ years }: { years: readonly YearTotals[] }) {
  const build = useCallback(
    (_: ChartJs) => barConfig(years.map((y) => String(y.year)), (s) => years.map((y) => y.cents[s]), 'Jaar'),
    [years],
  );
  const title = 'Meerjarenoverzicht: geld per jaar en status';
  const description =
    'Gestapelde staafgrafiek van het geld per jaar, verdeeld naar benodigd, toegezegd en gerealiseerd. ' +
    years.map((y) => `${y.year}: ${statusText(y.cents)}`).join('; ') +
    '.';
  if (years.length === 0) return <p className="empty">Er zijn nog geen begrotingsregels.</p>;
  return (
    <ChartFigure
      title={title}
      description={description}
      build={build}
      table={
        <StatusTable
          title={title}
          rowHeader="Jaar"
          extraHeader="Capaciteit"
          rows={years.map((y) => ({ key: y.year, label: y.year, cents: y.cents, extra: capacityText(y) }))}
        />
      }
    />
  );
}
