// render(doc, format): the one place an ExportDocument becomes a file. Markdown renders in-process; DOCX, PDF and
// ODT render in a short-lived worker when the bundle has one (render-in-worker.ts), else in-process, and their
// renderers are imported lazily so a Markdown export does not load docx or pdfmake.
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { withoutBidiControlsDeep } from './bidi';
import type { ExportDocument } from './document';
import { renderMarkdown } from './document.md';
import { MINUTES_MIME_TYPES } from './file-names';
import { renderInWorker, type BinaryFormat } from './render-in-worker';

/** DOCX, PDF or ODT, in this process (the worker calls this too). */
export async function renderBinary(doc: ExportDocument, format: BinaryFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx': {
      const { renderDocx } = await import('./document.docx');
      return renderDocx(doc);
    }
    case 'pdf': {
      const { renderDocumentPdf } = await import('./document.pdf');
      return renderDocumentPdf(doc);
    }
    case 'odt': {
      const { renderOdt } = await import('./document.odt');
      return renderOdt(doc);
    }
    default: {
      // The format crosses IPC: refuse anything else instead of returning nothing.
      const unknown: never = format;
      throw new Error(`Onbekend exportformaat: ${String(unknown)}`);
    }
  }
}

export async function render(doc: ExportDocument, format: ExportFormat): Promise<Uint8Array> {
  if (format === 'md') return Buffer.from(renderMarkdown(doc), 'utf8');
  return (await renderInWorker(doc, format)) ?? (await renderBinary(doc, format));
}

/** The file to save or download: "<fileStem>.<format>", bidirectional controls taken out of every text. */
export async function exportDocument(rawDoc: ExportDocument, format: ExportFormat): Promise<ExportedFile> {
  const doc = withoutBidiControlsDeep(rawDoc);
  const bytes = await render(doc, format);
  return {
    fileName: `${doc.fileStem}.${format}`,
    mimeType: MINUTES_MIME_TYPES[format],
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
