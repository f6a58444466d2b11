// A heading (or a bold label) never ends a PDF page with what it introduces on the next: read back page by page.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ExportDocument } from '../../../main/core/exports/document';
import { renderBinary } from '../../../main/core/exports/document.render';
import { flatten, readArchival, textOf } from './pdf-structure';

const run = promisify(execFile);
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'ct-keep-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const sentence = 'De coalitie bespreekt de voortgang in Beijum, Lewenborg en Selwerd met de bewoners. ';

/**
 * Single lines (16 pt each with their margin) and notices (24 pt) before a heading or label with text too long to
 * keep on one page with it, so only keep-with-next can help: between the variants the heading steps through the
 * end of page 1 by 8 pt, less than a line of text, so in one of them it fits on the page and its text does not.
 */
function document(lines: number, notices: number, lead: Block): ExportDocument {
  const blocks: Block[] = [
    ...Array.from({ length: lines }, (_, i): Block => ({ kind: 'text', text: `Regel ${i + 1}` })),
    ...Array.from({ length: notices }, (_, i): Block => ({ kind: 'notice', text: `Notitie ${i + 1}` })),
    lead,
    { kind: 'text', text: sentence.repeat(12) },
    { kind: 'text', text: 'Einde' },
  ];
  return {
    title: 'Lange notulen',
    subtitle: 'Maatschappelijke coalitie',
    header: [],
    blocks,
    colophon: 'Gegenereerd met Coalitietafel',
    generatedAt: new Date('2026-12-04T10:15:00Z'),
    landscape: false,
    fileStem: 'lang',
  };
}

/** Each page's text lines, the footer left out. */
async function pagesOf(file: string): Promise<string[][]> {
  const info = (await run('pdfinfo', [file])).stdout;
  const count = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
  const pages: string[][] = [];
  for (let page = 1; page <= count; page++) {
    const text = (await run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'])).stdout;
    pages.push(
      text
        .split('\n')
        .map((l) => l.replace(/\f/g, '').trim())
        .filter((l) => l !== '' && !/^Pagina \d+ van \d+$/.test(l)),
    );
  }
  return pages;
}

const LEADS: Block[] = [
  { kind: 'heading', level: 2, text: 'Kop' },
  { kind: 'heading', level: 3, text: 'Kop' },
  { kind: 'label', text: 'Kop' },
];

describe('PDF keep with next', { timeout: 120_000 }, () => {
  it.each(LEADS.map((lead) => [lead.kind === 'heading' ? `heading ${lead.level}` : lead.kind, lead] as const))(
    'never leaves a %s as the last line of a page',
    async (name, lead) => {
      const endings: string[] = [];
      for (const lines of [33, 34, 35]) {
        for (const notices of [0, 1]) {
          const file = join(tempDir, `${name.replace(' ', '')}-${lines}-${notices}.pdf`);
          const bytes = await renderBinary(document(lines, notices, lead), 'pdf');
          await writeFile(file, bytes);
          const pages = await pagesOf(file);
          expect(pages.length).toBeGreaterThan(1);
          // Nothing dropped or doubled, no page left empty by moving the heading on.
          const all = pages.flat();
          expect(all.filter((l) => l === 'Kop')).toHaveLength(1);
          expect(all).toContain(`Regel ${lines}`);
          expect(all).toContain('Einde');
          expect(pages.filter((p) => p.length === 0)).toEqual([]);
          endings.push(...pages.map((p) => `${lines}/${notices}: ${p.at(-1)}`));
        }
      }
      expect(endings.filter((line) => line.endsWith(': Kop'))).toEqual([]);
      if (lead.kind === 'heading') {
        // Laid out twice, the tagged PDF still reads the heading once, as a heading.
        const last = await renderBinary(document(35, 0, lead), 'pdf');
        const pdf = await readArchival(Buffer.from(last).toString('base64'), tempDir, 'structure.pdf');
        expect(flatten(pdf.structure).filter((e) => e.type === `H${lead.level}`).map(textOf)).toEqual(['Kop']);
      }
    },
  );
});
