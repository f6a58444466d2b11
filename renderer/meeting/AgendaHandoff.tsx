// "Naar de coalitie": on a programmateam item, the button that puts it on the coalition's next agenda (or
// where it went); on a coalition item, the programmateam item it came from.
import type { AgendaItem, Body } from '../../shared/domain';
import type { AgendaHandoff as Handoff } from '../../shared/bodies';
import { formatDate } from '../../shared/format';
import { paths } from '../router';

function MeetingLink({ to }: { to: Handoff }) {
  return (
    <a href={paths.meeting(to.meetingId, to.agendaItemId)}>
      {to.meetingTitle} van {formatDate(to.meetingStartsAt.slice(0, 10))}
    </a>
  );
}

export function AgendaHandoff(props: { item: AgendaItem; body: Body; onPass(): void }) {
  const { item } = props;
  if (item.passedFrom) {
    return (
      <p className="handoff">
        <span className="tag">Van het programmateam</span> Ingebracht uit <MeetingLink to={item.passedFrom} />.
      </p>
    );
  }
  if (item.passedTo) {
    return (
      <p className="handoff">
        <span className="tag">Naar de coalitie</span> Staat op de agenda van <MeetingLink to={item.passedTo} />.
      </p>
    );
  }
  if (props.body !== 'programmateam') return null;
  return (
    <div className="handoff">
      <button type="button" onClick={props.onPass} aria-label={`Naar de coalitie: ${item.title}`}>
        Naar de coalitie
      </button>
    </div>
  );
}
