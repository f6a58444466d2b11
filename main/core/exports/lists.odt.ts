// The agenda and the lists as OpenDocument Text, block for block as lists.docx.ts lays them out.
import { columnShares, type Block, type ListDocument, type TextBlock } from './lists.document';
import { OdtDocument, heading, label, paragraph, paragraphs } from './odt.blocks';

/** The label goes in bold before the first paragraph: "Voorstel: Het wijkbedrijf breidt …". */
function text(block: TextBlock): string[] {
  if (!block.label) return paragraphs(block.text);
  const [first = '', ...rest] = block.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return [paragraph([{ text: `${block.label}: `, bold: true }, first]), ...paragraphs(rest.join('\n\n'))];
}

function render(doc: OdtDocument, block: Block, landscape: boolean): void {
  switch (block.kind) {
    case 'item':
      doc.add(
        heading(block.heading, 2),
        ...block.meta.map((m) => paragraph([{ text: `${m.label}: `, italic: true }, m.value])),
        ...block.texts.flatMap(text),
      );
      return;
    case 'table':
      if (block.title) doc.add(label(block.title));
      doc.table(
        columnShares(block.columns, landscape),
        block.columns.map((c) => c.name),
        block.rows,
      );
      return;
    case 'note':
      doc.add(paragraph(block.text, 'Notitie'));
      return;
  }
}

export function renderListOdt(list: ListDocument): Buffer {
  const doc = new OdtDocument({
    title: list.title,
    ...(list.subtitle ? { subject: list.subtitle } : {}),
    description: list.colophon,
    generatedAt: list.generatedAt,
    landscape: list.landscape,
  });
  doc.add(
    heading(list.title, 1),
    ...(list.subtitle ? [paragraph(list.subtitle, 'Ondertitel')] : []),
    ...list.header.map((h) => paragraph([{ text: `${h.label}: `, bold: true }, h.value])),
  );
  for (const block of list.blocks) render(doc, block, list.landscape);
  doc.add(paragraph(list.colophon, 'Colofon'));
  return doc.render();
}
