// The retention term per register, in months, with why; set here, or left at the app's default.
import { useState, type FormEvent } from 'react';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS, type RetentionTerm } from '../../shared/avg';
import { REGISTER_KIND_PLURALS } from '../../shared/registers';
import { TextAreaField, TextField } from '../components/fields';
import { Panel } from '../beheer/SectionState';

export const RETENTION = { id: 'avg-termijnen', title: 'Bewaartermijnen per register' };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function TermForm(props: { term: RetentionTerm; onSaved(): void }) {
  const call = useCall();
  const notices = useNotices();
  const { term } = props;
  const label = capital(REGISTER_KIND_PLURALS[term.kind]);
  const [months, setMonths] = useState(String(term.months));
  const [note, setNote] = useState(term.note);
  const [errors, setErrors] = useState<{ months?: string; note?: string }>({});
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const n = Number(months.trim());
    const found = {
      months:
        Number.isInteger(n) && n >= RETENTION_MIN_MONTHS && n <= RETENTION_MAX_MONTHS
          ? undefined
          : `Vul een geheel aantal maanden in, van ${RETENTION_MIN_MONTHS} tot en met ${RETENTION_MAX_MONTHS}.`,
      note: note.trim() ? undefined : 'Licht de bewaartermijn toe.',
    };
    setErrors(found);
    if (found.months || found.note) return;
    setBusy(true);
    const result = await notices.run(
      () => call('avg:setRetention', { kind: term.kind, months: n, note: note.trim() }),
      (t) => `Bewaartermijn ${REGISTER_KIND_PLURALS[t.kind]}: ${t.months} maanden.`,
    );
    setBusy(false);
    if (result.ok) props.onSaved();
  };

  return (
    <form className="stack" noValidate onSubmit={save} aria-label={`Bewaartermijn ${REGISTER_KIND_PLURALS[term.kind]}`}>
      <h3>{label}</h3>
      <div className="field-row">
        <TextField
          label={`Bewaartermijn ${REGISTER_KIND_PLURALS[term.kind]} (maanden)`}
          value={months}
          onChange={setMonths}
          error={errors.months}
          required
          hint={`Standaard ${term.defaultMonths} maanden${term.updatedAt ? '' : ' (van kracht)'}.`}
        />
      </div>
      <TextAreaField label={`Toelichting ${REGISTER_KIND_PLURALS[term.kind]}`} value={note} onChange={setNote} error={errors.note} rows={2} required />
      <div className="form-actions">
        <button type="submit" aria-busy={busy || undefined}>
          Bewaartermijn {REGISTER_KIND_PLURALS[term.kind]} opslaan
        </button>
      </div>
    </form>
  );
}

export function RetentionTerms(props: { terms: RetentionTerm[]; onSaved(): void }) {
  return (
    <Panel {...RETENTION}>
      <p>
        Na de termijn (gerekend vanaf de datum van de registratie) herinnert deze pagina eraan om de persoonsgegevens te verwijderen of met
        een reden langer te bewaren. Alleen registraties met persoonsgegevens tellen mee.
      </p>
      {props.terms.map((t) => (
        <TermForm key={`${t.kind}-${t.updatedAt ?? ''}`} term={t} onSaved={props.onSaved} />
      ))}
    </Panel>
  );
}
