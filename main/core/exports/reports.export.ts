// Entry point for the three-layer reports (called from services/reports.service.ts): lays the report out as a
// document (reports.document.ts) and renders the chosen format (document.render.ts).
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import type { ReportChartImage, ReportDocument } from '../../../shared/registers';
import { exportDocument } from './document.render';
import { reportDocument } from './reports.document';

export async function renderReportExport(report: ReportDocument, format: ExportFormat, charts: readonly ReportChartImage[] = []): Promise<ExportedFile> {
  return exportDocument(reportDocument(report, charts), format);
}
