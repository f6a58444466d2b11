// `npm run bench` / `npm run bench:smoke`: builds what the benchmark measures into bench/.cache/dist (the
// renderer with Vite and the web host with esbuild, the same settings as scripts/build.mjs, so a colleague's
// dist/ is never touched), bundles bench/run.ts with esbuild and runs it with node. tsx is not needed.
//   node bench/bench.mjs [--smoke] [--keep-renderer] [--fresh] [--seed N] [--skip-browser] [--strict]
// --keep-renderer reuses the renderer built by an earlier run (the web host is always rebuilt: it is quick, and an
// old one would refuse a database migrated by the new code).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'bench', '.cache');
const args = process.argv.slice(2);
const NODE_EXTERNALS = ['better-sqlite3', 'docx', 'pdfmake', 'pdfmake/*'];

async function buildApp(renderer) {
  const started = performance.now();
  if (renderer) {
    const { build: viteBuild } = await import('vite');
    await viteBuild({
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: join(cache, 'dist', 'renderer'), emptyOutDir: true },
    });
  } else if (!existsSync(join(cache, 'dist', 'renderer', 'index.html'))) {
    throw new Error('--keep-renderer: no renderer has been built in bench/.cache/dist/renderer yet.');
  }
  await rm(join(cache, 'dist', 'web'), { recursive: true, force: true });
  await esbuild({
    absWorkingDir: root,
    // export-worker.cjs beside server.cjs: DOCX and PDF exports render in a child process, as in dist/web.
    entryPoints: { server: 'main/web/cli.ts', 'export-worker': 'main/core/exports/export-worker.ts' },
    outdir: join(cache, 'dist', 'web'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'error' },
    external: NODE_EXTERNALS,
  });
  console.log(`app built into bench/.cache/dist (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

async function main() {
  await mkdir(cache, { recursive: true });
  await buildApp(!args.includes('--keep-renderer'));
  await esbuild({
    absWorkingDir: root,
    entryPoints: ['bench/run.ts'],
    outfile: join(cache, 'run.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'error' },
    external: [...NODE_EXTERNALS, 'playwright-core', 'playwright-core/*', '@playwright/test', 'esbuild', 'vite'],
  });
  const child = spawn(process.execPath, ['--enable-source-maps', '--expose-gc', join(cache, 'run.cjs'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
