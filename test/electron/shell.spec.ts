// The real Electron shell, where an Electron binary exists: window settings, CSP, the preload surface,
// navigation lock-down and the first screen. Elsewhere these tests are skipped with the reason;
// the same rules are checked without Electron in test/unit/security.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainScript = join(root, 'dist', 'main', 'main.cjs');

/**
 * Finds the Electron executable without triggering node_modules/electron's download, which
 * require('electron') would attempt (and which hangs or fails offline).
 */
function findElectronBinary(): { path: string } | { reason: string } {
  const require = createRequire(join(root, 'package.json'));
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'het npm-pakket electron is niet geïnstalleerd' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || 'electron');
    return existsSync(binary) ? { path: binary } : { reason: `${binary} bestaat niet (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (!relative) return { reason: 'node_modules/electron/path.txt ontbreekt; de binary is nooit gedownload' };
  const binary = join(packageDir, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { reason: `${binary} ontbreekt` };
}

const found = findElectronBinary();
const binaryPath = 'path' in found ? found.path : null;
// main.ts loads better-sqlite3 for Electron's ABI from here (`npm start` puts it there).
const electronSqlite = join(root, '.electron-native', 'better_sqlite3.node');
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

test.describe('Electron-shell', () => {
  test.skip(
    binaryPath === null,
    `Electron-binary niet beschikbaar op deze machine (${'reason' in found ? found.reason : ''}): shell-tests overgeslagen`,
  );
  test.skip(
    binaryPath !== null && !existsSync(electronSqlite),
    'De SQLite-module voor Electron ontbreekt (.electron-native/); `npm start` zet haar klaar: shell-tests overgeslagen',
  );
  test.skip(
    binaryPath !== null && noDisplay,
    'Geen beeldscherm (DISPLAY/WAYLAND_DISPLAY) voor Electron op deze machine; start met xvfb-run: shell-tests overgeslagen',
  );

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    expect(existsSync(mainScript), 'dist/main/main.cjs ontbreekt: eerst `npm run build`').toBe(true);
    userData = mkdtempSync(join(tmpdir(), 'coalitietafel-electron-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath: binaryPath!,
      // The project folder, as `npm start` does: main.ts finds .electron-native/ beside package.json.
      args: ['.', `--user-data-dir=${userData}`],
      env,
      cwd: root,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('one window titled Coalitietafel on app://coalitietafel/', async () => {
    const info = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      return { count: windows.length, title: windows[0]?.getTitle(), url: windows[0]?.webContents.getURL() };
    });
    expect(info.count).toBe(1);
    expect(info.title).toBe('Coalitietafel');
    expect(info.url).toMatch(/^app:\/\/coalitietafel\//);
  });

  test('the renderer is isolated and sandboxed', async () => {
    // Electron offers no getter for webPreferences (getLastWebPreferences is gone), so check the effects.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      ipcRenderer: 'ipcRenderer' in globalThis,
      // exposeInMainWorld throws without contextIsolation, so the bridge existing proves it is on.
      coalitie: typeof (globalThis as { coalitie?: unknown }).coalitie,
      saveFile: typeof (globalThis as { coalitieHost?: { saveFile?: unknown } }).coalitieHost?.saveFile,
      // With webviewTag the element is upgraded to Electron's WebViewElement.
      webview: document.createElement('webview').constructor.name,
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: false,
      coalitie: 'object',
      saveFile: 'function',
      webview: 'HTMLUnknownElement',
    });
    // Where the OS reports it (macOS, Windows), the renderer process must be sandboxed.
    const sandboxed = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId();
      return electronApp.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed ?? null;
    });
    if (sandboxed !== null) expect(sandboxed).toBe(true);
  });

  test('the CSP is sent and blocks inline script', async () => {
    const csp = await page.evaluate(async () => (await fetch('app://coalitietafel/')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });

  test('IPC reaches the core', async () => {
    const result = await page.evaluate(() =>
      (globalThis as unknown as { coalitie: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).coalitie[
        'profile:get'
      ]!({}),
    );
    expect(result.ok).toBe(true);
  });

  test('navigation and new windows are refused', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.open('file:///etc/passwd');
      location.href = 'file:///etc/passwd';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('a reload asked of the shell reloads the window; the page cannot navigate itself', async () => {
    await page.evaluate(() => ((window as { __beforeReload?: boolean }).__beforeReload = true));
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => (globalThis as unknown as { coalitieHost: { reload(): Promise<unknown> } }).coalitieHost.reload()),
    ]);
    expect(await page.evaluate(() => (window as { __beforeReload?: boolean }).__beforeReload ?? false)).toBe(false);
    await expect(page.locator('#root > *').first()).toBeVisible();
  });

  test('spell-checks in Dutch', async () => {
    const languages = await app.evaluate(({ session }) => session.defaultSession.getSpellCheckerLanguages());
    // macOS uses its own checker and reports none.
    if (process.platform !== 'darwin') expect(languages).toEqual(['nl']);
  });

  test('the first screen renders', async () => {
    await expect(page.locator('#root > *').first()).toBeVisible();
    await expect(page).toHaveTitle(/Coalitietafel/);
  });

  test('the projector opens as a second window of the app on the projector page', async () => {
    const meeting = (await page.evaluate(() =>
      (globalThis as unknown as { coalitie: Record<string, (input: unknown) => Promise<{ value: { id: number } }>> }).coalitie[
        'meetings:create'
      ]!({ body: 'coalitie', title: 'Beamertest', startsAt: '2027-01-14T19:30', place: 'Stadhuis', chairId: null, notulistId: null }),
    )).value;
    await page.evaluate((id) => {
      location.hash = `#/vergaderingen/${id}/vergadermodus`;
    }, meeting.id);
    const [projector] = await Promise.all([
      app.waitForEvent('window'),
      page.getByRole('button', { name: 'Projectorscherm openen' }).click(),
    ]);
    await expect(projector).toHaveURL(new RegExp(`^app://coalitietafel/#/vergaderingen/${meeting.id}/scherm$`));
    await expect(projector.getByText('Beamertest').first()).toBeVisible();
    await projector.close();
  });
});
