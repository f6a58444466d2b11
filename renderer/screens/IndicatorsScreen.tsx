// Indicatoren: the key indicators per theme (H4), with unit, source and which direction is better; their values
// per wijk and for Groningen as a whole, entered by hand or imported from a CSV export with a preview first.
import type { Indicator } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { IndicatorCard } from '../indicators/IndicatorCard';
import { IndicatorForm, type IndicatorFields } from '../indicators/IndicatorForm';
import { CsvImport } from '../indicators/CsvImport';
import '../monitoring/monitoring.css';

export default function IndicatorsScreen() {
  const call = useCall();
  const notices = useNotices();
  const profile = useLoad(() => call('profile:get', {}), [call]);
  const list = useLoad(() => call('indicators:list', {}), [call]);

  const create = async (f: IndicatorFields) => {
    const result = await notices.run(() => call('indicators:create', f), (i) => `Indicator “${i.name}” is aangemaakt.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const save = async (i: Indicator, f: IndicatorFields) => {
    const result = await notices.run(() => call('indicators:update', { id: i.id, ...f }), (x) => `Indicator “${x.name}” is opgeslagen.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const remove = async (i: Indicator) => {
    const result = await notices.run(
      () => call('indicators:remove', { id: i.id, withValues: i.valueCount > 0 }),
      `Indicator “${i.name}” is verwijderd${i.valueCount > 0 ? ', met zijn waarden' : ''}.`,
    );
    if (result.ok) await list.reload();
    return result.ok;
  };

  const indicators = list.data;
  const themes = profile.data?.themes ?? [];
  return (
    <>
      <PageHeading title="Indicatoren">Indicatoren</PageHeading>
      <MonitoringNav current="indicators" />
      <p className="lead">
        De kernindicatoren per thema, per wijk naast de stad als geheel: uit de Basismonitor Groningen en “Zicht op wijken”, met de hand
        of uit een CSV-bestand.
      </p>
      {profile.error || list.error ? (
        <LoadFailed
          message={(profile.error ?? list.error)!}
          onRetry={() => {
            void profile.reload();
            void list.reload();
          }}
        />
      ) : !indicators || !profile.data ? (
        <Loading />
      ) : (
        <>
          {indicators.length === 0 && <p className="empty">Er zijn nog geen indicatoren. Maak er hieronder een aan, of importeer waarden nadat u ze hebt aangemaakt.</p>}
          {themes.map((t) => {
            const own = indicators.filter((i) => i.themeId === t.id);
            if (own.length === 0) return null;
            return (
              <section key={t.id} aria-labelledby={`thema-${t.id}`}>
                <h2 id={`thema-${t.id}`}>{t.name}</h2>
                <ul className="card-list">
                  {own.map((i) => (
                    <IndicatorCard
                      key={i.id}
                      indicator={i}
                      themes={themes}
                      wijken={profile.data!.wijken}
                      onSave={(f) => save(i, f)}
                      onRemove={() => remove(i)}
                      onValuesChange={() => void list.reload()}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          <section aria-labelledby="indicator-nieuw" className="panel">
            <h2 id="indicator-nieuw">Nieuwe indicator</h2>
            <IndicatorForm themes={themes} formLabel="Nieuwe indicator" submitLabel="Indicator aanmaken" onSubmit={create} />
          </section>
          <section aria-labelledby="csv-kop" className="panel">
            <h2 id="csv-kop">Waarden importeren uit CSV</h2>
            <CsvImport onImported={() => void list.reload()} />
          </section>
        </>
      )}
    </>
  );
}
