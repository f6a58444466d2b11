// Importing budget lines from CSV: first a preview (what would be written, every bad line with its reason in
// Dutch), then "Importeren" writes all lines in one go — and only when no line is wrong, so a file is never
// half read in. "Annuleren" drops it.
import { useId, useRef, useState, type FormEvent } from 'react';
import { BUDGET_STATUS_LABELS, CONTRIBUTION_KIND_LABELS, describeLine, formatMoney, type BudgetImportPreview, type BudgetImportRow } from '../../shared/money';
import { errorMessage, useCall } from '../api';
import { useNotices } from '../notices';
import { FormActions } from '../components/FormActions';
import { type Column } from '../components/DataTable';
import { CsvImportPreview } from '../components/CsvImportPreview';
import { FileField } from '../components/FileField';

const rows = (n: number) => `${n.toLocaleString('nl-NL')} ${n === 1 ? 'regel' : 'regels'}`;

/** The preview of the lines that would be written. */
const SAMPLE_COLUMNS: Column<BudgetImportRow>[] = [
  { header: 'Regel', rowHeader: true, cell: (s) => s.line },
  { header: 'Jaar', cell: (s) => s.year },
  { header: 'Soort', cell: (s) => CONTRIBUTION_KIND_LABELS[s.kind] },
  { header: 'Status', cell: (s) => BUDGET_STATUS_LABELS[s.status] },
  { header: 'Partner', cell: (s) => s.organisationName ?? '—' },
  { header: 'Waarvoor', cell: (s) => [s.interventionTitle ?? s.planTitle, s.purpose].filter(Boolean).join(': ') || '—' },
  { header: 'Omvang', className: 'cell-number money', headerClassName: 'cell-number', cell: (s) => (s.kind === 'anders' ? '—' : describeLine(s)) },
];

export function BudgetCsvImport({ onImported }: { onImported(): void }) {
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
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
        <FileField
          accept=".csv,text/csv,text/plain"
          id={id}
          label="CSV-bestand met begrotingsregels"
          hint={
            <>
              Kolommen jaar, soort (geld, capaciteit of anders), status (benodigd, toegezegd of gerealiseerd) en verder bron, organisatie,
              interventie, plan, omschrijving, bedrag (1.250,00), capaciteit, eenheid (uur of fte) en kanttekening, gescheiden door ; of ,. Een export van
              deze pagina heeft precies die kolommen.
            </>
          }
          error={fileError}
          inputRef={fileRef}
          disabled={preview !== null}
          onChange={(f) => {
            setFile(f);
            setFileError(null);
          }}
        />
        {!preview && <FormActions submitLabel="Begroting controleren" busy={busy} />}
      </form>

      {report && (
        <CsvImportPreview
          headingId={`${id}-voorbeeld`}
          heading="Voorbeeld van de begrotingsimport"
          summary={
            <>
              <strong>
                {report.rows === 0 ? 'Er is geen goede regel.' : `${rows(report.rows)} ${report.rows === 1 ? 'is' : 'zijn'} goed (samen ${formatMoney(report.totalCents)} aan geld).`}
              </strong>{' '}
              {report.errorCount === 0
                ? 'Geen enkele regel bevat fouten.'
                : `${rows(report.errorCount)} ${report.errorCount === 1 ? 'bevat' : 'bevatten'} fouten: verbeter het bestand, want zolang een regel fout is wordt er niets ingelezen.`}{' '}
              Er is nog niets ingelezen.
            </>
          }
          errors={report.errors}
          errorCaption="Fouten per regel"
          sample={report.sample}
          sampleCaption={report.sample.length < report.rows ? `De eerste ${report.sample.length} goede regels` : 'De goede regels'}
          sampleColumns={SAMPLE_COLUMNS}
          sampleKey={(s) => s.line}
          importDisabled={report.rows === 0 || report.errorCount > 0}
          importing={busy}
          onImport={finish}
          onCancel={reset}
        />
      )}
    </div>
  );
}
