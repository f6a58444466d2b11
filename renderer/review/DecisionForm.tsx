// The outcome of a proposed decision and its text. Adopting needs all vinkjes answered: the choice is
// disabled with the reason until then (and the server refuses too; its message is shown if it does).
// Without a bewonersvertegenwoordiger present the voorzitter is warned (radicale gelijkwaardigheid), not stopped.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ADOPTING_OUTCOMES, OUTCOMES, OUTCOME_LABELS, type AgendaItem, type Checklist, type Outcome } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDateTime } from '../format';
import { RadioGroup, TextAreaField } from '../components/fields';
import { reviewProgress } from './progress';

export function DecisionForm(props: {
  item: AgendaItem;
  checklist: Checklist;
  onItemChange(item: AgendaItem): void;
  /** Is a bewonersvertegenwoordiger marked present? Defaults to yes (no warning). */
  residentPresent?: boolean;
  /** Adopted minutes: the decision is shown, not changed. */
  locked?: boolean;
}) {
  const { item } = props;
  const decision = item.decision;
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(decision?.outcome ?? null);
  const [text, setText] = useState(decision?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [busy, setBusy] = useState(false);

  const { answered, total } = reviewProgress(props.checklist, decision);
  const canAdopt = answered >= total;
  const remaining = total - answered;
  const adoptHint = canAdopt
    ? null
    : `Aannemen kan pas als alle ${total} vinkjes zijn beantwoord. Nog ${remaining} ${remaining === 1 ? 'vinkje' : 'vinkjes'} te beantwoorden.`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!outcome) {
      setError('Kies een uitkomst.');
      return;
    }
    if (ADOPTING_OUTCOMES.includes(outcome) && !text.trim()) {
      setTextError('Vul de besluittekst in: een aangenomen besluit staat zo in de besluitenlijst.');
      textRef.current?.focus();
      return;
    }
    setError(null);
    setTextError(null);
    setBusy(true);
    const result = await notices.run(
      () => call('decisions:decide', { agendaItemId: item.id, outcome, text: text.trim() }),
      `Het besluit is vastgelegd: ${OUTCOME_LABELS[outcome].toLowerCase()}.`,
    );
    setBusy(false);
    if (result.ok) props.onItemChange(result.value);
  };

  const decided = decision?.outcome && (
    <p className={`decided outcome-${decision.outcome}`}>
      Vastgelegd: <strong>{OUTCOME_LABELS[decision.outcome]}</strong>
      {decision.decidedAt && <> op {formatDateTime(decision.decidedAt)}</>}
    </p>
  );
  if (props.locked) {
    return (
      <div className="stack decision-form">
        <h3>Besluit</h3>
        {decided || <p>Er is geen besluit vastgelegd.</p>}
        {decision?.text && <p className="description">{decision.text}</p>}
      </div>
    );
  }
  const warnResidents = props.residentPresent === false;

  return (
    <form className="stack decision-form" noValidate onSubmit={submit} aria-labelledby={`${id}-kop`}>
      <h3 id={`${id}-kop`}>Besluit</h3>
      {decided}
      {warnResidents && (
        <div className="warning" id={`${id}-bewoners`}>
          <p>
            <strong>Let op: er is geen bewonersvertegenwoordiger aanwezig.</strong> De coalitie belooft radicale
            gelijkwaardigheid. Overweeg het besluit aan te houden; u kunt het ook nu vastleggen.
          </p>
        </div>
      )}
      <RadioGroup
        legend="Uitkomst"
        value={outcome}
        onChange={(v) => {
          setOutcome(v as Outcome);
          setError(null);
        }}
        hint={adoptHint}
        error={error}
        inline
        choices={OUTCOMES.map((o) => ({
          value: o,
          label: OUTCOME_LABELS[o],
          disabled: !canAdopt && ADOPTING_OUTCOMES.includes(o),
        }))}
      />
      <TextAreaField
        label="Besluittekst"
        value={text}
        onChange={(v) => {
          setText(v);
          if (v.trim()) setTextError(null);
        }}
        rows={2}
        hint="Zoals het in de besluitenlijst komt; verplicht bij aannemen."
        error={textError}
        textAreaRef={textRef}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary button-large" aria-describedby={warnResidents ? `${id}-bewoners` : undefined}>
          Besluit vastleggen
        </button>
      </div>
    </form>
  );
}
