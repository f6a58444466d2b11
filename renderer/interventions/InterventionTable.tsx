// The interventions as a table: title (to the detail page), soort, status, thema's, wijken, trekkers and how
// many prestaties delivered what was agreed.
import type { Theme, Wijk } from '../../shared/domain';
import { INTERVENTION_KIND_LABELS, INTERVENTION_STATUS_LABELS, type InterventionListEntry } from '../../shared/registers';
import { paths } from '../router';
import { namesOf } from '../monitoring/format';
import { keurmerkLabel, keurmerkOutdated, type KeurmerkStatuses } from '../../shared/keurmerk';
import '../keurmerk/keurmerk.css';
import { DataTable, type Column } from '../components/DataTable';

function columns(themes: Theme[], wijken: Wijk[], keurmerk: KeurmerkStatuses | undefined): Column<InterventionListEntry>[] {
  const list: Column<InterventionListEntry>[] = [
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
    {
      header: "Thema's",
      // The plan's caveat travels with the themes wherever they are listed, as on the intervention's own page.
      cell: (i) =>
        i.themeIds.length === 0 ? (
          '—'
        ) : (
          <>
            {namesOf(i.themeIds, themes).join(', ')}
            {i.themesInferred && (
              <>
                {' '}
                <span className="tag tag-caveat">afgeleid</span>
              </>
            )}
          </>
        ),
    },
    { header: 'Wijken', cell: (i) => namesOf(i.wijkIds, wijken).join(', ') || '—' },
    { header: 'Trekkers', cell: (i) => i.trekkers.map((t) => t.name).join(', ') || 'Nog geen' },
    {
      header: 'Prestaties',
      className: 'cell-nowrap',
      cell: (i) => (i.prestatieCount === 0 ? '—' : `${i.prestatiesMet} van ${i.prestatieCount} gehaald`),
    },
  ];
  if (keurmerk) list.push({ header: 'Keurmerk', cell: (i) => <KeurmerkCell status={keurmerk[i.id]} /> });
  return list;
}

export function InterventionTable(props: { interventions: InterventionListEntry[]; themes: Theme[]; wijken: Wijk[]; keurmerk?: KeurmerkStatuses | undefined }) {
  return (
    <DataTable caption="Interventies" captionHidden columns={columns(props.themes, props.wijken, props.keurmerk)} rows={props.interventions} rowKey={(i) => i.id} />
  );
}

/** The keurmerk in a list: its level, and "ouder dan de interventie" with both dates when so. */
function KeurmerkCell({ status }: { status: KeurmerkStatuses[string] | undefined }) {
  if (!status) return <>—</>;
  const outdated = keurmerkOutdated(status, 'interventie');
  return (
    <span data-keurmerk={status.level} data-outdated={status.outdated ? 'true' : undefined}>
      {keurmerkLabel(status)}
      {outdated && <strong className="keurmerk-outdated">{outdated}</strong>}
    </span>
  );
}
