// Entry point for the minutes exports: builds the model once and renders the chosen format.
// The DOCX and PDF renderers are imported lazily, so a Markdown export does not load docx or pdfmake.
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { withoutBidiControlsDeep } from './bidi';
import { buildMinutesModel, type MinutesInput, type MinutesModel } from './minutes.model';
import { renderMinutesMarkdown } from './minutes.md';
import { renderInWorker } from './render-in-worker';
import { MINUTES_MIME_TYPES, slugify } from './file-names';

export type { MinutesInput } from './minutes.model';

/** e.g. "notulen-2026-12-03-maatschappelijke-coalitie.docx"; "conceptnotulen-…" until the meeting is held. */
export function minutesFileName(model: MinutesModel, format: ExportFormat): string {
  const parts = [slugify(model.documentTitle), /^\d{4}-\d{2}-\d{2}$/.test(model.isoDate) ? model.isoDate : '', slugify(model.bodyLabel)];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

async function render(model: MinutesModel, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return Buffer.from(renderMinutesMarkdown(model), 'utf8');
    case 'docx': {
      const { renderMinutesDocx } = await import('./minutes.docx');
      return renderMinutesDocx(model);
    }
    case 'pdf': {
      const { renderMinutesPdf } = await import('./minutes.pdf');
      return renderMinutesPdf(model);
    }
    case 'odt': {
      const { renderMinutesOdt } = await import('./minutes.odt');
      return renderMinutesOdt(model);
    }
  }
}

export async function exportMinutes(input: MinutesInput, format: ExportFormat): Promise<ExportedFile> {
  const model = withoutBidiControlsDeep(buildMinutesModel(input));
  // DOCX, PDF and ODT in a short-lived worker when the bundle has one (render-in-worker.ts), else in-process.
  const bytes = (format !== 'md' && (await renderInWorker({ kind: 'minutes', model }, format))) || (await render(model, format));
  return {
    fileName: minutesFileName(model, format),
    mimeType: MINUTES_MIME_TYPES[format],
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
