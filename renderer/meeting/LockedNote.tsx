// Shown on a meeting whose minutes are adopted: when, where, the corrections, and why nothing can change.
import type { Adoption } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';

export function LockedNote({ adoption }: { adoption: Adoption }) {
  return (
    <div className="note locked-note">
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
    </div>
  );
}
