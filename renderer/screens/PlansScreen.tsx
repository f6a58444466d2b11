// Plannen: the gebiedsplan, uitvoeringsprogramma's, wijkuitvoeringsplannen and projectplannen, with their
// period and status and what they are about; found by soort and status, created, edited and removed here.
import { useState } from 'react';
import { PLAN_KINDS, PLAN_KIND_LABELS, PLAN_STATUSES, PLAN_STATUS_LABELS, type Plan, type PlanKind, type PlanStatus } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { countLabel, todayLocalDate } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { SelectField } from '../components/fields';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { PlanForm, progressOf, type PlanFields } from '../plans/PlanForm';
import { PlanCard } from '../plans/PlanCard';
import '../monitoring/monitoring.css';

const toInput = (f: PlanFields) => ({
  kind: f.kind,
  title: f.title,
  periodFrom: f.periodFrom,
  periodTo: f.periodTo,
  status: f.status,
  description: f.description,
  owner: f.owner.trim(),
  progress: progressOf(f.progress),
  themeIds: f.themeIds,
  wijkIds: f.wijkIds,
  interventionIds: f.interventionIds,
});

export default function PlansScreen() {
  const call = useCall();
  const notices = useNotices();
  const [kind, setKind] = useState<PlanKind | ''>('');
  const [status, setStatus] = useState<PlanStatus | ''>('');
  const [themeId, setThemeId] = useState('');
  const [wijkId, setWijkId] = useState('');
  const [year, setYear] = useState('');
  const options = useLoad(async () => {
    const [profile, interventions] = await Promise.all([call('profile:get', {}), call('interventions:list', {})]);
    return { profile, interventions };
  }, [call]);
  const list = useLoad(
    () =>
      call('plans:list', {
        ...(kind ? { kind } : {}),
        ...(status ? { status } : {}),
        ...(themeId ? { themeId } : {}),
        ...(wijkId ? { wijkId } : {}),
        ...(year ? { year: Number(year) } : {}),
      }),
    [call, kind, status, themeId, wijkId, year],
  );
  // The keurmerk status of every plan, fetched again whenever the list is (a saved plan may outdate its review).
  const keurmerk = useLoad(() => call('keurmerk:statuses', { kind: 'plan' }), [call, list.data]);
  const thisYear = Number(todayLocalDate().slice(0, 4));
  const years = Array.from({ length: 12 }, (_, i) => String(thisYear + 3 - i));

  const create = async (f: PlanFields) => {
    const result = await notices.run(() => call('plans:create', toInput(f)), (p) => `Plan “${p.title}” is aangemaakt.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const save = async (p: Plan, f: PlanFields) => {
    const result = await notices.run(() => call('plans:update', { id: p.id, ...toInput(f) }), (x) => `Plan “${x.title}” is opgeslagen.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const remove = async (p: Plan) => {
    const result = await notices.run(() => call('plans:remove', { id: p.id }), `Plan “${p.title}” is verwijderd.`);
    if (result.ok) await list.reload();
    return result.ok;
  };

  const plans = list.data;
  return (
    <>
      <PageHeading title="Plannen">Plannen</PageHeading>
      <MonitoringNav current="plans" />
      <p className="lead">Het gebiedsplan, de uitvoeringsprogramma's, de wijkuitvoeringsplannen en de projectplannen, met hun periode en status.</p>
      <fieldset className="filters">
        <legend>Filteren</legend>
        <div className="field-row">
          <SelectField
            label="Soort plan"
            value={kind}
            onChange={(v) => setKind(v as PlanKind | '')}
            emptyLabel="Alle soorten"
            options={PLAN_KINDS.map((k) => ({ value: k, label: PLAN_KIND_LABELS[k] }))}
          />
          <SelectField
            label="Status"
            value={status}
            onChange={(v) => setStatus(v as PlanStatus | '')}
            emptyLabel="Alle statussen"
            options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))}
          />
          <SelectField
            label="Thema"
            value={themeId}
            onChange={setThemeId}
            emptyLabel="Alle thema's"
            options={(options.data?.profile.themes ?? []).map((t) => ({ value: t.id, label: t.name }))}
          />
          <SelectField
            label="Wijk"
            value={wijkId}
            onChange={setWijkId}
            emptyLabel="Alle wijken"
            options={(options.data?.profile.wijken ?? []).map((w) => ({ value: w.id, label: w.name }))}
          />
          <SelectField
            label="Loopt in"
            value={year}
            onChange={setYear}
            emptyLabel="Elk jaar"
            options={years.map((y) => ({ value: y, label: y }))}
            hint="Plannen waarvan de periode dit jaar raakt."
          />
        </div>
      </fieldset>
      <section aria-labelledby="plannen-kop">
        <h2 id="plannen-kop">Plannen</h2>
        <p role="status" className="result-count">
          {!plans ? '' : plans.length === 0 ? 'Geen plannen met deze filters.' : `${countLabel(plans.length, 'plan', 'plannen')}.`}
        </p>
        {list.error || options.error ? (
          <LoadFailed
            message={(list.error ?? options.error)!}
            onRetry={() => {
              void list.reload();
              void options.reload();
            }}
          />
        ) : !plans || !options.data ? (
          <Loading />
        ) : (
          plans.length > 0 && (
            <ul className="card-list">
              {plans.map((p) => (
                <PlanCard
                  key={p.id}
                  plan={p}
                  themes={options.data!.profile.themes}
                  wijken={options.data!.profile.wijken}
                  interventions={options.data!.interventions}
                  keurmerk={keurmerk.data?.[String(p.id)]}
                  onSave={(f) => save(p, f)}
                  onRemove={() => remove(p)}
                />
              ))}
            </ul>
          )
        )}
      </section>
      {options.data && (
        <section aria-labelledby="plan-nieuw" className="panel">
          <h2 id="plan-nieuw">Nieuw plan</h2>
          <PlanForm
            formLabel="Nieuw plan"
            submitLabel="Plan aanmaken"
            themes={options.data.profile.themes}
            wijken={options.data.profile.wijken}
            interventions={options.data.interventions}
            onSubmit={create}
          />
        </section>
      )}
    </>
  );
}
