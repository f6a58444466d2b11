// The monitoring chain of one intervention as the plan draws it (H4): maatschappelijke trend → ambitie → doel →
// middelen en activiteiten → prestaties → resultaten → maatschappelijke impact, with the charts of the
// indicators that follow it. What is not filled in yet says so.
import type { ReactNode } from 'react';
import type { IndicatorChart, InterventionDetail } from '../../shared/registers';
import { CHAIN_STEPS, PLAN_TREND, type InterventionChainView } from '../../shared/planwork';
import { IndicatorChartView } from '../charts/IndicatorChartView';

function Step({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li className="chain-step">
      <h3>{label}</h3>
      {children}
    </li>
  );
}

// The whole sentence per step: "de resultaten" takes "zijn", "het doel" takes "is".
const Text = ({ value, empty }: { value: string; empty: string }) =>
  value.trim() === '' ? <p className="empty">{empty}</p> : <>{value.split('\n\n').map((p, n) => <p key={n}>{p}</p>)}</>;

export function ChainView(props: { intervention: InterventionDetail; chain: InterventionChainView; charts: IndicatorChart[] }) {
  const { intervention: i, chain } = props;
  const label = (key: (typeof CHAIN_STEPS)[number]['key']) => CHAIN_STEPS.find((s) => s.key === key)!.label;
  return (
    <ol className="chain-view">
      <Step label={label('trend')}>
        {chain.trend ? (
          <Text value={chain.trend} empty="De trend is nog niet ingevuld." />
        ) : (
          <p>
            {PLAN_TREND} <span className="tag tag-caveat">algemene zin uit het gebiedsplan</span>
          </p>
        )}
        {chain.indicators.length === 0 ? (
          <p className="empty">Er zijn nog geen indicatoren aan deze interventie gekoppeld.</p>
        ) : (
          <div className="chain-charts">
            {props.charts.map((c) => (
              <IndicatorChartView key={c.indicator.id} chart={c} />
            ))}
          </div>
        )}
      </Step>
      <Step label={label('ambition')}>
        {chain.ambition ? (
          <>
            <p>
              <strong>Ambitie {chain.ambition.themeName}:</strong>
            </p>
            <blockquote>{chain.ambition.text}</blockquote>
          </>
        ) : (
          <p className="empty">Er is nog geen ambitie gekozen.</p>
        )}
      </Step>
      <Step label={label('goal')}>
        <Text value={i.goal} empty="Het doel is nog niet ingevuld." />
      </Step>
      <Step label={label('means')}>
        <Text value={i.means} empty="De middelen en activiteiten zijn nog niet ingevuld." />
      </Step>
      <Step label={label('prestaties')}>
        {i.prestatieCount === 0 ? (
          <p className="empty">Er zijn nog geen prestaties vastgelegd.</p>
        ) : (
          <p>
            {i.prestatiesMet} van {i.prestatieCount} prestaties leverden minstens wat was afgesproken.
          </p>
        )}
      </Step>
      <Step label={label('results')}>
        <Text value={i.results} empty="De resultaten zijn nog niet ingevuld." />
      </Step>
      <Step label={label('impact')}>
        <Text value={i.impact} empty="De maatschappelijke impact is nog niet ingevuld." />
      </Step>
    </ol>
  );
}
