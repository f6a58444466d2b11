// The keurmerk of one plan or intervention: "Die zeven vinkjes vormen ons keurmerk". Its status, the current
// review with the same vinkje rows as a decision's review, a new review (the current one is kept), and the earlier
// reviews as they were. A review older than the last change of the plan is marked so, with both dates, and locked.
import { useCallback } from 'react';
import { KEURMERK_SUBJECT_LABELS, keurmerkOutdated, type KeurmerkDetail, type KeurmerkSubject } from '../../shared/keurmerk';
import { formatInstant } from '../../shared/format';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { KeurmerkStatusLine } from '../keurmerk/KeurmerkStatusLine';
import { KeurmerkReview } from '../keurmerk/KeurmerkReview';
import { KeurmerkHistory } from '../keurmerk/KeurmerkHistory';
import { StartReviewForm } from '../keurmerk/StartReviewForm';
import { PendingSavesProvider, usePendingSavesRoot } from '../review/pendingSaves';
import '../monitoring/monitoring.css';

export default function KeurmerkScreen({ subject }: { subject: KeurmerkSubject }) {
  const call = useCall();
  const notices = useNotices();
  const saves = usePendingSavesRoot();
  const loaded = useLoad(async () => {
    const [detail, user] = await Promise.all([call('keurmerk:get', { subject }), call('settings:getUserName', {})]);
    return { detail, userName: user.userName };
  }, [call, subject.kind, subject.id]);
  const { setData } = loaded;
  const apply = useCallback((detail: KeurmerkDetail) => setData((d) => d && { ...d, detail }), [setData]);

  const words = KEURMERK_SUBJECT_LABELS[subject.kind];
  const title = loaded.data?.detail.title;
  const back =
    subject.kind === 'plan' ? (
      <a href={paths.plans()}>← Alle plannen</a>
    ) : (
      <a href={paths.intervention(subject.id)}>← {title ?? 'De interventie'}</a>
    );
  const header = (
    <>
      <p className="breadcrumb">{back}</p>
      <PageHeading title={title ? `Keurmerk: ${title}` : 'Keurmerk'}>
        <span className="h1-prefix">Keurmerk{title ? ':' : ''}</span> {title}
      </PageHeading>
      <MonitoringNav current={subject.kind === 'plan' ? 'plans' : 'interventions'} detail />
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

  const { detail, userName } = loaded.data;
  const [current, ...earlier] = detail.reviews;
  const outdated = current ? keurmerkOutdated({ ...detail.status, outdated: current.outdated }, subject.kind) : null;
  const start = async (reviewer: string) => {
    // What is typed in the current review is stored first, so starting a new one loses nothing.
    await saves.flushAll();
    const result = await notices.run(() => call('keurmerk:start', { subject, reviewer }), 'Een nieuwe toetsing is begonnen.');
    if (result.ok) apply(result.value);
    return result.ok;
  };

  return (
    <>
      {header}
      <p className="lead">
        Het gebiedsplan belooft “alles wat we doen langs de lat met de zeven vinkjes van Groningen-Noord te leggen. Die zeven vinkjes vormen
        ons keurmerk.” Hier legt u {words.this} langs de vinkjes.
      </p>
      <section aria-labelledby="keurmerk-status-kop" className="panel">
        <h2 id="keurmerk-status-kop">Status</h2>
        <KeurmerkStatusLine status={detail.status} kind={subject.kind} />
        {detail.subjectChangedAt && (
          <p className="hint">
            {words.the[0]!.toUpperCase() + words.the.slice(1)} is het laatst gewijzigd op {formatInstant(detail.subjectChangedAt)}.
          </p>
        )}
      </section>

      <section aria-labelledby="keurmerk-huidig-kop" className="panel">
        <h2 id="keurmerk-huidig-kop">Huidige toetsing</h2>
        {!current ? (
          <p className="empty">{words.this[0]!.toUpperCase() + words.this.slice(1)} is nog niet langs de vinkjes gelegd. Begin hieronder een toetsing.</p>
        ) : (
          <>
            <p>
              Getoetst door {current.reviewer}, begonnen op {formatInstant(current.createdAt)}, vinkjes versie {current.checklist.version}.
              {current.checklist.version !== detail.currentChecklist.version &&
                ` De vinkjes zijn sindsdien herschreven (versie ${detail.currentChecklist.version}); een nieuwe toetsing gebruikt die.`}
            </p>
            {outdated && (
              <p className="note keurmerk-outdated" role="note">
                {outdated} Deze toetsing wordt niet meer aangevuld; begin hieronder een nieuwe toetsing.
              </p>
            )}
            <PendingSavesProvider value={saves}>
              <KeurmerkReview key={current.id} subject={detail.subject} review={current} locked={current.outdated} onChange={apply} />
            </PendingSavesProvider>
          </>
        )}
      </section>

      <section aria-labelledby="keurmerk-nieuw-kop" className="panel">
        <h2 id="keurmerk-nieuw-kop">Nieuwe toetsing</h2>
        <StartReviewForm defaultReviewer={current?.reviewer ?? userName} replaces={current !== undefined} onStart={start} />
      </section>

      <section aria-labelledby="keurmerk-eerder-kop" className="panel">
        <h2 id="keurmerk-eerder-kop">Eerdere toetsingen</h2>
        <KeurmerkHistory reviews={earlier} />
      </section>
    </>
  );
}
