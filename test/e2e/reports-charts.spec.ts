// Reports carry their charts as images: on Rapportages, laag 2 exported as DOCX holds the charts the renderer drew
// offscreen with chart.js (PNG files in word/media, 900 × 450 pixels, with alt text), small enough for the web
// host's 1 MB request limit; Markdown carries none.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import { call } from './arrange';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('laag 2 as DOCX holds the charts as PNG images with alt text', async ({ page, app }) => {
  await call(app.core, 'indicators:create', { themeId: 'wonen', name: 'Tevredenheid woning', unit: '%', better: 'hoger', source: 'Basismonitor Groningen' });
  await call(app.core, 'indicators:importCommit', {
    csv: 'indicator;gebied;periode;waarde\nTevredenheid woning;Selwerd;2025;60\nTevredenheid woning;Selwerd;2026;62,5\nTevredenheid woning;Groningen;2025;70\nTevredenheid woning;Groningen;2026;71,25\n',
  });
  const requests: number[] = [];
  page.on('request', (request) => {
    const body = request.postDataBuffer();
    if (request.method() === 'POST' && body && (request.url().includes('reports') || body.includes('pngBase64'))) requests.push(body.length);
  });

  await app.open(page, '#/rapportages');
  await page.getByRole('radio', { name: /Laag 2/ }).check();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2026');
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(page.getByRole('article', { name: 'Sturingsinformatie Groningen-Noord — 2026' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapportage als Word (DOCX)' }).click()]);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
  // The indicator (wijk against the city) and interventions per theme and status; no vinkjes answered yet.
  expect(media).toHaveLength(2);
  for (const name of media) {
    const png = Buffer.from(await zip.file(name)!.async('uint8array'));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([900, 450]);
    // A drawn chart, not an empty canvas.
    expect(png.length).toBeGreaterThan(5_000);
  }
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<wp:docPr [^>]*descr="Lijngrafiek: Tevredenheid woning per wijk en voor Groningen als geheel, 2025 tot en met 2026\./);
  expect(xml).toMatch(/<wp:docPr [^>]*title="Interventies per thema en status"/);
  // Well under the web host's 1 MB per request.
  expect(requests.length).toBeGreaterThan(0);
  expect(Math.max(...requests)).toBeLessThan(700_000);
  console.log(`reports:export request with charts: ${Math.max(...requests)} bytes`);

  // Markdown: no images.
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapportage als Markdown' }).click()]);
  expect(readFileSync(await md.path(), 'utf8')).not.toContain('Grafiek:');
});
