// The besluitenlijst as a table: when, which meeting, the decision, its outcome and whether the
// minutes it stands in are adopted.
import { OUTCOME_LABELS, type DecisionListEntry } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';
import { DataTable, type Column } from '../components/DataTable';

const COLUMNS: Column<DecisionListEntry>[] = [
  { header: 'Datum', className: 'cell-nowrap', cell: (d) => <time dateTime={d.meetingStartsAt}>{formatDate(d.meetingStartsAt)}</time> },
  {
    header: 'Besluit',
    rowHeader: true,
    className: 'cell-main',
    cell: (d) => (
      <>
        {d.title}
        {d.text && <p className="cell-text">{d.text}</p>}
      </>
    ),
  },
  { header: 'Uitkomst', cell: (d) => OUTCOME_LABELS[d.outcome] },
  { header: 'Vergadering', cell: (d) => <a href={paths.meeting(d.meetingId, d.agendaItemId)}>{d.meetingTitle}</a> },
  { header: 'Notulen', cell: (d) => (d.adoptedAt ? `Vastgesteld op ${formatDate(d.adoptedAt)}` : 'Nog niet vastgesteld') },
];

export function DecisionTable({ decisions }: { decisions: DecisionListEntry[] }) {
  return <DataTable caption="Besluiten" captionHidden columns={COLUMNS} rows={decisions} rowKey={(d) => d.agendaItemId} />;
}
