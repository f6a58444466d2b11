// Charts in the three-layer reports: the renderer draws them (Node has no canvas) and sends PNGs along with
// 'reports:export'. Here a small real PNG is made with zlib and checked to arrive byte for byte in the DOCX (with
// its alt text), as an image in the PDF (pdfimages), as a line in Markdown; bad base64 or a non-PNG is refused.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { tinyPng } from '../helpers/tiny-png';
import type { ExportedFile } from '../../shared/domain';

const run = promisify(execFile);

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const bytes = (file: ExportedFile) => Buffer.from(file.base64, 'base64');

async function withFile<T>(file: ExportedFile, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'coalitietafel-report-charts-'));
  try {
    const path = join(dir, file.fileName);
    await writeFile(path, bytes(file));
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('report charts', () => {
  const png = tinyPng();
  const chart = {
    title: 'Alle vinkjes: hoe vaak ja, deels, nee of n.v.t.',
    alt: 'Gestapelde staafgrafiek met per vinkje het aantal antwoorden. Vinkje 1: 2 keer ja, 0 keer deels.',
    pngBase64: png.toString('base64'),
  };

  it('embeds the PNG in the DOCX byte for byte, with its title and alt text', async () => {
    const file = await core.call('reports:export', { layer: 2, year: 2026, format: 'docx', charts: [chart] });
    const zip = await JSZip.loadAsync(bytes(file));
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(png)).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Gestapelde staafgrafiek met per vinkje het aantal antwoorden\. Vinkje 1: 2 keer ja, 0 keer deels\."/);
    expect(xml).toMatch(/<wp:docPr [^>]*title="Alle vinkjes: hoe vaak ja, deels, nee of n\.v\.t\."/);
    expect(xml).toContain('Grafieken');
    // The tables stay: the numbers are still there for screen readers.
    expect(xml).toContain('Antwoorden op de vinkjes in 2026');
  });

  it('shows the PNG as an image in the PDF, under its caption', async () => {
    const file = await core.call('reports:export', { layer: 3, year: 2026, format: 'pdf', charts: [chart, { ...chart, title: 'Tweede grafiek' }] });
    const { images, text } = await withFile(file, async (path) => ({
      images: (await run('pdfimages', ['-list', path])).stdout,
      text: (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'])).stdout.replace(/\s+/g, ' '),
    }));
    const rows = images
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(/\s+/));
    // page num type width height …: two images of 4 × 3 pixels.
    expect(rows.filter((r) => r[2] === 'image' && r[3] === '4' && r[4] === '3')).toHaveLength(2);
    expect(text).toContain('Grafieken');
    expect(text).toContain('Tweede grafiek');
  });

  it('gives Markdown a line per chart, and nothing without charts', async () => {
    const md = bytes(await core.call('reports:export', { layer: 2, year: 2026, format: 'md', charts: [chart] })).toString('utf8');
    expect(md).toContain(`Grafiek: ${chart.title} — ${chart.alt}`);
    const plain = bytes(await core.call('reports:export', { layer: 2, year: 2026, format: 'md' })).toString('utf8');
    expect(plain).not.toContain('Grafieken');
    const docx = await JSZip.loadAsync(bytes(await core.call('reports:export', { layer: 2, year: 2026, format: 'docx' })));
    expect(Object.keys(docx.files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });

  it('refuses bad base64 or a file that is not a PNG with a Dutch message, and returns no file', async () => {
    const badBase64 = await core.dispatch('reports:export', { layer: 2, year: 2026, format: 'docx', charts: [{ ...chart, pngBase64: 'dit is geen base64!' }] });
    expect(badBase64).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Grafiek 1 (“Alle vinkjes: hoe vaak ja, deels, nee of n.v.t.”) is geen geldige base64-tekst.' },
    });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(40)]).toString('base64');
    const notPng = await core.dispatch('reports:export', { layer: 3, year: 2026, format: 'pdf', charts: [chart, { ...chart, title: 'Foto', pngBase64: jpeg }] });
    expect(notPng).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Grafiek 2 (“Foto”) is geen PNG-afbeelding.' } });
    const truncated = await core.dispatch('reports:export', { layer: 2, year: 2026, format: 'docx', charts: [{ ...chart, pngBase64: png.subarray(0, 12).toString('base64') }] });
    expect(truncated).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/geen PNG-afbeelding/) } });
  });

  it('limits the number of charts and their size in the contract', async () => {
    const seven = await core.dispatch('reports:export', { layer: 2, year: 2026, format: 'pdf', charts: Array.from({ length: 7 }, () => chart) });
    expect(seven).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Hoogstens 6 grafieken/) } });
    const huge = await core.dispatch('reports:export', { layer: 2, year: 2026, format: 'pdf', charts: [{ ...chart, pngBase64: 'A'.repeat(2 * 1024 * 1024 + 4) }] });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/hoogstens 2 MB/) } });
    const untitled = await core.dispatch('reports:export', { layer: 2, year: 2026, format: 'pdf', charts: [{ ...chart, title: ' ' }] });
    expect(untitled).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
