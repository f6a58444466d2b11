// One intervention: its status, thema's and wijken, the trekkers (with the themes that still lack two), the
// partners, the monitoring chain from doel to maatschappelijke impact, and the prestaties agreed and delivered.
import { useCallback } from 'react';
import { REGISTER_KINDS, REGISTER_KIND_LABELS, REGISTER_KIND_PLURALS, INTERVENTION_KIND_LABELS, INTERVENTION_STATUS_LABELS, type InterventionDetail } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { joinDutch, namesOf, themeLabels } from '../monitoring/format';
import { TrekkerGaps } from '../interventions/TrekkerGaps';
import { InterventionForm, interventionFieldsOf, type InterventionFields } from '../interventions/InterventionForm';
import { TrekkersForm } from '../interventions/TrekkersForm';
import { PartnersForm } from '../interventions/PartnersForm';
import { ChainForm } from '../interventions/ChainForm';
import { ChainSection } from '../interventions/ChainSection';
import { KoppelkansLinks } from '../interventions/KoppelkansLinks';
import { PrestatieTable } from '../interventions/PrestatieTable';
import { InterventionMoney } from '../money/InterventionMoney';
import type { PrestatieFields } from '../interventions/PrestatieForm';
import { KeurmerkStatusLine } from '../keurmerk/KeurmerkStatusLine';
import { todayLocalDate } from '../../shared/format';
import '../monitoring/monitoring.css';

