// An ExportDocument as a tagged PDF/A-2a file (pdf.blocks.ts for the page, fonts and table guards; pdf.tagged.ts
// for the structure tree). A heading or label is put on one page with the short block that follows it, and a short
// group (an agenda item) is kept whole; one followed by anything longer never ends a page (keepWithNext).
import type { Content } from 'pdfmake/interfaces';
import { pdfTextWidth, textLength, type Block, type ExportDocument, type Field } from './document';
import { KEEP_TOGETHER_LIMIT, keepTogether, keepWithNext, pdfDocument, plainTable, renderPdf, titledTable } from './pdf.blocks';
import { withStructure } from './pdf.tagged';

const WARNING_COLOUR = '#B00020';
/** Charts at most this tall on the page, so a caption and its chart always fit on one page together. */
const CHART_MAX_HEIGHT = 300;
const TITLE_STYLES = { label: 'label', heading2: 'sectionTitle', heading3: 'h3' } as const;

function fields(list: readonly Field[], style: 'header' | 'meta'): Content[] {
  if (list.length === 0) return [];
  if (style === 'meta') {
    return list.map((f): Content => ({ text: [{ text: `${f.label}: `, italics: true }, f.value], style: 'meta' }));
  }
  // Read as a table whose first column names each row ("Datum:" | "3 december 2026").
  return [
    withStructure(
      {
        table: {
          widths: [70, '*'],
          body: list.map((f) => [
            { text: `${f.label}:`, bold: true },
            f.tone === 'warning' ? { text: f.value, bold: true, color: WARNING_COLOUR } : f.value,
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 6],
      },
      { rowHeaders: true },
    ),
  ];
}

function single(b: Block, landscape: boolean): Content[] {
  switch (b.kind) {
    case 'heading':
      return [keepWithNext({ text: b.text, style: `h${b.level}` })];
    case 'label':
      return [keepWithNext({ text: b.text, style: 'label' })];
    case 'text':
      return b.lead
        ? [{ text: [{ text: `${b.lead}: `, bold: true }, b.text], style: 'body', margin: [0, 4, 0, 2] }]
        : [{ text: b.text, style: 'body' }];
    case 'list':
      return [{ ul: b.items, style: 'body' }];
    case 'table': {
      const widths = b.columns.map((c) => c.width);
      const names = b.columns.map((c) => c.name);
      return [b.title ? titledTable(b.title.text, TITLE_STYLES[b.title.as], widths, names, b.rows) : plainTable(widths, names, b.rows)];
    }
    case 'fields':
      return fields(b.fields, b.style);
    case 'image':
      return [
        {
          unbreakable: true,
          stack: [
            { text: b.title, style: 'label' },
            // A Figure in the structure tree, with the chart's Dutch description as its alternative text.
            withStructure(
              {
                image: `data:image/png;base64,${Buffer.from(b.png.buffer, b.png.byteOffset, b.png.byteLength).toString('base64')}`,
                fit: [pdfTextWidth(landscape) - 8, CHART_MAX_HEIGHT],
                alignment: 'center',
                margin: [0, 4, 0, 12],
              },
              { alt: `${b.title}: ${b.alt}` },
            ),
          ],
        },
      ];
    case 'notice':
      return [{ text: b.text, style: 'body', margin: [0, 6, 0, 6] }];
    case 'group': {
      // A short group stays on one page whole; a long one keeps at least its heading with its meta lines.
      if (textLength(b) <= KEEP_TOGETHER_LIMIT) return [{ stack: sequence(b.blocks, landscape), unbreakable: true }];
      return sequence(b.blocks, landscape);
    }
  }
}

const leadsIn = (b: Block) => b.kind === 'heading' || b.kind === 'label';
const followsOn = (b: Block | undefined) =>
  b !== undefined && (b.kind === 'text' || b.kind === 'list' || b.kind === 'notice' || (b.kind === 'fields' && b.style === 'meta'));

/** Blocks in order, each heading or label kept on one page with the short block after it. */
function sequence(blocks: readonly Block[], landscape: boolean): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (leadsIn(b) && followsOn(next)) {
      out.push(keepTogether([...single(b, landscape), ...single(next!, landscape)], textLength(next!)));
      i++;
    } else {
      out.push(...single(b, landscape));
    }
  }
  return out;
}

export async function renderDocumentPdf(doc: ExportDocument): Promise<Buffer> {
  return renderPdf(
    pdfDocument({
      title: doc.title,
      ...(doc.subtitle ? { subject: doc.subtitle } : {}),
      generatedAt: doc.generatedAt,
      landscape: doc.landscape,
      content: [
        { text: doc.title, style: 'h1' },
        doc.subtitle ? { text: doc.subtitle, style: 'subtitle' } : { text: '', margin: [0, 0, 0, 8] },
        ...fields(doc.header, 'header'),
        ...sequence(doc.blocks, doc.landscape),
        { text: doc.colophon, style: 'colophon' },
      ],
    }),
  );
}
