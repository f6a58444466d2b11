// Besluitenlijst: the decisions taken in a period (default: this year), and their export.
import { useState } from 'react';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { countLabel, formatDate, todayLocalDate } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { ExportButtons } from '../components/ExportButtons';
import { PeriodForm, type Period } from '../decisions/PeriodForm';
import { DecisionTable } from '../decisions/DecisionTable';

export default function DecisionsScreen() {
  const call = useCall();
  const year = todayLocalDate().slice(0, 4);
  const [period, setPeriod] = useState<Period>({ from: `${year}-01-01`, to: `${year}-12-31` });
  const list = useLoad(() => call('decisions:list', period), [call, period]);
  const decisions = list.data;
  const periodText = `${formatDate(period.from)} tot en met ${formatDate(period.to)}`;

  return (
    <>
      <PageHeading title="Besluitenlijst">Besluitenlijst</PageHeading>
      <p className="lead">De besluiten van de vergaderingen in een periode, met hun uitkomst en of de notulen zijn vastgesteld.</p>
      <PeriodForm initial={period} onSubmit={(p) => setPeriod({ ...p })} />
      <section aria-labelledby="besluiten-resultaat">
        <h2 id="besluiten-resultaat">Besluiten van {periodText}</h2>
        <p role="status" className="result-count">
          {!decisions ? '' : decisions.length === 0 ? 'Geen besluiten in deze periode.' : `${countLabel(decisions.length, 'besluit', 'besluiten')}.`}
        </p>
        {list.error ? (
          <LoadFailed message={list.error} onRetry={list.reload} />
        ) : !decisions ? (
          <Loading />
        ) : (
          decisions.length > 0 && <DecisionTable decisions={decisions} />
        )}
      </section>
      <section aria-labelledby="besluiten-exporteren" className="panel">
        <h2 id="besluiten-exporteren">Besluitenlijst exporteren</h2>
        <p className="hint">De export bevat de besluiten van {periodText}.</p>
        <ExportButtons what="Besluitenlijst" run={(format) => call('decisions:export', { ...period, format })} />
      </section>
    </>
  );
}