export default function InterventionScreen({ id }: { id: string }) {
  const call = useCall();
  const notices = useNotices();
  const loaded = useLoad(async () => {
    const teamIds = async () => {
      const team = (await call('bodies:list', {})).find((b) => b.kind === 'programmateam');
      if (!team) return [];
      const today = todayLocalDate();
      const members = (await call('bodies:get', { id: team.id })).memberships;
      return members.filter((m) => (!m.startsOn || m.startsOn <= today) && (!m.endsOn || m.endsOn > today)).map((m) => m.personId);
    };
    const [intervention, profile, organisations, all, gaps, plans, keurmerk, team] = await Promise.all([
      call('interventions:get', { id }),
      call('profile:get', {}),
      call('coalition:list', {}),
      call('interventions:list', {}),
      call('themes:trekkerGaps', {}),
      call('plans:list', {}),
      call('keurmerk:get', { subject: { kind: 'interventie', id } }),
      teamIds(),
    ]);
    return { intervention, profile, organisations, all, gaps, plans, keurmerk: keurmerk.status, team };
  }, [call, id]);
  const { setData } = loaded;

  const apply = useCallback(
    (intervention: InterventionDetail) => {
      setData((d) => d && { ...d, intervention });
      // A change may make the keurmerk review older than the intervention.
      call('keurmerk:get', { subject: { kind: 'interventie', id: intervention.id } }).then(
        (k) => setData((d) => d && { ...d, keurmerk: k.status }),
        () => {},
      );
    },
    [call, setData],
  );
  const refreshGaps = useCallback(async () => {
    try {
      const gaps = await call('themes:trekkerGaps', {});
      setData((d) => d && { ...d, gaps });
    } catch {
      // The notice stays as it was; the next visit shows it fresh.
    }
  }, [call, setData]);

  const title = loaded.data?.intervention.title;
  const header = (
    <>
      <p className="breadcrumb">
        <a href={paths.interventions()}>← Alle interventies</a>
      </p>
      <PageHeading title={title ? `Interventie: ${title}` : 'Interventie'}>
        <span className="h1-prefix">Interventie{title ? ':' : ''}</span> {title}
      </PageHeading>
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

  const { intervention: i, profile, organisations, all, gaps, plans, keurmerk, team } = loaded.data;

  const saveFields = async (f: InterventionFields) => {
    const result = await notices.run(
      () =>
        call('interventions:update', {
          id: i.id,
          title: f.title,
          kind: f.kind,
          status: f.status,
          summary: f.summary,
          description: f.description,
          themeIds: f.themeIds,
          wijkIds: f.wijkIds,
          parentId: f.parentId,
        }),
      'De gegevens van de interventie zijn opgeslagen.',
    );
    if (result.ok) {
      apply(result.value);
      void refreshGaps();
    }
    return result.ok;
  };
  const saveTrekkers = async (personIds: number[]) => {
    const result = await notices.run(() => call('interventions:setTrekkers', { id: i.id, personIds }), 'De trekkers zijn opgeslagen.');
    if (result.ok) {
      apply(result.value);
      void refreshGaps();
    }
    return result.ok;
  };
  const savePartners = async (organisationIds: number[], partners: string[]) => {
    const result = await notices.run(() => call('interventions:setPartners', { id: i.id, organisationIds, partners }), 'De partners zijn opgeslagen.');
    if (result.ok) apply(result.value);
    return result.ok;
  };
  const saveChain = async (chain: { goal: string; means: string; results: string; impact: string }) => {
    const result = await notices.run(() => call('interventions:setChain', { id: i.id, ...chain }), 'De monitoringketen is opgeslagen.');
    if (result.ok) apply(result.value);
    return result.ok;
  };
  const reloadIntervention = async () => {
    try {
      apply(await call('interventions:get', { id: i.id }));
    } catch {
      // The table shows what it had; a reload of the page shows the rest.
    }
  };
  const createPrestatie = async (f: PrestatieFields) => {
    const result = await notices.run(() => call('prestaties:create', { interventionId: i.id, ...f }), `Prestatie “${f.description}” is toegevoegd.`);
    if (result.ok) await reloadIntervention();
    return result.ok;
  };
  const updatePrestatie = async (p: { id: number }, f: PrestatieFields) => {
    const result = await notices.run(() => call('prestaties:update', { id: p.id, ...f }), `Prestatie “${f.description}” is opgeslagen.`);
    if (result.ok) await reloadIntervention();
    return result.ok;
  };
  const removePrestatie = async (p: { id: number; description: string }) => {
    const result = await notices.run(() => call('prestaties:remove', { id: p.id }), `Prestatie “${p.description}” is verwijderd.`);
    if (result.ok) await reloadIntervention();
    return result.ok;
  };

  const parent = i.parentId ? all.find((x) => x.id === i.parentId) : undefined;
  const ownGaps = gaps.filter((g) => i.themeIds.includes(g.themeId));
  const linkedPlans = plans.filter((p) => i.planIds.includes(p.id));
  const registerSummary = REGISTER_KINDS.filter((k) => i.registerCounts[k] > 0).map((k) =>
    i.registerCounts[k] === 1 ? `1 ${REGISTER_KIND_LABELS[k].toLowerCase()}` : `${i.registerCounts[k]} ${REGISTER_KIND_PLURALS[k]}`,
  );

  return (
    <>
      {header}
      <MonitoringNav current="interventions" detail />
      <p className="meta">
        <span className="tag">{INTERVENTION_KIND_LABELS[i.kind]}</span>
        <span>
          Status: <span className={`status status-${i.status}`}>{INTERVENTION_STATUS_LABELS[i.status]}</span>
        </span>
        {i.themeIds.length > 0 && (
          <span>
            Thema's: {themeLabels(i.themeIds, profile.themes).join(', ')}
            {i.themesInferred && <span className="tag tag-caveat"> afgeleid, niet door het gebiedsplan toegewezen</span>}
          </span>
        )}
        {i.wijkIds.length > 0 && <span>Wijken: {namesOf(i.wijkIds, profile.wijken).join(', ')}</span>}
      </p>
      <KeurmerkStatusLine status={keurmerk} kind="interventie" href={paths.keurmerk({ kind: 'interventie', id: i.id })} title={i.title} />
      {i.summary && <p className="lead">{i.summary}</p>}
      {i.planNote && (
        <p className="note plan-note">
          <strong>Uit het gebiedsplan:</strong> {i.planNote}
        </p>
      )}
      {i.why && (
        <section aria-labelledby="waarom-kop" className="why">
          <h2 id="waarom-kop">Waarom maakt dit het verschil?</h2>
          {i.why.split('\n\n').map((p, n) => (
            <p key={n}>{p}</p>
          ))}
        </section>
      )}
      {parent && (
        <p>
          Hoort bij: <a href={paths.intervention(parent.id)}>{parent.title}</a>
        </p>
      )}

      <div className="two-columns wide-first">
        <div>
          <section aria-labelledby="gegevens-kop" className="panel">
            <h2 id="gegevens-kop">Gegevens</h2>
            <InterventionForm
              key={`gegevens-${i.id}`}
              initial={interventionFieldsOf(i)}
              formLabel="Gegevens van de interventie"
              submitLabel="Gegevens opslaan"
              themes={profile.themes}
              wijken={profile.wijken}
              parents={all.filter((x) => x.id !== i.id && x.parentId !== i.id)}
              onSubmit={saveFields}
            />
          </section>
        </div>
        <div>
          <section aria-labelledby="trekkers-kop" className="panel">
            <h2 id="trekkers-kop">Trekkers</h2>
            <p>{i.trekkers.length === 0 ? 'Deze interventie heeft nog geen trekkers.' : `Trekkers: ${joinDutch(i.trekkers.map((t) => t.name))}.`}</p>
            <TrekkerGaps id="trekker-tekort" gaps={gaps} themes={profile.themes} ownThemeIds={i.themeIds} />
            <TrekkersForm
              key={`trekkers-${i.id}`}
              intervention={i}
              organisations={organisations}
              teamIds={team}
              describedBy={ownGaps.length > 0 ? 'trekker-tekort' : undefined}
              onSubmit={saveTrekkers}
            />
          </section>
          <section aria-labelledby="partners-kop" className="panel">
            <h2 id="partners-kop">Partners</h2>
            <PartnersForm key={`partners-${i.id}`} intervention={i} organisations={organisations} onSubmit={savePartners} />
          </section>
          <section aria-labelledby="samenhang-kop" className="panel">
            <h2 id="samenhang-kop">Samenhang</h2>
            {i.children.length > 0 && (
              <>
                <h3>Aanvullende kansen</h3>
                <ul>
                  {i.children.map((c) => (
                    <li key={c.id}>
                      <a href={paths.intervention(c.id)}>{c.title}</a> ({INTERVENTION_STATUS_LABELS[c.status].toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>Gekoppeld als een treintje</h3>
            <KoppelkansLinks interventionId={i.id} all={all} />
            <h3>Plannen</h3>
            {linkedPlans.length === 0 ? (
              <p className="empty">Geen plan noemt deze interventie.</p>
            ) : (
              <ul>
                {linkedPlans.map((p) => (
                  <li key={p.id}>{p.title}</li>
                ))}
              </ul>
            )}
            <h3>In de registers</h3>
            <p>
              {registerSummary.length === 0 ? 'Over deze interventie is nog niets vastgelegd. ' : `Vastgelegd: ${joinDutch(registerSummary)}. `}
              <a href={paths.registers(null, i.id)}>Registers bij deze interventie</a>
            </p>
          </section>
        </div>
      </div>
      <section aria-labelledby="keten-overzicht-kop" className="panel">
        <h2 id="keten-overzicht-kop">Van trend tot impact</h2>
        <ChainSection intervention={i} themes={profile.themes} />
      </section>
      <section aria-labelledby="keten-kop" className="panel">
        <h2 id="keten-kop">Monitoringketen</h2>
        <p className="hint">Van doel naar maatschappelijke impact, zoals hoofdstuk 4 van het gebiedsplan de monitoring beschrijft.</p>
        <ChainForm key={`keten-${i.id}`} intervention={i} onSubmit={saveChain} />
      </section>
      <section aria-labelledby="prestaties-kop" className="panel">
        <h2 id="prestaties-kop">Prestaties: afgesproken en geleverd</h2>
        <p className="hint">
          {i.prestatieCount === 0
            ? 'Leg per prestatie vast wat is afgesproken en wat is geleverd.'
            : `${i.prestatiesMet} van ${i.prestatieCount} prestaties leverden minstens wat was afgesproken.`}
        </p>
        <PrestatieTable prestaties={i.prestaties} onCreate={createPrestatie} onUpdate={updatePrestatie} onRemove={removePrestatie} />
      </section>
      <InterventionMoney interventionId={i.id} organisations={organisations} />
    </>
  );
}
