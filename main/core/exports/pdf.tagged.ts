// Renders a pdfmake document as tagged PDF/A-2a: a structure tree (headings, paragraphs, lists, tables with header
// cells, figures with alternative text), every other mark (table rules, the page footer, repeated header rows) an
// artifact, the fonts embedded, and XMP metadata with title, author, date and language.
//
// pdfmake 0.3 passes `subset` and `tagged` through to pdfkit, which then writes the PDF/A identification, the sRGB
// output intent, MarkInfo and an empty StructTreeRoot, but pdfmake's renderer marks no content, so the tree stays
// empty, and the document definition has no way to reach pdfkit's structure API. So this module lays the document
// out with pdfmake's own LayoutBuilder and renders the pages with a subclass of pdfmake's Renderer that wraps each
// line, image and vector in marked content tied to a structure element. Which element a line belongs to is read from
// the document definition before layout: every text item is stamped with its element (pdfmake copies unknown keys of
// a text item onto the words it breaks it into), so it arrives on the rendered line's inlines.
// The internal modules are imported with their .js extension: pdfmake has no exports map, and Node's ESM resolver
// (the e2e web host runs the sources as ESM) does not add one.
import * as LayoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import * as PageSizeModule from 'pdfmake/js/PageSize.js';
import * as PDFDocumentModule from 'pdfmake/js/PDFDocument.js';
import * as RendererModule from 'pdfmake/js/Renderer.js';
import * as SVGMeasureModule from 'pdfmake/js/SVGMeasure.js';
import * as TableLayoutsModule from 'pdfmake/js/tableLayouts.js';
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { RECORD_AUTHOR, RECORD_LANGUAGE } from './records.meta';

/** PDF/A-2 level A: the structure tree covers all content, every text maps to Unicode, the language is set. */
export const PDFA_SUBSET = 'PDF/A-2a';

export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'Caption'
  | 'L'
  | 'LI'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

/** What a node of the document definition says about its structure where its style does not. */
export interface StructureHint {
  type?: StructType;
  /** The alternative text of an image (a chart). */
  alt?: string;
  /** A two-column table whose first column names its row ("Datum:" | "3 december 2026"). */
  rowHeaders?: boolean;
}

const HINT = '_structure';
const STAMP = '_struct';

/** Attaches a structure hint to a node; pdfmake ignores the key. */
export function withStructure<T extends Content>(node: T, hint: StructureHint): T {
  (node as unknown as Record<string, unknown>)[HINT] = hint;
  return node;
}

// Headings are recognised by the styles pdf.blocks.ts defines for them.
const STYLE_TYPES: Record<string, StructType> = { h1: 'H1', h2: 'H2', h3: 'H3', sectionTitle: 'H2' };

