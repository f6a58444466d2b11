// Grafieken: per indicator the wijken against the city over time (are the northern wijken falling further behind
// the city average?), how the vinkjes were answered over meetings and per theme, and the interventions per theme
// and status. Every chart has a table with the same numbers.
import { useState } from 'react';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { SelectField, TextField } from '../components/fields';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { IndicatorChartView } from '../charts/IndicatorChartView';
import { VinkjesChartView } from '../charts/VinkjesChartView';
import { InterventionsChartView } from '../charts/InterventionsChartView';
import { defaultVinkjesPeriod } from '../charts/period';
import { paths } from '../router';
import '../monitoring/monitoring.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function IndicatorSection({ initialId }: { initialId: number | null }) {
  const call = useCall();
  const options = useLoad(async () => {
    const [profile, indicators] = await Promise.all([call('profile:get', {}), call('indicators:list', {})]);
    return { profile, indicators };
  }, [call]);
  const [chosen, setChosen] = useState<string>(initialId ? String(initialId) : '');
  const indicators = options.data?.indicators ?? [];
  // The chosen indicator, or the first when none is chosen (or the one in the link no longer exists).
  const selected = indicators.some((i) => String(i.id) === chosen) ? chosen : indicators[0] ? String(indicators[0].id) : '';
  const chart = useLoad(() => (selected ? call('charts:indicator', { indicatorId: Number(selected) }) : Promise.resolve(null)), [call, selected]);

  if (options.error) return <LoadFailed message={options.error} onRetry={options.reload} />;
  if (!options.data) return <Loading />;
  if (indicators.length === 0) {
    return (
      <p className="empty">
        Er zijn nog geen indicatoren. Leg ze vast bij <a href={paths.indicators()}>Indicatoren</a>.
      </p>
    );
  }
  const themes = options.data.profile.themes;
  return (
    <div className="stack">
      <SelectField
        label="Indicator"
        value={selected}
        onChange={setChosen}
        groups={themes.map((t) => ({
          label: t.name,
          options: indicators.filter((i) => i.themeId === t.id).map((i) => ({ value: String(i.id), label: i.name })),
        }))}
      />
      {chart.error ? (
        <LoadFailed message={chart.error} onRetry={chart.reload} />
      ) : !chart.data || String(chart.data.indicator.id) !== selected ? (
        <Loading />
      ) : (
        <IndicatorChartView key={chart.data.indicator.id} chart={chart.data} />
      )}
    </div>
  );
}

function VinkjesSection() {
  const call = useCall();
  // The last twelve months by default: the whole archive is a click away, but not read on every visit.
  const [initial] = useState(defaultVinkjesPeriod);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const period = {
    ...(DATE.test(from) ? { from } : {}),
    ...(DATE.test(to) ? { to } : {}),
  };
  const periodError = period.from && period.to && period.from > period.to ? 'De begindatum ligt na de einddatum.' : null;
  const chart = useLoad(() => call('charts:vinkjes', periodError ? {} : period), [call, period.from, period.to, periodError]);
  return (
    <div className="stack">
      <fieldset className="filters">
        <legend>Periode van de vergaderingen</legend>
        <div className="field-row">
          <TextField label="Van" type="date" value={from} onChange={setFrom} hint="Leeg: vanaf de eerste vergadering." />
          <TextField label="Tot en met" type="date" value={to} onChange={setTo} error={periodError} hint="Leeg: tot en met de laatste." />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setFrom(initial.from);
              setTo(initial.to);
            }}
          >
            Afgelopen twaalf maanden
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setFrom('');
              setTo('');
            }}
          >
            Alle jaren
          </button>
        </div>
      </fieldset>
      {chart.error ? <LoadFailed message={chart.error} onRetry={chart.reload} /> : !chart.data ? <Loading /> : <VinkjesChartView chart={chart.data} />}
    </div>
  );
}

function InterventionsSection() {
  const call = useCall();
  const chart = useLoad(() => call('charts:interventions', {}), [call]);
  if (chart.error) return <LoadFailed message={chart.error} onRetry={chart.reload} />;
  if (!chart.data) return <Loading />;
  return <InterventionsChartView chart={chart.data} />;
}

export default function ChartsScreen({ indicatorId }: { indicatorId: number | null }) {
  return (
    <>
      <PageHeading title="Grafieken">Grafieken</PageHeading>
      <MonitoringNav current="charts" />
      <p className="lead">
        Lopen de noordelijke wijken verder achter op het gemiddelde van de stad? Hoe beantwoordt de coalitie de zeven vinkjes? En hoe staan
        de interventies ervoor? Bij elke grafiek staat een tabel met dezelfde cijfers.
      </p>
      <section aria-labelledby="grafiek-indicator" className="chart-section">
        <h2 id="grafiek-indicator">Wijken naast de stad</h2>
        <IndicatorSection initialId={indicatorId} />
      </section>
      <section aria-labelledby="grafiek-vinkjes" className="chart-section">
        <h2 id="grafiek-vinkjes">De zeven vinkjes</h2>
        <VinkjesSection />
      </section>
      <section aria-labelledby="grafiek-interventies" className="chart-section">
        <h2 id="grafiek-interventies">Interventies per thema en status</h2>
        <InterventionsSection />
      </section>
    </>
  );
}
