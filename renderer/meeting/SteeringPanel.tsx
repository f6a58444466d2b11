// The three sturingsvragen answered for one coalition meeting: the first two ja / deels / nee with a
// toelichting, the third as what goes well and where to choose or adjust. Read-only once the minutes are adopted.
// On the meeting's page they are saved with the button; in meeting mode (at the item with the three questions)
// moving on or closing also stores what was typed, as with the notes.
import { useRef, useState, type FormEvent } from 'react';
import {
  STEERING_ASSESSMENTS,
  STEERING_ASSESSMENT_LABELS,
  STEERING_QUESTIONS,
  type SteeringAnswers,
  type SteeringAssessment,
} from '../../shared/planwork';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { Loading, LoadFailed } from '../components/LoadState';
import { RadioGroup, TextAreaField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useDraft } from '../useDraft';
import { usePendingField } from '../review/pendingSaves';

type Fields = Omit<SteeringAnswers, 'meetingId' | 'answeredAt'>;
const EMPTY: Fields = { focus: null, focusNote: '', rightThings: null, rightThingsNote: '', goingWell: '', toAdjust: '' };
const choices = STEERING_ASSESSMENTS.map((a) => ({ value: a, label: STEERING_ASSESSMENT_LABELS[a] }));
const FIELD_KEYS = Object.keys(EMPTY) as (keyof Fields)[];
const differs = (a: Fields, b: Fields) => FIELD_KEYS.some((k) => a[k] !== b[k]);

function SteeringForm({ meetingId, initial, onSaved }: { meetingId: number; initial: Fields; onSaved(a: SteeringAnswers): void }) {
  const call = useCall();
  const notices = useNotices();
  const [draft, set] = useDraft<Fields>(initial);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const saved = useRef<Fields>(initial);
  const latest = useRef(draft);
  latest.current = draft;

  const store = async (success: string | undefined) => {
    const fields = latest.current;
    const result = await notices.run(() => call('steering:set', { meetingId, ...fields }), success);
    if (result.ok) {
      saved.current = fields;
      onSaved(result.value);
    }
    return result.ok;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    await store('De antwoorden op de sturingsvragen zijn opgeslagen.');
    setBusy(false);
  };
  usePendingField({
    flush: async () =>
      !differs(latest.current, saved.current) || (await store(undefined))
        ? null
        : { label: 'Sturingsvragen', reason: 'het opslaan is mislukt; probeer het opnieuw.', focus: () => formRef.current?.querySelector('input')?.focus() },
    dirty: () => differs(latest.current, saved.current),
  });
  return (
    <form ref={formRef} className="stack" noValidate onSubmit={submit} aria-label="Sturingsvragen">
      <RadioGroup legend={STEERING_QUESTIONS.focus} inline value={draft.focus} onChange={(v) => set('focus', v as SteeringAssessment)} choices={choices} />
      <TextAreaField label="Toelichting bij de focus" value={draft.focusNote} onChange={(v) => set('focusNote', v)} rows={2} />
      <RadioGroup legend={STEERING_QUESTIONS.rightThings} inline value={draft.rightThings} onChange={(v) => set('rightThings', v as SteeringAssessment)} choices={choices} />
      <TextAreaField label="Toelichting bij de juiste dingen" value={draft.rightThingsNote} onChange={(v) => set('rightThingsNote', v)} rows={2} />
      <TextAreaField label={STEERING_QUESTIONS.goingWell} value={draft.goingWell} onChange={(v) => set('goingWell', v)} rows={2} />
      <TextAreaField label={STEERING_QUESTIONS.toAdjust} value={draft.toAdjust} onChange={(v) => set('toAdjust', v)} rows={2} />
      <FormActions submitLabel="Antwoorden opslaan" busy={busy} />
    </form>
  );
}

export function SteeringPanel({ meetingId, locked }: { meetingId: number; locked: boolean }) {
  const call = useCall();
  const loaded = useLoad(() => call('steering:get', { meetingId }), [call, meetingId]);
  if (loaded.data === undefined) return loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  const answers = loaded.data;
  return (
    <>
      <p className="hint">
        De vaste vragen uit de jaarplanning van het gebiedsplan. <a href={paths.steering()}>Antwoorden naast elkaar over de jaren</a>
      </p>
      {locked ? (
        answers ? (
          <dl>
            <dt>{STEERING_QUESTIONS.focus}</dt>
            <dd>{answers.focus ? STEERING_ASSESSMENT_LABELS[answers.focus] : '—'} {answers.focusNote}</dd>
            <dt>{STEERING_QUESTIONS.rightThings}</dt>
            <dd>{answers.rightThings ? STEERING_ASSESSMENT_LABELS[answers.rightThings] : '—'} {answers.rightThingsNote}</dd>
            <dt>{STEERING_QUESTIONS.goingWell}</dt>
            <dd>{answers.goingWell || '—'}</dd>
            <dt>{STEERING_QUESTIONS.toAdjust}</dt>
            <dd>{answers.toAdjust || '—'}</dd>
          </dl>
        ) : (
          <p className="empty">In deze vergadering zijn de sturingsvragen niet beantwoord.</p>
        )
      ) : (
        <SteeringForm meetingId={meetingId} initial={answers ?? EMPTY} onSaved={(a) => loaded.setData(a)} />
      )}
    </>
  );
}