/** An element of the structure tree, built from the document definition before layout. */
export interface StructNode {
  type: StructType;
  children: StructNode[];
  alt?: string;
  scope?: 'Column' | 'Row';
  elem?: StructElement;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function child(parent: StructNode, type: StructType, extra: Partial<StructNode> = {}): StructNode {
  const node: StructNode = { type, children: [], ...extra };
  parent.children.push(node);
  return node;
}

/** Stamps every item of a text with its element; strings become items so they can carry it. */
function stampText(text: unknown, struct: StructNode): unknown[] {
  const items = Array.isArray(text) ? text : [text];
  return items.map((item) => {
    if (isNode(item)) {
      item[STAMP] = struct;
      if (Array.isArray(item.text)) item.text = stampText(item.text, struct);
      return item;
    }
    return { text: String(item ?? ''), [STAMP]: struct };
  });
}

const hintOf = (node: Node): StructureHint => (isNode(node[HINT]) ? (node[HINT] as StructureHint) : {});

/** A text node (or a bare string) as one element of the given type under parent; returns the node to keep. */
function leaf(node: unknown, parent: StructNode, type: StructType): unknown {
  const n: Node = isNode(node) ? node : { text: String(node) };
  if (n.text === '' || n.text === undefined) return n;
  n.text = stampText(n.text, child(parent, type));
  return n;
}

function walkTable(node: Node, parent: StructNode): void {
  const table = node.table as Node;
  const body = table.body as unknown[][];
  const headerRows = typeof table.headerRows === 'number' ? table.headerRows : 0;
  const rowHeaders = hintOf(node).rowHeaders === true;
  let tableStruct: StructNode | null = null;
  body.forEach((row, rowIndex) => {
    const first = row[0];
    // A first row that is one cell spanning the table is its title: a section heading before it, else its caption.
    if (rowIndex === 0 && isNode(first) && first.colSpan === row.length && row.length > 1) {
      if (STYLE_TYPES[String(first.style)]) {
        row[0] = leaf(first, parent, STYLE_TYPES[String(first.style)] as StructType);
      } else {
        tableStruct = child(parent, 'Table');
        row[0] = leaf(first, tableStruct, 'Caption');
      }
      return;
    }
    tableStruct ??= child(parent, 'Table');
    const tr = child(tableStruct, 'TR');
    row.forEach((cell, column) => {
      // The placeholders pdfmake wants for the columns a colSpan covers hold nothing.
      if (isNode(cell) && Object.keys(cell).length === 0) return;
      const header = rowIndex < headerRows;
      const type: StructType = header || (rowHeaders && column === 0) ? 'TH' : 'TD';
      const struct = child(tr, type, type === 'TH' ? { scope: header ? 'Column' : 'Row' } : {});
      if (!isNode(cell) || cell.text !== undefined) {
        const n: Node = isNode(cell) ? cell : { text: String(cell) };
        if (n.text !== '') n.text = stampText(n.text, struct);
        row[column] = n;
      } else {
        row[column] = walk(cell, struct);
      }
    });
  });
}

/** Adds node's elements under parent in reading order; returns the node to put in its place. */
function walk(node: unknown, parent: StructNode): unknown {
  if (!isNode(node)) return node === undefined || node === null ? node : leaf(node, parent, 'P');
  const hint = hintOf(node);
  if (node.text !== undefined) return leaf(node, parent, hint.type ?? STYLE_TYPES[String(node.style)] ?? 'P');
  if (Array.isArray(node.stack)) {
    node.stack = node.stack.map((c) => walk(c, parent));
  } else if (Array.isArray(node.columns)) {
    node.columns = node.columns.map((c) => walk(c, parent));
  } else if (Array.isArray(node.ul) || Array.isArray(node.ol)) {
    const key = Array.isArray(node.ul) ? 'ul' : 'ol';
    const list = child(parent, 'L');
    node[key] = (node[key] as unknown[]).map((item) => walk(item, child(child(list, 'LI'), 'LBody')));
  } else if (isNode(node.table) && Array.isArray(node.table.body)) {
    walkTable(node, parent);
  } else if (node.image !== undefined) {
    node[STAMP] = child(parent, 'Figure', hint.alt ? { alt: hint.alt } : {});
  }
  // Anything else (a canvas) is decoration and becomes an artifact.
  return node;
}

/** Stamps the content in place and returns the structure tree's root. */
export function structureOf(content: Content[]): StructNode {
  const root: StructNode = { type: 'Document', children: [] };
  content.forEach((node, index) => {
    content[index] = walk(node, root) as Content;
  });
  return root;
}

// ---- pdfmake's internals, typed as far as used here ----

interface StructElement {
  add(child: object): StructElement;
}

interface PdfKitDocument {
  info: Record<string, unknown>;
  struct(type: string, options?: object): StructElement;
  addStructure(element: StructElement): void;
  markContent(tag: string, options?: object | null): void;
  markStructureContent(tag: string, options?: object): object;
  endMarkedContent(): void;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
}

interface Inline {
  [STAMP]?: StructNode;
}
interface Line {
  inlines: Inline[];
}
interface PageImage {
  [STAMP]?: StructNode;
}

interface RendererInstance {
  pdfDocument: PdfKitDocument;
  renderPages(pages: unknown[]): void;
  renderLine(line: Line, x: number, y: number): void;
  renderVector(vector: unknown): void;
  renderImage(image: PageImage): void;
}

interface LayoutBuilderInstance {
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(
    content: Content[],
    pdfDocument: PdfKitDocument,
    styles: unknown,
    defaultStyle: unknown,
    background: unknown,
    header: unknown,
    footer: unknown,
    watermark: unknown,
    pageBreakBefore: unknown,
  ): unknown[];
}

/**
 * A CommonJS module's export, whether the importer got the exports object as default (Node's ESM import, as under
 * vitest) or esbuild unwrapped __esModule (the bundles).
 */
function cjs<T>(namespace: object, name: string): T {
  const ns = namespace as Record<string, unknown>;
  if (name !== 'default' && ns[name] !== undefined) return ns[name] as T;
  const dflt = ns.default as Record<string, unknown> | undefined;
  if (name === 'default') return (typeof dflt === 'function' ? dflt : dflt?.default) as T;
  return dflt?.[name] as T;
}

const RendererBase = cjs<new (doc: PdfKitDocument, progress?: unknown) => RendererInstance>(RendererModule, 'default');
const LayoutBuilder = cjs<new (pageSize: unknown, margins: unknown, svg: unknown) => LayoutBuilderInstance>(
  LayoutBuilderModule,
  'default',
);
const PdfMakeDocument = cjs<
  new (
    fonts: TFontDictionary,
    images: object,
    patterns: object,
    attachments: object,
    options: object,
    virtualfs: unknown,
    localAccessPolicy: (path: string) => boolean,
  ) => PdfKitDocument
>(PDFDocumentModule, 'default');
const SVGMeasure = cjs<new () => unknown>(SVGMeasureModule, 'default');
const normalizePageSize = cjs<(size: unknown, orientation: unknown) => { width: number; height: number }>(
  PageSizeModule,
  'normalizePageSize',
);
const normalizePageMargin = cjs<(margin: unknown) => unknown>(PageSizeModule, 'normalizePageMargin');
const tableLayouts = cjs<unknown>(TableLayoutsModule, 'tableLayouts');

/** pdfmake's renderer, with every mark it makes inside marked content: an element's content or an artifact. */
class TaggedRenderer extends RendererBase {
  /** Inlines already drawn: a line drawn again is a header row repeated on a new page, an artifact. */
  private readonly drawn = new WeakSet<object>();

