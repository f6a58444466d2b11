// What the app:// protocol answers for a request, computed without Electron so it can be tested:
// main.ts only wraps the result in a Response. Same lookup rules as the web host.
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { contentTypeFor, locateStaticFile } from '../web/static-files';
import { isAppUrl, resolveAppUrlToFile } from './security';

export interface AppProtocolReply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': contentType.startsWith('text/html') ? 'no-store' : 'no-cache',
  };
}

function text(status: number, message: string): AppProtocolReply {
  return { status, headers: headers('text/plain; charset=utf-8'), body: new TextEncoder().encode(message) };
}

export async function appProtocolReply(distRoot: string, request: { url: string; method: string }): Promise<AppProtocolReply> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Deze methode wordt niet ondersteund.');
  // resolveAppUrlToFile is the gate: other origins and escape attempts never reach the disk.
  if (!isAppUrl(request.url) || resolveAppUrlToFile(distRoot, request.url) === null) return text(400, 'Ongeldig pad.');
  const found = await locateStaticFile(distRoot, new URL(request.url).pathname || '/');
  if (found.status !== 200) return text(found.status, found.status === 404 ? 'Niet gevonden.' : 'Ongeldig pad.');
  const data = await readFile(found.file);
  return {
    status: 200,
    headers: headers(contentTypeFor(found.file)),
    body: request.method === 'HEAD' ? null : new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
