// The web host as the user runs it (`node dist/web/server.cjs --data … --port 0`), as a child process, and a
// plain node:http client that calls it the way the renderer does: POST /rpc/<channel> with the session key.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { signIn, type WebSignIn } from '../test/helpers/web-sign-in';

export interface WebHostProcess {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The bench's own sign-in (the printed link is spent by it): files cookie and session key. */
  session: WebSignIn;
  pid: number;
  /** Resident and peak memory of the process, from /proc (Linux). */
  memory(): { rssMb: number; peakRssMb: number } | null;
  /** The peak memory of the host's live child processes (the export worker while it idles), from /proc. */
  childrenPeakMb(): number | null;
  rpc(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  stop(): Promise<void>;
}

export async function startWebHostProcess(serverFile: string, dataFile: string, profilePath: string): Promise<WebHostProcess> {
  const child: ChildProcess = spawn(process.execPath, [serverFile, '--data', dataFile, '--port', '0', '--profile', profilePath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web host did not start within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // cli.ts prints "Coalitietafel draait op http://<name>.coalitietafel.localhost:<port>/?token=…"
      const match = /draait op (http:\/\/[\w.]+:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host stopped (code ${code}):\n${output}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  const port = Number(parsed.port);
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const session = await signIn(url);

  const rpc: WebHostProcess['rpc'] = (channel, input) =>
    new Promise((resolve, reject) => {
      const body = Buffer.from(JSON.stringify(input ?? {}), 'utf8');
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/rpc/${channel}`,
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': String(body.length),
            ...session.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Awaited<ReturnType<WebHostProcess['rpc']>>);
            } catch (error) {
              reject(error as Error);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  return {
    url,
    origin: parsed.origin,
    port,
    token,
    session,
    pid: child.pid!,
    memory() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
      } catch {
        return null;
      }
    },
    childrenPeakMb() {
      try {
        const pids = readdirSync(`/proc/${child.pid}/task`).flatMap((tid) =>
          readFileSync(`/proc/${child.pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean),
        );
        const peaks = pids.map((pid) => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);
        return peaks.length > 0 ? Math.max(...peaks) : null;
      } catch {
        return null;
      }
    },
    rpc,
    async stop() {
      agent.destroy();
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
