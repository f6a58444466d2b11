// PDF building blocks for document.pdf.ts. Rendered with pdfmake 0.3 (server side) and the
// Roboto fonts pdfmake ships: they cover Dutch diacritics and nothing depends on system fonts.
import { readFileSync } from 'node:fs';
import type {
  Content,
  CustomTableLayout,
  TDocumentDefinitions,
  TFontDictionary,
  TableCell,
} from 'pdfmake/interfaces';
import pdfMakeModule from 'pdfmake';
// The paths of the Roboto .ttf files in pdfmake's own package (pdfmake/fonts/Roboto.js builds them from its
// __dirname), so they resolve from node_modules unbundled, bundled with pdfmake external, and inside an asar archive.
import robotoFiles from 'pdfmake/fonts/Roboto.js';
import { renderTaggedPdf } from './pdf.tagged';
import { RECORD_AUTHOR } from './records.meta';

/** The part of pdfmake 0.3's server API used here (@types/pdfmake still describes 0.2's PdfPrinter class). */
export interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions, options?: object): { getBuffer(): Promise<Buffer> };
}

const ROBOTO = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

let configured: PdfMakeServer | null = null;

/**
 * Configures pdfmake once: the four .ttf files are read into Buffers and put in pdfmake's in-memory file system, so
 * its local access policy can refuse every path. They were taken from build/vfs_fonts.js before; that module kept
 * its 850 kB of source and 850 kB of base64 strings in memory for the life of the process, next to the decoded fonts.
 * pdfmake itself is imported statically here: this module is only reached through the lazily imported PDF renderers
 * (document.pdf.ts), and a static import bundles as require(), which also resolves inside an asar
 * archive when pdfmake is left external.
 */
export function getPdfMake(): PdfMakeServer {
  if (configured) return configured;
  // pdfmake 0.3 exports one ready-made instance (module.exports = new pdfmake()).
  const pdfMake = pdfMakeModule as unknown as PdfMakeServer;
  for (const [style, file] of Object.entries(ROBOTO) as [keyof typeof ROBOTO, string][]) {
    const path = robotoFiles.Roboto[style];
    if (!path) throw new Error(`pdfmake: no ${style} Roboto font in pdfmake/fonts/Roboto.js`);
    pdfMake.virtualfs.writeFileSync(file, readFileSync(path));
  }
  pdfMake.setFonts({ Roboto: { ...ROBOTO } });
  // The exports need nothing from disk or network; refusing both also silences pdfmake's warnings about it.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy(() => false);
  configured = pdfMake;
  return pdfMake;
}

const HEADER_FILL = '#E4ECF4';
const LINE_COLOUR = '#9AA5B1';
// pdfmake silently drops what does not fit when a block it must keep on one page outgrows the page (an
// unbreakable stack, a row with dontBreakRows, the header rows plus keepWithHeaderRows). So blocks are only kept
// together when their text is short enough to fit, whatever else is on the page.
/** Characters of a stack that still fit on one page with room to spare. */
export const KEEP_TOGETHER_LIMIT = 600;
/**
 * Characters of a table cell (about 38 per line in the narrowest text column) that fit well within a page. The
 * landscape lists' pages are shorter but their long-text columns wider; lists.test.ts checks rows at this limit.
 */
export const UNSPLIT_CELL_LIMIT = 1200;

const tableRules = {
  vLineWidth: () => 0,
  hLineColor: () => LINE_COLOUR,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
} satisfies CustomTableLayout;

/**
 * Horizontal rules only; the first row is the table's title (kept with the table and repeated on each page),
 * the second the column names.
 */
const titledTableLayout: CustomTableLayout = {
  ...tableRules,
  hLineWidth: (i, node) => (i <= 1 ? 0 : i === 2 ? 1 : i === node.table.body.length ? 0.75 : 0.5),
  fillColor: (rowIndex) => (rowIndex === 1 ? HEADER_FILL : null),
};

/** The same rules for a table without a title row: the column names repeat on each page. */
const plainTableLayout: CustomTableLayout = {
  ...tableRules,
  hLineWidth: (i, node) => (i === 0 ? 0 : i === 1 ? 1 : i === node.table.body.length ? 0.75 : 0.5),
  fillColor: (rowIndex) => (rowIndex === 0 ? HEADER_FILL : null),
};

const hasOnlyShortRows = (rows: readonly (readonly string[])[]) =>
  rows.every((row) => row.every((text) => text.length <= UNSPLIT_CELL_LIMIT));

