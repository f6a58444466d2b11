// The agenda and the lists as editable Word documents, with real Word tables.
import { HeadingLevel, Paragraph, Table, TextRun } from 'docx';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, label, paragraphs, renderWordDocument, runs, table } from './docx.blocks';
import { columnShares, type Block, type Column, type ListDocument, type TextBlock } from './lists.document';

/** Column widths in twips, adding up exactly to the text width. */
function twips(columns: readonly Column[], landscape: boolean): number[] {
  const total = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const widths = columnShares(columns, landscape).map((share) => Math.floor(share * total));
  // Rounding leaves a few twips over: give them to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The label goes in bold before the first paragraph: "Voorstel: Het wijkbedrijf breidt …". */
function text(block: TextBlock): Paragraph[] {
  if (!block.label) return paragraphs(block.text);
  const [first = '', ...rest] = block.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return [
    new Paragraph({ children: [new TextRun({ text: `${block.label}: `, bold: true }), ...runs(first)], spacing: { after: 120 } }),
    ...paragraphs(rest.join('\n\n')),
  ];
}

function render(block: Block, landscape: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'item':
      return [
        new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_2, keepNext: true }),
        // Meta lines stay with the item's text; without text, chaining them to the next item would drag short items
        // ("Rondvraag", "Sluiting") across the page together.
        ...block.meta.map(
          (m) =>
            new Paragraph({
              children: [new TextRun({ text: `${m.label}: `, italics: true }), new TextRun(m.value)],
              keepNext: block.texts.length > 0,
            }),
        ),
        ...block.texts.flatMap(text),
      ];
    case 'table':
      return [
        ...(block.title ? [label(block.title)] : []),
        table(
          twips(block.columns, landscape),
          block.columns.map((c) => c.name),
          block.rows,
        ),
      ];
    case 'note':
      return [new Paragraph({ text: block.text, spacing: { before: 120, after: 120 } })];
  }
}

export async function renderListDocx(doc: ListDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
    ...(doc.subtitle
      ? [new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })], spacing: { after: 200 } })]
      : []),
    ...doc.header.map(
      (h) => new Paragraph({ children: [new TextRun({ text: `${h.label}: `, bold: true }), new TextRun(h.value)] }),
    ),
    ...doc.blocks.flatMap((block) => render(block, doc.landscape)),
    new Paragraph({
      children: [new TextRun({ text: doc.colophon, italics: true, size: 18 })],
      spacing: { before: 400 },
    }),
  ];
  return renderWordDocument({
    title: doc.title,
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    description: doc.colophon,
    landscape: doc.landscape,
    children,
  });
}
