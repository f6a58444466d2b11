// "Notulen exporteren": the minutes as DOCX, PDF, ODT or Markdown, saved through the app or downloaded; once
// adopted, also the archive package for the municipal e-depot.
import { useState } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type ExportFormat } from '../../shared/domain';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';

export function ExportPanel({ meetingId, adopted }: { meetingId: number; adopted: boolean }) {
  const call = useCall();
  const notices = useNotices();
  const [busy, setBusy] = useState<ExportFormat | 'archief' | null>(null);

  const exportAs = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    await notices.run(async () => saveExportedFile(await call('minutes:export', { meetingId, format })), (message) => message);
    setBusy(null);
  };

  const exportArchive = async () => {
    if (busy) return;
    setBusy('archief');
    await notices.run(async () => saveExportedFile(await call('minutes:exportArchive', { meetingId })), (message) => message);
    setBusy(null);
  };

  return (
    <>
      <p className="hint">De notulen bevatten de aanwezigheid, per agendapunt de bespreking, de besluiten met hun vinkjes, de besluitenlijst en de actielijst.</p>
      <div className="button-row">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" onClick={() => exportAs(format)} aria-busy={busy === format || undefined}>
            Exporteren als {EXPORT_FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      {adopted && (
        <>
          <p className="hint">
            Het archiefpakket is voor het e-depot van de gemeente: de vastgestelde notulen en de besluitenlijst als PDF/A, de
            metagegevens (MDTO), het zegel uit de hashketen en een lijst met controlegetallen, in één ZIP-bestand.
          </p>
          <div className="button-row">
            <button type="button" onClick={exportArchive} aria-busy={busy === 'archief' || undefined}>
              Archiefpakket exporteren
            </button>
          </div>
        </>
      )}
      {busy && <p className="hint">Bezig met exporteren…</p>}
    </>
  );
}
