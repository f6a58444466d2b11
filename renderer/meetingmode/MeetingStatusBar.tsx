// Starting the meeting (at the top), and closing it (below the item under discussion). Closing first stores
// what is typed, then lists what is missing — nobody present, decisions without outcome, vinkjes unanswered,
// no bewonersvertegenwoordiger, answers that could not be stored — with a way back to each, before it asks.
import { useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../shared/domain';
import { paths } from '../router';
import { StartMeetingButton } from '../meeting/StartMeetingButton';
import type { Unsaved } from '../review/pendingSaves';
import { closingCheck, type Missing } from './closingCheck';

export function MeetingStartBar(props: { meeting: MeetingDetail; onSetStatus(status: 'bezig' | 'gehouden'): Promise<boolean> }) {
  const { status } = props.meeting;
  if (status === 'gepland') {
    return (
      <div className="button-row toolbar">
        <StartMeetingButton startsAt={props.meeting.startsAt} onStart={() => props.onSetStatus('bezig')} />
      </div>
    );
  }
  if (status === 'gehouden') {
    return (
      <div className="toolbar closed-note">
        <p id="vergadering-gesloten" tabIndex={-1}>
          Deze vergadering is gesloten. <a href={paths.meeting(props.meeting.id)}>Notulen exporteren</a>
        </p>
      </div>
    );
  }
  return null;
}

export function MeetingClose(props: {
  meeting: MeetingDetail;
  onSetStatus(status: 'bezig' | 'gehouden'): Promise<boolean>;
  /** Stores what is typed; returns what could not be stored. */
  flushAll(): Promise<Unsaved[]>;
  onGoToItem(index: number): void;
  onGoToAttendance(): void;
}) {
  const [check, setCheck] = useState<{ missing: Missing[]; unsaved: Unsaved[] } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (check) confirmRef.current?.focus();
  }, [check]);

  if (props.meeting.status !== 'bezig') return null;
  const cancel = () => {
    setCheck(null);
    setTimeout(() => closeRef.current?.focus());
  };
  const goBack = (go: () => void) => {
    setCheck(null);
    go();
  };

  if (!check) {
    return (
      <div className="button-row toolbar meeting-close">
        <button
          type="button"
          ref={closeRef}
          className="button-large"
          onClick={async () => {
            const unsaved = await props.flushAll();
            setCheck({ missing: closingCheck(props.meeting), unsaved });
          }}
        >
          Vergadering sluiten
        </button>
      </div>
    );
  }
  const complete = check.missing.length === 0 && check.unsaved.length === 0;
  return (
    <div className="confirm closing-check" role="group" aria-labelledby="sluiten-kop">
      <h2 id="sluiten-kop">Vergadering sluiten</h2>
      {complete ? (
        <p>Alles is ingevuld: aanwezigheid, uitkomsten en vinkjes.</p>
      ) : (
        <>
          <p>Dit ontbreekt nog. U kunt teruggaan om het in te vullen, of de vergadering toch sluiten.</p>
          <ul className="closing-missing">
            {check.unsaved.map((u) => (
              <li key={`u-${u.label}`}>
                {u.label} niet opgeslagen: {u.reason}{' '}
                <button type="button" className="button-quiet" onClick={() => goBack(u.focus)}>
                  Naar {u.label.toLowerCase()}
                </button>
              </li>
            ))}
            {check.missing.map((m) => (
              <li key={m.kind === 'item' ? `i-${m.index}` : m.kind}>
                {m.text}{' '}
                {m.kind === 'item' ? (
                  <button type="button" className="button-quiet" onClick={() => goBack(() => props.onGoToItem(m.index))}>
                    Naar agendapunt {m.index + 1}
                  </button>
                ) : (
                  <button type="button" className="button-quiet" onClick={() => goBack(props.onGoToAttendance)}>
                    Naar de aanwezigheid
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        <button
          type="button"
          ref={confirmRef}
          className="button-primary"
          onClick={async () => {
            const ok = await props.onSetStatus('gehouden');
            if (!ok) cancel();
          }}
        >
          {complete ? 'Ja, vergadering sluiten' : 'Toch sluiten'}
        </button>
        <button type="button" onClick={cancel}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
