// Jaarplanning: the year's meetings by month, its milestones, the three-meetings rule of the area plan
// and the iCalendar export for Outlook and other calendars.
import { useRef, useState } from 'react';
import { MIN_COALITION_MEETINGS_PER_YEAR, type Milestone } from '../../shared/domain';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { countLabel, todayLocalDate } from '../format';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { YearCalendar } from '../year/YearCalendar';
import { MilestoneList } from '../year/MilestoneList';
import { MilestoneForm, type MilestoneFields } from '../year/MilestoneForm';
import { TrackList } from '../year/TrackList';

export default function YearScreen({ year: requested }: { year: number | null }) {
  const year = requested ?? Number(todayLocalDate().slice(0, 4));
  const call = useCall();
  const notices = useNotices();
  const loaded = useLoad(() => call('year:get', { year }), [call, year]);
  const tracks = useLoad(() => call('tracks:forYear', { year }), [call, year]);
  const [showTeam, setShowTeam] = useState(true);
  const milestonesHeading = useRef<HTMLHeadingElement>(null);

  const exportIcs = () =>
    notices.run(async () => saveExportedFile(await call('year:exportIcs', { year })), (message) => message);

  const inOtherYear = (date: string) => (date.startsWith(`${year}-`) ? '' : ` Hij staat in ${date.slice(0, 4)}.`);
  const addMilestone = async (f: MilestoneFields) => {
    const result = await notices.run(
      () => call('milestones:create', f),
      (m) => `Mijlpaal “${m.title}” is toegevoegd.${inOtherYear(m.date)}`,
    );
    if (result.ok) await loaded.reload();
    return result.ok;
  };
  const saveMilestone = async (m: Milestone, f: MilestoneFields) => {
    const result = await notices.run(
      () => call('milestones:update', { id: m.id, ...f }),
      (saved) => `Mijlpaal “${saved.title}” is opgeslagen.${inOtherYear(saved.date)}`,
    );
    if (result.ok) await loaded.reload();
    return result.ok;
  };
  const removeMilestone = async (m: Milestone) => {
    const result = await notices.run(() => call('milestones:remove', { id: m.id }), `Mijlpaal “${m.title}” is verwijderd.`);
    if (result.ok) {
      await loaded.reload();
      milestonesHeading.current?.focus();
    }
  };

  const plan = loaded.data;
  const meetings = plan?.meetings.filter((m) => showTeam || m.body === 'coalitie') ?? [];

  return (
    <>
      <PageHeading title={`Jaarplanning ${year}`}>Jaarplanning {year}</PageHeading>
      <nav aria-label="Ander jaar" className="year-switcher">
        {year > 2000 && (
          <a href={paths.year(year - 1)} className="button">
            <span aria-hidden="true">← </span>Vorig jaar ({year - 1})
          </a>
        )}
        {year < 2100 && (
          <a href={paths.year(year + 1)} className="button">
            Volgend jaar ({year + 1})<span aria-hidden="true"> →</span>
          </a>
        )}
      </nav>
      {!plan ? (
        loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />
      ) : (
        <>
          <div role="status" className={plan.warning ? 'warning year-warning' : 'note'}>
            {plan.warning ? (
              <p>
                <strong>{plan.warning}</strong> <a href={paths.meetings()}>Plan een coalitievergadering</a>.
              </p>
            ) : (
              <p>
                In {year} zijn {countLabel(plan.coalitionMeetingCount, 'coalitievergadering', 'coalitievergaderingen')} gepland; de
                coalitie komt minstens {MIN_COALITION_MEETINGS_PER_YEAR} keer per jaar bijeen.
              </p>
            )}
          </div>
          <div className="button-row toolbar">
            <button type="button" className="button-primary" onClick={exportIcs} aria-describedby="ics-uitleg">
              Agenda's in Outlook zetten (.ics)
            </button>
            <a href={paths.templates()}>Standaardagenda bewerken</a>
            <a href={paths.steering()}>Sturingsvragen naast elkaar</a>
            <a href={paths.decisions()}>Besluitenlijst</a>
          </div>
          <p id="ics-uitleg" className="hint">
            Een iCalendar-bestand met alle vergaderingen van {year} (tijden in Nederlandse tijd). Outlook, Google Agenda en Apple
            Agenda kunnen het importeren.
          </p>
          <div className="two-columns wide-first">
            <section aria-labelledby="jaar-overzicht">
              <h2 id="jaar-overzicht">Vergaderingen en mijlpalen</h2>
              <div className="choice">
                <input id="toon-programmateam" type="checkbox" checked={showTeam} onChange={(e) => setShowTeam(e.target.checked)} />
                <label htmlFor="toon-programmateam">Ook vergaderingen van het programmateam tonen</label>
              </div>
              <YearCalendar meetings={meetings} milestones={plan.milestones} />
            </section>
            <section aria-labelledby="mijlpalen" className="panel">
              <h2 id="mijlpalen" ref={milestonesHeading} tabIndex={-1}>
                Mijlpalen
              </h2>
              <MilestoneList milestones={plan.milestones} onSave={saveMilestone} onRemove={removeMilestone} />
              <h3>Mijlpaal toevoegen</h3>
              <MilestoneForm formLabel="Nieuwe mijlpaal" submitLabel="Mijlpaal toevoegen" onSubmit={addMilestone} />
            </section>
          </div>
          <section aria-labelledby="sporen-kop">
            <h2 id="sporen-kop">Aan de slag: sporen uit het gebiedsplan</h2>
            <p className="hint">
              Eigenaar, status en voortgang wijzigt u bij <a href={paths.plans()}>Plannen</a>.
            </p>
            {tracks.data ? (
              <TrackList tracks={tracks.data} year={year} />
            ) : tracks.error ? (
              <LoadFailed message={tracks.error} onRetry={tracks.reload} />
            ) : (
              <Loading />
            )}
          </section>
        </>
      )}
    </>
  );
}
