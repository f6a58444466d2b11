// Checking an archive package the archivist holds (for example from the municipal e-depot, years later): the
// package is read here, checked in the core against its own seal and this installation's hash chain, and every
// check is listed. Reading only: nothing in the store changes.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ARCHIVE_PACKAGE_MAX_BYTES, ARCHIVE_PACKAGE_TOO_LARGE, type ArchivePackageCheck as Result } from '../../shared/archive-check';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDate, formatDateTime } from '../format';
import { paths } from '../router';
import { checkLines, headline } from './archive-check-text';
import { FileField } from '../components/FileField';

/** The file as base64 text, the way the package crosses the contract. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Het bestand kon niet worden gelezen; er is niets gecontroleerd.'));
    reader.readAsDataURL(file);
  });
}

export function ArchivePackageCheck() {
  const call = useCall();
  const notices = useNotices();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<{ fileName: string; check: Result } | null>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const refuse = (message: string) => {
    setFileError(message);
    fileRef.current?.focus();
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const file = fileRef.current?.files?.[0];
    if (!file) return refuse('Kies eerst een archiefpakket (ZIP).');
    if (file.size === 0) return refuse('Het gekozen bestand is leeg; kies een archiefpakket (ZIP).');
    if (file.size > ARCHIVE_PACKAGE_MAX_BYTES) return refuse(ARCHIVE_PACKAGE_TOO_LARGE);
    setFileError(null);
    setResult(null);
    setBusy(true);
    const outcome = await notices.run(async () => call('minutes:verifyArchive', { base64: await readBase64(file) }));
    setBusy(false);
    if (outcome.ok) setResult({ fileName: file.name, check: outcome.value });
  };

  const lines = result ? checkLines(result.check) : [];
  const here = result?.check.meetingHere;
  return (
    <section aria-labelledby="beheer-archiefpakket" className="panel">
      <h2 id="beheer-archiefpakket">Archiefpakket controleren</h2>
      <form className="stack" noValidate onSubmit={check} aria-labelledby="beheer-archiefpakket">
        <FileField
          id={inputId}
          label="Archiefpakket (ZIP)"
          hint="Een archiefpakket (ZIP) van vastgestelde notulen, bijvoorbeeld terug uit het e-depot. Coalitietafel controleert elk bestand, de lijst met controlegetallen, het pakketzegel en het zegel tegen de hashketen van deze installatie. Er verandert niets."
          accept=".zip,application/zip"
          error={fileError}
          inputRef={fileRef}
          onChange={() => setFileError(null)}
        />
        <div className="form-actions">
          <button type="submit" aria-busy={busy || undefined}>
            Archiefpakket controleren
          </button>
        </div>
      </form>
      <div role="status">{busy && <p>Bezig met controleren…</p>}</div>
      {result && (
        <div className={result.check.ok ? 'package-check' : 'package-check warning'}>
          <h3 ref={resultRef} tabIndex={-1} className={result.check.ok ? 'chain-ok' : undefined}>
            {headline(result.check, lines)}
          </h3>
          <dl className="beheer-facts">
            <div>
              <dt>Gecontroleerd bestand</dt>
              <dd>{result.fileName}</dd>
            </div>
            <div>
              <dt>Vergadering volgens het pakket</dt>
              <dd>
                {result.check.meeting.title} van {formatDate(result.check.meeting.date)}, vastgesteld op{' '}
                {formatDate(result.check.meeting.adoptedAt)}
              </dd>
            </div>
            <div>
              <dt>Deze vergadering in deze installatie</dt>
              <dd>
                {here ? (
                  <>
                    <a href={paths.meeting(here.id)}>{here.title}</a> ({formatDateTime(here.startsAt)})
                  </>
                ) : (
                  'Bestaat hier niet.'
                )}
              </dd>
            </div>
          </dl>
          <ul className="package-checks" aria-label="Controles van het archiefpakket">
            {lines.map((line) => (
              <li key={line.key}>
                <strong>{line.ok ? 'In orde: ' : 'Niet in orde: '}</strong>
                {line.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
