// The money, knowledge and people an intervention needs and who provides them: its budget lines and the
// partners' contributions, with a form to add one. Its own data, so it sits on the intervention's page
// beside the other panels without touching them.
import { useCallback } from 'react';
import type { Organisation } from '../../shared/domain';
import { addToTotals, emptyTotals, formatHundredths, formatMoney } from '../../shared/money';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { Loading, LoadFailed } from '../components/LoadState';
import { BudgetLineTable } from './BudgetLineTable';
import { BudgetLineForm } from './BudgetLineForm';
import { paths } from '../router';

export function InterventionMoney({ interventionId, organisations }: { interventionId: string; organisations: readonly Organisation[] }) {
  const call = useCall();
  const loaded = useLoad(() => call('money:list', { interventionId }), [call, interventionId]);
  const { reload } = loaded;
  const refresh = useCallback(() => reload(), [reload]);
  const lines = loaded.data;
  const totals = emptyTotals();
  for (const l of lines ?? []) addToTotals(totals, l);

  return (
    <section aria-labelledby="geld-kop" className="panel">
      <h2 id="geld-kop">Geld, kennis en mensen</h2>
      <p className="hint">
        Wat deze interventie nodig heeft en wie het levert: geld, capaciteit of een bijdrage op een andere manier. Het overzicht per jaar
        staat bij <a href={paths.money()}>Financiën</a>.
      </p>
      {!lines ? (
        loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />
      ) : (
        <>
          {lines.length > 0 && (
            <p className="money-summary">
              Geld toegezegd: {formatMoney(totals.cents.toegezegd)}; gerealiseerd: {formatMoney(totals.cents.gerealiseerd)}; benodigd:{' '}
              {formatMoney(totals.cents.benodigd)}.
              {(totals.fte > 0 || totals.hours > 0) &&
                ` Capaciteit: ${[totals.fte > 0 ? `${formatHundredths(totals.fte)} fte` : '', totals.hours > 0 ? `${formatHundredths(totals.hours)} uur` : ''].filter(Boolean).join(' en ')}.`}
            </p>
          )}
          <BudgetLineTable lines={lines} caption="Begrotingsregels en bijdragen van deze interventie" showScope={false} onRemoved={refresh} />
          <details className="add-budget-line">
            <summary>Begrotingsregel of bijdrage toevoegen</summary>
            <BudgetLineForm scope={{ interventionId }} organisations={organisations} defaultYear={new Date().getFullYear()} onCreated={refresh} />
          </details>
        </>
      )}
    </section>
  );
}
