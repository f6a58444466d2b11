// The meeting's own fields, read-only (for a meeting whose minutes are adopted).
import { BODY_LABELS, type MeetingDetail } from '../../shared/domain';
import { formatDateTime } from '../format';

export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const rows: [string, string][] = [
    ['Overleg', BODY_LABELS[meeting.body]],
    ['Titel', meeting.title],
    ['Datum en tijd', formatDateTime(meeting.startsAt)],
    ['Plaats', meeting.place],
    ['Voorzitter', meeting.chairName ?? 'niet gekozen'],
    ['Notulist', meeting.notulistName ?? 'niet gekozen'],
  ];
  return (
    <>
      <dl className="facts facts-stacked">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">De notulen zijn vastgesteld: deze gegevens kunnen niet meer worden gewijzigd.</p>
    </>
  );
}
