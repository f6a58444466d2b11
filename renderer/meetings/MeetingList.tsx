// One list of meetings ("Komende" or "Eerdere"), each a link to the meeting with its key facts.
import { BODY_LABELS, type MeetingSummary } from '../../shared/domain';
import { countLabel, formatDateTime } from '../format';
import { paths } from '../router';
import { MeetingStatusTag } from './MeetingStatusTag';

export function MeetingList({ meetings, empty }: { meetings: MeetingSummary[]; empty: string }) {
  if (meetings.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="meeting-card">
          <p className="meeting-when">
            <time dateTime={m.startsAt}>{formatDateTime(m.startsAt)}</time>
          </p>
          <h3>
            <a href={paths.meeting(m.id)}>{m.title}</a>
          </h3>
          <dl className="facts">
            <div>
              <dt>Overleg</dt>
              <dd>{BODY_LABELS[m.body]}</dd>
            </div>
            <div>
              <dt>Plaats</dt>
              <dd>{m.place}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <MeetingStatusTag meeting={m} />
              </dd>
            </div>
            <div>
              <dt>Agenda</dt>
              <dd>
                {countLabel(m.itemCount, 'agendapunt', 'agendapunten')}, {countLabel(m.decisionCount, 'besluit', 'besluiten')}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
