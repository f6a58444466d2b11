// Packaging rebuilds better-sqlite3 for Electron inside node_modules (electron-builder's npmRebuild); the tests
// and the web host then could not load it. This keeps Node's build aside while packaging runs and puts it back
// afterwards, also when packaging fails. Files are swapped by rename, never rewritten in place: node_modules may
// be hard-linked to another checkout's.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Puts a copy left by an interrupted run back first, then runs `run` with `binding` kept in `saved`. */
export async function withNodeBuildKept(binding, saved, run) {
  if (existsSync(saved)) restore(binding, saved);
  mkdirSync(dirname(saved), { recursive: true });
  copyFileSync(binding, saved);
  try {
    return await run();
  } finally {
    restore(binding, saved);
  }
}

function restore(binding, saved) {
  const temp = `${binding}.${process.pid}.tmp`;
  copyFileSync(saved, temp);
  renameSync(temp, binding);
  rmSync(saved, { force: true });
}
