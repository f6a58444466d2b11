// The actielijst item: open actions from earlier meetings of this body appear here by themselves. The
// voorzitter marks each done (recorded with this meeting) or carries it forward with a new deadline.
import { useEffect, useRef, useState } from 'react';
import { ACTION_STATUS_LABELS, type ActionListEntry, type ActionStatus, type MeetingDetail } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { countLabel, formatDate } from '../format';
import { TextField } from '../components/fields';
import { DueDate } from '../actions/ActionTable';

function CarriedAction(props: { action: ActionListEntry; meeting: MeetingDetail; locked: boolean; onChanged(): Promise<void> }) {
  const { action: a, meeting } = props;
  const call = useCall();
  const notices = useNotices();
  const [rescheduling, setRescheduling] = useState(false);
  const [dueDate, setDueDate] = useState(a.dueDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const forwardRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (rescheduling) dateRef.current?.focus();
  }, [rescheduling]);

  const setStatus = async (status: ActionStatus) => {
    const result = await notices.run(
      () => call('actions:setStatus', { id: a.id, status, meetingId: meeting.id }),
      `Actie “${a.description}” staat nu op ${ACTION_STATUS_LABELS[status].toLowerCase()}.`,
    );
    if (result.ok) {
      await props.onChanged();
      statusRef.current?.focus();
    }
  };

  const reschedule = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) {
      setError('Kies een nieuwe deadline.');
      dateRef.current?.focus();
      return;
    }
    setError(null);
    const result = await notices.run(
      () => call('actions:reschedule', { id: a.id, dueDate }),
      `Actie “${a.description}” is doorgeschoven naar ${formatDate(dueDate)}.`,
    );
    if (result.ok) {
      setRescheduling(false);
      await props.onChanged();
      forwardRef.current?.focus();
    }
  };

  const closedHere = a.status !== 'open' && a.closedInMeetingId === meeting.id;
  return (
    <li className={`action carried-action action-${a.status} ${a.overdue && a.status === 'open' ? 'action-overdue' : ''}`}>
      <div className="action-text">
        <p className="action-description">{a.description}</p>
        <p className="meta">
          <span>
            Uit: {a.meetingTitle} (<time dateTime={a.meetingStartsAt}>{formatDate(a.meetingStartsAt)}</time>)
          </span>
          <span>Eigenaar: {a.ownerName || 'nog niemand'}</span>
          <span>
            Deadline: <DueDate action={a} />
          </span>
        </p>
        <p className="action-state" ref={statusRef} tabIndex={-1}>
          Status: <strong>{ACTION_STATUS_LABELS[a.status]}</strong>
          {closedHere && ' (afgehandeld in deze vergadering)'}
        </p>
      </div>
      {!props.locked &&
        (a.status === 'open' ? (
          rescheduling ? (
            <div className="reschedule" role="group" aria-label={`Doorschuiven: ${a.description}`}>
              <TextField label="Nieuwe deadline" type="date" value={dueDate} onChange={setDueDate} error={error} inputRef={dateRef} required />
              <div className="form-actions">
                <button type="button" className="button-primary" onClick={reschedule}>
                  Deadline opslaan
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setRescheduling(false);
                    setTimeout(() => forwardRef.current?.focus());
                  }}
                >
                  Annuleren
                </button>
              </div>
            </div>
          ) : (
            <div className="item-actions">
              <button type="button" className="button-primary" onClick={() => setStatus('gereed')} aria-label={`Gereed: ${a.description}`}>
                Gereed
              </button>
              <button type="button" ref={forwardRef} onClick={() => setRescheduling(true)} aria-label={`Doorschuiven: ${a.description}`}>
                Doorschuiven
              </button>
              <button type="button" className="button-danger-quiet" onClick={() => setStatus('vervallen')} aria-label={`Vervallen: ${a.description}`}>
                Vervallen
              </button>
            </div>
          )
        ) : (
          closedHere && (
            <div className="item-actions">
              <button type="button" onClick={() => setStatus('open')} aria-label={`Terugzetten naar open: ${a.description}`}>
                Terugzetten naar open
              </button>
            </div>
          )
        ))}
    </li>
  );
}

export function CarriedActions(props: { meeting: MeetingDetail; locked: boolean; onMeetingChange(meeting: MeetingDetail): void }) {
  const call = useCall();
  const { meeting } = props;
  const actions = meeting.carriedActions;
  const open = actions.filter((a) => a.status === 'open');
  const overdue = open.filter((a) => a.overdue).length;

  const reload = async () => {
    try {
      props.onMeetingChange(await call('meetings:get', { id: meeting.id }));
    } catch {
      // The change is stored; the list catches up on the next load.
    }
  };

  return (
    <section aria-labelledby="actielijst-kop" className="carried-actions">
      <h3 id="actielijst-kop">Acties uit eerdere vergaderingen</h3>
      <p aria-live="polite">
        {open.length === 0
          ? 'Er staan geen open acties uit eerdere vergaderingen.'
          : `${countLabel(open.length, 'open actie', 'open acties')}${overdue > 0 ? `, waarvan ${overdue} verlopen` : ''}.`}
      </p>
      {actions.length > 0 && (
        <ul className="action-list">
          {actions.map((a) => (
            <CarriedAction key={a.id} action={a} meeting={meeting} locked={props.locked} onChanged={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
