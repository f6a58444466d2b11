// Projectorscherm: follows the voorzitter's screen live — the current agenda item, during a review the
// vinkje under discussion and the seven answers, once decided the outcome and besluittekst, and who is present.
// Large, high contrast, no controls; sized to the screen's height so nothing needs scrolling.
import { AGENDA_KIND_LABELS, MEETING_STATUS_LABELS } from '../../shared/domain';
import { formatDateTime } from '../format';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { usePresenterState } from '../projector/usePresenterState';
import { ProjectorReview } from '../projector/ProjectorReview';
import { ProjectorAttendance, ResidentsWarning } from '../projector/ProjectorAttendance';
import '../projector/projector.css';

export default function ProjectorScreen({ id }: { id: number }) {
  const { state, error } = usePresenterState(id);
  const title = state?.meetingTitle;

  return (
    <div className="projector-screen">
      <p className="projector-back">
        <a href={paths.meetingMode(id)}>← Terug naar de vergadermodus</a>
      </p>
      <PageHeading title={title ? `Projectorscherm: ${title}` : 'Projectorscherm'}>{title ?? 'Projectorscherm'}</PageHeading>
      {error && (
        <p role="status" className="projector-error">
          {error} Het scherm probeert het steeds opnieuw.
        </p>
      )}
      {!state ? (
        !error && <p role="status">Laden…</p>
      ) : (
        <>
          <p className="projector-meta">
            <time dateTime={state.startsAt}>{formatDateTime(state.startsAt)}</time> · {MEETING_STATUS_LABELS[state.status]}
          </p>
          <ResidentsWarning state={state} />
          <div className={`projector-layout${state.answers.length > 0 ? ' is-decision' : ''}`}>
            <div className="projector-main">
              <section aria-labelledby="scherm-punt" className="projector-item">
                {state.item ? (
                  <>
                    <p className="projector-label">
                      Agendapunt {state.item.position} · {AGENDA_KIND_LABELS[state.item.kind]}
                    </p>
                    <h2 id="scherm-punt">{state.item.title}</h2>
                    {state.item.proposal && (
                      <div className="projector-proposal">
                        <p className="projector-label">Voorstel</p>
                        <p>{state.item.proposal}</p>
                      </div>
                    )}
                  </>
                ) : (
                  <h2 id="scherm-punt">De vergadering begint zo.</h2>
                )}
              </section>
              {state.answers.length > 0 && <ProjectorReview state={state} />}
            </div>
            <ProjectorAttendance state={state} compact={state.answers.length > 0} />
          </div>
        </>
      )}
    </div>
  );
}
