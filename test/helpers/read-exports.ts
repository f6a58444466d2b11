// Reading exported files back as a user would: DOCX through its XML, PDF through pdftotext, Markdown as text.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { ExportedFile } from '../../shared/domain';

const run = promisify(execFile);

export async function docxText(file: ExportedFile): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>|<\/w:tc>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ');
}

export async function pdfText(file: ExportedFile): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'coalitietafel-read-'));
  try {
    const path = join(dir, file.fileName);
    await writeFile(path, Buffer.from(file.base64, 'base64'));
    const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']);
    return stdout.replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const fileText = (file: ExportedFile): string => Buffer.from(file.base64, 'base64').toString('utf8');
