// The three-layer reports laid out in the one document model (document.ts). The report arrives as blocks
// (headings, paragraphs, bullet lists, tables) built by services/reports.service.ts; charts arrive as PNGs drawn in
// the renderer (Node has no canvas), checked by the service, and close the report in a section "Grafieken", each
// with its title as caption and its Dutch description as alternative text. The tables stay: they carry the same
// numbers for screen readers and for the Rijk.
import type { ReportBlock, ReportChartImage, ReportDocument } from '../../../shared/registers';
import { pdfTextWidth, type Block, type Column, type ExportDocument } from './document';
import { slugify } from './file-names';
import { colophonText } from './minutes.model';

const CHARTS_HEADING = 'Grafieken';
const CHARTS_INTRO = 'De cijfers bij deze grafieken staan ook in de tabellen hierboven.';
const CELL_PADDING = 8;

export function reportFileStem(report: ReportDocument): string {
  return ['rapportage', `laag-${report.layer}`, report.wijkId ? slugify(report.wijkId) : '', String(report.year)].filter(Boolean).join('-');
}

/**
 * Column widths (PDF points of text) in proportion to the longest text in each column, clamped so a number
 * column stays readable and a question column does not take everything; together they fill the page.
 */
export function tableColumns(columns: readonly string[], rows: readonly (readonly string[])[]): Column[] {
  const total = pdfTextWidth(false) - CELL_PADDING * columns.length;
  const weights = columns.map((c, i) => Math.min(40, Math.max(8, c.length + 2, ...rows.map((r) => (r[i] ?? '').length))));
  const sum = weights.reduce((a, b) => a + b, 0);
  return columns.map((name, i) => ({ name, width: Math.floor(((weights[i] ?? 0) / sum) * total) }));
}

function block(b: ReportBlock): Block {
  switch (b.type) {
    case 'heading':
      // The report's title is the one level-1 heading.
      return { kind: 'heading', level: b.level === 3 ? 3 : 2, text: b.text };
    case 'paragraph':
      return { kind: 'text', text: b.text };
    case 'bullets':
      return { kind: 'list', items: b.items };
    case 'table':
      return { kind: 'table', title: { text: b.caption, as: 'label' }, columns: tableColumns(b.columns, b.rows), rows: b.rows };
  }
}

export function reportDocument(report: ReportDocument, charts: readonly ReportChartImage[] = []): ExportDocument {
  const generatedAt = new Date(report.generatedAt);
  const chartBlocks: Block[] =
    charts.length > 0
      ? [
          { kind: 'heading', level: 2, text: CHARTS_HEADING },
          { kind: 'text', text: CHARTS_INTRO },
          ...charts.map((c): Block => ({ kind: 'image', png: c.png, width: c.width, height: c.height, title: c.title, alt: c.alt })),
        ]
      : [];
  return {
    title: report.title,
    subtitle: report.subtitle,
    header: [],
    blocks: [...report.blocks.map(block), ...chartBlocks],
    colophon: colophonText(generatedAt),
    generatedAt,
    landscape: false,
    fileStem: reportFileStem(report),
  };
}
