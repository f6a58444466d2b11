// Entry points for the agenda, actielijst and besluitenlijst exports (called from minutes.service.ts): each builds
// its model, lays it out as a format-neutral document and renders the chosen format. As for the minutes, the DOCX
// and PDF renderers are imported lazily, so a Markdown export does not load docx or pdfmake.
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { withoutBidiControlsDeep } from './bidi';
import { buildAgendaModel, type AgendaInput } from './agenda.model';
import { actionListDocument, agendaDocument, decisionListDocument, type ListDocument } from './lists.document';
import { renderListMarkdown } from './lists.md';
import { buildActionListModel, buildDecisionListModel, type ActionListInput, type DecisionListInput } from './lists.model';
import { MINUTES_MIME_TYPES } from './file-names';
import { renderInWorker } from './render-in-worker';

async function render(doc: ListDocument, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return Buffer.from(renderListMarkdown(doc), 'utf8');
    case 'docx': {
      const { renderListDocx } = await import('./lists.docx');
      return renderListDocx(doc);
    }
    case 'pdf': {
      const { renderListPdf } = await import('./lists.pdf');
      return renderListPdf(doc);
    }
    case 'odt': {
      const { renderListOdt } = await import('./lists.odt');
      return renderListOdt(doc);
    }
    default: {
      // The format crosses IPC: refuse anything else instead of returning nothing.
      const unknown: never = format;
      throw new Error(`Onbekend exportformaat: ${String(unknown)}`);
    }
  }
}

async function exportDocument(rawDoc: ListDocument, format: ExportFormat): Promise<ExportedFile> {
  const doc = withoutBidiControlsDeep(rawDoc);
  // DOCX, PDF and ODT in a short-lived worker when the bundle has one (render-in-worker.ts), else in-process.
  const bytes = (format !== 'md' && (await renderInWorker({ kind: 'list', doc }, format))) || (await render(doc, format));
  return {
    fileName: `${doc.fileStem}.${format}`,
    mimeType: MINUTES_MIME_TYPES[format],
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

/** The agenda to send out before the meeting: "agenda-2026-12-03-maatschappelijke-coalitie.<ext>". */
export async function renderAgendaExport(input: AgendaInput, format: ExportFormat): Promise<ExportedFile> {
  return exportDocument(agendaDocument(buildAgendaModel(input)), format);
}

/** The actielijst as filtered in the app: "actielijst-<date of generatedAt>.<ext>". */
export async function renderActionListExport(input: ActionListInput, format: ExportFormat): Promise<ExportedFile> {
  return exportDocument(actionListDocument(buildActionListModel(input)), format);
}

/** The besluitenlijst of a period: "besluitenlijst-<from>-<to>.<ext>". */
export async function renderDecisionListExport(input: DecisionListInput, format: ExportFormat): Promise<ExportedFile> {
  return exportDocument(decisionListDocument(buildDecisionListModel(input)), format);
}
