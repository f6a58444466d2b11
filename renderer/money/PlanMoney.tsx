// A plan's money, knowledge and people, folded away on its card: loaded only when opened, so a long list of
// plans asks for nothing it does not show.
import { useState } from 'react';
import type { BudgetLine } from '../../shared/money';
import type { Organisation } from '../../shared/domain';
import { errorMessage, useCall } from '../api';
import { BudgetLineTable } from './BudgetLineTable';
import { BudgetLineForm } from './BudgetLineForm';

export function PlanMoney({ planId, planTitle }: { planId: number; planTitle: string }) {
  const call = useCall();
  const [data, setData] = useState<{ lines: BudgetLine[]; organisations: Organisation[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      const [lines, organisations] = await Promise.all([call('money:list', { planId }), call('coalition:list', {})]);
      setData({ lines, organisations });
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <details
      className="plan-money"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !data) void load();
      }}
    >
      <summary>
        Geld, kennis en mensen<span className="visually-hidden">: {planTitle}</span>
      </summary>
      {error && <p className="field-error">{error}</p>}
      {data && (
        <>
          <BudgetLineTable lines={data.lines} caption={`Begrotingsregels en bijdragen: ${planTitle}`} showScope={false} onRemoved={load} />
          <BudgetLineForm scope={{ planId }} formLabel={`Begrotingsregel toevoegen: ${planTitle}`} organisations={data.organisations} defaultYear={new Date().getFullYear()} onCreated={load} />
        </>
      )}
    </details>
  );
}
