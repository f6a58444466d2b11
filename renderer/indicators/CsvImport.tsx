// Importing indicator values from a CSV export of the Basismonitor or "Zicht op wijken" (indicator, gebied,
// periode, waarde): the file goes across in parts, the core checks it in batches with a progress bar, then the
// preview shows how many rows are good, every error per row in Dutch, and a sample. Nothing is written until
// "Importeren"; "Annuleren" drops it all.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ImportPreview, ImportProgress, ImportResult, ImportSampleRow } from '../../shared/registers';
import { errorMessage, useCall } from '../api';
import { useNotices } from '../notices';
import { formatNumber, formatPeriod } from '../monitoring/format';
import { stageCsv, type ImportPhase } from './importCsv';
import { FormActions } from '../components/FormActions';
import { type Column } from '../components/DataTable';
import { CsvImportPreview } from '../components/CsvImportPreview';
import { FileField } from '../components/FileField';

type State =
  | { step: 'choose' }
  | { step: 'busy'; phase: ImportPhase }
  | { step: 'preview'; importId: string; report: ImportPreview & { progress: ImportProgress } }
  | { step: 'finishing'; importId: string; report: ImportPreview & { progress: ImportProgress } };

const n = (x: number) => formatNumber(x);
const rows = (x: number) => `${n(x)} ${x === 1 ? 'regel' : 'regels'}`;

/** The preview of the rows that would be written. */
const SAMPLE_COLUMNS: Column<ImportSampleRow>[] = [
  { header: 'Regel', rowHeader: true, cell: (s) => s.line },
  { header: 'Indicator', cell: (s) => s.indicatorName },
  { header: 'Gebied', cell: (s) => s.areaName },
  { header: 'Periode', cell: (s) => formatPeriod(s.period) },
  { header: 'Waarde', className: 'cell-number', cell: (s) => n(s.value) },
];

function resultText(r: ImportResult): string {
  const parts = [`${n(r.inserted)} nieuw`, `${n(r.updated)} bijgewerkt`];
  if (r.skipped > 0) parts.push(`${rows(r.skipped)} met fouten overgeslagen`);
  return `${n(r.written)} ${r.written === 1 ? 'waarde is' : 'waarden zijn'} ingelezen (${parts.join(', ')}).`;
}

