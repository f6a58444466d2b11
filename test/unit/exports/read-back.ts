// Reads exported files back the way a user would: DOCX through its XML, PDF through pdftotext.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph on its own line; a line break inside a paragraph becomes "\n" too. */
export function xmlText(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : decodeXml(m[1]))).join(''),
    )
    .join('\n');
}

/** Every table as rows of cell texts. */
export function docxTables(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) =>
    (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) =>
      (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => xmlText(tc)),
    ),
  );
}

export async function readDocx(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  return { documentXml, text: xmlText(documentXml), tables: docxTables(documentXml), footers: footers.join('\n') };
}

/** -layout for how the page reads; -raw (content order, whitespace squashed) to find text that wraps in cells. */
export async function readPdf(base64: string, dir: string, name: string) {
  const file = join(dir, name);
  await writeFile(file, Buffer.from(base64, 'base64'));
  const [layout, raw] = await Promise.all([
    run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']),
    run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']),
  ]);
  return { layout: layout.stdout, flat: raw.stdout.replace(/\s+/g, ' ') };
}

/** The "N" of "Pagina 1 van N", after checking the last page says "Pagina N van N". */
export function pageCount(layout: string): number {
  const match = /Pagina 1 van (\d+)/.exec(layout);
  if (!match) throw new Error('no "Pagina 1 van N" in the PDF');
  const pages = Number(match[1]);
  if (!layout.includes(`Pagina ${pages} van ${pages}`)) throw new Error(`no "Pagina ${pages} van ${pages}" in the PDF`);
  return pages;
}

export const fromBase64 = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
