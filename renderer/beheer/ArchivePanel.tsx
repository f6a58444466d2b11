// The whole archive as one JSON file: export (also in rescue mode, as far as the file can be read) and
// import, which only works into a new, empty installation; the core refuses otherwise, in Dutch.
import { useId, useRef, useState, type FormEvent } from 'react';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';
import { rememberAfterReload } from '../rescue/reload';
import { FileField } from '../components/FileField';

export function ArchivePanel(props: { rescue: boolean; onImported(): void }) {
  const call = useCall();
  const notices = useNotices();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const exportArchive = async () => {
    if (busy) return;
    setBusy('export');
    await notices.run(
      async () => {
        const exported = await call('archive:export', {});
        const saved = await saveExportedFile(exported.file);
        setProblems(exported.complete ? null : exported.problems);
        // The file's own words first (saved, downloaded, or cancelled), then what could not be read.
        return exported.complete ? saved : `${saved} Niet alles kon uit de database worden gelezen; zie de lijst bij Archief.`;
      },
      (message) => message,
    );
    setBusy(null);
  };

  const importArchive = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError('Kies eerst een archiefbestand (JSON).');
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    setBusy('import');
    const result = await notices.run(async () => call('archive:import', { json: await file.text() }));
    setBusy(null);
    if (result.ok) {
      rememberAfterReload(result.value.message);
      props.onImported();
    }
  };

  return (
    <section aria-labelledby="beheer-archief" className="panel">
      <h2 id="beheer-archief">Archief</h2>
      <p>
        Het hele archief als één JSON-bestand: vergaderingen, besluiten, vinkjes, acties, registers, het logboek en de zegels van
        de vastgestelde notulen. Bewaar het op een veilige plek; het kan in een nieuwe installatie precies zo worden ingelezen.
      </p>
      <div className="button-row">
        <button type="button" onClick={exportArchive} aria-busy={busy === 'export' || undefined}>
          Archief exporteren (JSON)
        </button>
      </div>
      {problems && (
        <div className="warning">
          <p>Niet alles kon worden gelezen:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <h3 id={`${inputId}-kop`} className="beheer-subheading">
        Archief importeren
      </h3>
      <form className="stack" noValidate onSubmit={importArchive} aria-labelledby={`${inputId}-kop`}>
        <FileField
          id={inputId}
          label="Archiefbestand (JSON)"
          hint="Importeren kan alleen in een nieuwe, lege installatie van Coalitietafel, waarin nog niets is vastgelegd. In een installatie waarin al gewerkt is weigert Coalitietafel het archief, en verandert er niets."
          accept=".json,application/json"
          error={fileError}
          inputRef={fileRef}
          disabled={props.rescue}
          onChange={() => setFileError(null)}
        />
        <div className="form-actions">
          <button type="submit" disabled={props.rescue} aria-busy={busy === 'import' || undefined}>
            Archief importeren
          </button>
        </div>
        {props.rescue && <p className="hint">In de herstelmodus kan niets worden ingelezen; zet eerst een reservekopie terug.</p>}
      </form>
    </section>
  );
}
