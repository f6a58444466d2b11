// The agenda and the lists as PDF, with the minutes' page, fonts and table guards (pdf.blocks.ts).
import type { Content } from 'pdfmake/interfaces';
import { KEEP_TOGETHER_LIMIT, keepTogether, pdfDocument, plainTable, renderPdf, titledTable } from './pdf.blocks';
import type { Block, ListDocument, TextBlock } from './lists.document';
import { withStructure } from './pdf.tagged';

function text(block: TextBlock): Content {
  // A little air between the meta lines and the texts, and between description and proposal.
  const margin: [number, number, number, number] = [0, 4, 0, 2];
  return block.label
    ? { text: [{ text: `${block.label}: `, bold: true }, block.text], style: 'body', margin }
    : { text: block.text, style: 'body', margin };
}

function render(block: Block): Content[] {
  switch (block.kind) {
    case 'item': {
      const head: Content[] = [
        { text: block.heading, style: 'h2' },
        ...block.meta.map((m): Content => ({ text: [{ text: `${m.label}: `, italics: true }, m.value], style: 'meta' })),
      ];
      const headLength = block.meta.reduce((sum, m) => sum + m.value.length, 0);
      const textLength = block.texts.reduce((sum, t) => sum + t.text.length, 0);
      // A short item stays on one page whole; a long one keeps at least its heading with its meta lines.
      if (headLength + textLength <= KEEP_TOGETHER_LIMIT) {
        return [{ stack: [...head, ...block.texts.map(text)], unbreakable: true }];
      }
      return [keepTogether(head, headLength), ...block.texts.map(text)];
    }
    case 'table': {
      const widths = block.columns.map((c) => c.width);
      const names = block.columns.map((c) => c.name);
      return [block.title ? titledTable(block.title, 'label', widths, names, block.rows) : plainTable(widths, names, block.rows)];
    }
    case 'note':
      return [{ text: block.text, style: 'body', margin: [0, 6, 0, 6] }];
  }
}

export async function renderListPdf(doc: ListDocument): Promise<Buffer> {
  return renderPdf(
    pdfDocument({
      title: doc.title,
      ...(doc.subtitle ? { subject: doc.subtitle } : {}),
      generatedAt: doc.generatedAt,
      landscape: doc.landscape,
      content: [
        { text: doc.title, style: 'h1' },
        doc.subtitle ? { text: doc.subtitle, style: 'subtitle' } : { text: '', margin: [0, 0, 0, 8] },
        withStructure(
          {
            table: {
              widths: [70, '*'],
              body: doc.header.map((h) => [{ text: `${h.label}:`, bold: true }, h.value]),
            },
            layout: 'noBorders',
            margin: [0, 0, 0, 6],
          },
          { rowHeaders: true },
        ),
        ...doc.blocks.flatMap(render),
        { text: doc.colophon, style: 'colophon' },
      ],
    }),
  );
}
