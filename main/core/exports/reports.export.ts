// The three-layer reports as Markdown, DOCX and PDF. The report arrives as blocks (headings, paragraphs,
// bullet lists, tables) built by services/reports.service.ts; this module only lays them out, with the same
// building blocks as the minutes and list exports so every document looks and reads the same.
// Charts are not embedded as images yet: every chart's numbers are in the tables, which is also what a
// screen reader needs.
import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Content } from 'pdfmake/interfaces';
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import type { ReportBlock, ReportDocument } from '../../../shared/registers';
import { MINUTES_MIME_TYPES, slugify } from './minutes.export';
import { colophonText } from './minutes.model';
import * as md from './md.blocks';
import * as word from './docx.blocks';
import * as pdf from './pdf.blocks';

export function reportFileName(report: ReportDocument, format: ExportFormat): string {
  const parts = ['rapportage', `laag-${report.layer}`, report.wijkId ? slugify(report.wijkId) : '', String(report.year)];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

// ---- Markdown ----

export function renderReportMarkdown(report: ReportDocument): string {
  const block = (b: ReportBlock): string => {
    switch (b.type) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${b.text}`;
      case 'paragraph':
        return md.paragraph(b.text);
      case 'bullets':
        return b.items.map((i) => `- ${i.replace(/\n/g, ' ')}`).join('\n');
      case 'table':
        return [`**${b.caption}**`, md.table(b.columns, b.rows)].join('\n\n');
    }
  };
  const parts = [`# ${report.title}`, `*${report.subtitle}*`, ...report.blocks.map(block), '---', `*${colophonText(new Date(report.generatedAt))}*`];
  return `${parts.join('\n\n')}\n`;
}

// ---- DOCX ----

// Block heading levels are document levels: the report's title is the one level-1 heading.
const DOCX_HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * Column widths that add up to the text width, in proportion to the longest text in each column (clamped, so a
 * number column stays readable and a question column does not take everything).
 */
export function columnWidths(columns: readonly string[], rows: readonly (readonly string[])[], total: number): number[] {
  const weights = columns.map((c, i) => Math.min(40, Math.max(8, c.length + 2, ...rows.map((r) => (r[i] ?? '').length))));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function docxBlock(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: DOCX_HEADINGS[b.level], keepNext: true })];
    case 'paragraph':
      return word.paragraphs(b.text);
    case 'bullets':
      return b.items.map((i) => new Paragraph({ children: word.runs(i), bullet: { level: 0 } }));
    case 'table':
      return [word.label(b.caption), word.table(columnWidths(b.columns, b.rows, word.TEXT_WIDTH), b.columns, b.rows), new Paragraph({ text: '' })];
  }
}

export async function renderReportDocx(report: ReportDocument): Promise<Buffer> {
  const colophon = colophonText(new Date(report.generatedAt));
  return word.renderWordDocument({
    title: report.title,
    subject: report.subtitle,
    description: colophon,
    children: [
      new Paragraph({ text: report.title, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: report.subtitle, italics: true })], spacing: { after: 200 } }),
      ...report.blocks.flatMap(docxBlock),
      new Paragraph({ children: [new TextRun({ text: colophon, italics: true, size: 18 })], spacing: { before: 400 } }),
    ],
  });
}

// ---- PDF ----

/** A4 (595 pt) less the shared 56 pt margins; pdfmake adds 8 pt of cell padding per column on top of the widths. */
const PDF_TEXT_WIDTH = 595 - 2 * 56;
const PDF_CELL_PADDING = 8;

function pdfBlock(b: ReportBlock): Content {
  switch (b.type) {
    case 'heading':
      return b.level === 3
        ? { text: b.text, fontSize: 11, bold: true, margin: [0, 10, 0, 2] }
        : { text: b.text, style: b.level === 1 ? 'h1' : 'h2' };
    case 'paragraph':
      return { text: b.text, style: 'body' };
    case 'bullets':
      return { ul: b.items, style: 'body' };
    case 'table':
      return pdf.titledTable(b.caption, 'label', columnWidths(b.columns, b.rows, PDF_TEXT_WIDTH - PDF_CELL_PADDING * b.columns.length), b.columns, b.rows);
  }
}

export async function renderReportPdf(report: ReportDocument): Promise<Buffer> {
  const generatedAt = new Date(report.generatedAt);
  return pdf.renderPdf(
    pdf.pdfDocument({
      title: report.title,
      subject: report.subtitle,
      generatedAt,
      content: [
        { text: report.title, style: 'h1' },
        { text: report.subtitle, style: 'subtitle' },
        ...report.blocks.map(pdfBlock),
        { text: colophonText(generatedAt), style: 'colophon' },
      ],
    }),
  );
}

// ---- Entry point ----

export async function renderReportExport(report: ReportDocument, format: ExportFormat): Promise<ExportedFile> {
  const bytes: Uint8Array =
    format === 'md'
      ? Buffer.from(renderReportMarkdown(report), 'utf8')
      : format === 'docx'
        ? await renderReportDocx(report)
        : await renderReportPdf(report);
  return {
    fileName: reportFileName(report, format),
    mimeType: MINUTES_MIME_TYPES[format],
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
