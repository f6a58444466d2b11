// The area plan's "aan de slag" tracks in the jaarplanning: owner, status and progress of each, and which are
// still open after their period.
import { PLAN_STATUS_LABELS } from '../../shared/registers';
import { progressLabel, type YearTrack } from '../../shared/planwork';
import { formatDate } from '../format';
import '../monitoring/monitoring.css';

// The seeded tracks' period is inferred from the plan's "het komende half jaar"; their note says so, and so does
// this list, which places them in a year by that period.
const PERIOD_NOTE = /De periode is afgeleid[^.]*\./;

export function TrackList({ tracks, year }: { tracks: YearTrack[]; year: number }) {
  if (tracks.length === 0) return <p className="empty">In {year} loopt geen van de sporen uit het gebiedsplan.</p>;
  const periodNote = tracks.map((t) => PERIOD_NOTE.exec(t.plan.planNote ?? '')?.[0]).find(Boolean);
  return (
    <>
    {periodNote && (
      <p className="hint">
        <span className="tag tag-caveat">afgeleid</span> {periodNote}
      </p>
    )}
    <div className="table-scroll">
    <table className="data-table">
      <caption className="visually-hidden">Sporen uit het gebiedsplan in {year}</caption>
      <thead>
        <tr>
          <th scope="col">Spoor</th>
          <th scope="col">Eigenaar</th>
          <th scope="col">Status</th>
          <th scope="col">Voortgang</th>
        </tr>
      </thead>
      <tbody>
        {tracks.map(({ plan: p, overdue }) => (
          <tr key={p.id}>
            <th scope="row">
              {p.title}
              {overdue && p.periodTo && (
                <>
                  {' '}
                  <span className="tag tag-caveat">liep tot {formatDate(p.periodTo)}, nog niet afgerond</span>
                </>
              )}
            </th>
            <td>{p.owner || <span className="empty">nog niemand</span>}</td>
            <td>
              <span className={`status status-plan-${p.status}`}>{PLAN_STATUS_LABELS[p.status]}</span>
            </td>
            <td>
              {p.progress === null ? (
                <span className="empty">{progressLabel(null)}</span>
              ) : (
                <>
                  <meter min={0} max={100} value={p.progress} aria-label={`Voortgang ${p.title}`} /> {progressLabel(p.progress)}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
    </>
  );
}
