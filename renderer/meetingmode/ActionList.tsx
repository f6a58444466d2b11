// Action items with their owner, deadline and a status the chair can change on the spot.
import { useState } from 'react';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionItem, type ActionStatus } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDate } from '../format';
import { SelectField } from '../components/fields';

export function ActionList(props: {
  actions: ActionItem[];
  onChange(action: ActionItem): void;
  empty?: string;
  locked?: boolean;
  /** Where each action came from, when the list mixes follow-ups of vinkjes with other actions. */
  origin?(action: ActionItem): string;
}) {
  const { actions, onChange, empty } = props;
  const call = useCall();
  const notices = useNotices();
  // The chosen status shows at once while the store saves.
  const [pending, setPending] = useState<Record<number, ActionStatus>>({});
  if (actions.length === 0) return empty ? <p className="empty">{empty}</p> : null;

  const setStatus = async (action: ActionItem, status: ActionStatus) => {
    setPending((p) => ({ ...p, [action.id]: status }));
    const result = await notices.run(
      () => call('actions:setStatus', { id: action.id, status }),
      `Actie “${action.description}” staat nu op ${ACTION_STATUS_LABELS[status].toLowerCase()}.`,
    );
    if (result.ok) onChange(result.value);
    setPending(({ [action.id]: _done, ...rest }) => rest);
  };

  return (
    <ul className="action-list">
      {actions.map((a) => (
        <li key={a.id} className={`action action-${a.status}`}>
          <div className="action-text">
            <p className="action-description">{a.description}</p>
            <p className="meta">
              {props.origin && <span>Herkomst: {props.origin(a)}</span>}
              <span>Eigenaar: {a.ownerName || 'nog niemand'}</span>
              <span>Deadline: {a.dueDate ? <time dateTime={a.dueDate}>{formatDate(a.dueDate)}</time> : 'geen'}</span>
            </p>
          </div>
          <SelectField
            className="action-status"
            label={
              <>
                Status<span className="visually-hidden"> van actie: {a.description}</span>
              </>
            }
            value={pending[a.id] ?? a.status}
            onChange={(v) => setStatus(a, v as ActionStatus)}
            disabled={props.locked}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
          />
        </li>
      ))}
    </ul>
  );
}
