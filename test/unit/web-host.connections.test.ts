// Idle connections without a token cannot lock the user out. The web host runs as the user starts it (cli.ts,
// bundled), in a process allowed only 256 file descriptors; hundreds of raw sockets that never send a byte are
// opened against it, and the real client must still sign in and get an answer at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_LIMITS } from '../../main/web/connections';
import { PROFILE_PATH, REPO_ROOT } from '../helpers/paths';
import { signIn } from '../helpers/web-sign-in';
import { removeTempDirs, tempDir } from './durability/fixtures';
import { bundleWebHost } from './durability/web-host-process';

const FILE_DESCRIPTORS = 256;
const IDLE_SOCKETS = 400;

let child: ChildProcess | undefined;
let url = '';
let port = 0;
const sockets: Socket[] = [];

beforeAll(async () => {
  const root = tempDir('coalitietafel-conn-');
  const bundle = await bundleWebHost(root);
  const args = [bundle, '--data', join(root, 'data.sqlite'), '--port', '0', '--profile', PROFILE_PATH];
  child = spawn('sh', ['-c', `ulimit -n ${FILE_DESCRIPTORS} && exec "$0" "$@"`, process.execPath, ...args], {
    env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /draait op (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.once('exit', () => reject(new Error(`stopped:\n${output}`)));
  });
  port = Number(new URL(url).port);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  removeTempDirs();
});

function openIdleSocket(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve(socket));
    socket.once('close', () => resolve(socket));
    sockets.push(socket);
  });
}

/** Time in ms until the host answered a plain request, or the failure. */
function timedAnswer(headers: Record<string, string>): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/rpc/profile:get', headers: { 'Content-Type': 'application/json', ...headers }, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: Date.now() - started }));
    req.end('{}');
  });
}

describe('connections without a token', () => {
  it(`cannot lock out the real client: ${IDLE_SOCKETS} idle sockets against ${FILE_DESCRIPTORS} file descriptors`, async () => {
    for (let i = 0; i < IDLE_SOCKETS; i++) await openIdleSocket();
    // The host makes way, oldest first: at most its cap stays open.
    await expect.poll(() => sockets.filter((s) => !s.destroyed && !s.closed).length, { timeout: 10_000 }).toBeLessThanOrEqual(CONNECTION_LIMITS.maxConnections);
    expect(sockets.slice(-10).every((s) => !s.closed)).toBe(true);

    // The real client: a refusal for a call without a session at once, then a sign-in and a call that works.
    const refused = await timedAnswer({});
    expect(refused.status).toBe(401);
    expect(refused.ms).toBeLessThan(2000);
    const session = await signIn(url);
    const answered = await timedAnswer(session.headers);
    expect(answered.status).toBe(200);
    expect(answered.ms).toBeLessThan(2000);
  }, 60_000);

  it('closes a connection that sends nothing', async () => {
    const socket = await openIdleSocket();
    const started = Date.now();
    await new Promise((resolve) => socket.once('close', resolve));
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(CONNECTION_LIMITS.silentTimeoutMs - 1000);
    expect(waited).toBeLessThan(CONNECTION_LIMITS.silentTimeoutMs + 3000);
  }, 30_000);
});
