// The real web host (main/web/cli.ts) as its own process, bundled with esbuild as the build does (better-sqlite3
// external), on a stand-in renderer folder: for tests of what happens across starts, stops and kills.
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_PATH, REPO_ROOT } from '../../helpers/paths';

/** Bundles the web host into dir/web/cli.cjs beside a minimal dir/renderer/index.html; returns the bundle. */
export async function bundleWebHost(dir: string): Promise<string> {
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><html lang="nl"><title>Coalitietafel</title>');
  const outfile = join(dir, 'web', 'cli.cjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'main/web/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'docx', 'pdfmake', 'pdfmake/*'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export interface HostProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** Settles with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Resolves once the host prints its address; rejects if it exits first. */
  readonly listening: Promise<void>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<number | null>;
}

export function startHostProcess(bundle: string, dataFile: string): HostProcess {
  const child = spawn(process.execPath, [bundle, '--data', dataFile, '--profile', PROFILE_PATH, '--port', '0'], {
    env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('Coalitietafel draait op')) resolve();
    });
    void exited.then((code) => reject(new Error(`De webhost stopte (code ${code}): ${err}`)));
  });
  listening.catch(() => undefined);
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited,
    listening,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
