// The year month by month: meetings (coalition and programmateam told apart by a text label and the
// card's border style, not by colour alone) and milestones.
import { BODY_LABELS, type MeetingSummary, type Milestone } from '../../shared/domain';
import { formatDate, formatDateTime } from '../format';
import { paths } from '../router';
import { MeetingStatusTag } from '../meetings/MeetingStatusTag';

const MONTHS = ['Januari', 'Februari', 'Maart', 'April', 'Mei', 'Juni', 'Juli', 'Augustus', 'September', 'Oktober', 'November', 'December'];

type Entry = { date: string; meeting: MeetingSummary; milestone?: never } | { date: string; milestone: Milestone; meeting?: never };

function EntryItem({ entry }: { entry: Entry }) {
  if (entry.meeting) {
    const m = entry.meeting;
    return (
      <li className={`year-entry body-${m.body}`}>
        <p className="year-entry-kind">
          <span className={`tag tag-body-${m.body}`}>{BODY_LABELS[m.body]}</span>
        </p>
        <p className="year-entry-when">
          <time dateTime={m.startsAt}>{formatDateTime(m.startsAt)}</time>
        </p>
        <p className="year-entry-title">
          <a href={paths.meeting(m.id)}>{m.title}</a>
        </p>
        <p className="meta">
          <span>{m.place}</span>
          <span>
            Status: <MeetingStatusTag meeting={m} />
          </span>
        </p>
      </li>
    );
  }
  const ms = entry.milestone;
  return (
    <li className="year-entry milestone-entry">
      <p className="year-entry-kind">
        <span className="tag tag-milestone">Mijlpaal</span>
      </p>
      <p className="year-entry-when">
        <time dateTime={ms.date}>{formatDate(ms.date, { weekday: 'short' })}</time>
      </p>
      <p className="year-entry-title">{ms.title}</p>
      {ms.description && <p className="description">{ms.description}</p>}
    </li>
  );
}

export function YearCalendar({ meetings, milestones }: { meetings: MeetingSummary[]; milestones: Milestone[] }) {
  const entries: Entry[] = [
    ...meetings.map((meeting) => ({ date: meeting.startsAt, meeting })),
    ...milestones.map((milestone) => ({ date: milestone.date, milestone })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <div className="year-months">
      {MONTHS.map((name, i) => {
        const month = String(i + 1).padStart(2, '0');
        const inMonth = entries.filter((e) => e.date.slice(5, 7) === month);
        return (
          <div key={name} className={`year-month ${inMonth.length === 0 ? 'year-month-empty' : ''}`}>
            <h3>{name}</h3>
            {inMonth.length === 0 ? (
              <p className="empty">Niets gepland.</p>
            ) : (
              <ul className="year-entries">
                {inMonth.map((e) => (
                  <EntryItem key={e.meeting ? `m${e.meeting.id}` : `ms${e.milestone.id}`} entry={e} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
