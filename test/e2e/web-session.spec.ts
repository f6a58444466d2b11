// The web host's sign-in in a real Chromium: no credential reaches a page on another port of this machine, a
// page there cannot call a channel, the printed link works once, and the address and the back history keep no
// token. A second local HTTP server stands in for "any other program listening on 127.0.0.1".
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';

interface Seen {
  path: string | undefined;
  host: string | undefined;
  cookie: string | undefined;
}

/** Records what the browser sends it, and serves a page that tries to call the app from its own origin. */
async function otherProgram(targetOrigin: string) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ path: req.url, host: req.headers.host, cookie: req.headers.cookie });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Ander programma</title><h1>Ander programma</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    seen,
    targetOrigin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An RPC call from node with whatever a thief could have taken from the browser. */
function call(origin: string, headers: IncomingHttpHeaders & Record<string, string>): Promise<number> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(url.port), method: 'POST', path: '/rpc/profile:get', setHost: false, headers: { Host: url.host, 'Content-Type': 'application/json', ...headers } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

test('a page on another port of 127.0.0.1 gets no credential and cannot call a channel', async ({ page, context, app }) => {
  await app.open(page);
  const other = await otherProgram(app.origin);
  try {
    // The same browser, signed in, visits the other program under every name it could use.
    const names = ['127.0.0.1', 'localhost', new URL(app.origin).hostname];
    for (const name of names) {
      await page.goto(`http://${name}:${other.port}/`);
      await expect(page.getByRole('heading', { name: 'Ander programma' })).toBeVisible();
    }
    const pages = other.seen.filter((s) => s.path === '/');
    expect(pages.map((s) => s.host)).toEqual(names.map((name) => `${name}:${other.port}`));
    // Nothing at all on 127.0.0.1 and localhost (favicon requests included): the only cookie lives on the per-run name.
    for (const seen of other.seen.filter((s) => !s.host!.startsWith(new URL(app.origin).hostname))) expect(seen.cookie).toBeUndefined();

    // Even with the per-run name guessed, what the other program receives opens no channel.
    const stolen = pages[2]!.cookie ?? '';
    expect(await call(app.origin, { Cookie: stolen })).toBe(401);

    // And a page of the other program calling the app from its own origin is refused.
    const answer = await page.evaluate(async (target) => {
      try {
        const response = await fetch(`${target}/rpc/profile:get`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        return `status ${response.status}`;
      } catch {
        return 'blocked';
      }
    }, app.origin);
    expect(answer).toBe('blocked');

    // The app's own page still works in the same browser.
    await page.goto(`${app.origin}/#/vergaderingen`);
    await expect(page.getByRole('main')).toBeVisible();
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.domain)).toEqual([new URL(app.origin).hostname]);
  } finally {
    await other.close();
  }
});

test('the printed link works once, and neither the address nor the back history keeps its token', async ({ page, browser, app }) => {
  await app.open(page);
  expect(page.url()).toBe(`${app.origin}/`);
  // The back history: the blank page the browser started with, then the app without a token.
  expect(await page.evaluate(() => window.history.length)).toBe(2);
  expect(await page.evaluate(() => document.querySelector('meta[name="coalitie-sessie"]'))).toBeNull();

  // Calls work from the signed-in page…
  await page.goto(`${app.origin}/#/vergaderingen`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // …and the link, opened again in another browser context (as from the history or the terminal), is refused.
  const later = await browser.newContext();
  try {
    const again = await later.newPage();
    const response = await again.goto(app.url);
    expect(response?.status()).toBe(401);
    await expect(again.getByText(/Geen toegang/)).toBeVisible();
  } finally {
    await later.close();
  }
  // Refreshing the signed-in page keeps the session (it lives in this window's sessionStorage).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await page.goBack();
  expect(page.url()).toBe('about:blank');
  await page.goForward();
  expect(page.url()).not.toContain('token');
});
