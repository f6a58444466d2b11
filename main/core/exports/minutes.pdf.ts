// The minutes as PDF, to archive and share. Rendered with pdfmake 0.3 (server side) and the Roboto fonts
// pdfmake ships in its vfs_fonts build: they cover Dutch diacritics and nothing depends on system fonts.
import type {
  Content,
  CustomTableLayout,
  TDocumentDefinitions,
  TFontDictionary,
  TableCell,
} from 'pdfmake/interfaces';
import pdfMakeModule from 'pdfmake';
// A CommonJS map of file name to base64: the Roboto fonts pdfmake builds for the browser.
import robotoVfs from 'pdfmake/build/vfs_fonts.js';
import { MINUTES_TEXT as T, type AgendaItemModel, type MinutesModel, type PersonLine } from './minutes.model';

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
 * Configures pdfmake once: the fonts go into its in-memory file system from the vfs_fonts module rather than
 * from .ttf paths, so this works unbundled and bundled by esbuild alike. pdfmake itself is imported statically
 * here: this whole module is loaded lazily by minutes.export.ts, and a static import bundles as require(), which
 * also resolves inside an asar archive when pdfmake is left external.
 */
export function getPdfMake(): PdfMakeServer {
  if (configured) return configured;
  // pdfmake 0.3 exports one ready-made instance (module.exports = new pdfmake()).
  const pdfMake = pdfMakeModule as unknown as PdfMakeServer;
  for (const file of Object.values(ROBOTO)) {
    const base64 = robotoVfs[file];
    if (!base64) throw new Error(`pdfmake: font ${file} missing from build/vfs_fonts.js`);
    pdfMake.virtualfs.writeFileSync(file, Buffer.from(base64, 'base64'));
  }
  pdfMake.setFonts({ Roboto: { ...ROBOTO } });
  // Minutes need nothing from disk or network; refusing both also silences pdfmake's warnings about it.
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
const KEEP_TOGETHER_LIMIT = 600;
/** Characters of a table cell (about 38 per line in the narrowest text column) that fit well within a page. */
const UNSPLIT_CELL_LIMIT = 1200;

/**
 * Horizontal rules only; the first row is the table's title (kept with the table and repeated on each page),
 * the second the column names.
 */
const titledTableLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i <= 1 ? 0 : i === 2 ? 1 : i === node.table.body.length ? 0.75 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => LINE_COLOUR,
  fillColor: (rowIndex) => (rowIndex === 1 ? HEADER_FILL : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function titledTable(
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
  const shortRows = rows.every((row) => row.every((text) => text.length <= UNSPLIT_CELL_LIMIT));
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

/** Keeps a short block on one page. */
function keepTogether(stack: Content[], textLength: number): Content {
  return textLength <= KEEP_TOGETHER_LIMIT ? { stack, unbreakable: true } : { stack };
}

function labelled(label: string, text: string): Content {
  return keepTogether([{ text: label, style: 'label' }, { text, style: 'body' }], text.length);
}

function people(title: string, list: readonly PersonLine[]): Content {
  return {
    stack: [
      { text: title, style: 'label' },
      list.length > 0 ? { ul: list.map((p) => p.text), style: 'body' } : { text: T.nobody, style: 'body' },
    ],
  };
}

function agendaItem(item: AgendaItemModel, checklistName: string): Content[] {
  const out: Content[] = [
    keepTogether(
      [
        { text: `${item.number}. ${item.title}`, style: 'h2' },
        ...item.meta.map((m) => ({ text: [{ text: `${m.label}: `, italics: true }, m.value], style: 'meta' })),
      ],
      item.meta.reduce((sum, m) => sum + m.value.length, 0),
    ),
  ];
  if (item.description) out.push(labelled(T.description, item.description));
  if (item.notes) out.push(labelled(T.notes, item.notes));
  const decision = item.decision;
  if (decision) {
    if (decision.proposal) out.push(labelled(T.proposal, decision.proposal));
    out.push(
      titledTable(
        checklistName,
        'label',
        [18, '*', 48, '*'],
        T.vinkjeColumns,
        decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]),
      ),
    );
    const heading = `${T.decision}: ${decision.outcome}`;
    out.push(decision.text ? labelled(heading, decision.text) : { text: heading, style: 'label' });
  }
  if (item.actions.length > 0) {
    const lines = item.actions.map((a) => a.summary);
    out.push(
      keepTogether(
        [{ text: T.actions, style: 'label' }, { ul: lines, style: 'body' }],
        lines.reduce((sum, line) => sum + line.length, 0),
      ),
    );
  }
  return out;
}

export function minutesDocDefinition(model: MinutesModel): TDocumentDefinitions {
  const title = `${model.documentTitle} — ${model.meetingTitle}`;
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    language: 'nl-NL',
    info: {
      title,
      subject: model.subtitle,
      creator: 'Coalitietafel',
      producer: 'Coalitietafel',
      creationDate: model.generatedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { italics: true, color: '#444444', margin: [0, 0, 0, 12] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      meta: { fontSize: 9, color: '#444444' },
      label: { bold: true, margin: [0, 8, 0, 2] },
      body: { margin: [0, 0, 0, 4] },
      sectionTitle: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      colophon: { fontSize: 8, italics: true, color: '#555555', margin: [0, 24, 0, 0] },
    },
    footer: (currentPage, pageCount) => ({
      text: T.page(currentPage, pageCount),
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 24, 0, 0],
    }),
    content: [
      { text: title, style: 'h1' },
      { text: model.subtitle, style: 'subtitle' },
      {
        table: {
          widths: [70, '*'],
          body: model.header.map((h) => [{ text: `${h.label}:`, bold: true }, h.value]),
        },
        layout: 'noBorders',
      },
      ...(model.corrections.length > 0
        ? [{ stack: [{ text: T.corrections, style: 'label' }, { ul: model.corrections, style: 'body' }] }]
        : []),
      people(T.present, model.present),
      people(T.absentWithNotice, model.absentWithNotice),
      ...model.items.flatMap((item) => agendaItem(item, model.checklistName)),
      model.decisionList.length > 0
        ? titledTable(
            T.decisionList,
            'sectionTitle',
            [52, 120, 80, '*'],
            T.decisionListColumns,
            model.decisionList.map((d) => [String(d.number), d.title, d.outcome, d.text]),
          )
        : { stack: [{ text: T.decisionList, style: 'sectionTitle' }, T.noDecisions], unbreakable: true },
      model.actions.length > 0
        ? titledTable(
            T.actionList,
            'sectionTitle',
            [20, '*', 80, 70, 42, 78],
            T.actionListColumns,
            model.actions.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.origin]),
          )
        : { stack: [{ text: T.actionList, style: 'sectionTitle' }, T.noActions], unbreakable: true },
      ...(model.carriedActions.length > 0
        ? [
            titledTable(
              T.carriedActions,
              'label',
              ['*', 80, 70, 60, 110],
              T.carriedActionColumns,
              model.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
            ),
          ]
        : []),
      { text: model.colophon, style: 'colophon' },
    ],
  };
}

export async function renderMinutesPdf(model: MinutesModel): Promise<Buffer> {
  return getPdfMake().createPdf(minutesDocDefinition(model)).getBuffer();
}
