// How often each vinkje was answered ja, deels, nee or n.v.t.: all seven side by side, and for one vinkje over
// the meetings and per theme. Stacked bars with a pattern per answer and the count written on each bar.
import { useCallback, useState } from 'react';
import { ANSWERS, ANSWER_LABELS, type Answer } from '../../shared/domain';
import type { AnswerCounts, VinkjesChart } from '../../shared/registers';
import { formatDate } from '../format';
import { SelectField } from '../components/fields';
import { DataTable, type Column } from '../components/DataTable';
import { ChartFigure } from './ChartFigure';
import { barCounts, type ChartJs, type Config } from './chartjs';
import { answerDatasets } from './answerStyles';

function stacked(labels: string[], counts: (a: Answer) => number[], xTitle: string): Config {
  return {
    type: 'bar',
    data: { labels, datasets: answerDatasets(counts) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom', labels: { padding: 16 } } },
      scales: {
        x: { stacked: true, title: { display: true, text: xTitle }, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Aantal antwoorden' }, ticks: { precision: 0 } },
      },
    },
    plugins: [barCounts],
  } as Config;
}

const total = (c: AnswerCounts) => ANSWERS.reduce((sum, a) => sum + c[a], 0);

interface CountsRow {
  key: string | number;
  label: string;
  counts: AnswerCounts;
}

const COUNT_COLUMNS: Column<CountsRow>[] = [
  ...ANSWERS.map((a): Column<CountsRow> => ({ header: ANSWER_LABELS[a], headerClassName: 'cell-number', className: 'cell-number', cell: (r) => r.counts[a] })),
  { header: 'Totaal', headerClassName: 'cell-number', className: 'cell-number', cell: (r) => total(r.counts) },
];

function CountsTable(props: { caption: string; rowHeader: string; rows: CountsRow[] }) {
  const columns: Column<CountsRow>[] = [{ header: props.rowHeader, rowHeader: true, cell: (r) => r.label }, ...COUNT_COLUMNS];
  return <DataTable caption={props.caption} columns={columns} rows={props.rows} rowKey={(r) => r.key} />;
}

const summary = (c: AnswerCounts) => ANSWERS.map((a) => `${c[a]} keer ${ANSWER_LABELS[a].toLowerCase()}`).join(', ');

export const VINKJES_TOTALS_TITLE = 'Alle vinkjes: hoe vaak ja, deels, nee of n.v.t.';

/** All seven vinkjes side by side; also used to draw the chart offscreen for the reports. */
export const vinkjesTotalsConfig = (chart: VinkjesChart): Config =>
  stacked(
    chart.vinkjes.map((v) => `Vinkje ${v.position}`),
    (a) => chart.vinkjes.map((v) => v.totals[a]),
    'Vinkje',
  );

/** What the chart shows, in Dutch sentences: its accessible name, and the alt text of its image in a report. */
export const vinkjesTotalsDescription = (chart: VinkjesChart): string =>
  `Gestapelde staafgrafiek met per vinkje het aantal antwoorden. ${chart.vinkjes.map((v) => `Vinkje ${v.position}: ${summary(v.totals)}`).join('. ')}.`;

export function VinkjesChartView({ chart }: { chart: VinkjesChart }) {
  const [position, setPosition] = useState(String(chart.vinkjes[0]?.position ?? ''));
  const vinkje = chart.vinkjes.find((v) => String(v.position) === position) ?? chart.vinkjes[0];

  const buildTotals = useCallback((_: ChartJs) => vinkjesTotalsConfig(chart), [chart]);
  const meetingLabel = (id: number) => {
    const m = chart.meetings.find((x) => x.meetingId === id);
    return m ? `${m.title} (${formatDate(m.startsAt)})` : String(id);
  };
  const buildMeetings = useCallback(
    (_: ChartJs) =>
      stacked(
        vinkje?.byMeeting.map((m) => meetingLabel(m.meetingId)) ?? [],
        (a) => vinkje?.byMeeting.map((m) => m.counts[a]) ?? [],
        'Vergadering',
      ),
    // meetingLabel reads only chart, which is a dependency.
    [chart, vinkje],
  );
  const buildThemes = useCallback(
    (_: ChartJs) =>
      stacked(
        vinkje?.byTheme.map((t) => t.themeName) ?? [],
        (a) => vinkje?.byTheme.map((t) => t.counts[a]) ?? [],
        'Thema',
      ),
    [vinkje],
  );

  const answered = chart.vinkjes.reduce((sum, v) => sum + total(v.totals), 0);
  if (answered === 0) {
    return <p className="empty">In deze periode zijn nog geen vinkjes beantwoord; dan is er ook geen grafiek.</p>;
  }
  return (
    <div className="stack">
      <ChartFigure
        title={VINKJES_TOTALS_TITLE}
        description={vinkjesTotalsDescription(chart)}
        build={buildTotals}
        table={
          <CountsTable
            caption="Antwoorden per vinkje"
            rowHeader="Vinkje"
            rows={chart.vinkjes.map((v) => ({ key: v.position, label: `Vinkje ${v.position}: ${v.question}`, counts: v.totals }))}
          />
        }
      />
      {vinkje && (
        <>
          <SelectField
            label="Eén vinkje nader bekijken"
            value={position}
            onChange={setPosition}
            options={chart.vinkjes.map((v) => ({ value: String(v.position), label: `Vinkje ${v.position}: ${v.question}` }))}
          />
          <ChartFigure
            title={`Vinkje ${vinkje.position} per vergadering`}
            description={`Gestapelde staafgrafiek: de antwoorden op vinkje ${vinkje.position} (${vinkje.question}) per vergadering.`}
            build={buildMeetings}
            table={
              <CountsTable
                caption={`Vinkje ${vinkje.position} per vergadering`}
                rowHeader="Vergadering"
                rows={vinkje.byMeeting.map((m) => ({ key: m.meetingId, label: meetingLabel(m.meetingId), counts: m.counts }))}
              />
            }
          />
          <ChartFigure
            title={`Vinkje ${vinkje.position} per thema`}
            description={`Gestapelde staafgrafiek: de antwoorden op vinkje ${vinkje.position} (${vinkje.question}) per thema van de besluiten.`}
            build={buildThemes}
            table={
              <CountsTable
                caption={`Vinkje ${vinkje.position} per thema`}
                rowHeader="Thema"
                rows={vinkje.byTheme.map((t) => ({ key: t.themeId, label: t.themeName, counts: t.counts }))}
              />
            }
          />
        </>
      )}
    </div>
  );
}
