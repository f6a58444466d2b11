// Reads an .odt back the way a checker would: the zip's first entry, the XML parts, and the text of content.xml
// as paragraphs, headings (with outline level) and tables (header rows apart).
import JSZip from 'jszip';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of an element's content: line breaks, tabs and spaces restored, other markup dropped. */
export function inlineText(xml: string): string {
  return decode(
    xml
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n?: string) => ' '.repeat(n ? Number(n) : 1))
      .replace(/<[^>]+>/g, ''),
  );
}

/** Paragraphs and headings in order; a heading as "h<level>: text". Paragraphs inside tables are included. */
export function blocksOf(contentXml: string): string[] {
  return [...contentXml.matchAll(/<text:(p|h)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/text:\1>)/g)].map((m) => {
    const text = inlineText(m[3] ?? '');
    if (m[1] === 'p') return text;
    const level = /text:outline-level="(\d)"/.exec(m[2] ?? '')?.[1];
    return `h${level}: ${text}`;
  });
}

export interface OdtTable {
  headers: string[][];
  rows: string[][];
}

const cellsOf = (rowXml: string) =>
  [...rowXml.matchAll(/<table:table-cell\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map((c) =>
    [...(c[1] ?? '').matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map((p) => inlineText(p[1] ?? '')).join('\n\n'),
  );
const rowsOf = (xml: string) => [...xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((r) => cellsOf(r[1]!));

export function tablesOf(contentXml: string): OdtTable[] {
  return [...contentXml.matchAll(/<table:table\b[^>]*>([\s\S]*?)<\/table:table>/g)].map((t) => {
    const body = t[1]!;
    const header = /<table:table-header-rows>([\s\S]*?)<\/table:table-header-rows>/.exec(body)?.[1] ?? '';
    return { headers: rowsOf(header), rows: rowsOf(body.replace(header, '')) };
  });
}

export interface OdtFile {
  /** The first entry's name, its compression method (0 = stored), extra field length and content. */
  first: { name: string; method: number; extraLength: number; content: string };
  names: string[];
  content: string;
  styles: string;
  meta: string;
  manifest: string;
}

export async function readOdt(bytes: Buffer): Promise<OdtFile> {
  // The local file header: signature, version, flags, method at 8, name length at 26, extra length at 28, name at 30.
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const compressedSize = bytes.readUInt32LE(18);
  const dataStart = 30 + nameLength + extraLength;
  const first = {
    name: bytes.subarray(30, 30 + nameLength).toString('latin1'),
    method: bytes.readUInt16LE(8),
    extraLength,
    content: bytes.subarray(dataStart, dataStart + compressedSize).toString('latin1'),
  };
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const [content, styles, meta, manifest] = await Promise.all([
    read('content.xml'),
    read('styles.xml'),
    read('meta.xml'),
    read('META-INF/manifest.xml'),
  ]);
  return { first, names: Object.keys(zip.files), content, styles, meta, manifest };
}
