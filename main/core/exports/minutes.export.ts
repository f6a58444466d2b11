// Entry point for the minutes exports: builds the model once, lays it out as a document and renders the format.
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { withoutBidiControlsDeep } from './bidi';
import { exportDocument } from './document.render';
import { buildMinutesModel, type MinutesInput, type MinutesModel } from './minutes.model';
import { minutesDocument, minutesFileStem } from './minutes.document';

export type { MinutesInput } from './minutes.model';

/** e.g. "notulen-2026-12-03-maatschappelijke-coalitie.docx"; "conceptnotulen-…" until the meeting is held. */
export function minutesFileName(model: MinutesModel, format: ExportFormat): string {
  return `${minutesFileStem(model)}.${format}`;
}

export async function exportMinutes(input: MinutesInput, format: ExportFormat): Promise<ExportedFile> {
  // The model is cleaned too: the file name is made from it.
  return exportDocument(minutesDocument(withoutBidiControlsDeep(buildMinutesModel(input))), format);
}
