// The three-layer reports as Markdown, DOCX, PDF and ODT. The report arrives as blocks (headings, paragraphs,
// bullet lists, tables) built by services/reports.service.ts; this module only lays them out, with the same
// building blocks as the minutes and list exports so every document looks and reads the same.
// Charts arrive as PNGs drawn in the renderer (Node has no canvas), checked by the service; DOCX and PDF show them
// in a closing section "Grafieken", each with its title as caption and its Dutch description as the image's alt
// text. The tables stay: they carry the same numbers for screen readers and for the Rijk.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import type { Content } from 'pdfmake/interfaces';
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import type { ReportBlock, ReportChartImage, ReportDocument } from '../../../shared/registers';
import { MINUTES_MIME_TYPES, slugify } from './file-names';
import { withoutBidiControlsDeep } from './bidi';
import { colophonText } from './minutes.model';
import { renderInWorker } from './render-in-worker';
import * as md from './md.blocks';
import * as word from './docx.blocks';
import * as odt from './odt.blocks';
import * as pdf from './pdf.blocks';
import { withStructure } from './pdf.tagged';

export function reportFileName(report: ReportDocument, format: ExportFormat): string {
  const parts = ['rapportage', `laag-${report.layer}`, report.wijkId ? slugify(report.wijkId) : '', String(report.year)];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

// ---- Markdown ----

const CHARTS_HEADING = 'Grafieken';
const CHARTS_INTRO = 'De cijfers bij deze grafieken staan ook in de tabellen hierboven.';

/** "Grafiek: <titel> — <beschrijving>", on one line. */
export const chartLine = (chart: Pick<ReportChartImage, 'title' | 'alt'>): string =>
  `Grafiek: ${chart.title} — ${chart.alt}`.replace(/\s+/g, ' ').trim();

export function renderReportMarkdown(report: ReportDocument, charts: readonly ReportChartImage[] = []): string {
  const block = (b: ReportBlock): string => {
    switch (b.type) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${md.inline(b.text)}`;
      case 'paragraph':
        return md.paragraph(b.text);
      case 'bullets':
        return b.items.map(md.bullet).join('\n');
      case 'table':
        return [`**${md.inline(b.caption)}**`, md.table(b.columns, b.rows)].join('\n\n');
    }
  };
  // Markdown cannot carry an image inline without a file beside it, so a chart is a line with its title and
  // description; the numbers are in the tables.
  const chartParts = charts.length > 0 ? [`## ${CHARTS_HEADING}`, CHARTS_INTRO, ...charts.map((c) => md.paragraph(chartLine(c)))] : [];
  const parts = [
    `# ${md.inline(report.title)}`,
    `*${md.inline(report.subtitle)}*`,
    ...report.blocks.map(block),
    ...chartParts,
    '---',
    `*${colophonText(new Date(report.generatedAt))}*`,
  ];
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

/** Word measures an inline image in pixels at 96 per inch: the text width of 9026 twips is about 600 of them. */
const DOCX_IMAGE_WIDTH = Math.floor((word.TEXT_WIDTH / 1440) * 96);

function docxCharts(charts: readonly ReportChartImage[]): Paragraph[] {
  if (charts.length === 0) return [];
  return [
    new Paragraph({ text: CHARTS_HEADING, heading: HeadingLevel.HEADING_2, keepNext: true }),
    ...word.paragraphs(CHARTS_INTRO),
    ...charts.flatMap((chart, index) => {
      const width = Math.min(DOCX_IMAGE_WIDTH, chart.width);
      const height = Math.round((width * chart.height) / chart.width);
      return [
        word.label(chart.title),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [
            new ImageRun({
              type: 'png',
              data: chart.png,
              transformation: { width, height },
              altText: { title: chart.title, description: chart.alt, name: `Grafiek ${index + 1}` },
            }),
          ],
        }),
      ];
    }),
  ];
}

export async function renderReportDocx(report: ReportDocument, charts: readonly ReportChartImage[] = []): Promise<Buffer> {
  const colophon = colophonText(new Date(report.generatedAt));
  return word.renderWordDocument({
    title: report.title,
    subject: report.subtitle,
    description: colophon,
    children: [
      new Paragraph({ text: report.title, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: report.subtitle, italics: true })], spacing: { after: 200 } }),
      ...report.blocks.flatMap(docxBlock),
      ...docxCharts(charts),
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
        ? withStructure({ text: b.text, fontSize: 11, bold: true, margin: [0, 10, 0, 2] }, { type: 'H3' })
        : { text: b.text, style: b.level === 1 ? 'h1' : 'h2' };
    case 'paragraph':
      return { text: b.text, style: 'body' };
    case 'bullets':
      return { ul: b.items, style: 'body' };
    case 'table':
      return pdf.titledTable(b.caption, 'label', columnWidths(b.columns, b.rows, PDF_TEXT_WIDTH - PDF_CELL_PADDING * b.columns.length), b.columns, b.rows);
  }
}

