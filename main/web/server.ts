// The browser host: the built renderer and POST /rpc/<channel> over the same dispatcher Electron uses.
// It answers only on 127.0.0.1, only to requests that carry this run's token, only for its own
// Host name (no DNS rebinding) and its own Origin (no cross-site calls), and it sends no CORS headers.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RpcResult } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { contentTypeFor, locateStaticFile } from './static-files';

/**
 * The token cookie's name carries the port: browsers keep cookies per host, not per port, so two hosts on one machine
 * (a second data file, the benchmark's full and empty archives) would otherwise overwrite each other's token.
 */
export function tokenCookieName(port: number): string {
  return `coalitie_token_${port}`;
}

/** Every RPC body is at most this large… */
export const MAX_BODY_BYTES = 1024 * 1024;
/** …except an archive being imported: a whole store as JSON (the contract allows 300 million characters). */
export const MAX_ARCHIVE_BODY_BYTES = 320 * 1024 * 1024;
// A Map, not an object: a channel named "constructor" or "__proto__" must not find a limit on the prototype.
const BODY_LIMITS: ReadonlyMap<string, number> = new Map([['archive:import', MAX_ARCHIVE_BODY_BYTES]]);
const HOST = '127.0.0.1';

export interface WebHostCore {
  dispatch(channel: string, input: unknown): Promise<RpcResult<unknown>>;
}

export interface WebHostOptions {
  core: WebHostCore;
  /** The built renderer (dist/renderer); nothing outside it is ever served. */
  distDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Normally left out: a fresh random token per run. Tests may fix one. */
  token?: string;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const TEXT = {
  unauthorized:
    'Geen toegang. Open Coalitietafel via de link met het toegangstoken die bij het starten werd getoond.',
  wrongHost: 'Onbekende hostnaam; Coalitietafel antwoordt alleen op 127.0.0.1 en localhost.',
  wrongOrigin: 'Verzoek van een andere website geweigerd.',
  badPath: 'Ongeldig pad.',
  notFound: 'Niet gevonden.',
  method: 'Deze methode wordt niet ondersteund.',
  badJson: 'Het verzoek bevat geen geldige JSON; er is niets gewijzigd.',
  notJson: 'Het verzoek moet JSON zijn (content-type application/json); er is niets gewijzigd.',
  tooLarge: (limit: number) => `Het verzoek is groter dan ${limit / (1024 * 1024)} MB; er is niets gewijzigd.`,
  internal: 'Er ging iets onverwachts mis; er is niets gewijzigd. Probeer het opnieuw.',
};

/** Headers on every response, whatever its status. */
function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Compares secrets in constant time; hashing first makes the lengths equal. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (token.length < 16) throw new Error('The web host token must be at least 16 characters.');
  const server = createServer();
  // The port is known only after listen(); the request handler reads it from here.
  const state = { port: 0 };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, TEXT.internal);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = state.port;
    // DNS rebinding: a hostile page on evil.example resolved to 127.0.0.1 still sends its own Host.
    const host = req.headers.host;
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
      return sendText(res, 421, TEXT.wrongHost);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${HOST}:${port}` && origin !== `http://localhost:${port}`) {
      return sendText(res, 403, TEXT.wrongOrigin);
    }

    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));

    const queryToken = query.get('token');
    const queryTokenOk = queryToken !== null && sameSecret(queryToken, token);
    const cookieOk = cookieValues(req.headers.cookie, tokenCookieName(port)).some((value) => sameSecret(value, token));
    if (!queryTokenOk && !cookieOk) return sendText(res, 401, TEXT.unauthorized);

    const method = req.method ?? 'GET';
    const isRpc = pathname === '/rpc' || pathname.startsWith('/rpc/');

    if (queryTokenOk && (method === 'GET' || method === 'HEAD') && !isRpc) {
      // Trade the token in the address for a cookie, so it leaves the address bar and history.
      // Always back to "/": echoing the path could be turned into an open redirect ("/\\evil.example").
      res.writeHead(303, {
        ...baseHeaders(),
        'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
        'Content-Length': '0',
      });
      res.end();
      return;
    }

    if (isRpc) {
      if (method !== 'POST') return sendText(res, 405, TEXT.method, { Allow: 'POST' });
      return handleRpc(req, res, pathname);
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, TEXT.method, { Allow: 'GET, HEAD' });
    return serveStatic(res, pathname, method === 'HEAD');
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    // Browsers mark requests from other sites; refuse those even if the Origin check was bypassed.
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      return sendRpcError(res, 403, 'forbidden', TEXT.wrongOrigin);
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return sendRpcError(res, 415, 'invalid-input', TEXT.notJson);
    }
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/rpc/'.length));
    } catch {
      channel = '';
    }
    const limit = BODY_LIMITS.get(channel) ?? MAX_BODY_BYTES;
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limit) {
      return sendRpcError(res, 413, 'invalid-input', TEXT.tooLarge(limit));
    }

    const body = await readBody(req, limit);
    if (body === 'too-large') return sendRpcError(res, 413, 'invalid-input', TEXT.tooLarge(limit));

    let input: unknown;
    try {
      const text = body.toString('utf8');
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return sendRpcError(res, 400, 'invalid-input', TEXT.badJson);
    }

    // The dispatcher answers unknown channels and bad input itself, in the same shape as over IPC.
    let result: RpcResult<unknown>;
    try {
      result = await options.core.dispatch(channel, input);
    } catch (error) {
      console.error(error);
      return sendRpcError(res, 500, 'internal', TEXT.internal);
    }
    sendJson(res, 200, result);
  }

  async function serveStatic(res: ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const found = await locateStaticFile(options.distDir, pathname);
    if (found.status === 400) return sendText(res, 400, TEXT.badPath);
    if (found.status === 404) return sendText(res, 404, TEXT.notFound);
    const data = await readFile(found.file);
    const type = contentTypeFor(found.file);
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Type': type,
      'Content-Length': String(data.length),
      // HTML is the entry point; never let a stale one point at assets that no longer exist.
      'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    res.end(headOnly ? undefined : data);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen({ port: options.port ?? 0, host: HOST }, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  state.port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${state.port}/?token=${token}`,
    port: state.port,
    token,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    // Keep-alive connections from a browser would otherwise hold close() open.
    server.closeAllConnections();
  });
}

