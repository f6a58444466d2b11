// "Notulen exporteren": the minutes as DOCX, PDF, ODT or Markdown, saved through the app or downloaded.
import { useState } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type ExportFormat } from '../../shared/domain';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';

export function ExportPanel({ meetingId }: { meetingId: number }) {
  const call = useCall();
  const notices = useNotices();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const exportAs = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    await notices.run(async () => saveExportedFile(await call('minutes:export', { meetingId, format })), (message) => message);
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
      {busy && <p className="hint">Bezig met exporteren…</p>}
    </>
  );
}
