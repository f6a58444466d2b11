// An ExportDocument as an editable Word document, with real Word headings, lists and tables (docx.blocks.ts).
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import { columnShares, type Block, type Column, type ExportDocument, type Field } from './document';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, label, paragraphs, renderWordDocument, runs, table } from './docx.blocks';

type Part = Paragraph | Table;

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Column widths in twips, adding up exactly to the text width. */
function twips(columns: readonly Column[], landscape: boolean): number[] {
  const total = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const widths = columnShares(columns, landscape).map((share) => Math.floor(share * total));
  // Rounding leaves a few twips over: give them to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Word measures an inline image in pixels at 96 per inch: the text width of 9026 twips is about 600 of them. */
const imageWidth = (landscape: boolean) => Math.floor(((landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH) / 1440) * 96);

function fields(list: readonly Field[], style: 'header' | 'meta', keepNext: boolean): Paragraph[] {
  return list.map(
    (f) =>
      new Paragraph({
        children: [
          new TextRun({ text: `${f.label}: `, bold: style === 'header', italics: style === 'meta' }),
          new TextRun({ text: f.value, bold: f.tone === 'warning' }),
        ],
        keepNext: style === 'meta' && keepNext,
      }),
  );
}

interface Context {
  landscape: boolean;
  /** Pictures so far, to name each one. */
  images: number;
}

/** `more`: whether something of the same group follows (meta lines stay with their item's text, not the next item). */
function block(b: Block, ctx: Context, more: boolean): Part[] {
  const { landscape } = ctx;
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level], keepNext: true })];
    case 'label':
      return [label(b.text)];
    case 'text': {
      if (!b.lead) return paragraphs(b.text);
      const [first = '', ...rest] = b.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
      return [
        new Paragraph({ children: [new TextRun({ text: `${b.lead}: `, bold: true }), ...runs(first)], spacing: { after: 120 } }),
        ...paragraphs(rest.join('\n\n')),
      ];
    }
    case 'list':
      return b.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case 'table': {
      const title = !b.title
        ? []
        : b.title.as === 'label'
          ? [label(b.title.text)]
          : [new Paragraph({ text: b.title.text, heading: HEADINGS[b.title.as === 'heading2' ? 2 : 3], keepNext: true })];
      return [...title, table(twips(b.columns, landscape), b.columns.map((c) => c.name), b.rows)];
    }
    case 'fields':
      return fields(b.fields, b.style, more);
    case 'image': {
      const width = Math.min(imageWidth(landscape), b.width);
      const height = Math.round((width * b.height) / b.width);
      return [
        label(b.title),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [
            new ImageRun({
              type: 'png',
              data: Buffer.from(b.png.buffer, b.png.byteOffset, b.png.byteLength),
              transformation: { width, height },
              altText: { title: b.title, description: b.alt, name: `Grafiek ${++ctx.images}` },
            }),
          ],
        }),
      ];
    }
    case 'notice':
      return [new Paragraph({ text: b.text, spacing: { before: 120, after: 120 } })];
    case 'group':
      return b.blocks.flatMap((inner, i) => block(inner, ctx, i < b.blocks.length - 1));
  }
}

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const ctx: Context = { landscape: doc.landscape, images: 0 };
  return renderWordDocument({
    title: doc.title,
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    description: doc.colophon,
    landscape: doc.landscape,
    children: [
      new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
      ...(doc.subtitle ? [new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })], spacing: { after: 200 } })] : []),
      ...fields(doc.header, 'header', false),
      ...doc.blocks.flatMap((b) => block(b, ctx, false)),
      new Paragraph({ children: [new TextRun({ text: doc.colophon, italics: true, size: 18 })], spacing: { before: 400 } }),
    ],
  });
}
