// Markdown building blocks shared by the minutes and the list exports (GitHub-flavoured tables).

/** Makes text safe inside a table cell: a pipe would end the cell, a newline the row. */
export function escapeCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Free text as Markdown paragraphs; a single line break stays a line break (two trailing spaces). */
export function paragraph(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}

export function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
