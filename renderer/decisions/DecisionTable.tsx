// The besluitenlijst as a table: when, which meeting, the decision, its outcome and whether the
// minutes it stands in are adopted.
import { OUTCOME_LABELS, type DecisionListEntry } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';

export function DecisionTable({ decisions }: { decisions: DecisionListEntry[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Besluiten</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Besluit</th>
            <th scope="col">Uitkomst</th>
            <th scope="col">Vergadering</th>
            <th scope="col">Notulen</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.agendaItemId}>
              <td className="cell-nowrap">
                <time dateTime={d.meetingStartsAt}>{formatDate(d.meetingStartsAt)}</time>
              </td>
              <th scope="row" className="cell-main">
                {d.title}
                {d.text && <p className="cell-text">{d.text}</p>}
              </th>
              <td>{OUTCOME_LABELS[d.outcome]}</td>
              <td>
                <a href={paths.meeting(d.meetingId, d.agendaItemId)}>{d.meetingTitle}</a>
              </td>
              <td>{d.adoptedAt ? `Vastgesteld op ${formatDate(d.adoptedAt)}` : 'Nog niet vastgesteld'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
