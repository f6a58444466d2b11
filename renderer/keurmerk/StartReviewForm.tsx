// Starting a new keurmerk review: who does it (the installation's user name to begin with). A review that exists
// is kept as history; the form says so before it replaces it as the current one.
import { useState, type FormEvent } from 'react';
import { TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';

export function StartReviewForm(props: { defaultReviewer: string; replaces: boolean; onStart(reviewer: string): Promise<boolean> }) {
  const [reviewer, setReviewer] = useState(props.defaultReviewer);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reviewer.trim() === '') {
      setError('Vul in wie de toetsing doet.');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await props.onStart(reviewer.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Nieuwe toetsing" noValidate>
      {props.replaces && <p className="hint">De huidige toetsing blijft bewaard en leesbaar bij de eerdere toetsingen.</p>}
      <TextField label="Getoetst door" value={reviewer} onChange={setReviewer} required error={error} hint="Een naam, of het overleg dat toetst." />
      <FormActions submitLabel="Nieuwe toetsing beginnen" busy={busy} />
    </form>
  );
}
