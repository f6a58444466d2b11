// The tamper banner: when the check made at start-up finds adopted minutes that no longer match their seal (or
// locks that had been switched off), every screen says so at the top and names the meeting. The check runs in
// the background on the host; this asks once and waits for it, so the first screen never waits.
import { useEffect, useId, useState } from 'react';
import type { IntegrityStatus } from '../../shared/contract.durability';
import { useCall } from '../api';
import { paths } from '../router';
import './integrity.css';

export function IntegrityBanner(props: { compact?: boolean }) {
  const call = useCall();
  const titleId = useId();
  const [status, setStatus] = useState<IntegrityStatus | null>(null);

  useEffect(() => {
    let live = true;
    call('integrity:status', {}).then(
      (s) => live && setStatus(s),
      () => {
        // Unreachable or in rescue mode: the rescue banner and the screen say so; Beheer can check by hand.
      },
    );
    return () => {
      live = false;
    };
  }, [call]);

  if (!status) return null;
  if (status.warnings.length === 0) {
    // Not tampering, but worth knowing once (e.g. seals made without a key have been given one now).
    if (status.notices.length === 0 || props.compact) return null;
    return (
      <section className="integrity-notice" aria-labelledby={titleId}>
        <div className="integrity-inner" role="status">
          <h2 id={titleId}>Controle van de vastgestelde notulen</h2>
          {status.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      </section>
    );
  }
  return (
    <section className="integrity-banner" aria-labelledby={titleId}>
      <div className="integrity-inner" role="alert">
        <h2 id={titleId}>Vastgestelde notulen zijn buiten Coalitietafel om gewijzigd</h2>
        <ul>
          {status.warnings.map((w) => (
            <li key={w.message}>
              {w.message}
              {w.meetingId !== null && !props.compact && (
                <>
                  {' '}
                  <a href={paths.meeting(w.meetingId)}>Naar deze vergadering</a>
                </>
              )}
            </li>
          ))}
        </ul>
        {!props.compact && (
          <p>
            Op het scherm <a href={paths.beheer()}>Beheer</a> kunt u alle zegels opnieuw laten controleren en een reservekopie terugzetten.
          </p>
        )}
      </div>
    </section>
  );
}
