// Registers: ervaringsverhalen, bewonersfeedback, leerpunten, normen and successen — what the vinkjes ask the
// coalition to be able to show. One page per register (or all together), found by wijk, thema, interventie,
// periode and text; each entry dated, sourced and linked, created, edited and removed here.
import { useState } from 'react';
import { REGISTER_KINDS, REGISTER_KIND_LABELS, type RegisterEntry, type RegisterKind } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { countLabel } from '../format';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { RegisterFilters, noRegisterFilters, toRegisterFilters, type RegisterFilterValues } from '../registers/RegisterFilters';
import { EntryCard } from '../registers/EntryCard';
import { EntryForm, entryFieldsOf, toEntryInput, type EntryFields } from '../registers/EntryForm';
import '../monitoring/monitoring.css';

const TITLES: Record<RegisterKind, string> = {
  ervaringsverhaal: 'Ervaringsverhalen',
  bewonersfeedback: 'Bewonersfeedback',
  leerpunt: 'Leerpunten',
  norm: 'Normen',
  succes: 'Successen',
};
const LEADS: Record<RegisterKind | 'alle', string> = {
  alle: 'Alles wat de coalitie vastlegt om de zeven vinkjes te kunnen onderbouwen: verhalen, reacties van bewoners, lessen, normen en successen.',
  ervaringsverhaal: 'Verhalen van bewoners en professionals: de ervaringskennis van vinkje 1.',
  bewonersfeedback: 'Wat bewoners zeggen over wat werkt: vinkje 4, "hebben we onze bewoners ook gevraagd of het werkt?".',
  leerpunt: 'Wat de coalitie heeft geleerd en in de aanpak wil verankeren: vinkje 3.',
  norm: 'De normen die de partners met elkaar stellen, en of ze worden nageleefd: vinkje 6.',
  succes: 'Successen, en of en hoe ze zijn gevierd: vinkje 3 en vinkje 7.',
};

export default function RegistersScreen({ kind, interventionId }: { kind: RegisterKind | null; interventionId: string | null }) {
  const call = useCall();
  const notices = useNotices();
  const [filters, setFilters] = useState<RegisterFilterValues>({ ...noRegisterFilters, interventionId: interventionId ?? '' });
  const options = useLoad(async () => {
    const [profile, interventions] = await Promise.all([call('profile:get', {}), call('interventions:list', {})]);
    return { profile, interventions };
  }, [call]);
  const list = useLoad(() => {
    const f = toRegisterFilters(filters);
    if (f.from && f.to && f.from > f.to) return Promise.resolve([] as RegisterEntry[]);
    return call('registers:list', { ...f, ...(kind ? { kind } : {}) });
  }, [call, filters, kind]);

  const title = kind ? TITLES[kind] : 'Registers';
  const create = async (f: EntryFields) => {
    const result = await notices.run(() => call('registers:create', toEntryInput(f)), (e) => `${REGISTER_KIND_LABELS[e.kind]} “${e.title}” is vastgelegd.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const save = async (e: RegisterEntry, f: EntryFields) => {
    const result = await notices.run(() => call('registers:update', { id: e.id, ...toEntryInput(f) }), (x) => `“${x.title}” is opgeslagen.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const remove = async (e: RegisterEntry) => {
    const result = await notices.run(() => call('registers:remove', { id: e.id }), `“${e.title}” is verwijderd.`);
    if (result.ok) await list.reload();
    return result.ok;
  };

  const entries = list.data;
  // An empty register with no filter set has nothing yet; "niets gevonden met deze filters" would send a new
  // user looking for a filter that is not there.
  const filtered = Object.keys(toRegisterFilters(filters)).length > 0;
  const emptyText = filtered ? 'Niets gevonden met deze filters.' : kind ? 'In dit register is nog niets vastgelegd.' : 'In de registers is nog niets vastgelegd.';
  const data = options.data;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <MonitoringNav current="registers" />
      <nav aria-label="Soort register" className="tabs">
        <ul>
          <li>
            <a href={paths.registers(null, interventionId)} aria-current={kind === null ? 'page' : undefined}>
              Alle registers
            </a>
          </li>
          {REGISTER_KINDS.map((k) => (
            <li key={k}>
              <a href={paths.registers(k, interventionId)} aria-current={kind === k ? 'page' : undefined}>
                {TITLES[k]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="lead">{LEADS[kind ?? 'alle']}</p>
      {options.error ? (
        <LoadFailed message={options.error} onRetry={options.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <RegisterFilters value={filters} onChange={setFilters} themes={data.profile.themes} wijken={data.profile.wijken} interventions={data.interventions} />
      )}
      <section aria-labelledby="registraties-kop">
        <h2 id="registraties-kop">Vastgelegd</h2>
        <p role="status" className="result-count">
          {!entries ? '' : entries.length === 0 ? emptyText : `${countLabel(entries.length, 'registratie', 'registraties')}.`}
        </p>
        {list.error ? (
          <LoadFailed message={list.error} onRetry={list.reload} />
        ) : !entries || !data ? (
          <Loading />
        ) : (
          entries.length > 0 && (
            <ul className="card-list">
              {entries.map((e) => (
                <EntryCard
                  key={e.id}
                  entry={e}
                  themes={data.profile.themes}
                  wijken={data.profile.wijken}
                  interventions={data.interventions}
                  onSave={(f) => save(e, f)}
                  onRemove={() => remove(e)}
                />
              ))}
            </ul>
          )
        )}
      </section>
      {data && (
        <section aria-labelledby="registratie-nieuw" className="panel">
          <h2 id="registratie-nieuw">Nieuwe registratie</h2>
          <EntryForm
            key={kind ?? 'alle'}
            initial={entryFieldsOf(undefined, { kind: kind ?? 'ervaringsverhaal', interventionIds: interventionId ? [interventionId] : [] })}
            formLabel="Nieuwe registratie"
            submitLabel="Registratie vastleggen"
            themes={data.profile.themes}
            wijken={data.profile.wijken}
            interventions={data.interventions}
            onSubmit={create}
          />
        </section>
      )}
    </>
  );
}
