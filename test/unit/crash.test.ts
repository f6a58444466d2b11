// Crash safety: a process writing decisions and vinkjes answers (each in its own transaction, printing
// every committed write) is killed with SIGKILL at 200 random moments. After each kill the database is
// reopened: integrity_check must say "ok" and every write acknowledged before any kill must be there.
// The child is test/unit/durability/crash-child.ts, bundled here with esbuild (better-sqlite3 external),
// so it opens the store exactly as the app does: same pragmas, real migrations, the start-up check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_PATH, REPO_ROOT } from '../helpers/paths';
import { removeTempDirs, tempDir } from './durability/fixtures';

const KILLS = 200;
const LINEAGES = 2; // independent databases killed side by side, to use both cores of a CI runner
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

let bundle = '';
let verified = 0;
beforeAll(async () => {
  bundle = join(tempDir('coalitietafel-crash-'), 'crash-child.cjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'test/unit/durability/crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: bundle,
    logLevel: 'error',
  });
});
afterAll(removeTempDirs);

function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RunResult {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  ready: boolean;
}

/** Starts the writer and kills it either during start-up or a random moment into its writing. */
function runAndKill(dataFile: string, seed: number, killAt: { fromStart: number } | { afterReady: number }): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, dataFile, PROFILE_PATH, String(seed)], {
      env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if ('fromStart' in killAt) timer = setTimeout(kill, killAt.fromStart);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!ready && out.startsWith('READY\n')) {
        ready = true;
        if ('afterReady' in killAt) timer = setTimeout(kill, killAt.afterReady);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    // A child that hangs or never gets ready is killed too, and reported below.
    const guard = setTimeout(kill, 10_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      // Only whole lines were acknowledged: a line cut off by the kill was not.
      const lines = out.split('\n').slice(0, -1).filter((l) => l !== 'READY');
      resolve({ lines, signal, code, stderr, ready });
    });
  });
}

/** What the child acknowledged, keyed so that a later ack of the same row replaces nothing. */
type Ack = { kind: 'I'; id: number; title: string } | { kind: 'A'; id: number; checklistItemId: number; answer: string; explanation: string } | { kind: 'D'; id: number; outcome: string; text: string };

function parse(line: string): Ack {
  const [kind, id, ...rest] = line.split(' ');
  if (kind === 'I') return { kind, id: Number(id), title: rest.join(' ') };
  if (kind === 'A') return { kind, id: Number(id), checklistItemId: Number(rest[0]), answer: rest[1]!, explanation: rest.slice(2).join(' ') };
  if (kind === 'D') return { kind, id: Number(id), outcome: rest[0]!, text: rest.slice(1).join(' ') };
  throw new Error(`unexpected line from the writer: ${line}`);
}

function verify(dataFile: string, acks: Ack[]): void {
  if (!existsSync(dataFile)) {
    expect(acks).toEqual([]);
    return;
  }
  verified += acks.length;
  // Opened as the app's restart opens it (read-write): a kill during first start can leave a hot rollback
  // journal, which SQLite must roll back before anyone may read, and a read-only connection cannot.
  const db = new Database(dataFile, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    if (acks.length === 0) return;
    const item = db.prepare('SELECT title, outcome, decision_text AS text FROM agenda_items WHERE id = ?');
    const answer = db.prepare('SELECT answer, explanation FROM vinkje_answers WHERE agenda_item_id = ? AND checklist_item_id = ?');
    for (const ack of acks) {
      if (ack.kind === 'I') expect(item.get(ack.id), `agenda item ${ack.id}`).toMatchObject({ title: ack.title });
      if (ack.kind === 'D') expect(item.get(ack.id), `decision ${ack.id}`).toMatchObject({ outcome: ack.outcome, text: ack.text });
      if (ack.kind === 'A') {
        expect(answer.get(ack.id, ack.checklistItemId), `answer ${ack.id}/${ack.checklistItemId}`).toEqual({ answer: ack.answer, explanation: ack.explanation });
      }
    }
  } finally {
    db.close();
  }
}

async function lineage(index: number, kills: number): Promise<{ acknowledged: number; duringStartup: number }> {
  const random = generator(SEED * 31 + index);
  const dataFile = join(tempDir('coalitietafel-crash-db-'), 'coalitietafel.sqlite');
  const acks: Ack[] = [];
  let duringStartup = 0;
  for (let run = 0; run < kills; run++) {
    // Mostly while writing; one in five during start-up (opening, the check, the first migration).
    const killAt = run === 0 || random() < 0.2 ? { fromStart: Math.floor(random() * 250) } : { afterReady: Math.floor(random() * 50) };
    const result = await runAndKill(dataFile, SEED * 1000 + index * 1000 + run, killAt);
    expect(result.signal, `run ${run} of lineage ${index} (seed ${SEED}) ended by itself: ${result.stderr}`).toBe('SIGKILL');
    if (!result.ready) duringStartup++;
    const fresh = result.lines.map(parse);
    acks.push(...fresh);
    // integrity_check every time; the new acknowledgements every time, all of them every tenth run and at the end.
    try {
      verify(dataFile, run % 10 === 9 || run === kills - 1 ? acks : fresh);
    } catch (error) {
      throw new Error(`after run ${run} of lineage ${index} (seed ${SEED}, kill ${JSON.stringify(killAt)}): ${(error as Error).message}`);
    }
  }
  return { acknowledged: acks.length, duringStartup };
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and a sound database across ${KILLS} SIGKILLs at random moments (seed ${SEED})`, async () => {
    const results = await Promise.all(Array.from({ length: LINEAGES }, (_, i) => lineage(i, KILLS / LINEAGES)));
    const acknowledged = results.reduce((n, r) => n + r.acknowledged, 0);
    const duringStartup = results.reduce((n, r) => n + r.duringStartup, 0);
    // The kills really landed in both phases, and a good share of writes was acknowledged.
    expect(duringStartup).toBeGreaterThan(10);
    expect(acknowledged).toBeGreaterThan(KILLS);
    expect(verified).toBeGreaterThanOrEqual(acknowledged);
  }, 180_000);
});