  private artifact(draw: () => void): void {
    this.pdfDocument.markContent('Artifact');
    draw();
    this.pdfDocument.endMarkedContent();
  }

  private content(struct: StructNode, draw: () => void): void {
    const marked = this.pdfDocument.markStructureContent(struct.type);
    draw();
    this.pdfDocument.endMarkedContent();
    struct.elem?.add(marked);
  }

  override renderLine(line: Line, x: number, y: number): void {
    const struct = line.inlines.find((inline) => inline[STAMP])?.[STAMP];
    const repeated = line.inlines.length > 0 && line.inlines.every((inline) => this.drawn.has(inline));
    for (const inline of line.inlines) this.drawn.add(inline);
    const draw = () => super.renderLine(line, x, y);
    if (struct && !repeated) this.content(struct, draw);
    else this.artifact(draw);
  }

  override renderVector(vector: unknown): void {
    this.artifact(() => super.renderVector(vector));
  }

  override renderImage(image: PageImage): void {
    const struct = image[STAMP];
    const draw = () => super.renderImage(image);
    if (struct) this.content(struct, draw);
    else this.artifact(draw);
  }
}

/** Creates the pdfkit elements of the tree, in reading order, before any content is drawn. */
function buildStructure(doc: PdfKitDocument, node: StructNode, parent: StructElement | null): void {
  const elem = doc.struct(node.type, {
    ...(node.alt ? { alt: node.alt } : {}),
    ...(node.scope ? { scope: node.scope } : {}),
  });
  if (parent) parent.add(elem);
  else doc.addStructure(elem);
  node.elem = elem;
  for (const c of node.children) buildStructure(doc, c, elem);
}

const xmlEscape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * pdfkit writes the info strings into the XMP unescaped (a title with "&" would break it) and without the
 * language: escape them for the XMP only (the Info dictionary is already written by then) and add dc:language.
 */
function completeXmp(doc: PdfKitDocument, language: string): void {
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const raw = doc.info;
    doc.info = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? xmlEscape(value) : value]),
    );
    try {
      addInfo();
    } finally {
      doc.info = raw;
    }
    doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:language><rdf:Bag><rdf:li>${xmlEscape(language)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>`);
  };
}

function infoOf(doc: TDocumentDefinitions): Record<string, unknown> {
  const info = doc.info ?? {};
  return Object.fromEntries(
    Object.entries({
      Title: info.title,
      Author: info.author ?? RECORD_AUTHOR,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: info.creator,
      Producer: info.producer,
      CreationDate: info.creationDate,
    }).filter(([, value]) => value !== undefined && value !== ''),
  );
}

export interface TaggedPdfResources {
  fonts: TFontDictionary;
  virtualfs: unknown;
}

/** Lays out and renders doc (pdfmake's document definition) as a tagged PDF/A-2a file. */
export async function renderTaggedPdf(doc: TDocumentDefinitions, resources: TaggedPdfResources): Promise<Buffer> {
  const content = (Array.isArray(doc.content) ? doc.content : [doc.content]) as Content[];
  const root = structureOf(content);
  const language = doc.language ?? RECORD_LANGUAGE;
  const pageSize = normalizePageSize(doc.pageSize, doc.pageOrientation);
  const pdf = new PdfMakeDocument(
    resources.fonts,
    {},
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      // XMP metadata needs a version above 1.3; PDF/A-2 is based on PDF 1.7.
      pdfVersion: '1.7',
      subset: PDFA_SUBSET,
      tagged: true,
      displayTitle: true,
      compress: true,
      lang: language,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      info: infoOf(doc),
      font: null,
    },
    resources.virtualfs,
    // Fonts come from pdfmake's in-memory file system and images as data URLs: nothing is read from disk.
    () => false,
  );
  completeXmp(pdf, language);
  buildStructure(pdf, root, null);

  const builder = new LayoutBuilder(pageSize, normalizePageMargin(doc.pageMargins ?? 40), new SVGMeasure());
  builder.registerTableLayouts(tableLayouts);
  const pages = builder.layoutDocument(
    content,
    pdf,
    doc.styles ?? {},
    doc.defaultStyle ?? { fontSize: 12, font: 'Roboto' },
    doc.background,
    doc.header,
    doc.footer,
    doc.watermark,
    doc.pageBreakBefore,
  );
  new TaggedRenderer(pdf).renderPages(pages);

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
