// The monitoring chain of chapter 4 for one intervention: doel → middelen en activiteiten → (prestaties) →
// resultaten → maatschappelijke impact. The prestaties have their own table beside this form.
import { useState, type FormEvent } from 'react';
import type { InterventionDetail, MonitoringChain } from '../../shared/registers';
import { TextAreaField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';

export function ChainForm(props: { intervention: InterventionDetail; onSubmit(chain: MonitoringChain): Promise<boolean> }) {
  const i = props.intervention;
  const [chain, set, , changes] = useDraft<MonitoringChain>({ goal: i.goal, means: i.means, results: i.results, impact: i.impact });
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? 'de monitoringketen' : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const trimmed = { goal: chain.goal.trim(), means: chain.means.trim(), results: chain.results.trim(), impact: chain.impact.trim() };
    if (await props.onSubmit(trimmed)) changes.reset(trimmed);
    setBusy(false);
  };

  // Each step of the chain is a text of its own, written the same way.
  const step = (key: keyof MonitoringChain, label: string, hint: string) => (
    <li>
      <TextAreaField label={label} hint={hint} value={chain[key]} onChange={(v) => set(key, v)} rows={3} />
    </li>
  );

  return (
    <form className="stack chain-form" noValidate onSubmit={submit} aria-label="Monitoringketen">
      <ol className="chain-steps">
        {step('goal', 'Doel (doelstellingen en criteria)', 'Wat wil deze interventie bereiken, en waaraan zien we dat?')}
        {step('means', 'Middelen en activiteiten', 'Wat zetten de partners in: mensen, geld, ruimte, activiteiten.')}
        <li className="chain-prestaties">
          <p className="label">Prestaties</p>
          <p className="hint">Wat is afgesproken en wat is geleverd: zie de tabel Prestaties hieronder.</p>
        </li>
        {step('results', 'Resultaten', 'Wat heeft het opgeleverd voor de deelnemers?')}
        {step('impact', 'Maatschappelijke impact', 'Wat verandert er in de wijk of de stad?')}
      </ol>
      <FormActions submitLabel="Monitoringketen opslaan" busy={busy} />
    </form>
  );
}
