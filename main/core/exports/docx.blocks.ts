// Word building blocks for document.docx.ts: one page set-up, one table style, one footer.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

// A4 with 2.54 cm margins leaves 9026 twips (13958 in landscape); every table's columns add up to that.
export const TEXT_WIDTH = 9026;
export const LANDSCAPE_TEXT_WIDTH = 13958;
const HEADER_FILL = 'E4ECF4';
// Word cuts off a row that may not split but is taller than a page, so only short rows are kept whole.
const UNSPLIT_CELL_LIMIT = 1200;

/** Text runs for one paragraph; single newlines become line breaks. */
export function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

/** Blank lines separate paragraphs, as the notulist typed them. */
export function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => new Paragraph({ children: runs(block), spacing: { after: 120 } }));
}

export function label(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 160, after: 60 }, keepNext: true });
}

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    // A cell needs a paragraph even when empty, or Word reports the file as damaged.
    children: [new Paragraph({ children: runs(text, { bold: header }) })],
  });
}

/** A fixed-layout table whose header row repeats on every page; widths in twips. */
export function table(widths: readonly number[], columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c, widths[i] ?? 0, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: row.every((text) => text.length <= UNSPLIT_CELL_LIMIT),
            children: row.map((c, i) => cell(c, widths[i] ?? 0)),
          }),
      ),
    ],
  });
}

export interface WordDocumentOptions {
  title: string;
  subject?: string;
  description: string;
  /** Wide tables (the actielijst, the besluitenlijst) read better across the page. */
  landscape?: boolean;
  children: (Paragraph | Table)[];
}

/** An A4 document in Calibri, Dutch, with "Pagina X van Y" in the footer. */
export async function renderWordDocument(options: WordDocumentOptions): Promise<Buffer> {
  const doc = new Document({
    title: options.title,
    subject: options.subject,
    creator: 'Coalitietafel',
    description: options.description,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: options.landscape
              ? { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }
              : { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
