// The chain from trend to impact for one intervention, with the form that links its trend, ambitie and
// indicators. Loads its own links and the linked indicators' charts; the rest comes from the intervention.
import type { Theme } from '../../shared/domain';
import type { InterventionDetail } from '../../shared/registers';
import { chainFilled } from '../../shared/planwork';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { Loading, LoadFailed } from '../components/LoadState';
import { ChainView } from './ChainView';
import { ChainLinksForm, type ChainLinkFields } from './ChainLinksForm';

export function ChainSection({ intervention, themes }: { intervention: InterventionDetail; themes: Theme[] }) {
  const call = useCall();
  const notices = useNotices();
  const loaded = useLoad(async () => {
    const [chain, indicators] = await Promise.all([call('chain:get', { interventionId: intervention.id }), call('indicators:list', {})]);
    const charts = await Promise.all(chain.indicators.map((i) => call('charts:indicator', { indicatorId: i.id })));
    return { chain, indicators, charts };
  }, [call, intervention.id]);

  const save = async (f: ChainLinkFields) => {
    const result = await notices.run(
      () =>
        call('chain:setLinks', {
          interventionId: intervention.id,
          trend: f.trend,
          ambitionThemeId: f.ambitionThemeId || null,
          indicatorIds: f.indicatorIds.map(Number),
        }),
      'Trend, ambitie en indicatoren zijn opgeslagen.',
    );
    if (result.ok) await loaded.reload();
    return result.ok;
  };

  if (!loaded.data) return loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  const { chain, indicators, charts } = loaded.data;
  const view = { ...chain, goal: intervention.goal, means: intervention.means, prestaties: intervention.prestaties, results: intervention.results, impact: intervention.impact };
  return (
    <>
      <p className="hint">{chainFilled(view)} van de 7 stappen zijn ingevuld.</p>
      <ChainView intervention={intervention} chain={view} charts={charts} />
      <h3>Trend, ambitie en indicatoren koppelen</h3>
      <ChainLinksForm
        key={`${chain.trend}|${chain.ambition?.themeId ?? ''}|${chain.indicators.map((i) => i.id).join(',')}`}
        initial={{ trend: chain.trend, ambitionThemeId: chain.ambition?.themeId ?? '', indicatorIds: chain.indicators.map((i) => String(i.id)) }}
        themes={themes}
        indicators={indicators}
        onSubmit={save}
      />
    </>
  );
}
