// The actielijst as a table. Overdue open actions say "verlopen" in words, not only in colour.
import { ACTION_STATUSES, ACTION_STATUS_LABELS, actionSourceLabel, type ActionListEntry, type ActionStatus } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';
import { DataTable, type Column } from '../components/DataTable';

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

function columns(onStatus?: (action: ActionListEntry, status: ActionStatus) => void): Column<ActionListEntry>[] {
  return [
    { header: 'Actie', rowHeader: true, className: 'cell-main', cell: (a) => a.description },
    { header: 'Eigenaar', cell: (a) => a.ownerName || 'nog niemand' },
    { header: 'Deadline', cell: (a) => <DueDate action={a} /> },
    {
      header: 'Status',
      cell: (a) =>
        onStatus ? (
          <select aria-label={`Status van actie: ${a.description}`} value={a.status} onChange={(e) => onStatus(a, e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        ) : (
          ACTION_STATUS_LABELS[a.status]
        ),
    },
    {
      header: 'Herkomst',
      cell: (a) => (
        <>
          <a href={paths.meeting(a.meetingId, a.agendaItemId)}>{a.meetingTitle}</a>
          <br />
          <span className="muted">
            <time dateTime={a.meetingStartsAt}>{formatDate(a.meetingStartsAt)}</time>
            {a.agendaItemTitle && <>, {a.agendaItemTitle}</>}
          </span>
          <br />
          <span className="tag">{actionSourceLabel(a)}</span>
        </>
      ),
    },
  ];
}

/** The table; with onStatus, each row's status can be changed here, between meetings. */
export function ActionTable({ actions, onStatus }: { actions: ActionListEntry[]; onStatus?(action: ActionListEntry, status: ActionStatus): void }) {
  return (
    <DataTable
      caption="Acties"
      captionHidden
      columns={columns(onStatus)}
      rows={actions}
      rowKey={(a) => a.id}
      rowClassName={(a) => (a.overdue && a.status === 'open' ? 'row-overdue' : undefined)}
    />
  );
}
