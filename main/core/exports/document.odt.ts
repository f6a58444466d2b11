// An ExportDocument as OpenDocument Text, the open standard on the "pas toe of leg uit" list: real headings, lists
// and tables (odt.blocks.ts), opening cleanly in LibreOffice and Word.
import { columnShares, type Block, type ExportDocument, type Field } from './document';
import { OdtDocument, bullets, heading, label, paragraph, paragraphs } from './odt.blocks';

const fields = (list: readonly Field[], style: 'header' | 'meta') =>
  list.map((f) => paragraph([{ text: `${f.label}: `, ...(style === 'header' ? { bold: true } : { italic: true }) }, f.tone === 'warning' ? { text: f.value, bold: true } : f.value]));

function block(doc: OdtDocument, b: Block, landscape: boolean): void {
  switch (b.kind) {
    case 'heading':
      doc.add(heading(b.text, b.level));
      return;
    case 'label':
      doc.add(label(b.text));
      return;
    case 'text': {
      if (!b.lead) {
        doc.add(...paragraphs(b.text));
        return;
      }
      // The lead goes in bold before the first paragraph: "Voorstel: Het wijkbedrijf breidt …".
      const [first = '', ...rest] = b.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
      doc.add(paragraph([{ text: `${b.lead}: `, bold: true }, first]), ...paragraphs(rest.join('\n\n')));
      return;
    }
    case 'list':
      if (b.items.length > 0) doc.add(bullets(b.items));
      return;
    case 'table':
      if (b.title) doc.add(b.title.as === 'label' ? label(b.title.text) : heading(b.title.text, b.title.as === 'heading2' ? 2 : 3));
      doc.table(columnShares(b.columns, landscape), b.columns.map((c) => c.name), b.rows);
      return;
    case 'fields':
      doc.add(...fields(b.fields, b.style));
      return;
    case 'image':
      doc.add(label(b.title));
      doc.image({ png: b.png, width: b.width, height: b.height, title: b.title, description: b.alt });
      return;
    case 'notice':
      doc.add(paragraph(b.text, 'Notitie'));
      return;
    case 'group':
      for (const inner of b.blocks) block(doc, inner, landscape);
      return;
  }
}

export function renderOdt(source: ExportDocument): Buffer {
  const doc = new OdtDocument({
    title: source.title,
    ...(source.subtitle ? { subject: source.subtitle } : {}),
    description: source.colophon,
    generatedAt: source.generatedAt,
    landscape: source.landscape,
  });
  doc.add(heading(source.title, 1), ...(source.subtitle ? [paragraph(source.subtitle, 'Ondertitel')] : []), ...fields(source.header, 'header'));
  for (const b of source.blocks) block(doc, b, source.landscape);
  doc.add(paragraph(source.colophon, 'Colofon'));
  return doc.render();
}