/** Charts at most this tall on the page, so a caption and its chart always fit on one page together. */
const PDF_CHART_MAX_HEIGHT = 300;

function pdfCharts(charts: readonly ReportChartImage[]): Content[] {
  if (charts.length === 0) return [];
  return [
    { text: CHARTS_HEADING, style: 'h2' },
    { text: CHARTS_INTRO, style: 'body' },
    ...charts.map(
      (chart): Content => ({
        unbreakable: true,
        stack: [
          { text: chart.title, style: 'label' },
          // A Figure in the structure tree, with the chart's Dutch description as its alternative text.
          withStructure(
            {
              image: `data:image/png;base64,${Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength).toString('base64')}`,
              fit: [PDF_TEXT_WIDTH, PDF_CHART_MAX_HEIGHT],
              alignment: 'center',
              margin: [0, 4, 0, 12],
            },
            { alt: `${chart.title}: ${chart.alt}` },
          ),
        ],
      }),
    ),
  ];
}

export async function renderReportPdf(report: ReportDocument, charts: readonly ReportChartImage[] = []): Promise<Buffer> {
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
        ...pdfCharts(charts),
        { text: colophonText(generatedAt), style: 'colophon' },
      ],
    }),
  );
}

// ---- ODT ----

function odtBlock(doc: odt.OdtDocument, b: ReportBlock): void {
  switch (b.type) {
    case 'heading':
      doc.add(odt.heading(b.text, b.level));
      return;
    case 'paragraph':
      doc.add(...odt.paragraphs(b.text));
      return;
    case 'bullets':
      doc.add(odt.bullets(b.items));
      return;
    case 'table':
      doc.add(odt.label(b.caption));
      doc.table(columnWidths(b.columns, b.rows, 1000), b.columns, b.rows);
      return;
  }
}

export function renderReportOdt(report: ReportDocument, charts: readonly ReportChartImage[] = []): Buffer {
  const generatedAt = new Date(report.generatedAt);
  const colophon = colophonText(generatedAt);
  const doc = new odt.OdtDocument({ title: report.title, subject: report.subtitle, description: colophon, generatedAt });
  doc.add(odt.heading(report.title, 1), odt.paragraph(report.subtitle, 'Ondertitel'));
  for (const b of report.blocks) odtBlock(doc, b);
  if (charts.length > 0) {
    doc.add(odt.heading(CHARTS_HEADING, 2), ...odt.paragraphs(CHARTS_INTRO));
    for (const chart of charts) {
      doc.add(odt.label(chart.title));
      doc.image({ png: chart.png, width: chart.width, height: chart.height, title: chart.title, description: chart.alt });
    }
  }
  doc.add(odt.paragraph(colophon, 'Colofon'));
  return doc.render();
}

// ---- Entry point ----

export async function renderReportExport(
  rawReport: ReportDocument,
  format: ExportFormat,
  rawCharts: readonly ReportChartImage[] = [],
): Promise<ExportedFile> {
  const report = withoutBidiControlsDeep(rawReport);
  const charts = withoutBidiControlsDeep(rawCharts);
  const bytes: Uint8Array =
    format === 'md'
      ? Buffer.from(renderReportMarkdown(report, charts), 'utf8')
      : // DOCX, PDF and ODT in a short-lived worker when the bundle has one (render-in-worker.ts), else in-process.
        ((await renderInWorker({ kind: 'report', report, charts }, format)) ??
        (format === 'docx'
          ? await renderReportDocx(report, charts)
          : format === 'odt'
            ? renderReportOdt(report, charts)
            : await renderReportPdf(report, charts)));
  return {
    fileName: reportFileName(report, format),
    mimeType: MINUTES_MIME_TYPES[format],
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
