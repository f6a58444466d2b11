// The actielijst as a table. Overdue open actions say "verlopen" in words, not only in colour.
import { ACTION_STATUSES, ACTION_STATUS_LABELS, actionSourceLabel, type ActionListEntry, type ActionStatus } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';

export function DueDate({ action }: { action: ActionListEntry }) {
  return (
    <>
      {action.dueDate ? <time dateTime={action.dueDate}>{formatDate(action.dueDate)}</time> : 'geen deadline'}
      {action.overdue && action.status === 'open' && (
        <>
          {' '}
          <span className="tag tag-overdue">verlopen</span>
        </>
      )}
    </>
  );
}

/** The table; with onStatus, each row's status can be changed here, between meetings. */
export function ActionTable({ actions, onStatus }: { actions: ActionListEntry[]; onStatus?(action: ActionListEntry, status: ActionStatus): void }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Acties</caption>
        <thead>
          <tr>
            <th scope="col">Actie</th>
            <th scope="col">Eigenaar</th>
            <th scope="col">Deadline</th>
            <th scope="col">Status</th>
            <th scope="col">Herkomst</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} className={a.overdue && a.status === 'open' ? 'row-overdue' : undefined}>
              <th scope="row" className="cell-main">
                {a.description}
              </th>
              <td>{a.ownerName || 'nog niemand'}</td>
              <td>
                <DueDate action={a} />
              </td>
              <td>
                {onStatus ? (
                  <select
                    aria-label={`Status van actie: ${a.description}`}
                    value={a.status}
                    onChange={(e) => onStatus(a, e.target.value as ActionStatus)}
                  >
                    {ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {ACTION_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                ) : (
                  ACTION_STATUS_LABELS[a.status]
                )}
              </td>
              <td>
                <a href={paths.meeting(a.meetingId, a.agendaItemId)}>{a.meetingTitle}</a>
                <br />
                <span className="muted">
                  <time dateTime={a.meetingStartsAt}>{formatDate(a.meetingStartsAt)}</time>
                  {a.agendaItemTitle && <>, {a.agendaItemTitle}</>}
                </span>
                <br />
                <span className="tag">{actionSourceLabel(a)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