/** How much of a refused body is still read (and dropped) so the client can read the 413. */
const DRAIN_BYTES = 16 * 1024 * 1024;

/** Reads the body up to limit bytes; past it, stops keeping data and reports 'too-large'. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        // Keep draining so the client can read our 413, but not without end.
        if (size > limit + DRAIN_BYTES) req.destroy();
        return;
      }
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolveBody('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolveBody(Buffer.concat(chunks));
    });
    req.on('error', rejectBody);
  });
}

/** Every answer the host writes itself: never cached, with the security headers. */
function send(res: ServerResponse, status: number, body: Buffer, contentType: string, extra: Record<string, string>): void {
  res.writeHead(status, {
    ...baseHeaders(),
    ...extra,
    'Content-Type': contentType,
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  send(res, status, Buffer.from(`${text}\n`, 'utf8'), 'text/plain; charset=utf-8', extra);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, Buffer.from(JSON.stringify(value), 'utf8'), 'application/json; charset=utf-8', extra);
}

function sendRpcError(
  res: ServerResponse,
  status: number,
  code: 'invalid-input' | 'forbidden' | 'internal',
  message: string,
): void {
  const result: RpcResult<never> = { ok: false, error: { code, message } };
  // The client still gets the RpcResult it expects; closing avoids reading a body we refused.
  sendJson(res, status, result, status === 413 ? { Connection: 'close' } : {});
}
