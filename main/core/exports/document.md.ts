// An ExportDocument as Markdown (GitHub-flavoured tables), for sharing as plain text. Every text goes through
// md.blocks.ts, so what a user typed reads as the text it is, never as markup.
import { chartLine, type Block, type ExportDocument, type Field } from './document';
import { bullet, inline, paragraph, table } from './md.blocks';

function fields(list: readonly Field[], style: 'header' | 'meta'): string[] {
  if (list.length === 0) return [];
  return style === 'header'
    ? [list.map((f) => `- **${inline(f.label)}:** ${inline(f.value)}`).join('\n')]
    : [list.map((f) => `*${inline(f.label)}:* ${inline(f.value)}`).join('  \n')];
}

/** A one-line item as a bullet; an item of several lines stays one bullet, its lines indented under it. */
const listItem = (item: string) => (/[\r\n]/.test(item) ? `- ${paragraph(item).replace(/\n/g, '\n  ')}` : bullet(item));

function block(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(b.level)} ${inline(b.text)}`];
    case 'label':
      return [`**${inline(b.text)}**`];
    case 'text':
      return b.lead ? [`**${inline(b.lead)}:** ${paragraph(b.text)}`] : b.text ? [paragraph(b.text)] : [];
    case 'list':
      return b.items.length > 0 ? [b.items.map(listItem).join('\n')] : [];
    case 'table': {
      const title = !b.title
        ? []
        : [b.title.as === 'label' ? `**${inline(b.title.text)}**` : `${b.title.as === 'heading2' ? '##' : '###'} ${inline(b.title.text)}`];
      return [...title, table(b.columns.map((c) => c.name), b.rows)];
    }
    case 'fields':
      return fields(b.fields, b.style);
    // Markdown cannot carry a picture without a file beside it: the chart's title and description instead.
    case 'image':
      return [paragraph(chartLine(b))];
    case 'notice':
      return [paragraph(b.text)];
    case 'group':
      return b.blocks.flatMap(block);
  }
}

export function renderMarkdown(doc: ExportDocument): string {
  const parts = [
    `# ${inline(doc.title)}`,
    ...(doc.subtitle ? [`*${inline(doc.subtitle)}*`] : []),
    ...fields(doc.header, 'header'),
    ...doc.blocks.flatMap(block),
    '---',
    `*${doc.colophon}*`,
  ];
  return `${parts.join('\n\n')}\n`;
}
