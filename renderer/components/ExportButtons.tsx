// One button per export format ("Agenda als PDF"), saved through the app or downloaded. The names do
// not repeat the minutes' "Exporteren als …", so each button on a page has its own name.
import { useState } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type ExportFormat, type ExportedFile } from '../../shared/domain';
import { saveExportedFile } from '../api';
import { useNotices } from '../notices';

export function ExportButtons(props: {
  /** Starts every button's name, e.g. "Agenda" → "Agenda als PDF". */
  what: string;
  run(format: ExportFormat): Promise<ExportedFile>;
  disabled?: boolean;
}) {
  const notices = useNotices();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const exportAs = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    await notices.run(async () => saveExportedFile(await props.run(format)), (message) => message);
    setBusy(null);
  };

  return (
    <>
      <div className="button-row">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={props.disabled}
            onClick={() => exportAs(format)}
            aria-busy={busy === format || undefined}
          >
            {props.what} als {EXPORT_FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      {busy && <p className="hint">Bezig met exporteren…</p>}
    </>
  );
}
