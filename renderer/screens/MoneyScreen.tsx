// Financiën: the NPLV programme budget as the plan states it (with its caveats), the year overview and the
// multi-year overview as charts with tables, what each partner contributes and who named nothing yet, every
// line of the chosen year, and budget lines in and out as CSV.
import { useCallback, useMemo, useState } from 'react';
import { formatHundredths, formatMoney, type MoneyOverview } from '../../shared/money';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { SelectField } from '../components/fields';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { BudgetLineTable } from '../money/BudgetLineTable';
import { BudgetLineForm } from '../money/BudgetLineForm';
import { BudgetCsvImport } from '../money/BudgetCsvImport';
import { MultiYearMoneyChart, YearMoneyChart } from '../money/MoneyCharts';
import '../monitoring/monitoring.css';

function PlanFacts({ facts }: { facts: MoneyOverview['planFacts'] }) {
  if (!facts) return null;
  return (
    <div className="note plan-note">
      <p>
        <strong>Uit het gebiedsplan:</strong> “{facts.text}” {facts.execution}
      </p>
      {[facts.yearsCaveat, facts.totalCaveat].filter(Boolean).map((c) => (
        <p key={c}>
          <span className="tag tag-caveat">afgeleid</span> {c}
        </p>
      ))}
    </div>
  );
}

export default function MoneyScreen() {
  const call = useCall();
  const notices = useNotices();
  const loaded = useLoad(async () => {
    const [overview, organisations] = await Promise.all([call('money:overview', {}), call('coalition:list', {})]);
    return { overview, organisations };
  }, [call]);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const overviewYears = loaded.data?.overview.years;
  const thisYear = new Date().getFullYear();
  const year = chosenYear ?? overviewYears?.find((y) => y.year === thisYear)?.year ?? overviewYears?.at(-1)?.year ?? thisYear;
  // Only the chosen year's lines: twenty years of them are for the CSV export, not for one page.
  const yearLoaded = useLoad(() => call('money:list', { year }), [call, year]);
  const { reload } = loaded;
  const { reload: reloadYear } = yearLoaded;
  const refresh = useCallback(() => {
    void reload();
    void reloadYear();
  }, [reload, reloadYear]);

  // A line added for another year turns the overview to that year (which then loads), so it is seen where it went.
  const showLineYear = (lineYear: number) => {
    if (lineYear === year) return refresh();
    setChosenYear(lineYear);
    void reload();
  };

  const years = useMemo(() => {
    const set = new Set(loaded.data?.overview.years.map((y) => y.year) ?? []);
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => a - b);
  }, [loaded.data]);

  const header = (
    <>
      <PageHeading title="Financiën">Financiën</PageHeading>
      <MonitoringNav current="money" />
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
  const { overview, organisations } = loaded.data;
  const yearLines = yearLoaded.data ?? [];

  const exportCsv = async (forYear?: number) => {
    await notices.run(async () => saveExportedFile(await call('money:exportCsv', forYear ? { year: forYear } : {})), (message) => message);
  };

  return (
    <>
      {header}
      <p className="lead">
        Het NPLV-programmabudget en wat partners bijdragen: geld, capaciteit (mensen) of op een andere manier, per jaar en per partner.
      </p>
      <PlanFacts facts={overview.planFacts} />

      <section aria-labelledby="jaar-kop" className="panel">
        <h2 id="jaar-kop">Jaaroverzicht</h2>
        <SelectField label="Jaar" value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={(v) => setChosenYear(Number(v))} />
        {yearLoaded.data ? (
          <>
            <YearMoneyChart year={year} lines={yearLines} />
            <BudgetLineTable lines={yearLines} caption={`Alle begrotingsregels en bijdragen in ${year}`} onRemoved={refresh} />
          </>
        ) : yearLoaded.error ? (
          <LoadFailed message={yearLoaded.error} onRetry={yearLoaded.reload} />
        ) : (
          <Loading />
        )}
        <div className="button-row">
          <button type="button" onClick={() => exportCsv(year)}>
            Begroting {year} als CSV
          </button>
        </div>
      </section>

      <section aria-labelledby="meerjaren-kop" className="panel">
        <h2 id="meerjaren-kop">Meerjarenoverzicht</h2>
        <MultiYearMoneyChart years={overview.years} />
        <div className="button-row">
          <button type="button" onClick={() => exportCsv()}>
            Alle jaren als CSV
          </button>
        </div>
      </section>

      <section aria-labelledby="partners-kop" className="panel">
        <h2 id="partners-kop">Bijdragen per partner</h2>
        {overview.organisations.length === 0 ? (
          <p className="empty">Nog geen partner heeft een bijdrage genoemd.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption>Wat elke partner bijdraagt, alle jaren samen</caption>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col" className="cell-number">
                    Geld toegezegd
                  </th>
                  <th scope="col" className="cell-number">
                    Geld gerealiseerd
                  </th>
                  <th scope="col" className="cell-number">
                    Capaciteit
                  </th>
                  <th scope="col" className="cell-number">
                    Anders
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.organisations.map((o) => (
                  <tr key={o.organisationId}>
                    <th scope="row">{o.name}</th>
                    <td className="cell-number money">{formatMoney(o.cents.toegezegd)}</td>
                    <td className="cell-number money">{formatMoney(o.cents.gerealiseerd)}</td>
                    <td className="cell-number">
                      {[o.fte > 0 ? `${formatHundredths(o.fte)} fte` : '', o.hours > 0 ? `${formatHundredths(o.hours)} uur` : ''].filter(Boolean).join(' en ') || '—'}
                    </td>
                    <td className="cell-number">{o.otherCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>Partners zonder genoemde bijdrage</h3>
        {overview.withoutContribution.length === 0 ? (
          <p>Elke partner heeft een bijdrage genoemd.</p>
        ) : (
          <ul className="without-contribution">
            {overview.withoutContribution.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="toevoegen-kop" className="panel">
        <h2 id="toevoegen-kop">Begrotingsregel voor het programma toevoegen</h2>
        <p className="hint">Regels voor één interventie voegt u toe op de pagina van die interventie.</p>
        <BudgetLineForm scope={{}} organisations={organisations} defaultYear={year} defaultSource="nplv" onCreated={showLineYear} />
      </section>

      <section aria-labelledby="csv-kop" className="panel">
        <h2 id="csv-kop">Begroting uit CSV inlezen</h2>
        <BudgetCsvImport onImported={refresh} />
      </section>
    </>
  );
}
