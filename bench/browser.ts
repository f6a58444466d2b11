// Chromium against the web host: from navigation to a screen painted, from choosing an answer to it shown as stored,
// and from "Volgend agendapunt" to the next item's vinkjes drawn. A MutationObserver installed before the app loads notes the moment the awaited element
// appears, and the time is taken in the frame after it (requestAnimationFrame, then a task), so the figure does
// not include Playwright's own polling.
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SESSION_STORAGE_KEY } from '../shared/web-session';
import type { WebSignIn } from '../test/helpers/web-sign-in';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface HostRef {
  origin: string;
  port: number;
  session: WebSignIn;
}

/** What marks the screen as painted: an element matching selector whose text contains text. */
export interface PaintTarget {
  selector: string;
  text?: string;
}

/** Times act() until done() holds, in the frame after, as for a paint; rejects after 30 s, naming what did not happen. */
type TimeUntil = (act: () => void, done: () => boolean, watch: { root: Node; attributes?: boolean; failure: string }) => Promise<number>;

declare global {
  interface Window {
    __benchPainted?: number;
    __benchTimeUntil?: TimeUntil;
  }
}

/** Runs in the page before any of its scripts, for the timed interactions below. Self-contained: sent as source. */
function installTimeUntil(): void {
  window.__benchTimeUntil = (act, done, { root, attributes = false, failure }) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${failure} within 30 s`)), 30_000);
      let start = 0;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            clearTimeout(timer);
            resolve(performance.now() - start);
          }, 0),
        );
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes });
      start = performance.now();
      act();
    });
}

/** Runs in the page before any of its scripts. Self-contained: Playwright sends it as source. */
function watchForPaint(target: PaintTarget): void {
  let done = false;
  const found = () => {
    for (const el of document.querySelectorAll(target.selector)) {
      if (!target.text || (el.textContent ?? '').includes(target.text)) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => check());
  function check() {
    if (done || !found()) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__benchPainted = performance.now()), 0));
  }
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export interface OpenedScreen {
  /** Milliseconds from the start of navigation to the screen painted. */
  ms: number;
  page: Page;
  context: BrowserContext;
}

/** Opens hash in a fresh context (no cache, no storage) and waits for the target to be painted. */
export async function openScreen(
  browser: Browser,
  host: HostRef,
  hash: string,
  target: PaintTarget,
  session: Record<string, string> = {},
): Promise<OpenedScreen> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 900 } });
  const [name, value] = host.session.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: host.origin }]);
  const page = await context.newPage();
  await page.addInitScript(([k, v]) => sessionStorage.setItem(k, v), [SESSION_STORAGE_KEY, host.session.key] as const);
  if (Object.keys(session).length > 0) {
    await page.addInitScript((entries: Record<string, string>) => {
      for (const [k, v] of Object.entries(entries)) sessionStorage.setItem(k, v);
    }, session);
  }
  await page.addInitScript(watchForPaint, target);
  await page.addInitScript(installTimeUntil);
  await page.goto(`${host.origin}/${hash}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => window.__benchPainted, null, { timeout: 60_000, polling: 50 });
  const ms = (await handle.jsonValue()) as number;
  return { ms, page, context };
}

/**
 * In meeting mode, on the current decision item: times choosing "ja" for vinkje `position` until its row says
 * "Opgeslagen" (the answer stored and shown; there is no save button). Taken in the frame after, as for a paint.
 */
export async function answerVinkje(page: Page, position: number): Promise<number> {
  await page.waitForSelector('fieldset.vinkje-row', { timeout: 30_000 });
  return page.evaluate(async (n: number) => {
    const row = [...document.querySelectorAll('fieldset.vinkje-row')].find((f) => (f.querySelector('legend')?.textContent ?? '').includes(`Vinkje ${n}:`));
    const radio = row?.querySelector<HTMLInputElement>('input[type="radio"][value="ja"]');
    if (!row || !radio) throw new Error(`Vinkje ${n} is not on the screen`);
    const state = () => row.querySelector('.vinkje-state')?.textContent ?? '';
    if (state() !== 'Nog niet beantwoord') throw new Error(`Vinkje ${n} is not open to answer (${state()})`);
    return window.__benchTimeUntil!(
      () => radio.click(),
      () => state() === 'Opgeslagen' && radio.checked,
      { root: row, attributes: true, failure: `Vinkje ${n}: the answer did not show as stored` },
    );
  }, position);
}

/**
 * In the running app: times a route change to `hash` (what following one of the app's links does, without a page
 * load) until the target is drawn, in the frame after, as for a paint.
 */
export async function changeRoute(page: Page, hash: string, target: PaintTarget): Promise<number> {
  return page.evaluate(
    async ({ hash, target }) => {
      const drawn = () => [...document.querySelectorAll(target.selector)].some((el) => !target.text || (el.textContent ?? '').includes(target.text));
      if (drawn()) throw new Error('The target is on the screen before the route changes');
      return window.__benchTimeUntil!(() => (location.hash = hash), drawn, {
        root: document.body,
        failure: `${hash}: the target was not drawn`,
      });
    },
    { hash, target },
  );
}

/** In meeting mode: times "Volgend agendapunt" until the next item's title and, for a decision, its seven vinkjes are drawn. */
export async function nextItem(page: Page, next: { title: string; decision: boolean }): Promise<number> {
  await page.waitForSelector('#huidig-punt', { timeout: 30_000 });
  return page.evaluate(async (target: { title: string; decision: boolean }) => {
    const button = [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').includes('Volgend agendapunt'));
    if (!button) throw new Error('"Volgend agendapunt" is not on the screen');
    const drawn = () =>
      (document.getElementById('huidig-punt')?.textContent ?? '').includes(target.title) &&
      (!target.decision || [...document.querySelectorAll('fieldset.vinkje-row legend')].some((l) => (l.textContent ?? '').includes('Vinkje 7:')));
    if (drawn()) throw new Error('The next item is shown already');
    return window.__benchTimeUntil!(() => button.click(), drawn, { root: document.body, failure: 'The next item was not drawn' });
  }, next);
}

/**
 * Saves the screen as it is drawn now as a static page: the app's root element and the stylesheets the page has
 * linked, without any script or module preload. Served by the same host, it is what the screen costs to parse, style
 * and lay out on its own.
 */
export async function saveStaticCopy(page: Page, file: string): Promise<void> {
  const { title, root, sheets } = await page.evaluate(() => ({
    title: document.title,
    root: document.getElementById('root')?.innerHTML ?? '',
    sheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
  }));
  const links = sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  writeFileSync(
    file,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${title.replace(/</g, '&lt;')}</title>${links}</head><body><div id="root">${root}</div></body></html>\n`,
  );
}
