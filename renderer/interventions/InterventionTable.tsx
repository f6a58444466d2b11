// The interventions as a table: title (to the detail page), soort, status, thema's, wijken, trekkers and how
// many prestaties delivered what was agreed.
import type { Theme, Wijk } from '../../shared/domain';
import { INTERVENTION_KIND_LABELS, INTERVENTION_STATUS_LABELS, type InterventionListEntry } from '../../shared/registers';
import { paths } from '../router';
import { namesOf } from '../monitoring/format';
import { DataTable, type Column } from '../components/DataTable';

function columns(themes: Theme[], wijken: Wijk[]): Column<InterventionListEntry>[] {
  return [
    {
      header: 'Interventie',
      rowHeader: true,
      className: 'cell-main',
      cell: (i) => (
        <>
          <a href={paths.intervention(i.id)}>{i.title}</a>
          {i.summary && <p className="cell-text">{i.summary}</p>}
        </>
      ),
    },
    { header: 'Soort', cell: (i) => INTERVENTION_KIND_LABELS[i.kind] },
    { header: 'Status', cell: (i) => <span className={`status status-${i.status}`}>{INTERVENTION_STATUS_LABELS[i.status]}</span> },
    { header: "Thema's", cell: (i) => namesOf(i.themeIds, themes).join(', ') || '—' },
    { header: 'Wijken', cell: (i) => namesOf(i.wijkIds, wijken).join(', ') || '—' },
    { header: 'Trekkers', cell: (i) => i.trekkers.map((t) => t.name).join(', ') || 'Nog geen' },
    {
      header: 'Prestaties',
      className: 'cell-nowrap',
      cell: (i) => (i.prestatieCount === 0 ? '—' : `${i.prestatiesMet} van ${i.prestatieCount} gehaald`),
    },
  ];
}

export function InterventionTable(props: { interventions: InterventionListEntry[]; themes: Theme[]; wijken: Wijk[] }) {
  return (
    <DataTable caption="Interventies" captionHidden columns={columns(props.themes, props.wijken)} rows={props.interventions} rowKey={(i) => i.id} />
  );
}
