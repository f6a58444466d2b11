// The browser host: the built renderer and POST /rpc/<channel> over the same dispatcher Electron uses.
// It answers only on 127.0.0.1, only for its own Host names (no DNS rebinding) and its own Origin (no cross-site
// calls), sends no CORS headers, and lets in only a browser that signed in with a one-time link (sessions.ts).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RpcResult } from '../../shared/contract';
import { ARCHIVE_PACKAGE_MAX_BASE64 } from '../../shared/archive-check';
import { SESSION_HEADER, SESSION_META, SIGN_IN_LINK_PATH, type SignInLink } from '../../shared/web-session';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { guardConnections } from './connections';
import { FILE_COOKIE, createSessions, pageWithSessionKey, sameSecret } from './sessions';
import { cacheControlFor, contentTypeFor, locateStaticFile } from './static-files';

/** Every RPC body is at most this large… */
export const MAX_BODY_BYTES = 1024 * 1024;
/** …except an archive being imported: a whole store as JSON (the contract allows 300 million characters)… */
export const MAX_ARCHIVE_BODY_BYTES = 320 * 1024 * 1024;
/** …and an archive package being checked: the contract's base64 cap and room for the JSON around it. */
export const MAX_PACKAGE_BODY_BYTES = ARCHIVE_PACKAGE_MAX_BASE64 + 64 * 1024;
// A Map, not an object: a channel named "constructor" or "__proto__" must not find a limit on the prototype.
const BODY_LIMITS: ReadonlyMap<string, number> = new Map([
  ['archive:import', MAX_ARCHIVE_BODY_BYTES],
  ['minutes:verifyArchive', MAX_PACKAGE_BODY_BYTES],
]);
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
  /** The address to open, with the one-time token of the first sign-in. */
  url: string;
  /** http://<per-run name>.coalitietafel.localhost:<port> */
  origin: string;
  port: number;
  /** The first link's token; it works once. */
  token: string;
  /** A fresh one-time sign-in link (for another window or after the first one was used). */
  newSignInUrl(): string;
  close(): Promise<void>;
}