export function titledTable(
  title: string,
  titleStyle: string,
  widths: (number | string)[],
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): Content {
  // pdfmake wants a placeholder cell for each column a colSpan covers.
  const titleRow = columns.map(
    (_, i): TableCell => (i === 0 ? { text: title, style: titleStyle, colSpan: columns.length } : {}),
  );
  const shortRows = hasOnlyShortRows(rows);
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: shortRows ? 1 : 0,
      dontBreakRows: shortRows,
      widths,
      body: [titleRow, columns.map((c) => ({ text: c, bold: true })), ...rows.map((r) => r.map((c) => ({ text: c })))],
    },
    layout: titledTableLayout,
    margin: [0, 4, 0, 8],
  };
}

/** A table whose column names repeat on each page, with the same guards as titledTable. */
export function plainTable(widths: (number | string)[], columns: readonly string[], rows: readonly (readonly string[])[]): Content {
  const shortRows = hasOnlyShortRows(rows);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: shortRows ? 1 : 0,
      dontBreakRows: shortRows,
      widths,
      body: [columns.map((c) => ({ text: c, bold: true })), ...rows.map((r) => r.map((c) => ({ text: c })))],
    },
    layout: plainTableLayout,
    margin: [0, 4, 0, 8],
  };
}

/**
 * What pdfmake 0.3 passes pageBreakBefore after laying the document out: the node's info and queries for its
 * neighbours (@types/pdfmake still describes 0.2's three arrays).
 */
interface PageBreakNode {
  headlineLevel?: number;
  style?: unknown;
}
interface PageBreakQueries {
  getFollowingNodesOnPage(): PageBreakNode[];
  getNodesOnNextPage(): PageBreakNode[];
}

/**
 * Marks a heading or label that must not end a page. pdfmake has no "keep with next": after laying out, it asks
 * pageBreakBefore (pdfDocument) about every node, and a marked one with nothing after it on its page is moved to the
 * next, where what it introduces begins. This works for text of any length, where an unbreakable stack cannot.
 */
export const keepWithNext = <T extends object>(node: T): T & { headlineLevel: number } => ({ ...node, headlineLevel: 1 });

// The footer is laid out after each page's content, so it counts as following a heading unless left out.
const FOOTER_STYLE = 'pageFooter';
const isContent = (node: PageBreakNode) => node.style !== FOOTER_STYLE;

const startsNextPage = (node: PageBreakNode, nodes: PageBreakQueries) =>
  node.headlineLevel !== undefined &&
  !nodes.getFollowingNodesOnPage().some(isContent) &&
  nodes.getNodesOnNextPage().some(isContent);

/** Keeps a short block on one page. */
export function keepTogether(stack: Content[], textLength: number): Content {
  return textLength <= KEEP_TOGETHER_LIMIT ? { stack, unbreakable: true } : { stack };
}

/** "Pagina 3 van 7" */
export const pageLabel = (current: number, total: number) => `Pagina ${current} van ${total}`;

export interface PdfDocumentOptions {
  title: string;
  subject?: string;
  generatedAt: Date;
  /** Wide tables (the actielijst, the besluitenlijst) read better across the page. */
  landscape?: boolean;
  content: Content[];
}

/** An A4 document in Roboto with the shared styles and "Pagina X van Y" in the footer. */
export function pdfDocument(options: PdfDocumentOptions): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    ...(options.landscape ? { pageOrientation: 'landscape' as const } : {}),
    pageMargins: [56, 56, 56, 64],
    language: 'nl-NL',
    info: {
      title: options.title,
      author: RECORD_AUTHOR,
      ...(options.subject !== undefined ? { subject: options.subject } : {}),
      creator: 'Coalitietafel',
      producer: 'Coalitietafel',
      creationDate: options.generatedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { italics: true, color: '#444444', margin: [0, 0, 0, 12] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 2] },
      meta: { fontSize: 9, color: '#444444' },
      label: { bold: true, margin: [0, 8, 0, 2] },
      body: { margin: [0, 0, 0, 4] },
      sectionTitle: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      colophon: { fontSize: 8, italics: true, color: '#555555', margin: [0, 24, 0, 0] },
    },
    pageBreakBefore: startsNextPage as unknown as TDocumentDefinitions['pageBreakBefore'],
    footer: (currentPage, pageCount) => ({
      text: pageLabel(currentPage, pageCount),
      style: FOOTER_STYLE,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 24, 0, 0],
    }),
    content: options.content,
  };
}

/** A tagged PDF/A-2 file (pdf.tagged.ts) in the Roboto fonts set up here. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return renderTaggedPdf(doc, { fonts: { Roboto: { ...ROBOTO } }, virtualfs: getPdfMake().virtualfs });
}
