// Vergadermodus: what the chair works from in the room. Attendance, the agenda item by item, the
// vinkjes review of every proposed decision, its outcome, the actions, and closing the meeting.
// Answers store themselves; moving to another item or closing first stores what is typed and asks when
// something could not be stored (it is kept either way).
import { useCallback, useEffect, useRef, useState } from 'react';
import { MEETING_STATUS_LABELS, type ActionItem, type AgendaItem, type AttendanceEntry, type MeetingDetail } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { formatDateTime } from '../format';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { AttendancePanel } from '../meetingmode/AttendancePanel';
import { AgendaNav } from '../meetingmode/AgendaNav';
import { CurrentItem } from '../meetingmode/CurrentItem';
import { MeetingClose, MeetingStartBar } from '../meetingmode/MeetingStatusBar';
import { PendingSavesProvider, usePendingSavesRoot, type Unsaved } from '../review/pendingSaves';
import { ProjectorLink } from '../meetingmode/ProjectorLink';
import { usePresenterSync } from '../meetingmode/usePresenterSync';
import { LockedNote } from '../meeting/LockedNote';
import { loadMeetingMode, peekMeetingModePrefetch, releaseMeetingModePrefetch } from '../meetingmode/meetingModeData';

// Remember the item under discussion per meeting, so a reload returns to it.
const storageKey = (id: number) => `coalitietafel:vergadermodus:${id}`;
function rememberedIndex(id: number): number {
  try {
    return Number(sessionStorage.getItem(storageKey(id)) ?? 0) || 0;
  } catch {
    return 0;
  }
}

