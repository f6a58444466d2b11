// Builds the renderer for both the Electron app (app://coalitietafel/) and the web host (http://127.0.0.1).
// Both serve it at "/", and both send a strict CSP (no inline script or style), so nothing may be inlined.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The entry chunk and the chunks it imports run on every start (React DOM, the app frame, the first screen): V8's
 * file-wide compile hint has Chromium compile all their functions while the file streams in, off the main thread,
 * instead of one by one on the main thread as each is first called. The lazily loaded screens are left as they are.
 */
function compileHints(): Plugin {
  return {
    name: 'coalitietafel-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions (its preload map goes first in the entry): the hint must be the first line.
      order: 'post',
      handler(_, bundle) {
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        if (!entry || entry.type !== 'chunk') return;
        for (const name of [entry.fileName, ...entry.imports]) {
          const chunk = bundle[name];
          if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: '/',
  plugins: [react(), compileHints()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The polyfill is an inline <script>, which the CSP refuses.
    modulePreload: { polyfill: false },
    // Inlined assets would become data: URLs in CSS or JS; keep every asset a file.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
  },
});
