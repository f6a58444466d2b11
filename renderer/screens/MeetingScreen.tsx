// Vergadering: the meeting's details, its agenda and the export of the minutes.
import { useCallback } from 'react';
import { BODY_LABELS, MEETING_STATUS_LABELS, type AgendaItem, type MeetingDetail } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { formatDate, formatDateTime } from '../format';
import { navigate, paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MeetingFieldsForm, type MeetingFields } from '../meeting/MeetingFieldsForm';
import { AgendaEditor } from '../meeting/AgendaEditor';
import { ExportPanel } from '../meeting/ExportPanel';
import { allPeople } from '../coalition/people';

export default function MeetingScreen({ id }: { id: number }) {
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
  };

  return (
    <>
      {header}
      <p className="lead">
        <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> · {meeting.place} · {BODY_LABELS[meeting.body]} ·{' '}
        <span className={`status status-${meeting.status}`}>{MEETING_STATUS_LABELS[meeting.status]}</span>
      </p>
      {meeting.adoption && (
        <p className="note">
          De notulen zijn vastgesteld op {formatDate(meeting.adoption.adoptedAt)} ({meeting.adoption.adoptedInMeetingTitle}). Wijzigingen
          komen als correctie in een volgende vergadering.
        </p>
      )}
      <div className="button-row toolbar">
        {meeting.status === 'gepland' ? (
          <button type="button" className="button-primary button-large" onClick={start}>
            Vergadering starten
          </button>
        ) : (
          <a className="button button-primary button-large" href={paths.meetingMode(id)}>
            Naar de vergadermodus
          </a>
        )}
      </div>

      <div className="two-columns wide-first">
        <section aria-labelledby="agenda">
          <h2 id="agenda">Agenda</h2>
          <AgendaEditor meeting={meeting} profile={profile} onAgendaChange={setAgenda} />
        </section>
        <div>
          <section aria-labelledby="gegevens" className="panel">
            <h2 id="gegevens">Gegevens van de vergadering</h2>
            <MeetingFieldsForm
              initial={{
                body: meeting.body,
                title: meeting.title,
                startsAt: meeting.startsAt,
                place: meeting.place,
                chairId: meeting.chairId,
                notulistId: meeting.notulistId,
              }}
              people={people} submitLabel="Gegevens opslaan" onSubmit={save} />
          </section>
          <section aria-labelledby="exporteren" className="panel">
            <h2 id="exporteren">Notulen exporteren</h2>
            <ExportPanel meetingId={id} />
          </section>
        </div>
      </div>
    </>
  );
}
