// Chromium against the web host: from navigation to a screen painted, and from clicking "Vinkje n opslaan" to the
// saved answer shown. A MutationObserver installed before the app loads notes the moment the awaited element
// appears, and the time is taken in the frame after it (requestAnimationFrame, then a task), so the figure does
// not include Playwright's own polling.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { tokenCookieName } from '../main/web/server';

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
  token: string;
}

/** What marks the screen as painted: an element matching selector whose text contains text. */
export interface PaintTarget {
  selector: string;
  text?: string;
}

declare global {
  interface Window {
    __benchPainted?: number;
  }
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
  await context.addCookies([{ name: tokenCookieName(host.port), value: host.token, url: host.origin }]);
  const page = await context.newPage();
  if (Object.keys(session).length > 0) {
    await page.addInitScript((entries: Record<string, string>) => {
      for (const [k, v] of Object.entries(entries)) sessionStorage.setItem(k, v);
    }, session);
  }
  await page.addInitScript(watchForPaint, target);
  await page.goto(`${host.origin}/${hash}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => window.__benchPainted, null, { timeout: 60_000, polling: 50 });
  const ms = (await handle.jsonValue()) as number;
  return { ms, page, context };
}

/**
 * In meeting mode, on the current decision item: chooses "ja" for vinkje `position`, then times the click on
 * "Vinkje n opslaan" until the fieldset shows "Beantwoord: Ja" (painted).
 */
export async function answerVinkje(page: Page, position: number): Promise<number> {
  await page.waitForSelector('fieldset.vinkje', { timeout: 30_000 });
  return page.evaluate(async (n: number) => {
    const fieldset = [...document.querySelectorAll('fieldset.vinkje')].find((f) =>
      (f.querySelector('legend')?.textContent ?? '').startsWith(`Vinkje ${n}:`),
    );
    if (!fieldset) throw new Error(`Vinkje ${n} is not on the screen`);
    const radio = fieldset.querySelector<HTMLInputElement>('input[type="radio"][value="ja"]');
    const button = [...fieldset.querySelectorAll('button')].find((b) => (b.textContent ?? '').includes('opslaan'));
    if (!radio || !button) throw new Error(`Vinkje ${n}: radio button or save button not found`);
    radio.click();
    // Let React render the choice, so the save handler sees it.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const shown = () => (fieldset.querySelector('.vinkje-state')?.textContent ?? '') === 'Beantwoord: Ja';
    if (shown()) throw new Error(`Vinkje ${n} was answered ja already`);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Vinkje ${n}: the answer did not show within 30 s`)), 30_000);
      let start = 0;
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            clearTimeout(timer);
            resolve(performance.now() - start);
          }, 0),
        );
      });
      observer.observe(fieldset, { childList: true, subtree: true, characterData: true, attributes: true });
      start = performance.now();
      button.click();
    });
  }, position);
}
