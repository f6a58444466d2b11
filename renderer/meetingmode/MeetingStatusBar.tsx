// Starting and closing the meeting. Closing asks for confirmation: it ends the meeting for everyone.
import { useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../shared/domain';
import { paths } from '../router';

export function MeetingStatusBar(props: { meeting: MeetingDetail; onSetStatus(status: 'bezig' | 'gehouden'): Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const { status } = props.meeting;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (status === 'gepland') {
    return (
      <div className="button-row toolbar">
        <button type="button" className="button-primary button-large" onClick={() => props.onSetStatus('bezig')}>
          Vergadering starten
        </button>
      </div>
    );
  }
  if (status === 'gehouden') {
    return (
      <div className="toolbar closed-note">
        <p>
          Deze vergadering is gesloten. <a href={paths.meeting(props.meeting.id)}>Notulen exporteren</a>
        </p>
      </div>
    );
  }
  return (
    <div className="button-row toolbar">
      {confirming ? (
        <div className="confirm" role="group" aria-label="Vergadering sluiten bevestigen">
          <p>Weet u zeker dat u de vergadering wilt sluiten?</p>
          <div className="form-actions">
            <button
              type="button"
              ref={confirmRef}
              className="button-primary"
              onClick={async () => {
                const ok = await props.onSetStatus('gehouden');
                if (!ok) setConfirming(false);
              }}
            >
              Ja, vergadering sluiten
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => closeRef.current?.focus());
              }}
            >
              Annuleren
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={closeRef} className="button-large" onClick={() => setConfirming(true)}>
          Vergadering sluiten
        </button>
      )}
    </div>
  );
}
