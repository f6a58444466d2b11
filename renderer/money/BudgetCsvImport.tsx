// Importing budget lines from CSV: first a preview (what would be written, every bad line with its reason in
// Dutch), then "Importeren" writes all lines in one go — and only when no line is wrong, so a file is never
// half read in. "Annuleren" drops it.
import { useId, useRef, useState, type FormEvent } from 'react';
import { BUDGET_STATUS_LABELS, CONTRIBUTION_KIND_LABELS, describeLine, formatMoney, type BudgetImportPreview } from '../../shared/money';
import { errorMessage, useCall } from '../api';
import { useNotices } from '../notices';
import { FormActions } from '../components/FormActions';

const rows = (n: number) => `${n.toLocaleString('nl-NL')} ${n === 1 ? 'regel' : 'regels'}`;

export function BudgetCsvImport({ onImported }: { onImported(): void }) {
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ csv: string; report: BudgetImportPreview } | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setPreview(null);
    setFile(null);
    if (fileRef.current) fileRef.current.value = '';
    setTimeout(() => fileRef.current?.focus());
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!file) {
      setFileError('Kies eerst een CSV-bestand.');
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    setBusy(true);
    notices.clear();
    try {
      const csv = await file.text();
      const report = await call('money:importPreview', { csv });
      setPreview({ csv, report });
      setTimeout(() => previewRef.current?.focus());
    } catch (error) {
      notices.showError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const finish = async () => {
    if (!preview || busy) return;
    setBusy(true);
    const result = await notices.run(
      () => call('money:importCommit', { csv: preview.csv }),
      (r) => `${rows(r.written)} ingelezen (samen ${formatMoney(r.totalCents)} aan geld).`,
    );
    setBusy(false);
    if (result.ok) {
      reset();
      onImported();
    }
  };

  const report = preview?.report;
  return (
    <div className="csv-import stack">
      <form className="stack" noValidate onSubmit={check} aria-label="Begroting uit CSV controleren">
        <div className="field">
          <div className="field-label">
            <label htmlFor={`${id}-bestand`}>CSV-bestand met begrotingsregels</label>
          </div>
          <p id={`${id}-hint`} className="hint">
            Kolommen jaar, soort (geld, capaciteit of anders), status (benodigd, toegezegd of gerealiseerd) en verder bron, organisatie,
            interventie, plan, omschrijving, bedrag (1.250,00), capaciteit en eenheid (uur of fte), gescheiden door ; of ,. Een export van
            deze pagina heeft precies die kolommen.
          </p>
          {fileError && (
            <p id={`${id}-fout`} className="field-error">
              {fileError}
            </p>
          )}
          <input
            id={`${id}-bestand`}
            ref={fileRef}
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={preview !== null}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${id}-hint`, fileError ? `${id}-fout` : null].filter(Boolean).join(' ')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
        </div>
        {!preview && <FormActions submitLabel="Begroting controleren" busy={busy} />}
      </form>

      {report && (
        <section aria-labelledby={`${id}-voorbeeld`} className="import-preview stack">
          <h3 id={`${id}-voorbeeld`} ref={previewRef} tabIndex={-1}>
            Voorbeeld van de begrotingsimport
          </h3>
          <p className="import-summary">
            <strong>
              {report.rows === 0 ? 'Er is geen goede regel.' : `${rows(report.rows)} ${report.rows === 1 ? 'is' : 'zijn'} goed (samen ${formatMoney(report.totalCents)} aan geld).`}
            </strong>{' '}
            {report.errorCount === 0
              ? 'Geen enkele regel bevat fouten.'
              : `${rows(report.errorCount)} ${report.errorCount === 1 ? 'bevat' : 'bevatten'} fouten: verbeter het bestand, want zolang een regel fout is wordt er niets ingelezen.`}{' '}
            Er is nog niets ingelezen.
          </p>
          {report.errors.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <caption>Fouten per regel</caption>
                <thead>
                  <tr>
                    <th scope="col">Regel</th>
                    <th scope="col">Fout</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e) => (
                    <tr key={`${e.line}-${e.message}`}>
                      <th scope="row">{e.line}</th>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.sample.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{report.sample.length < report.rows ? `De eerste ${report.sample.length} goede regels` : 'De goede regels'}</caption>
                <thead>
                  <tr>
                    <th scope="col">Regel</th>
                    <th scope="col">Jaar</th>
                    <th scope="col">Soort</th>
                    <th scope="col">Status</th>
                    <th scope="col">Partner</th>
                    <th scope="col">Waarvoor</th>
                    <th scope="col" className="cell-number">
                      Omvang
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.sample.map((s) => (
                    <tr key={s.line}>
                      <th scope="row">{s.line}</th>
                      <td>{s.year}</td>
                      <td>{CONTRIBUTION_KIND_LABELS[s.kind]}</td>
                      <td>{BUDGET_STATUS_LABELS[s.status]}</td>
                      <td>{s.organisationName ?? '—'}</td>
                      <td>{[s.interventionTitle ?? s.planTitle, s.purpose].filter(Boolean).join(': ') || '—'}</td>
                      <td className="cell-number money">{s.kind === 'anders' ? '—' : describeLine(s)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="form-actions">
            <button type="button" className="button-primary" onClick={finish} disabled={report.rows === 0 || report.errorCount > 0} aria-busy={busy || undefined}>
              Importeren
            </button>
            <button type="button" onClick={reset} disabled={busy}>
              Annuleren
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