const TEXT = {
  unauthorized:
    'Geen toegang. Open Coalitietafel via de aanmeldlink die bij het starten werd getoond; elke link werkt één keer. ' +
    'Druk in het venster waarin Coalitietafel draait op Enter voor een nieuwe link.',
  wrongHost: 'Onbekende hostnaam; Coalitietafel antwoordt alleen op zijn eigen adres.',
  signInHost: (origin: string) =>
    `Aanmelden kan alleen op ${origin}: open de aanmeldlink zoals die werd getoond. De link is niet gebruikt.`,
  prefetch: 'Een aanmeldlink wordt niet vooraf geladen; open hem gewoon. De link is niet gebruikt.',
  wrongOrigin: 'Verzoek van een andere website geweigerd.',
  badPath: 'Ongeldig pad.',
  notFound: 'Niet gevonden.',
  method: 'Deze methode wordt niet ondersteund.',
  badJson: 'Het verzoek bevat geen geldige JSON; er is niets gewijzigd.',
  notJson: 'Het verzoek moet JSON zijn (content-type application/json); er is niets gewijzigd.',
  tooLarge: (limit: number) => `Het verzoek is groter dan ${Math.round(limit / (1024 * 1024))} MB; er is niets gewijzigd.`,
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
  if (options.token !== undefined && options.token.length < 16) throw new Error('The web host token must be at least 16 characters.');
  const sessions = createSessions(options.token);
  const server = createServer();
  const connections = guardConnections(server);
  // The port is known only after listen(); the request handler reads it from here.
  const state = { port: 0 };
  const origin = () => `http://${sessions.hostName}:${state.port}`;
  const signInUrl = (token: string) => `${origin()}/?token=${token}`;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, TEXT.internal);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const connection = connections.track(res);
    const port = state.port;
    // DNS rebinding: a hostile page on evil.example resolved to 127.0.0.1 still sends its own Host.
    const ownHosts = [`${sessions.hostName}:${port}`, `${HOST}:${port}`, `localhost:${port}`];
    const host = req.headers.host;
    if (host === undefined || !ownHosts.includes(host)) return sendText(res, 421, TEXT.wrongHost);
    const origin = req.headers.origin;
    if (origin !== undefined && !ownHosts.some((own) => origin === `http://${own}`)) {
      return sendText(res, 403, TEXT.wrongOrigin);
    }

    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
    const method = req.method ?? 'GET';
    const isRpc = pathname === '/rpc' || pathname.startsWith('/rpc/');

    const queryToken = query.get('token');
    if (queryToken !== null && method === 'GET' && !isRpc && sessions.isLiveToken(queryToken)) {
      connection.trust();
      return signIn(req, res, queryToken, host);
    }

    const sessionKey = req.headers[SESSION_HEADER];
    const sessionOk = typeof sessionKey === 'string' && sessions.isSession(sessionKey);
    // The cookie opens the app's files only; every call needs the session key.
    const filesOk = sessionOk || cookieValues(req.headers.cookie, FILE_COOKIE).some((value) => sameSecret(value, sessions.fileKey));
    if (isRpc || pathname === SIGN_IN_LINK_PATH ? !sessionOk : !filesOk) return sendText(res, 401, TEXT.unauthorized);
    connection.trust();

    if (pathname === SIGN_IN_LINK_PATH) {
      if (method !== 'POST') return sendText(res, 405, TEXT.method, { Allow: 'POST' });
      if (req.headers['sec-fetch-site'] === 'cross-site') return sendText(res, 403, TEXT.wrongOrigin);
      const link: SignInLink = { url: signInUrl(sessions.mintToken()) };
      return sendJson(res, 200, link);
    }
    if (isRpc) {
      if (method !== 'POST') return sendText(res, 405, TEXT.method, { Allow: 'POST' });
      return handleRpc(req, res, pathname);
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, TEXT.method, { Allow: 'GET, HEAD' });
    return serveStatic(res, pathname, method === 'HEAD');
  }

  /** Spends a one-time token: the app page with a new session key, and the files cookie on the per-run name. */
  async function signIn(req: IncomingMessage, res: ServerResponse, token: string, host: string): Promise<void> {
    // Only under the per-run name: a cookie set on 127.0.0.1 or localhost would reach every port there.
    if (host !== `${sessions.hostName}:${state.port}`) return sendText(res, 403, TEXT.signInHost(origin()));
    // A browser that loads a link ahead of time (prerender, link preview) must not spend it.
    const purpose = `${req.headers['sec-purpose'] ?? ''} ${req.headers.purpose ?? ''} ${req.headers['x-moz'] ?? ''}`;
    if (/prefetch|prerender/i.test(purpose)) return sendText(res, 503, TEXT.prefetch);
    const found = await locateStaticFile(options.distDir, '/');
    if (found.status !== 200) return sendText(res, 404, TEXT.notFound);
    const key = sessions.signIn(token);
    if (key === null) return sendText(res, 401, TEXT.unauthorized);
    const page = pageWithSessionKey(await readFile(found.file, 'utf8'), SESSION_META, key);
    send(res, 200, Buffer.from(page, 'utf8'), 'text/html; charset=utf-8', {
      // Host-only (no Domain): sent to this per-run name alone, never to 127.0.0.1 or localhost.
      'Set-Cookie': `${FILE_COOKIE}=${sessions.fileKey}; HttpOnly; SameSite=Strict; Path=/`,
    });
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
      'Cache-Control': cacheControlFor(pathname, type),
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
    url: signInUrl(sessions.firstToken),
    origin: origin(),
    port: state.port,
    token: sessions.firstToken,
    newSignInUrl: () => signInUrl(sessions.mintToken()),
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
