// The browser host over a real core on a real SQLite file: the token, the Host and Origin checks,
// no CORS, no path traversal, body limits, and RPC answers in the same shape Electron's IPC gives.
// node:http is used rather than fetch, because fetch will not send a forged Host header.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/core/csp';
import { defaultDataFile } from '../../main/web/data-path';
import { FILE_COOKIE } from '../../main/web/sessions';
import { MAX_PACKAGE_BODY_BYTES, startWebHost, type WebHost } from '../../main/web/server';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { signIn } from '../helpers/web-sign-in';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let core: TempCore;
let host: WebHost;
let dist: string;
let outside: string;
let cookie: string;
/** The signed-in page's credentials: the files cookie and the session header. */
let session: Record<string, string>;

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; rawHost?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path,
        // setHost false lets the test choose the Host header, including a hostile one.
        setHost: false,
        headers: { Host: options.rawHost ?? `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const authed = (extra: Record<string, string> = {}) => ({ ...session, ...extra });
const rpc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/rpc/${channel}`, {
    method: 'POST',
    headers: authed({ 'Content-Type': 'application/json', ...headers }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  core = tempCore();
  dist = mkdtempSync(join(tmpdir(), 'coalitietafel-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="nl"><title>Coalitietafel</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'export const app = 1;');
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'assets', 'MeetingModeScreen-Ab3_x-9Z.js'), 'export const screen = 1;');
  outside = `${dist}-buiten`;
  mkdirSync(outside);
  writeFileSync(join(outside, 'geheim.txt'), 'GEHEIM');
  host = await startWebHost({ core, distDir: dist, port: 0 });
  ({ cookie, headers: session } = await signIn(host.url));
});

afterAll(async () => {
  await host?.close();
  core?.dispose();
  rmSync(dist, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('startWebHost', () => {
  it('listens on 127.0.0.1 only, with a random url-safe token in the url', () => {
    // The per-run name resolves to 127.0.0.1 in the browser; the server itself listens there only.
    expect(host.url).toBe(`http://${new URL(host.url).hostname}:${host.port}/?token=${host.token}`);
    expect(new URL(host.url).hostname).toMatch(/^[0-9a-f]{20}\.coalitietafel\.localhost$/);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(host.port).toBeGreaterThan(0);
  });

  it('picks a new token each run', async () => {
    const other = await startWebHost({ core, distDir: dist });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });

  it('is not reachable on other interfaces', async () => {
    const { networkInterfaces } = await import('node:os');
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of addresses) {
      const outcome = await new Promise<string>((resolve) => {
        const req = request({ host: address, port: host.port, path: '/', timeout: 2000 }, () => resolve('connected'));
        req.on('error', () => resolve('refused'));
        req.on('timeout', () => {
          req.destroy();
          resolve('refused');
        });
        req.end();
      });
      expect(outcome, address).toBe('refused');
    }
  });
});

describe('token', () => {
  it('refuses requests without a token with a short Dutch text', async () => {
    for (const path of ['/', '/index.html', '/assets/index-abc123.js']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(401);
      expect(reply.body).toMatch(/Geen toegang/);
      expect(reply.body).not.toContain('Coalitietafel</title>');
    }
    const call = await send('/rpc/profile:get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(call.status).toBe(401);
  });

  it('refuses a wrong token, in the query or in the cookie', async () => {
    expect((await send('/?token=wrong')).status).toBe(401);
    expect((await send(`/?token=${host.token.slice(0, -1)}`)).status).toBe(401);
    expect((await send('/', { headers: { Cookie: `${FILE_COOKIE}=wrong` } })).status).toBe(401);
    expect((await send('/', { headers: { Cookie: `other=${host.token}` } })).status).toBe(401);
  });

  it('trades a one-time ?token= for the app page, a session key and a host-only, HttpOnly, SameSite=Strict files cookie', async () => {
    const link = new URL(host.newSignInUrl());
    const reply = await send(`${link.pathname}${link.search}`, { rawHost: link.host });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/<meta name="coalitie-sessie" content="[\w-]{43}">/);
    expect(reply.headers['set-cookie']).toEqual([expect.stringMatching(new RegExp(`^${FILE_COOKIE}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`))]);
    expect(reply.headers['cache-control']).toBe('no-store');
    // Spent: the same link again gets nothing.
    expect((await send(`${link.pathname}${link.search}`, { rawHost: link.host })).status).toBe(401);
  });

  it('never redirects elsewhere', async () => {
    for (const path of [`//evil.example/?token=${host.token}`, `/\\evil.example?token=${host.token}`]) {
      const reply = await send(path);
      expect(reply.status === 303 ? reply.headers.location : '/').toBe('/');
    }
  });

  it('gives each host its own name, so two hosts on one machine keep their own cookie', async () => {
    const other = await startWebHost({ core, distDir: dist });
    try {
      expect(new URL(other.url).hostname).not.toBe(new URL(host.url).hostname);
      const otherSession = await signIn(other.url);
      // A browser on a shared name would send both cookies: each host finds its own, and refuses the other's.
      expect((await send('/', { headers: { Cookie: `${cookie}; ${otherSession.cookie}` } })).status).toBe(200);
      expect((await send('/', { headers: { Cookie: otherSession.cookie } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('accepts the cookie for files and for rpc', async () => {
    const page = await send('/', { headers: authed() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Coalitietafel</title>');
    const call = await rpc('profile:get', {});
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
  });
});

describe('Host and Origin', () => {
  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    for (const rawHost of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`, '']) {
      const page = await send('/', { rawHost, headers: authed() });
      expect([403, 421], rawHost).toContain(page.status);
      expect(page.body).not.toContain('<title>');
      const call = await send('/rpc/profile:get', {
        rawHost,
        method: 'POST',
        headers: authed({ 'Content-Type': 'application/json' }),
        body: '{}',
      });
      expect([403, 421], rawHost).toContain(call.status);
      expect(call.body).not.toContain('"ok":true');
    }
  });

  it('accepts localhost:<port> as Host', async () => {
    expect((await send('/', { rawHost: `localhost:${host.port}`, headers: authed() })).status).toBe(200);
  });

  it('refuses a foreign Origin', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      const call = await rpc('profile:get', {}, { Origin: origin });
      expect(call.status, origin).toBe(403);
      expect(call.body).not.toContain('"ok":true');
    }
    expect((await rpc('profile:get', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect((await rpc('profile:get', {}, { Origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses rpc marked cross-site by the browser', async () => {
    expect((await rpc('profile:get', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });
});

describe('response headers', () => {
  it('never sends Access-Control-* headers, even when asked', async () => {
    const replies = [
      await send('/', { headers: authed({ Origin: `http://127.0.0.1:${host.port}` }) }),
      await send('/', { method: 'OPTIONS', headers: authed({ Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' }) }),
      await send('/rpc/profile:get', { method: 'OPTIONS', headers: authed({ 'Access-Control-Request-Method': 'POST' }) }),
      await rpc('profile:get', {}),
      await send('/'),
      await send('/', { rawHost: 'evil.example' }),
    ];
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('sends the security headers on every response', async () => {
    const replies = [
      await send('/', { headers: authed() }),
      await send('/assets/index-abc123.js', { headers: authed() }),
      await rpc('profile:get', {}),
      await send('/'),
      await send('/assets/missing.js', { headers: authed() }),
      await send('/', { rawHost: 'evil.example' }),
    ];
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('static files', () => {
  it('serves the build with correct types; HTML is not cached', async () => {
    const page = await send('/index.html', { headers: authed() });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await send('/assets/index-abc123.js', { headers: authed() });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('export const app = 1;');
    const style = await send('/assets/index-abc123.css', { headers: authed() });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('lets the browser keep a file named after its content hash, and checks everything else each time', async () => {
    const hashed = await send('/assets/MeetingModeScreen-Ab3_x-9Z.js', { headers: authed() });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await send('/assets/index-abc123.js', { headers: authed() })).headers['cache-control']).toBe('no-cache');
    expect((await send('/', { headers: authed() })).headers['cache-control']).toBe('no-store');
    // An app route answered with index.html is HTML too, whatever its path looks like.
    expect((await send('/assets/Vergadering-Ab3_x-9Z', { headers: authed() })).headers['cache-control']).toBe('no-store');
  });

  it('answers app routes with index.html and missing assets with 404', async () => {
    const route = await send('/vergaderingen/12', { headers: authed() });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Coalitietafel</title>');
    expect((await send('/assets/bestaat-niet.js', { headers: authed() })).status).toBe(404);
    expect((await send('/favicon.ico', { headers: authed() })).status).toBe(404);
  });

  it('lists no directories', async () => {
    const reply = await send('/assets/', { headers: authed() });
    expect(reply.body).not.toContain('index-abc123');
  });

  it.each([
    '/../package.json',
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/..\\..\\package.json',
    '/assets\\..\\..\\package.json',
    '//etc/passwd',
    '///etc/passwd',
    '/%2fetc%2fpasswd',
    '/etc/passwd%00.js',
    '/index.html%00',
    '/C:%5cWindows%5cwin.ini',
    '/C:/Windows/win.ini',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/%252e%252e/%252e%252e/etc/passwd',
    '/.%2e/.%2e/etc/passwd',
  ])('refuses %s with 4xx and never a file from outside', async (path) => {
    const reply = await send(path, { headers: authed() });
    expect(reply.body).not.toMatch(/root:|"name": "coalitietafel"|GEHEIM|\[fonts\]/);
    // A path that stays inside the build without an extension may get the app page; nothing else.
    if (reply.status === 200) expect(reply.body).toContain('<title>Coalitietafel</title>');
    else expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('refuses the obvious escapes with 400 rather than the app page', async () => {
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json', '//etc/passwd', '/..\\..\\package.json', '/a%00b']) {
      expect((await send(path, { headers: authed() })).status, path).toBe(400);
    }
  });

  it('does not follow a path to a sibling folder of the build', async () => {
    const name = outside.slice(outside.lastIndexOf('/') + 1);
    for (const path of [`/../${name}/geheim.txt`, `/%2e%2e/${name}/geheim.txt`, `/..%2f${name}%2fgeheim.txt`]) {
      const reply = await send(path, { headers: authed() });
      expect(reply.body, path).not.toContain('GEHEIM');
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('supports HEAD and refuses other methods with 405', async () => {
    const head = await send('/', { method: 'HEAD', headers: authed() });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      expect((await send('/', { method, headers: authed() })).status, method).toBe(405);
    }
    const post = await send('/index.html', { method: 'POST', headers: authed({ 'Content-Type': 'application/json' }), body: '{}' });
    expect(post.status).toBe(405);
    expect((await send('/rpc/profile:get', { headers: authed() })).status).toBe(405);
  });
});

describe('rpc', () => {
  it('answers a real call through the dispatcher', async () => {
    const reply = await rpc('profile:get', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    const result = JSON.parse(reply.body) as { ok: boolean; value: { name?: string } };
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.value)).toContain('Groningen');
  });

  it('writes through the same store', async () => {
    const created = JSON.parse((await rpc('organisations:create', { name: 'Buurtcentrum De Schakel' })).body) as {
      ok: boolean;
      value: { id: number };
    };
    expect(created.ok).toBe(true);
    const coalition = await core.call('coalition:list', {});
    expect(coalition.map((o) => o.name)).toContain('Buurtcentrum De Schakel');
  });

  it('answers an unknown channel with the dispatcher’s unknown-channel result', async () => {
    for (const channel of ['meetings:drop', '__proto__', 'constructor', '', '..%2f..%2fetc', 'profile%3Aget%20']) {
      const reply = await rpc(channel, {});
      expect(reply.status, channel).toBe(200);
      expect(JSON.parse(reply.body), channel).toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: expect.stringMatching(/Onbekende opdracht/) },
      });
    }
  });

  it('accepts a percent-encoded channel name', async () => {
    expect(JSON.parse((await rpc('profile%3Aget', {})).body)).toMatchObject({ ok: true });
  });

  it('answers invalid input with a Dutch invalid-input result', async () => {
    const reply = await rpc('meetings:get', { id: 'een' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers malformed JSON with 400 and a Dutch RpcResult', async () => {
    for (const body of ['{', '{"a":', 'niet json', '\u0000']) {
      const reply = await rpc('profile:get', body);
      expect(reply.status, body).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/geen geldige JSON/) },
      });
    }
  });

  it('requires application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await rpc('profile:get', '{}', { 'Content-Type': type });
      expect(reply.status, type).toBe(415);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((await rpc('profile:get', '{}', { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('refuses bodies over 1 MB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ notes: 'x'.repeat(1024 * 1024) });
    const declared = await rpc('agenda:setNotes', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/1 MB/) } });

    // Chunked, without Content-Length: counted as it arrives.
    const streamed = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/rpc/agenda:setNotes',
          headers: { Host: `127.0.0.1:${host.port}`, ...session, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(100 * 1024));
      req.end();
    });
    expect(streamed.status).toBe(413);

    // Still serving afterwards.
    expect((await rpc('profile:get', {})).status).toBe(200);
  });

  it('takes a whole archive over 1 MB for archive:import, and reads it into a new store', async () => {
    // A source store whose archive is well over 1 MB: 300 milestones with long descriptions, through the contract.
    const source = tempCore();
    const target = tempCore();
    const targetHost = await startWebHost({ core: target, distDir: dist, port: 0 });
    try {
      for (let i = 0; i < 300; i++) {
        await source.call('milestones:create', { date: '2027-06-01', title: `Mijlpaal ${i}`, description: `Voortgang wijk ${i}. `.repeat(250) });
      }
      const targetSession = await signIn(targetHost.url);
      const exported = await source.call('archive:export', {});
      const json = Buffer.from(exported.file.base64, 'base64').toString('utf8');
      expect(json.length).toBeGreaterThan(2 * 1024 * 1024);

      const reply = await new Promise<Reply>((resolve, reject) => {
        const body = JSON.stringify({ json });
        const req = request(
          {
            host: '127.0.0.1',
            port: targetHost.port,
            method: 'POST',
            path: '/rpc/archive:import',
            headers: { ...targetSession.headers, Host: `127.0.0.1:${targetHost.port}`, 'Content-Type': 'application/json' },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { message: expect.stringMatching(/Het archief is ingelezen/) } });
      expect((await target.call('year:get', { year: 2027 })).milestones).toHaveLength(300);

      // Other channels keep the 1 MB limit, also names that an object's prototype knows.
      const twoMegabytes = JSON.stringify({ id: 1, notes: 'x'.repeat(2 * 1024 * 1024) });
      for (const channel of ['agenda:setNotes', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        expect((await rpc(channel, twoMegabytes)).status, channel).toBe(413);
      }
    } finally {
      await targetHost.close();
      target.dispose();
      source.dispose();
    }
  }, 60_000);

  it('takes an archive package over 1 MB for minutes:verifyArchive, up to its own limit', async () => {
    // Random bytes are no ZIP: past the body limit, the core answers in Dutch rather than the host refusing it.
    const threeMegabytes = JSON.stringify({ base64: randomBytes(3 * 1024 * 1024).toString('base64') });
    const reply = await rpc('minutes:verifyArchive', threeMegabytes);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('geen leesbaar ZIP-bestand') } });
    const tooLarge = await rpc('minutes:verifyArchive', JSON.stringify({ base64: 'A'.repeat(MAX_PACKAGE_BODY_BYTES) }));
    expect(tooLarge.status).toBe(413);
  });

  it('accepts a body just under the limit', async () => {
    const body = JSON.stringify({ id: 1, notes: 'x'.repeat(1000) });
    const reply = await rpc('agenda:setNotes', body);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).ok).toBe(false); // no agenda item 1 yet: a clean not-found, not a crash
  });
});

describe('defaultDataFile', () => {
  it('uses the per-user data folder of each OS', () => {
    expect(defaultDataFile({ platform: 'win32', env: { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, home: 'C:\\Users\\an' })).toBe(
      'C:\\Users\\an\\AppData\\Roaming\\Coalitietafel\\coalitietafel.sqlite',
    );
    expect(defaultDataFile({ platform: 'darwin', env: {}, home: '/Users/an' })).toBe(
      '/Users/an/Library/Application Support/Coalitietafel/coalitietafel.sqlite',
    );
    expect(defaultDataFile({ platform: 'linux', env: { XDG_DATA_HOME: '/data/an' }, home: '/home/an' })).toBe(
      '/data/an/coalitietafel/coalitietafel.sqlite',
    );
    expect(defaultDataFile({ platform: 'linux', env: {}, home: '/home/an' })).toBe(
      '/home/an/.local/share/coalitietafel/coalitietafel.sqlite',
    );
    // A relative XDG_DATA_HOME is invalid by the spec and ignored.
    expect(defaultDataFile({ platform: 'linux', env: { XDG_DATA_HOME: 'rel' }, home: '/home/an' })).toBe(
      '/home/an/.local/share/coalitietafel/coalitietafel.sqlite',
    );
  });
});
