// Shown on a meeting whose minutes are adopted: when, where, the corrections, and why nothing can change.
import type { Adoption } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';

export function LockedNote({ adoption }: { adoption: Adoption }) {
  const seal = adoption.seal ?? null;
  return (
    <div className="note locked-note">
      {seal && !seal.ok && (
        <div className="warning" role="alert">
          <p>
            <strong>{seal.problem}</strong>
          </p>
        </div>
      )}
      <p>
        <strong>Vastgesteld op {formatDate(adoption.adoptedAt)}</strong> in{' '}
        <a href={paths.meeting(adoption.adoptedInMeetingId)}>{adoption.adoptedInMeetingTitle}</a>
        {adoption.corrections.length > 0 ? ', met correcties.' : ', ongewijzigd.'}
      </p>
      {adoption.corrections.map((c, i) => (
        <p key={i} className="description">
          Correcties: {c.text}
        </p>
      ))}
      <p>
        De besluiten, vinkjes, aanwezigheid, aantekeningen en agenda van deze vergadering kunnen niet meer worden gewijzigd. Een
        wijziging komt als correctie bij de vaststelling in een latere vergadering.
      </p>
      {seal?.seal && (
        <p className="description">
          Zegel{seal.keyed ? ' (met sleutel)' : ''}: <code className="seal">{seal.seal}</code>
          {seal.ok ? ' — gecontroleerd, klopt.' : ' — klopt niet meer met de gegevens.'}
        </p>
      )}
    </div>
  );
}
