// A meeting's status as the lists show it: a held meeting whose minutes are adopted says so, so the lists tell
// the minutes still to adopt from those that are done without opening each meeting.
import { MEETING_STATUS_LABELS, type MeetingSummary } from '../../shared/domain';

export function MeetingStatusTag({ meeting }: { meeting: Pick<MeetingSummary, 'status' | 'adoptedAt'> }) {
  return (
    <span className={`status status-${meeting.status}`}>{meeting.adoptedAt ? 'Notulen vastgesteld' : MEETING_STATUS_LABELS[meeting.status]}</span>
  );
}
