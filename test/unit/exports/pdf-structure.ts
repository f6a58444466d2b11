// Reads a PDF's archival properties back with poppler: pdfinfo (tagged, XMP), pdffonts (embedding) and
// pdfinfo -struct-text (the structure tree, as a tree of elements with their text).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface StructElement {
  type: string;
  /** Attribute lines, e.g. "/Scope /Column". */
  attributes: string[];
  /** The element's own text lines, joined as they are (a line broken at a space ends in it). */
  text: string;
  children: StructElement[];
}

/** Parses `pdfinfo -struct-text`: two spaces of indent per level, quoted lines are text, "/…" lines attributes. */
export function parseStructText(output: string): StructElement[] {
  const root: StructElement = { type: '(root)', attributes: [], text: '', children: [] };
  const stack: { depth: number; element: StructElement }[] = [{ depth: -1, element: root }];
  for (const raw of output.split('\n')) {
    if (raw.trim() === '') continue;
    const depth = (raw.length - raw.trimStart().length) / 2;
    const line = raw.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]!.element;
    if (line.startsWith('"')) {
      parent.text += raw.trimStart().slice(1, -1);
    } else if (line.startsWith('/')) {
      parent.attributes.push(line);
    } else {
      const element: StructElement = { type: line.replace(/[: ].*$/, ''), attributes: [], text: '', children: [] };
      parent.children.push(element);
      stack.push({ depth, element });
    }
  }
  return root.children;
}

/** Every element of the tree, depth first (reading order). */
export function flatten(elements: readonly StructElement[]): StructElement[] {
  return elements.flatMap((e) => [e, ...flatten(e.children)]);
}

/** An element's text with that of all its descendants. */
export function textOf(element: StructElement): string {
  return [element.text, ...element.children.map(textOf)].filter(Boolean).join(' ').trim();
}

export interface PdfArchival {
  info: string;
  xmp: string;
  fonts: { name: string; embedded: boolean }[];
  structure: StructElement[];
}

export async function readArchival(base64: string, dir: string, name: string): Promise<PdfArchival> {
  const file = join(dir, name);
  await writeFile(file, Buffer.from(base64, 'base64'));
  const [info, meta, fonts, struct] = await Promise.all([
    run('pdfinfo', [file]),
    run('pdfinfo', ['-meta', file]),
    run('pdffonts', [file]),
    run('pdfinfo', ['-struct-text', file], { maxBuffer: 64 * 1024 * 1024 }),
  ]);
  // pdffonts: two header lines, then "name type encoding emb sub uni object ID" per font.
  const fontLines = fonts.stdout.trim().split('\n').slice(2);
  return {
    info: info.stdout,
    xmp: meta.stdout,
    fonts: fontLines.map((line) => {
      const cells = line.trim().split(/\s+/);
      return { name: cells[0] ?? '', embedded: cells[cells.length - 5] === 'yes' };
    }),
    structure: parseStructText(struct.stdout),
  };
}

/** A PDF text string: a literal "(…)" with its escapes, or UTF-16BE hex "<FEFF…>". */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const bytes = Buffer.from(token.slice(1, -1), 'hex');
    return bytes.subarray(2).swap16().toString('utf16le');
  }
  return token.slice(1, -1).replace(/\\([nrtbf()\\]|\d{1,3})/g, (_, c: string) =>
    /\d/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c,
  );
}

/** The /Alt texts of the structure elements, in file order (the elements are plain objects, not in a stream). */
export function structAlts(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/S \/Figure(?:(?!endobj)[^])*?\/Alt (\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)/g)].map((m) => pdfString(m[1]!));
}