export function CsvImport({ onImported }: { onImported(): void }) {
  const call = useCall();
  const notices = useNotices();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [skipError, setSkipError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const cancelRef = useRef(false);
  const importIdRef = useRef<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Leaving the page mid-import drops what was staged.
  useEffect(
    () => () => {
      cancelRef.current = true;
      const staged = importIdRef.current;
      if (staged) void call('indicators:importCancel', { importId: staged }).catch(() => undefined);
    },
    [call],
  );

  const reset = (focusFile = true) => {
    importIdRef.current = null;
    setState({ step: 'choose' });
    setSkipInvalid(false);
    setSkipError(null);
    if (focusFile) setTimeout(() => fileRef.current?.focus());
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    if (state.step !== 'choose') return;
    if (!file) {
      setFileError('Kies eerst een CSV-bestand.');
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    notices.clear();
    cancelRef.current = false;
    setAnnouncement(`${file.name} wordt verstuurd en gecontroleerd.`);
    setState({ step: 'busy', phase: { phase: 'sending', part: 0, parts: 1 } });
    try {
      const text = await file.text();
      const done = await stageCsv(
        call,
        text,
        (phase, importId) => {
          importIdRef.current = importId;
          setState({ step: 'busy', phase });
        },
        () => cancelRef.current,
      );
      if (!done) {
        importIdRef.current = null;
        setAnnouncement('');
        notices.showSuccess('De import is geannuleerd; er is niets ingelezen.');
        reset();
        return;
      }
      const report = await call('indicators:importReport', { importId: done.importId });
      setState({ step: 'preview', importId: done.importId, report });
      setAnnouncement(
        `Controle klaar: ${rows(report.rows)} ${report.rows === 1 ? 'kan' : 'kunnen'} worden ingelezen, ${rows(report.errorCount)} ${report.errorCount === 1 ? 'bevat' : 'bevatten'} fouten.`,
      );
    } catch (error) {
      importIdRef.current = null;
      setAnnouncement('');
      notices.showError(errorMessage(error));
      reset(false);
    }
  };

  const finish = async () => {
    if (state.step !== 'preview') return;
    const { importId, report } = state;
    if (report.errorCount > 0 && !skipInvalid) {
      setSkipError(`${rows(report.errorCount)} ${report.errorCount === 1 ? 'bevat' : 'bevatten'} fouten. Kies of die worden overgeslagen, of annuleer en verbeter het bestand.`);
      return;
    }
    setState({ step: 'finishing', importId, report });
    const result = await notices.run(() => call('indicators:importFinish', { importId, skipInvalid }), resultText);
    if (result.ok) {
      importIdRef.current = null;
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      setAnnouncement('');
      reset();
      onImported();
    } else {
      setState({ step: 'preview', importId, report });
    }
  };

  const cancel = async () => {
    if (state.step === 'busy') {
      cancelRef.current = true;
      return;
    }
    if (state.step !== 'preview') return;
    const staged = state.importId;
    const result = await notices.run(() => call('indicators:importCancel', { importId: staged }), 'De import is geannuleerd; er is niets ingelezen.');
    if (result.ok) {
      importIdRef.current = null;
      setAnnouncement('');
      reset();
    }
  };

  const busy = state.step === 'busy' ? state.phase : null;
  const report = state.step === 'preview' || state.step === 'finishing' ? state.report : null;

  return (
    <div className="csv-import stack">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <form className="stack" noValidate onSubmit={check} aria-label="CSV-bestand controleren">
        <FileField
          accept=".csv,text/csv,text/plain"
          id={id}
          label="CSV-bestand"
          hint={
            <>
              Een export van de Basismonitor of “Zicht op wijken” met de kolommen indicator, gebied, periode en waarde (en eventueel bron),
              gescheiden door ; of ,. Gebied is een wijk of Groningen; periode is 2024, 2024-Q1 of 2024-03.
            </>
          }
          error={fileError}
          inputRef={fileRef}
          disabled={state.step !== 'choose'}
          onChange={(f) => {
            setFile(f);
            setFileError(null);
          }}
        />
        {state.step === 'choose' && (
          <FormActions submitLabel="Bestand controleren" />
        )}
      </form>

      {busy && (
        <div className="import-progress">
          {busy.phase === 'sending' ? (
            <>
              <p id={`${id}-voortgang`}>
                Bestand versturen: deel {n(busy.part + 1)} van {n(busy.parts)}
              </p>
              <progress max={busy.parts} value={busy.part} aria-labelledby={`${id}-voortgang`} />
            </>
          ) : (
            <>
              <p id={`${id}-voortgang`}>
                {n(busy.processed)} van {n(busy.total)} rijen gecontroleerd
              </p>
              <progress max={Math.max(busy.total, 1)} value={busy.processed} aria-labelledby={`${id}-voortgang`} />
            </>
          )}
          <p className="hint">Er wordt nog niets ingelezen: eerst ziet u wat er in het bestand staat.</p>
          <div className="form-actions">
            <button type="button" onClick={cancel}>
              Annuleren
            </button>
          </div>
        </div>
      )}

      {report && (
        <CsvImportPreview
          headingId={`${id}-voorbeeld`}
          heading="Voorbeeld van de import"
          summary={
            <>
              <strong>
                {report.rows === 0
                  ? 'Er is geen regel die kan worden ingelezen.'
                  : `${rows(report.rows)} ${report.rows === 1 ? 'kan' : 'kunnen'} worden ingelezen.`}
              </strong>{' '}
              {report.errorCount === 0
                ? 'Geen enkele regel bevat fouten.'
                : `${rows(report.errorCount)} ${report.errorCount === 1 ? 'bevat' : 'bevatten'} fouten.`}{' '}
              Er is nog niets ingelezen.
            </>
          }
          errors={report.errors}
          errorCaption={
            <>
              Fouten per regel
              {report.errorCount > report.errors.length && ` (de eerste ${n(report.errors.length)} van ${n(report.errorCount)})`}
            </>
          }
          sample={report.sample}
          sampleCaption={report.sample.length < report.rows ? `De eerste ${n(report.sample.length)} goede regels` : 'De goede regels'}
          sampleColumns={SAMPLE_COLUMNS}
          sampleKey={(s) => s.line}
          importDisabled={report.rows === 0}
          importing={state.step === 'finishing'}
          onImport={finish}
          onCancel={cancel}
        >
          {report.errorCount > 0 && report.rows > 0 && (
            <div className="choice">
              <input
                id={`${id}-overslaan`}
                type="checkbox"
                checked={skipInvalid}
                aria-describedby={skipError ? `${id}-overslaan-fout` : undefined}
                onChange={(e) => {
                  setSkipInvalid(e.target.checked);
                  setSkipError(null);
                }}
              />
              <label htmlFor={`${id}-overslaan`}>
                Regels met fouten overslaan en de {rows(report.rows)} zonder fouten inlezen
              </label>
            </div>
          )}
          {skipError && (
            <p id={`${id}-overslaan-fout`} className="field-error">
              {skipError}
            </p>
          )}
        </CsvImportPreview>
      )}
    </div>
  );
}
