// The monitoring chain of chapter 4 for one intervention: doel → middelen en activiteiten → (prestaties) →
// resultaten → maatschappelijke impact. The prestaties have their own table beside this form.
import { useState, type FormEvent } from 'react';
import type { InterventionDetail, MonitoringChain } from '../../shared/registers';
import { TextAreaField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useDraft } from '../useDraft';

export function ChainForm(props: { intervention: InterventionDetail; onSubmit(chain: MonitoringChain): Promise<boolean> }) {
  const i = props.intervention;
  const [chain, set, setChain] = useDraft<MonitoringChain>({ goal: i.goal, means: i.means, results: i.results, impact: i.impact });
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const trimmed = { goal: chain.goal.trim(), means: chain.means.trim(), results: chain.results.trim(), impact: chain.impact.trim() };
    if (await props.onSubmit(trimmed)) setChain(trimmed);
    setBusy(false);
  };

  return (
    <form className="stack chain-form" noValidate onSubmit={submit} aria-label="Monitoringketen">
      <ol className="chain-steps">
        <li>
          <TextAreaField
            label="Doel (doelstellingen en criteria)"
            hint="Wat wil deze interventie bereiken, en waaraan zien we dat?"
            value={chain.goal}
            onChange={(v) => set('goal', v)}
            rows={3}
          />
        </li>
        <li>
          <TextAreaField
            label="Middelen en activiteiten"
            hint="Wat zetten de partners in: mensen, geld, ruimte, activiteiten."
            value={chain.means}
            onChange={(v) => set('means', v)}
            rows={3}
          />
        </li>
        <li className="chain-prestaties">
          <p className="label">Prestaties</p>
          <p className="hint">Wat is afgesproken en wat is geleverd: zie de tabel Prestaties hieronder.</p>
        </li>
        <li>
          <TextAreaField
            label="Resultaten"
            hint="Wat heeft het opgeleverd voor de deelnemers?"
            value={chain.results}
            onChange={(v) => set('results', v)}
            rows={3}
          />
        </li>
        <li>
          <TextAreaField
            label="Maatschappelijke impact"
            hint="Wat verandert er in de wijk of de stad?"
            value={chain.impact}
            onChange={(v) => set('impact', v)}
            rows={3}
          />
        </li>
      </ol>
      <FormActions submitLabel="Monitoringketen opslaan" busy={busy} />
    </form>
  );
}
