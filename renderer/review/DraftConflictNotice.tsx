// A vinkje's unsaved draft that was made on an answer another window or device has since replaced: both are shown,
// and nothing is stored or discarded until the user chooses.
import { useId } from 'react';
import { ANSWER_LABELS, type VinkjeAnswer } from '../../shared/domain';
import { formatInstant } from '../format';
import type { AnswerValue } from './useVinkjeAnswer';

function AnswerText({ value }: { value: AnswerValue }) {
  return (
    <>
      <strong>{value.answer ? ANSWER_LABELS[value.answer] : 'geen antwoord'}</strong>
      {value.explanation.trim() ? ` — ${value.explanation}` : ''}
    </>
  );
}

export function DraftConflictNotice(props: {
  position: number;
  draft: AnswerValue;
  stored: VinkjeAnswer | undefined;
  onUseDraft(): void;
  onKeepStored(): void;
}) {
  const { position: n, draft, stored } = props;
  const id = useId();
  return (
    <div className="warning draft-conflict" role="alert" aria-labelledby={`${id}-kop`}>
      <p id={`${id}-kop`}>
        <strong>
          Intussen is een ander antwoord opgeslagen bij vinkje {n}
          {stored ? ` (${formatInstant(stored.answeredAt)})` : ''}.
        </strong>{' '}
        Uw concept is nog niet opgeslagen.
      </p>
      <dl>
        <dt>Opgeslagen antwoord</dt>
        <dd>{stored ? <AnswerText value={{ answer: stored.answer, explanation: stored.explanation }} /> : 'geen antwoord'}</dd>
        <dt>Uw concept (niet opgeslagen)</dt>
        <dd>
          <AnswerText value={draft} />
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" onClick={props.onUseDraft}>
          Mijn concept gebruiken<span className="visually-hidden"> bij vinkje {n}</span>
        </button>
        <button type="button" className="button-quiet" onClick={props.onKeepStored}>
          Opgeslagen antwoord houden<span className="visually-hidden"> bij vinkje {n}</span>
        </button>
      </div>
    </div>
  );
}
