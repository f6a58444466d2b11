// Builds the renderer for both the Electron app (app://coalitietafel/) and the web host (http://127.0.0.1).
// Both serve it at "/", and both send a strict CSP (no inline script or style), so nothing may be inlined.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: '/',
  plugins: [react()],
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
