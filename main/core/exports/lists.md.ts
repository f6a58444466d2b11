// The agenda and the lists as Markdown (GitHub-flavoured tables), for sharing as plain text.
import { inline, paragraph, table } from './md.blocks';
import type { Block, ListDocument, TextBlock } from './lists.document';

function text(block: TextBlock): string {
  return block.label ? `**${block.label}:** ${paragraph(block.text)}` : paragraph(block.text);
}

function render(block: Block): string[] {
  switch (block.kind) {
    case 'item':
      return [
        `## ${inline(block.heading)}`,
        ...(block.meta.length > 0 ? [block.meta.map((m) => `*${m.label}:* ${inline(m.value)}`).join('  \n')] : []),
        ...block.texts.map(text),
      ];
    case 'table': {
      const rendered = table(
        block.columns.map((c) => c.name),
        block.rows,
      );
      return block.title ? [`**${inline(block.title)}**`, rendered] : [rendered];
    }
    case 'note':
      return [paragraph(block.text)];
  }
}

export function renderListMarkdown(doc: ListDocument): string {
  const parts: string[] = [
    `# ${inline(doc.title)}`,
    ...(doc.subtitle ? [`*${inline(doc.subtitle)}*`] : []),
    ...(doc.header.length > 0 ? [doc.header.map((h) => `- **${h.label}:** ${inline(h.value)}`).join('\n')] : []),
    ...doc.blocks.flatMap(render),
    '---',
    `*${doc.colophon}*`,
  ];
  return `${parts.join('\n\n')}\n`;
}
