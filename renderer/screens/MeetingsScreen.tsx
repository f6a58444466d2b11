// Vergaderingen: the coming and past meetings, and the form for a new one.
import { useEffect, useRef, useState } from 'react';
import type { MeetingSummary } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { nowLocalDateTime, todayLocalDate } from '../format';
import { navigate, paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { LoadGate } from '../components/LoadState';
import { MeetingList } from '../meetings/MeetingList';
import { MeetingFieldsForm, type NewMeetingFields } from '../meeting/MeetingFieldsForm';
import { activeOn, allPeople, firstWithRole } from '../coalition/people';

/**
 * Past meetings shown at first: about a year's worth, then more on request. Twenty years are 240 meetings, and
 * drawing all their cards made this first screen half as slow again as on a new installation (issue 6).
 */
const PAST_MEETINGS_SHOWN = 12;

export function MeetingsScreen() {
  const call = useCall();
  const [pastShown, setPastShown] = useState(PAST_MEETINGS_SHOWN);
  // After "Toon oudere vergaderingen", focus goes to the first meeting that appeared.
  const focusFrom = useRef<number | null>(null);
  const pastSection = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusFrom.current === null) return;
    pastSection.current?.querySelectorAll<HTMLAnchorElement>('.meeting-card h3 a')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [pastShown]);
  const notices = useNotices();
  const meetings = useLoad(() => call('meetings:list', {}), [call]);
  const coalition = useLoad(() => call('coalition:list', {}), [call]);

  const create = async (fields: NewMeetingFields) => {
    const result = await notices.run(() => call('meetings:create', fields), (m) => `Vergadering “${m.title}” is aangemaakt.`);
    if (result.ok) navigate(paths.meeting(result.value.id));
    return result.ok;
  };

  const now = nowLocalDateTime();
  const list = meetings.data ?? [];
  // A held meeting is an earlier one whatever its date (held ahead of the date it was planned on, or dated wrongly):
  // under "Komende" it would read as still to come.
  const isUpcoming = (m: MeetingSummary) => m.status !== 'gehouden' && m.startsAt >= now;
  const upcoming = list.filter(isUpcoming).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = list.filter((m) => !isUpcoming(m)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const people = coalition.data ? allPeople(coalition.data) : [];
  // A new meeting's chair and notulist are proposed from those who take part today.
  const current = people.filter((p) => activeOn(p, todayLocalDate()));

  return (
    <>
      <PageHeading title="Vergaderingen">Vergaderingen</PageHeading>
      <div className="two-columns">
        <div>
          <LoadGate loaded={meetings}>
            {() => (
              <>
                <section aria-labelledby="komende">
                  <h2 id="komende">Komende vergaderingen</h2>
                  <MeetingList meetings={upcoming} empty="Er zijn geen komende vergaderingen gepland." />
                </section>
                <section aria-labelledby="eerdere" ref={pastSection}>
                  <h2 id="eerdere">Eerdere vergaderingen</h2>
                  <MeetingList meetings={past.slice(0, pastShown)} empty="Er zijn nog geen eerdere vergaderingen." />
                  {past.length > pastShown && (
                    <div className="button-row">
                      <button
                        type="button"
                        onClick={() => {
                          focusFrom.current = pastShown;
                          setPastShown((n) => n + 2 * PAST_MEETINGS_SHOWN);
                        }}
                      >
                        Toon oudere vergaderingen (nog {past.length - pastShown})
                      </button>
                    </div>
                  )}
                </section>
              </>
            )}
          </LoadGate>
        </div>
        <section aria-labelledby="nieuwe-vergadering" className="panel">
          <h2 id="nieuwe-vergadering">Nieuwe vergadering</h2>
          <LoadGate loaded={coalition}>
            {() => (
              <MeetingFieldsForm
                initial={{
                  body: 'coalitie',
                  title: '',
                  startsAt: '',
                  place: '',
                  chairId: firstWithRole(current, 'voorzitter')?.id ?? null,
                  notulistId: firstWithRole(current, 'notulist')?.id ?? null,
                }}
                people={people}
                earlierMeetings={list}
                submitLabel="Vergadering aanmaken"
                onSubmit={create}
              />
            )}
          </LoadGate>
        </section>
      </div>
    </>
  );
}
