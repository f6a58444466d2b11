// Builds everything the app and the web host run: the renderer with Vite, then the main process,
// the preload and the web host with esbuild.
//   dist/renderer/       the React app (vite.config.ts)
//   dist/main/main.cjs   Electron main process (package.json "main")
//   dist/main/preload.cjs  sandboxed preload: one self-contained file, only electron external
//   dist/web/server.cjs  `npm run web`
//   dist/{main,web}/export-worker.cjs  the worker (a thread in Electron, a child process of the web host) that
//                                      renders DOCX and PDF exports
//                        (main/core/exports/render-in-worker.ts looks for it beside the running bundle)
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
// --main-only: rebuild main, preload and web host but keep dist/renderer as it is.
const mainOnly = process.argv.includes('--main-only');
// --out <folder>: build there instead of dist/ (test/unit/electron-builder-config.test.ts packs a fresh build).
const outArg = process.argv.indexOf('--out');
const out = outArg === -1 ? join(root, 'dist') : resolve(process.argv[outArg + 1]);

// Native or file-reading packages stay in node_modules: better-sqlite3 loads a .node binary
// (rebuilt for Electron by electron-builder), and docx/pdfmake read their own files at runtime.
const NODE_EXTERNALS = ['better-sqlite3', 'docx', 'pdfmake', 'pdfmake/*'];

// Electron 45 runs Node 22; the web host runs on Node >= 22.13 (package.json "engines").
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: quiet ? 'warning' : 'info',
  // No import.meta in CJS: fail the build rather than ship code that reads an empty object.
  logOverride: { 'empty-import-meta': 'error' },
};

async function main() {
  await rm(join(out, 'main'), { recursive: true, force: true });
  await rm(join(out, 'web'), { recursive: true, force: true });

  if (!mainOnly) {
    await viteBuild({
      configFile: join(root, 'vite.config.ts'),
      logLevel: quiet ? 'warn' : 'info',
      build: { outDir: join(out, 'renderer') },
    });
  }

  await Promise.all([
    esbuild({
      ...common,
      entryPoints: { main: 'main/app/main.ts', 'export-worker': 'main/core/exports/export-worker.ts' },
      outdir: join(out, 'main'),
      outExtension: { '.js': '.cjs' },
      target: 'node22',
      external: ['electron', ...NODE_EXTERNALS],
    }),
    esbuild({
      ...common,
      entryPoints: { preload: 'main/app/preload.ts' },
      outdir: join(out, 'main'),
      outExtension: { '.js': '.cjs' },
      // A sandboxed preload can require only electron and a few Node built-ins, so bundle the rest.
      target: 'node22',
      external: ['electron'],
    }),
    esbuild({
      ...common,
      entryPoints: { server: 'main/web/cli.ts', 'export-worker': 'main/core/exports/export-worker.ts' },
      outdir: join(out, 'web'),
      outExtension: { '.js': '.cjs' },
      target: 'node22',
      external: NODE_EXTERNALS,
    }),
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.error('Bouwen mislukt.');
  process.exit(1);
});
