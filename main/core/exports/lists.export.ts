// Entry points for the agenda, actielijst and besluitenlijst exports (called from minutes.service.ts): each builds
// its model, lays it out as a document (lists.document.ts) and renders the chosen format (document.render.ts).
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { buildAgendaModel, type AgendaInput } from './agenda.model';
import { exportDocument } from './document.render';
import { actionListDocument, agendaDocument, decisionListDocument } from './lists.document';
import { inzageDocument } from './inzage.model';
import type { InzageReport } from '../../../shared/avg';
import { buildActionListModel, buildDecisionListModel, type ActionListInput, type DecisionListInput } from './lists.model';

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

/** A person's inzage (AVG): "inzage-<name>-<date>.<ext>". */
export async function renderInzageExport(report: InzageReport, format: ExportFormat): Promise<ExportedFile> {
  return exportDocument(inzageDocument(report), format);
}
