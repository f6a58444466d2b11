// Vergadering: the meeting's details, its agenda (filled from the standard agenda or an earlier meeting),
// and the exports: the agenda to send out before, the minutes after. Once the minutes are adopted the
// meeting is shown, not edited.
import { useCallback, useEffect, useRef } from 'react';
import { BODY_LABELS, MEETING_STATUS_LABELS, type AgendaItem, type MeetingDetail } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { formatDateTime } from '../format';
import { navigate, paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { ExportButtons } from '../components/ExportButtons';
import { MeetingFieldsForm, type MeetingFields } from '../meeting/MeetingFieldsForm';
import { MeetingFacts } from '../meeting/MeetingFacts';
import { AgendaEditor } from '../meeting/AgendaEditor';
import { AgendaTools } from '../meeting/AgendaTools';
import { ExportPanel } from '../meeting/ExportPanel';
import { LockedNote } from '../meeting/LockedNote';
import { SteeringPanel } from '../meeting/SteeringPanel';
import { StartMeetingButton } from '../meeting/StartMeetingButton';
import { allPeople } from '../coalition/people';

export default function MeetingScreen({ id, itemId = null }: { id: number; itemId?: number | null }) {
  const call = useCall();
  const notices = useNotices();
  const loaded = useLoad(
    async () => {
      const [meeting, profile, coalition] = await Promise.all([
        call('meetings:get', { id }),
        call('profile:get', {}),
        call('coalition:list', {}),
      ]);
      return { meeting, profile, people: allPeople(coalition) };
    },
    [call, id],
  );
  const { setData } = loaded;
  const setMeeting = useCallback(
    (meeting: MeetingDetail) => setData((d) => (d ? { ...d, meeting } : d)),
    [setData],
  );
  const setAgenda = useCallback(
    (agenda: AgendaItem[]) => setData((d) => (d ? { ...d, meeting: { ...d.meeting, agenda } } : d)),
    [setData],
  );

  // From a search hit or the actielijst: bring the agenda item it points at into view, once.
  const shownTarget = useRef(false);
  const ready = loaded.data !== undefined;
  useEffect(() => {
    if (!itemId || !ready || shownTarget.current) return;
    shownTarget.current = true;
    const row = document.querySelector<HTMLElement>(`li[data-item-id="${itemId}"]`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus();
  }, [itemId, ready]);

  // The breadcrumb and h1 stay in the same place while loading, so the h1 keeps focus after navigation.
  const title = loaded.data?.meeting.title ?? 'Vergadering';
  const header = (
    <>
      <p className="breadcrumb">
        <a href={paths.meetings()}>← Alle vergaderingen</a>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
    </>
  );
  if (!loaded.data) {
    return (
      <>
        {header}
        {loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }

  const { meeting, profile, people } = loaded.data;
  const locked = meeting.adoption !== null;

  const save = async (fields: MeetingFields) => {
    const result = await notices.run(() => call('meetings:update', { id, ...fields }), 'De gegevens van de vergadering zijn opgeslagen.');
    if (result.ok) setMeeting(result.value);
    return result.ok;
  };

  const start = async () => {
    const result = await notices.run(() => call('meetings:setStatus', { id, status: 'bezig' }), 'De vergadering is gestart.');
    if (result.ok) {
      setMeeting(result.value);
      navigate(paths.meetingMode(id));
    }
    return result.ok;
  };

  // Minutes exist once the meeting has started; before that only the agenda is sent out. After the meeting they
  // are what the notulist comes for ("Notulen exporteren" in meeting mode leads here), so they come first.
  const held = meeting.status === 'gehouden';
  const minutes = (
    <section aria-labelledby="exporteren" className="panel">
      <h2 id="exporteren">Notulen exporteren</h2>
      <ExportPanel meetingId={id} adopted={meeting.adoption !== null} />
    </section>
  );

  return (
    <>
      {header}
      <p className="lead">
        <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> · {meeting.place} · {BODY_LABELS[meeting.body]} ·{' '}
        <span className={`status status-${meeting.status}`}>{MEETING_STATUS_LABELS[meeting.status]}</span>
      </p>
      {meeting.adoption && <LockedNote adoption={meeting.adoption} />}
      <div className="button-row toolbar">
        {meeting.status === 'gepland' && !locked ? (
          <StartMeetingButton startsAt={meeting.startsAt} onStart={start} />
        ) : (
          <a className="button button-primary button-large" href={paths.meetingMode(id)}>
            Naar de vergadermodus
          </a>
        )}
      </div>

      <div className="two-columns wide-first">
        <section aria-labelledby="agenda">
          <h2 id="agenda">Agenda</h2>
          <AgendaEditor meeting={meeting} profile={profile} onAgendaChange={setAgenda} locked={locked} targetItemId={itemId} />
        </section>
        <div>
          {held && minutes}
          <section aria-labelledby="gegevens" className="panel">
            <h2 id="gegevens">Gegevens van de vergadering</h2>
            {locked ? (
              <MeetingFacts meeting={meeting} />
            ) : (
              <MeetingFieldsForm
                initial={{
                  body: meeting.body,
                  title: meeting.title,
                  startsAt: meeting.startsAt,
                  place: meeting.place,
                  chairId: meeting.chairId,
                  notulistId: meeting.notulistId,
                }}
                people={people}
                submitLabel="Gegevens opslaan"
                onSubmit={save}
              />
            )}
          </section>
          {meeting.body === 'coalitie' && (
            <section aria-labelledby="sturingsvragen" className="panel">
              <h2 id="sturingsvragen">Sturingsvragen</h2>
              <SteeringPanel meetingId={id} locked={locked} />
            </section>
          )}
          {!locked && (
            <section aria-labelledby="agenda-aanvullen" className="panel">
              <h2 id="agenda-aanvullen">Agenda aanvullen</h2>
              <AgendaTools meeting={meeting} onAgendaChange={setAgenda} />
            </section>
          )}
          <section aria-labelledby="agenda-versturen" className="panel">
            <h2 id="agenda-versturen">Agenda versturen</h2>
            <p className="hint">De agenda met de voorstellen, om vóór de vergadering rond te sturen.</p>
            <ExportButtons what="Agenda" run={(format) => call('agenda:export', { meetingId: id, format })} />
          </section>
          {meeting.status === 'bezig' && minutes}
        </div>
      </div>
    </>
  );
}
