// Renders the app icon for packaging, build/icon.png (1024 × 1024, electron-builder's default icon; it derives the
// Windows .ico and the macOS .icns from it), from the same drawing as the favicon, renderer/public/favicon.svg.
// Run after changing the favicon: node scripts/icon.mjs (needs Chromium; CHROMIUM_PATH or /usr/bin/chromium).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 1024;

const svg = await readFile(join(root, 'renderer', 'public', 'favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${SIZE}" height="${SIZE}">`);
  await page.locator('img').evaluate((img) => img.decode());
  await mkdir(join(root, 'build'), { recursive: true });
  await page.screenshot({ path: join(root, 'build', 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  console.log('build/icon.png written');
} finally {
  await browser.close();
}
