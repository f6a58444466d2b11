// The one document model every export is written in: the minutes, the agenda, the actielijst, the besluitenlijst
// and the reports each build an ExportDocument from their own model (minutes.document.ts, lists.document.ts,
// reports.document.ts), and render(doc, format) (document.render.ts) lays it out with one renderer per format:
// document.md.ts, document.docx.ts, document.pdf.ts (tagged PDF/A), document.odt.ts. A new format costs one
// renderer; a new kind of content costs one block kind here and its case in each renderer.
//
// Plain data only (strings, numbers, Dates, byte arrays): a document crosses to the export worker by structured clone.

/** "Label: value": a header line of a document, or a meta line under an agenda item. */
export interface Field {
  label: string;
  value: string;
  /** 'warning' for what must not be missed (adopted minutes changed after adoption); 'seal' for a seal to check. */
  tone?: 'warning' | 'seal';
}

/** A table column; width in PDF points of text (cell padding excluded), '*' takes the rest, 'auto' its longest word. */
export interface Column {
  name: string;
  width: number | '*' | 'auto';
}

export type Block =
  /** Level 1 is the document's title: blocks use 2 and 3. */
  | { kind: 'heading'; level: 2 | 3; text: string }
  /** A bold line kept with what follows it ("Toelichting", "Besluit: Aangenomen"). */
  | { kind: 'label'; text: string }
  /** Free text; blank lines separate paragraphs, single line breaks are kept. A lead is printed bold before it. */
  | { kind: 'text'; text: string; lead?: string }
  /** A bullet list; an item may span lines. */
  | { kind: 'list'; items: string[] }
  /** A table whose header row repeats on every page; its title is a caption (label) or a section heading. */
  | { kind: 'table'; title?: { text: string; as: 'label' | 'heading2' | 'heading3' }; columns: Column[]; rows: string[][] }
  /** Label–value pairs: the document's header (labels bold, read as row headers) or an item's meta lines (italic). */
  | { kind: 'fields'; fields: Field[]; style: 'header' | 'meta' }
  /** A picture (a chart) with its title as caption and its description as alternative text. */
  | { kind: 'image'; png: Uint8Array; width: number; height: number; title: string; alt: string }
  /** A short standalone note: "Er zijn geen acties." */
  | { kind: 'notice'; text: string }
  /** Blocks that belong together (an agenda item): kept on one page where they fit. */
  | { kind: 'group'; blocks: Block[] };

export interface ExportDocument {
  /** The one level-1 heading, and the file's title in its metadata. */
  title: string;
  /** The line under the title; empty when there is none. */
  subtitle: string;
  header: Field[];
  blocks: Block[];
  /** "Gegenereerd met Coalitietafel op …" */
  colophon: string;
  generatedAt: Date;
  /** Wide tables (the actielijst, the besluitenlijst) read better across the page. */
  landscape: boolean;
  /** The file name without extension. */
  fileStem: string;
}

// A4 less document.pdf.ts's 56 pt side margins, and the 4 pt cell padding on either side of a column.
const PDF_TEXT_WIDTH = { portrait: 595.28 - 112, landscape: 841.89 - 112 } as const;
const CELL_PADDING = 8;
/** What an 'auto' column counts for outside the PDF: room for "Niet beantwoord" on one line. */
const AUTO_WIDTH = 72;

/** The text width of a page in PDF points, cell padding included. */
export const pdfTextWidth = (landscape: boolean) => (landscape ? PDF_TEXT_WIDTH.landscape : PDF_TEXT_WIDTH.portrait);

/**
 * Each column's share of the text width as the PDF lays it out, '*' columns sharing what the others leave.
 * The Word and ODT renderers scale these shares to their own page, so every format keeps the same proportions.
 */
export function columnShares(columns: readonly Column[], landscape: boolean): number[] {
  const total = pdfTextWidth(landscape);
  const fixedWidth = (c: Column) => (c.width === 'auto' ? AUTO_WIDTH : c.width === '*' ? 0 : c.width) + CELL_PADDING;
  const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : fixedWidth(c)), 0);
  const stars = columns.filter((c) => c.width === '*').length;
  const star = stars > 0 ? Math.max(total - fixed, 0) / stars : 0;
  const widths = columns.map((c) => (c.width === '*' ? star : fixedWidth(c)));
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  return widths.map((w) => w / sum);
}

/** The characters of text a block holds, to decide what may be kept on one page. */
export function textLength(block: Block): number {
  switch (block.kind) {
    case 'heading':
    case 'label':
    case 'notice':
      return block.text.length;
    case 'text':
      return block.text.length + (block.lead?.length ?? 0);
    case 'list':
      return block.items.reduce((sum, item) => sum + item.length, 0);
    case 'fields':
      return block.fields.reduce((sum, f) => sum + f.value.length, 0);
    case 'group':
      return block.blocks.reduce((sum, b) => sum + textLength(b), 0);
    case 'table':
    case 'image':
      return Infinity;
  }
}

/** "Grafiek: <titel> — <beschrijving>", on one line: a chart where a format cannot hold the picture. */
export const chartLine = (chart: { title: string; alt: string }): string =>
  `Grafiek: ${chart.title} — ${chart.alt}`.replace(/\s+/g, ' ').trim();
