// The interventions as a table: title (to the detail page), soort, status, thema's, wijken, trekkers and how
// many prestaties delivered what was agreed.
import type { Theme, Wijk } from '../../shared/domain';
import { INTERVENTION_KIND_LABELS, INTERVENTION_STATUS_LABELS, type InterventionListEntry } from '../../shared/registers';
import { paths } from '../router';
import { namesOf } from '../monitoring/format';
import { keurmerkLabel, keurmerkOutdated, type KeurmerkStatuses } from '../../shared/keurmerk';
import '../keurmerk/keurmerk.css';

export function InterventionTable(props: { interventions: InterventionListEntry[]; themes: Theme[]; wijken: Wijk[]; keurmerk?: KeurmerkStatuses | undefined }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Interventies</caption>
        <thead>
          <tr>
            <th scope="col">Interventie</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <th scope="col">Thema's</th>
            <th scope="col">Wijken</th>
            <th scope="col">Trekkers</th>
            <th scope="col">Prestaties</th>
            {props.keurmerk && <th scope="col">Keurmerk</th>}
          </tr>
        </thead>
        <tbody>
          {props.interventions.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="cell-main">
                <a href={paths.intervention(i.id)}>{i.title}</a>
                {i.summary && <p className="cell-text">{i.summary}</p>}
              </th>
              <td>{INTERVENTION_KIND_LABELS[i.kind]}</td>
              <td>
                <span className={`status status-${i.status}`}>{INTERVENTION_STATUS_LABELS[i.status]}</span>
              </td>
              <td>{namesOf(i.themeIds, props.themes).join(', ') || '—'}</td>
              <td>{namesOf(i.wijkIds, props.wijken).join(', ') || '—'}</td>
              <td>{i.trekkers.map((t) => t.name).join(', ') || 'Nog geen'}</td>
              <td className="cell-nowrap">
                {i.prestatieCount === 0 ? '—' : `${i.prestatiesMet} van ${i.prestatieCount} gehaald`}
              </td>
              {props.keurmerk && <KeurmerkCell status={props.keurmerk[i.id]} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The keurmerk in a list: its level, and "ouder dan de interventie" with both dates when so. */
function KeurmerkCell({ status }: { status: KeurmerkStatuses[string] | undefined }) {
  if (!status) return <td>—</td>;
  const outdated = keurmerkOutdated(status, 'interventie');
  return (
    <td data-keurmerk={status.level} data-outdated={status.outdated ? 'true' : undefined}>
      {keurmerkLabel(status)}
      {outdated && <strong className="keurmerk-outdated">{outdated}</strong>}
    </td>
  );
}
