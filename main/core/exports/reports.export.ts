// The three-layer reports as Markdown, DOCX and PDF. The report arrives as blocks (headings, paragraphs,
// bullet lists, tables) built by services/reports.service.ts; this module only lays them out, in the same
// style as the minutes exports. Charts are not embedded as images yet: every chart's numbers are in the
// tables, which is also what a screen reader needs.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import type { ReportBlock, ReportDocument } from '../../../shared/registers';
import { MINUTES_MIME_TYPES, slugify } from './minutes.export';
import { escapeCell } from './minutes.md';
import { colophonText } from './minutes.model';
import { getPdfMake } from './minutes.pdf';

export function reportFileName(report: ReportDocument, format: ExportFormat): string {
  const parts = ['rapportage', `laag-${report.layer}`, report.wijkId ? slugify(report.wijkId) : '', String(report.year)];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

// ---- Markdown ----

export function renderReportMarkdown(report: ReportDocument): string {
  const block = (b: ReportBlock): string => {
    switch (b.type) {
      case 'heading':
        return `${'#'.repeat(b.level + 1)} ${b.text}`;
      case 'paragraph':
        return b.text;
      case 'bullets':
        return b.items.map((i) => `- ${i.replace(/\n/g, ' ')}`).join('\n');
      case 'table': {
        const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
        return [`**${b.caption}**`, '', line(b.columns), `|${b.columns.map(() => ' --- ').join('|')}|`, ...b.rows.map(line)].join('\n');
      }
    }
  };
  return `${[`# ${report.title}`, `*${report.subtitle}*`, ...report.blocks.map(block), '---', `*${colophonText(new Date(report.generatedAt))}*`].join('\n\n')}\n`;
}

// ---- DOCX ----

// A4 with 2.54 cm margins leaves 9026 twips; a table's columns share it equally.
const TEXT_WIDTH = 9026;
const HEADER_FILL = 'E4ECF4';
const DOCX_HEADINGS = { 1: HeadingLevel.HEADING_2, 2: HeadingLevel.HEADING_3, 3: HeadingLevel.HEADING_4 } as const;

function docxCell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    // A cell needs a paragraph even when empty, or Word reports the file as damaged.
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function docxBlock(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: DOCX_HEADINGS[b.level], keepNext: true })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(b.text)], spacing: { after: 120 } })];
    case 'bullets':
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case 'table': {
      const width = Math.floor(TEXT_WIDTH / b.columns.length);
      const widths = b.columns.map(() => width);
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], spacing: { before: 160, after: 60 }, keepNext: true }),
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c) => docxCell(c, width, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => docxCell(c, width, false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    }
  }
}

export async function renderReportDocx(report: ReportDocument): Promise<Buffer> {
  const colophon = colophonText(new Date(report.generatedAt));
  const doc = new Document({
    title: report.title,
    subject: report.subtitle,
    creator: 'Coalitietafel',
    description: colophon,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: report.subtitle, italics: true })], spacing: { after: 200 } }),
          ...report.blocks.flatMap(docxBlock),
          new Paragraph({ children: [new TextRun({ text: colophon, italics: true, size: 18 })], spacing: { before: 400 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---- PDF ----

const LINE_COLOUR = '#9AA5B1';

function pdfBlock(b: ReportBlock): Content {
  switch (b.type) {
    case 'heading':
      return { text: b.text, style: `h${b.level + 1}` };
    case 'paragraph':
      return { text: b.text, style: 'body' };
    case 'bullets':
      return { ul: b.items, style: 'body' };
    case 'table':
      return {
        stack: [
          { text: b.caption, style: 'caption' },
          {
            table: {
              headerRows: 1,
              widths: b.columns.map(() => '*'),
              body: [b.columns.map((c) => ({ text: c, bold: true, fillColor: '#E4ECF4' })), ...b.rows.map((r) => r.map((c) => ({ text: c })))],
            },
            layout: {
              hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
              vLineWidth: () => 0,
              hLineColor: () => LINE_COLOUR,
              paddingLeft: () => 4,
              paddingRight: () => 4,
              paddingTop: () => 3,
              paddingBottom: () => 3,
            },
          },
        ],
        margin: [0, 4, 0, 8],
      };
  }
}

export function reportDocDefinition(report: ReportDocument): TDocumentDefinitions {
  const generatedAt = new Date(report.generatedAt);
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    language: 'nl-NL',
    info: { title: report.title, subject: report.subtitle, creator: 'Coalitietafel', producer: 'Coalitietafel', creationDate: generatedAt },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { italics: true, color: '#444444', margin: [0, 0, 0, 12] },
      h2: { fontSize: 15, bold: true, margin: [0, 16, 0, 4] },
      h3: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      h4: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      body: { margin: [0, 0, 0, 6] },
      caption: { bold: true, margin: [0, 6, 0, 2] },
      colophon: { fontSize: 8, italics: true, color: '#555555', margin: [0, 24, 0, 0] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `Pagina ${currentPage} van ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 24, 0, 0],
    }),
    content: [
      { text: report.title, style: 'h1' },
      { text: report.subtitle, style: 'subtitle' },
      ...report.blocks.map(pdfBlock),
      { text: colophonText(generatedAt), style: 'colophon' },
    ],
  };
}

export async function renderReportPdf(report: ReportDocument): Promise<Buffer> {
  return getPdfMake().createPdf(reportDocDefinition(report)).getBuffer();
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