export default function MeetingModeScreen({ id }: { id: number }) {
  const call = useCall();
  const notices = useNotices();
  // The app asked for this data with the route, while this chunk was on its way; when it has arrived, the first
  // render draws it. The head start is used once: a retry asks the store afresh.
  const [head] = useState(() => peekMeetingModePrefetch(id));
  useEffect(() => {
    if (head) releaseMeetingModePrefetch(head);
  }, [head]);
  const unused = useRef(head && !head.ready ? head.data : null);
  const loaded = useLoad(
    () => {
      const early = unused.current;
      unused.current = null;
      return early ?? loadMeetingMode(call, id);
    },
    [call, id],
    head?.ready,
  );
  const [currentIndex, setCurrentIndex] = useState(() => rememberedIndex(id));
  const [announcement, setAnnouncement] = useState('');
  const [leaving, setLeaving] = useState<{ to: number; unsaved: Unsaved[] } | null>(null);
  const [attendanceRequest, setAttendanceRequest] = useState(0);
  const firstRender = useRef(true);
  const pending = usePendingSavesRoot();

  const { setData } = loaded;
  const updateMeeting = useCallback(
    (change: (m: MeetingDetail) => MeetingDetail) => setData((d) => (d ? { ...d, meeting: change(d.meeting) } : d)),
    [setData],
  );
  const onItemChange = useCallback(
    (item: AgendaItem) => updateMeeting((m) => ({ ...m, agenda: m.agenda.map((a) => (a.id === item.id ? item : a)) })),
    [updateMeeting],
  );
  const onActionChange = useCallback(
    (action: ActionItem) =>
      updateMeeting((m) => ({
        ...m,
        actions: m.actions.some((a) => a.id === action.id) ? m.actions.map((a) => (a.id === action.id ? action : a)) : [...m.actions, action],
      })),
    [updateMeeting],
  );
  const onAttendanceChange = useCallback(
    (attendance: AttendanceEntry[]) => updateMeeting((m) => ({ ...m, attendance })),
    [updateMeeting],
  );
  const onMeetingChange = useCallback((meeting: MeetingDetail) => updateMeeting(() => meeting), [updateMeeting]);
  const present = usePresenterSync(id);

  const agenda = loaded.data?.meeting.agenda ?? [];
  const index = Math.min(Math.max(currentIndex, 0), Math.max(agenda.length - 1, 0));
  const item = agenda[index];
  const next = agenda[index + 1];
  const moveTo = (to: number) => {
    setLeaving(null);
    setCurrentIndex(to);
    // From the bottom of a long item, start reading the next one at its title.
    setTimeout(() => document.getElementById('huidig-punt')?.focus());
  };
  // What is typed is stored first; what cannot be stored (a rule, a failed call) is named before moving on.
  const goTo = async (to: number) => {
    const unsaved = await pending.flushAll();
    if (unsaved.length === 0) moveTo(to);
    else {
      setLeaving({ to, unsaved });
      setTimeout(() => document.getElementById('niet-opgeslagen')?.focus());
    }
  };

  // The projector follows the item on the voorzitter's screen (a vinkje is added when one is worked on).
  useEffect(() => {
    if (item) present(item.id, null);
  }, [item?.id, present]);

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(id), String(index));
    } catch {
      // Storage may be unavailable; remembering the item is a convenience only.
    }
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (item) setAnnouncement(`Agendapunt ${index + 1} van ${agenda.length}: ${item.title}`);
    // Announce only when the chair moves to another item, not on every edit of it.
  }, [id, index, item?.id]);

  // The breadcrumb and h1 stay in the same place while loading, so the h1 keeps focus after navigation.
  const title = loaded.data?.meeting.title;
  const header = (
    <>
      <p className="breadcrumb">
        <a href={paths.meeting(id)}>← Terug naar de agenda</a>
      </p>
      <PageHeading title={title ? `Vergadermodus: ${title}` : 'Vergadermodus'}>
        <span className="h1-prefix">Vergadermodus{title ? ':' : ''}</span> {title}
      </PageHeading>
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

  const { meeting, profile, organisations } = loaded.data;
  const locked = meeting.adoption !== null;

  const setStatus = async (status: 'bezig' | 'gehouden') => {
    const result = await notices.run(
      () => call('meetings:setStatus', { id, status }),
      status === 'bezig' ? 'De vergadering is gestart.' : 'De vergadering is gesloten. De notulen kunnen worden geëxporteerd.',
    );
    if (result.ok) updateMeeting(() => result.value);
    // The closing question goes away with the meeting's status: the focus goes to what replaces it at the top.
    if (result.ok && status === 'gehouden') setTimeout(() => document.getElementById('vergadering-gesloten')?.focus());
    return result.ok;
  };

  return (
    <>
      {header}
      <p className="lead">
        <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> · {meeting.place}
        {meeting.chairName && <> · Voorzitter: {meeting.chairName}</>} · Status:{' '}
        <span className={`status status-${meeting.status}`}>{MEETING_STATUS_LABELS[meeting.status]}</span>
      </p>
      {meeting.adoption && <LockedNote adoption={meeting.adoption} />}
      {!locked && <MeetingStartBar meeting={meeting} onSetStatus={setStatus} />}
      <ProjectorLink meetingId={id} />

      <PendingSavesProvider value={pending}>
        <div className="meeting-layout">
          <AgendaNav agenda={agenda} checklist={meeting.checklist} currentIndex={index} onSelect={(to) => void goTo(to)} />
          <div className="meeting-main">
            <AttendancePanel meeting={meeting} itemIndex={index} onChange={onAttendanceChange} locked={locked} openRequest={attendanceRequest} />
            <p className="visually-hidden" aria-live="polite">
              {announcement}
            </p>
            {item ? (
              <>
                <div className="button-row item-steps">
                  <button type="button" disabled={index === 0} onClick={() => void goTo(index - 1)}>
                    <span aria-hidden="true">← </span>Vorig agendapunt
                  </button>
                  <button type="button" disabled={!next} onClick={() => void goTo(index + 1)}>
                    Volgend agendapunt<span aria-hidden="true"> →</span>
                  </button>
                </div>
                {leaving && (
                  <div className="warning unsaved-leave" role="group" aria-labelledby="niet-opgeslagen">
                    <p id="niet-opgeslagen" tabIndex={-1}>
                      <strong>Niet alles is opgeslagen.</strong> Wat u typte blijft bewaard op deze computer en wordt opgeslagen
                      zodra het kan.
                    </p>
                    <ul>
                      {leaving.unsaved.map((u) => (
                        <li key={u.label}>
                          {u.label}: {u.reason}{' '}
                          <button
                            type="button"
                            className="button-quiet"
                            onClick={() => {
                              setLeaving(null);
                              u.focus();
                            }}
                          >
                            Naar {u.label.toLowerCase()}
                          </button>
                        </li>
                      ))}
                    </ul>
                    <div className="form-actions">
                      <button type="button" onClick={() => moveTo(leaving.to)}>
                        Toch naar agendapunt {leaving.to + 1}
                      </button>
                      <button type="button" className="button-primary" onClick={() => setLeaving(null)}>
                        Annuleren
                      </button>
                    </div>
                  </div>
                )}
                <CurrentItem
                  key={item.id}
                  meeting={meeting}
                  item={item}
                  index={index}
                  profile={profile}
                  organisations={organisations}
                  locked={locked}
                  onItemChange={onItemChange}
                  onActionChange={onActionChange}
                  onMeetingChange={onMeetingChange}
                  onVinkjeActive={(checklistItemId) => present(item.id, checklistItemId)}
                />
                {next && (
                  <div className="button-row item-steps">
                    <button type="button" className="button-primary" onClick={() => void goTo(index + 1)}>
                      Verder naar agendapunt {index + 2}: {next.title}
                    </button>
                  </div>
                )}
              </>
            ) : (
              <p className="empty">
                Deze vergadering heeft nog geen agenda. <a href={paths.meeting(id)}>Stel de agenda op</a>.
              </p>
            )}
            {!locked && (
              <MeetingClose
                meeting={meeting}
                onSetStatus={setStatus}
                flushAll={pending.flushAll}
                onGoToItem={(to) => moveTo(to)}
                onGoToAttendance={() => setAttendanceRequest((n) => n + 1)}
              />
            )}
          </div>
        </div>
      </PendingSavesProvider>
    </>
  );
}
