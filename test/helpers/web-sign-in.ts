// Signs in to a web host the way a browser does: opens the one-time link under the host's own name and keeps the
// files cookie and the session key the page received. node:http, so the Host header can be set.
import { request } from 'node:http';
import { SESSION_HEADER, SESSION_META } from '../../shared/web-session';

export interface WebSignIn {
  /** "coalitie_bestanden=…", for the Cookie header. */
  cookie: string;
  /** The session key the page got. */
  key: string;
  /** Cookie and session header: what the signed-in page sends with every call. */
  headers: Record<string, string>;
}

export function signIn(link: string): Promise<WebSignIn> {
  const url = new URL(link);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(url.port), path: `${url.pathname}${url.search}`, setHost: false, headers: { Host: url.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const key = new RegExp(`<meta name="${SESSION_META}" content="([\\w-]+)">`).exec(body)?.[1];
          const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
          if (res.statusCode !== 200 || !key || !cookie) {
            reject(new Error(`sign-in failed: ${res.statusCode} ${body.slice(0, 200)}`));
            return;
          }
          resolve({ cookie, key, headers: { Cookie: cookie, [SESSION_HEADER]: key } });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
