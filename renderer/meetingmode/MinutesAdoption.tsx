// Vaststelling notulen: the minutes of an earlier held meeting of this body are adopted here, as they
// are or with corrections (recorded as corrections). After that the adopted meeting cannot change.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MeetingDetail, MeetingSummary } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { formatDate } from '../format';
import { paths } from '../router';
import { RadioGroup, SelectField, TextAreaField } from '../components/fields';
import { Loading, LoadFailed } from '../components/LoadState';

function AdoptForm(props: { pending: MeetingSummary[]; atMeetingId: number; onAdopted(): Promise<void> }) {
  const call = useCall();
  const notices = useNotices();
  const [meetingId, setMeetingId] = useState(String(props.pending[0]!.id));
  const [mode, setMode] = useState<'ongewijzigd' | 'met-correcties'>('ongewijzigd');
  const [corrections, setCorrections] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const correctionsRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const chosen = props.pending.find((m) => String(m.id) === meetingId) ?? props.pending[0]!;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'met-correcties' && !corrections.trim()) {
      setError('Vul de correcties in, of kies “Ongewijzigd”.');
      correctionsRef.current?.focus();
      return;
    }
    setError(null);
    setConfirming(true);
  };

  const adopt = async () => {
    const result = await notices.run(
      () =>
        call('minutes:adopt', {
          meetingId: chosen.id,
          atMeetingId: props.atMeetingId,
          ...(mode === 'met-correcties' ? { corrections: corrections.trim() } : {}),
        }),
      `De notulen van “${chosen.title}” zijn vastgesteld${mode === 'met-correcties' ? ' met correcties' : ''}.`,
    );
    setConfirming(false);
    if (result.ok) await props.onAdopted();
    else setTimeout(() => submitRef.current?.focus());
  };

  return (
    <form className="stack adopt-form" noValidate onSubmit={ask} aria-label="Notulen vaststellen">
      <SelectField
        label="Notulen van"
        value={meetingId}
        onChange={(v) => {
          setMeetingId(v);
          setConfirming(false);
        }}
        options={props.pending.map((m) => ({ value: String(m.id), label: `${m.title} (${formatDate(m.startsAt)})` }))}
      />
      <p className="hint">
        {/* Same window: the Electron shell refuses new windows; the vergadermodus remembers its item. */}
        <a href={paths.meeting(chosen.id)}>Notulen van {chosen.title} bekijken</a>
      </p>
      <RadioGroup
        legend="Vaststellen"
        inline
        value={mode}
        onChange={(v) => {
          setMode(v as typeof mode);
          setError(null);
        }}
        choices={[
          { value: 'ongewijzigd', label: 'Ongewijzigd' },
          { value: 'met-correcties', label: 'Met correcties' },
        ]}
      />
      {mode === 'met-correcties' && (
        <TextAreaField
          label="Correcties"
          value={corrections}
          onChange={(v) => {
            setCorrections(v);
            if (v.trim()) setError(null);
          }}
          rows={3}
          required
          error={error}
          textAreaRef={correctionsRef}
          hint="De correcties worden bij de notulen vastgelegd; wat toen is vastgelegd verandert niet."
        />
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label="Vaststellen bevestigen">
          <p>
            Na vaststelling kunnen de besluiten, vinkjes, aanwezigheid en aantekeningen van “{chosen.title}” niet meer worden
            gewijzigd. Notulen nu vaststellen?
          </p>
          <div className="form-actions">
            <button type="button" className="button-primary" ref={confirmRef} onClick={adopt}>
              Ja, notulen vaststellen
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => submitRef.current?.focus());
              }}
            >
              Annuleren
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" ref={submitRef} className="button-primary button-large">
            Notulen vaststellen
          </button>
        </div>
      )}
    </form>
  );
}

export function MinutesAdoption({ meeting, locked }: { meeting: MeetingDetail; locked: boolean }) {
  const call = useCall();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Body and date decide which meetings come before this one: reload when either is edited.
  const loaded = useLoad(
    () => call('minutes:listAdoptable', { meetingId: meeting.id }),
    [call, meeting.id, meeting.body, meeting.startsAt],
  );

  if (!loaded.data) return loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  // pending: latest first, so the form's default is the latest held meeting whose minutes are not adopted yet.
  const { previous, pending, adoptedHere } = loaded.data;

  return (
    <section aria-labelledby="vaststelling-kop" className="adoption">
      <h3 id="vaststelling-kop" ref={headingRef} tabIndex={-1}>
        Notulen vaststellen
      </h3>
      {adoptedHere.map(({ meeting: m, corrections }) => (
        <div key={m.id} className="note">
          <p>
            De notulen van <a href={paths.meeting(m.id)}>{m.title}</a> ({formatDate(m.startsAt)}) zijn in deze vergadering
            vastgesteld{corrections.length > 0 ? ' met correcties' : ', ongewijzigd'}.
          </p>
          {corrections.map((c, i) => (
            <p key={i} className="description">
              Correcties: {c.text}
            </p>
          ))}
        </div>
      ))}
      {previous && previous.status !== 'gehouden' && (
        <p className="warning">
          De vorige vergadering, “{previous.title}”, is nog niet gesloten. Alleen de notulen van een gehouden vergadering kunnen
          worden vastgesteld: <a href={paths.meetingMode(previous.id)}>sluit die vergadering eerst</a>.
        </p>
      )}
      {locked ? null : pending.length === 0 ? (
        <p className="empty">Er zijn geen notulen van eerdere vergaderingen die nog moeten worden vastgesteld.</p>
      ) : (
        <AdoptForm
          key={pending.map((m) => m.id).join(',')}
          pending={pending}
          atMeetingId={meeting.id}
          onAdopted={async () => {
            await loaded.reload();
            headingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}
