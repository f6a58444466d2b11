// Interventies: the area plan's running initiatives, koppelkansen and aanvullende kansen and new ones, found by
// thema, wijk, status, soort and text, with the themes that lack trekkers, and a form to add one.
import { useCallback, useState } from 'react';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { countLabel } from '../format';
import { navigate, paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { LoadFailed, LoadGate, Loading } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { TrekkerGaps } from '../interventions/TrekkerGaps';
import {
  InterventionFilters,
  noInterventionFilters,
  toInterventionFilters,
  type InterventionFilterValues,
} from '../interventions/InterventionFilters';
import { InterventionTable } from '../interventions/InterventionTable';
import { InterventionForm, newInterventionFields, type InterventionFields } from '../interventions/InterventionForm';
import '../monitoring/monitoring.css';

// The filters survive a visit to an intervention and back.
const FILTER_KEY = 'coalitietafel:interventies:filters';
function rememberedFilters(): InterventionFilterValues {
  try {
    const raw = sessionStorage.getItem(FILTER_KEY);
    return raw ? { ...noInterventionFilters, ...(JSON.parse(raw) as Partial<InterventionFilterValues>) } : noInterventionFilters;
  } catch {
    return noInterventionFilters;
  }
}

export default function InterventionsScreen() {
  const call = useCall();
  const notices = useNotices();
  const [filters, setFiltersState] = useState<InterventionFilterValues>(rememberedFilters);
  const setFilters = useCallback((f: InterventionFilterValues) => {
    setFiltersState(f);
    try {
      sessionStorage.setItem(FILTER_KEY, JSON.stringify(f));
    } catch {
      // Remembering the filters is a convenience only.
    }
  }, []);

  const options = useLoad(async () => {
    const [profile, gaps, all] = await Promise.all([call('profile:get', {}), call('themes:trekkerGaps', {}), call('interventions:list', {})]);
    return { profile, gaps, all };
  }, [call]);
  const list = useLoad(() => call('interventions:list', toInterventionFilters(filters)), [call, filters]);
  const keurmerk = useLoad(() => call('keurmerk:statuses', { kind: 'interventie' }), [call, list.data]);

  const create = async (fields: InterventionFields) => {
    const result = await notices.run(
      () =>
        call('interventions:create', {
          title: fields.title,
          kind: fields.kind,
          status: fields.status,
          summary: fields.summary,
          description: fields.description,
          themeIds: fields.themeIds,
          wijkIds: fields.wijkIds,
          parentId: fields.parentId,
          ...(fields.criterion !== undefined ? { criterion: fields.criterion } : {}),
        }),
      (i) => `Interventie “${i.title}” is aangemaakt.`,
    );
    if (result.ok) navigate(paths.intervention(result.value.id));
    return result.ok;
  };

  const interventions = list.data;
  return (
    <>
      <PageHeading title="Interventies">Interventies</PageHeading>
      <MonitoringNav current="interventions" />
      <p className="lead">
        De lopende initiatieven, koppelkansen en aanvullende kansen uit het gebiedsplan, en wat er sindsdien bij is gekomen: met hun
        status, trekkers, partners en de monitoringketen van doel tot maatschappelijke impact.
      </p>
      <LoadGate loaded={options}>
        {(data) => (
          <>
            <section aria-labelledby="trekkers-kop">
              <h2 id="trekkers-kop">Trekkers per thema</h2>
              <TrekkerGaps id="trekker-tekort" gaps={data.gaps} themes={data.profile.themes} />
            </section>
            <InterventionFilters value={filters} onChange={setFilters} themes={data.profile.themes} wijken={data.profile.wijken} />
          </>
        )}
      </LoadGate>
      <section aria-labelledby="interventies-resultaat">
        <h2 id="interventies-resultaat">Gevonden interventies</h2>
        <p role="status" className="result-count">
          {!interventions
            ? ''
            : interventions.length === 0
              ? 'Geen interventies met deze filters.'
              : `${countLabel(interventions.length, 'interventie', 'interventies')}.`}
        </p>
        {list.error ? (
          <LoadFailed message={list.error} onRetry={list.reload} />
        ) : !interventions || !options.data ? (
          <Loading />
        ) : (
          interventions.length > 0 && (
            <InterventionTable interventions={interventions} themes={options.data.profile.themes} wijken={options.data.profile.wijken} keurmerk={keurmerk.data} />
          )
        )}
      </section>
      {options.data && (
        <section aria-labelledby="interventie-nieuw" className="panel">
          <h2 id="interventie-nieuw">Nieuwe interventie</h2>
          <InterventionForm
            initial={newInterventionFields()}
            formLabel="Nieuwe interventie"
            submitLabel="Interventie aanmaken"
            themes={options.data.profile.themes}
            wijken={options.data.profile.wijken}
            parents={options.data.all.filter((i) => i.kind !== 'aanvullende kans')}
            onSubmit={create}
            askCriterion
          />
        </section>
      )}
    </>
  );
}
