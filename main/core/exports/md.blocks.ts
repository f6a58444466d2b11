// Markdown building blocks for document.md.ts (GitHub-flavoured tables).
// Everything a user typed goes through inline() or paragraph(): a toelichting must read as the text it is, never as
// a heading, a list, a link, an image or HTML that a Markdown viewer would run or fetch.

// Every character with a meaning in CommonMark/GFM text: emphasis, code, links and images ("[", "]"), raw HTML and
// autolinks ("<"), entities ("&"), strikethrough ("~") and table cells ("|"). A backslash before ASCII punctuation
// is always read as the character itself.
const INLINE_SPECIAL = /[\\`*_[\]<>&~|]/g;

/** What would start a block at the beginning of a line: a heading, quote, bullet, rule or setext underline. */
const BLOCK_START = /^[#>+\-=]/;
const ORDERED_START = /^(\d{1,9})([.)])/;

/** Escapes what a line would start with; inline special characters must already be escaped. */
function escapeLineStart(line: string): string {
  // Indentation would start a code block; the first blank as a character reference keeps the text a paragraph.
  if (line.startsWith(' ')) return `&#32;${line.slice(1)}`;
  if (line.startsWith('\t')) return `&#9;${line.slice(1)}`;
  if (ORDERED_START.test(line)) return line.replace(ORDERED_START, '$1\\$2');
  return BLOCK_START.test(line) ? `\\${line}` : line;
}

/** User text on one line (a heading, a label's value): special characters escaped, line breaks as spaces. */
export function inline(value: string): string {
  return value.replace(INLINE_SPECIAL, '\\$&').replace(/#/g, '\\#').replace(/\r\n?|\n/g, ' ');
}

/** A bullet with user text: also what would open a block inside it ("1. ", "> ") is escaped. */
export function bullet(value: string): string {
  return `- ${escapeLineStart(inline(value))}`;
}

/** Free text as Markdown paragraphs; a single line break stays a line break (two trailing spaces). */
export function paragraph(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A whitespace-only line is a paragraph break anyway; keep it empty so it cannot become an indented block.
  const escaped = lines.map((line) => (line.trim() === '' ? '' : escapeLineStart(line.replace(INLINE_SPECIAL, '\\$&'))));
  return escaped.join('\n').replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}

/** Makes text safe inside a table cell: escaped like inline text, and a newline becomes <br> (a cell is one line). */
export function escapeCell(value: string): string {
  return value.replace(INLINE_SPECIAL, '\\$&').replace(/\r?\n/g, '<br>');
}

export function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
