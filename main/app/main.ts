// The Electron entry: one window on app://coalitietafel/, the core in this process, IPC from the
// window's own main frame only. Kept thin: the decisions live in security.ts, app-protocol.ts,
// ipc.ts and menu.ts, which are tested under plain Node.
import { join, resolve } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { openCore, startBackupSchedule, type BackupSchedule, type Core } from '../core/core';
import { AppError } from '../core/errors';
import { writeFileAtomic } from '../core/files/atomic-write';
import { appProtocolReply } from './app-protocol';
import { contextMenuTemplate } from './context-menu';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import {
  APP_SCHEME,
  APP_ORIGIN,
  APP_START_URL,
  isAllowedNavigation,
  shouldOpenExternally,
  webPreferencesFor,
} from './security';

const PRODUCT_NAME = 'Coalitietafel';
const PROFILE_FILE = 'groningen-noord.profile.json';

// Bundled to dist/main/main.cjs: the renderer and the preload sit next to it in dist/.
const DIST_RENDERER = resolve(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

// Before anything asks for a path: the name decides the userData folder, and tests may point
// userData elsewhere so they never touch (or lock against) a real installation.
app.setName(PRODUCT_NAME);
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch) app.setPath('userData', resolve(userDataSwitch));
// Windows groups the taskbar entry by this id; it must match appId in electron-builder.yml.
if (process.platform === 'win32') app.setAppUserModelId('nl.groningen.coalitietafel');
// Every renderer sandboxed, whatever a window asks for.
app.enableSandbox();
// The UI is Dutch: Chromium's own parts (date and time pickers, spell check, context menus) should be too, also on
// a machine set to another language. macOS ignores this and follows the system.
app.commandLine.appendSwitch('lang', 'nl-NL');

// Must run before 'ready'. standard: real origin and relative URLs; secure: a secure context.
// No corsEnabled and no bypassCSP: other origins may not read it and our CSP applies.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let core: Core | null = null;
let backupSchedule: BackupSchedule | null = null;
let mainWindow: BrowserWindow | null = null;
const projectorWindows = new Map<number, BrowserWindow>();

function profilePath(): string {
  // Packaged: electron-builder.yml copies the profile to resources/ via extraResources.
  return app.isPackaged
    ? join(process.resourcesPath, PROFILE_FILE)
    : resolve(__dirname, '..', '..', 'resources', PROFILE_FILE);
}

/**
 * better-sqlite3 built for Electron's ABI. `npm start` puts it in .electron-native/ so node_modules keeps Node's
 * build for the tests and the web host; packaged, electron-builder has rebuilt the unpacked copy in the app.
 */
function sqliteBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
    : join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Over Coalitietafel',
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail:
      'Vergaderen langs de zeven vinkjes van Groningen-Noord.\n' +
      'Voor de maatschappelijke coalitie van het NPLV Groningen-Noord.\n\n' +
      `Gegevens: ${dataFile()}`,
    buttons: ['OK'],
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

function dataFile(): string {
  return join(app.getPath('userData'), 'coalitietafel.sqlite');
}

/** Asks before handing a web link to the browser: a link in a note is not a reason to leave the app unasked. */
async function offerExternalLink(url: string, parent: BrowserWindow | null): Promise<void> {
  if (!shouldOpenExternally(url)) return;
  const options = {
    type: 'question' as const,
    title: 'Externe link openen',
    message: 'Deze link openen in uw webbrowser?',
    detail: url,
    buttons: ['Openen in browser', 'Annuleren'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}

/** Applies to every webContents the app ever creates, not just the main window. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (details) => {
    if (isAllowedNavigation(details.url)) return;
    details.preventDefault();
    void offerExternalLink(details.url, BrowserWindow.fromWebContents(contents));
  });
  contents.on('will-redirect', (details) => {
    if (!isAllowedNavigation(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternalLink(url, BrowserWindow.fromWebContents(contents));
    return { action: 'deny' };
  });
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: BrowserWindow.fromWebContents(contents) ?? undefined });
  });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // The app needs no camera, microphone, notifications, geolocation, USB, serial or HID.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Minutes are Dutch whatever the OS language (macOS ignores this and uses its own checker).
  ses.setSpellCheckerLanguages(['nl']);

  ses.protocol.handle(APP_SCHEME, async (request) => {
    const reply = await appProtocolReply(DIST_RENDERER, { url: request.url, method: request.method });
    return new Response(reply.body === null ? null : Buffer.from(reply.body), {
      status: reply.status,
      headers: reply.headers,
    });
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferencesFor(PRELOAD),
  });
  // The OS window keeps the product name; screens set document.title for screen readers.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // A screen with typed text not stored yet cancels closing (beforeunload, renderer/leaveGuard.tsx); Electron then
  // closes nothing and asks nothing, so the app asks here and lets the window go if the user chooses to.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Niet opgeslagen',
      message: 'Er is tekst die nog niet is opgeslagen.',
      detail: 'Als u Coalitietafel nu sluit of het scherm opnieuw laadt, gaat wat u hebt getypt verloren.',
      buttons: ['Blijven', 'Toch sluiten'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_START_URL);
  return window;
}

/**
 * The meeting room's second window: the same locked-down renderer on the projector page, full
 * screen on a second display when one is connected, so the voorzitter keeps the controls.
 */
function openProjector(meetingId: number): void {
  const existing = projectorWindows.get(meetingId);
  if (existing && !existing.isDestroyed()) {
    existing.focus();
    return;
  }
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const window = new BrowserWindow({
    title: `${PRODUCT_NAME} — projectorscherm`,
    width: 1280,
    height: 800,
    ...(external ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true } : {}),
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: webPreferencesFor(PRELOAD),
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('closed', () => projectorWindows.delete(meetingId));
  projectorWindows.set(meetingId, window);
  void window.loadURL(`${APP_ORIGIN}/#/vergaderingen/${meetingId}/scherm`);
}

function openCoreOrQuit(): Core | null {
  try {
    return openCore({
      dataFile: dataFile(),
      profilePath: profilePath(),
      nativeBinding: sqliteBinding(),
      log: (error) => console.error(error),
      // The seals' secret key is kept through the OS keychain (seal-key.ts).
      sealKeyCipher: safeStorage,
    });
  } catch (error) {
    const detail =
      error instanceof AppError
        ? error.message
        : `De gegevens in ${dataFile()} konden niet worden geopend: ${(error as Error).message}`;
    dialog.showErrorBox('Coalitietafel kan niet starten', detail);
    return null;
  }
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same SQLite file; the first one brings its window forward instead.
  console.error('Coalitietafel is al geopend; dat venster is naar voren gehaald. Deze tweede start stopt.');
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!app.isReady()) return;
    if (!mainWindow) {
      mainWindow = createWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  app
    .whenReady()
    .then(() => {
      lockDownSession();
      core = openCoreOrQuit();
      if (!core) {
        app.quit();
        return;
      }
      const opened = core;
      registerIpc({
        ipcMain,
        dispatch: (channel, input) => opened.dispatch(channel, input),
        dialog,
        windowFor: (sender) => BrowserWindow.fromWebContents(sender),
        documentsDir: app.getPath('documents'),
        writeFile: (path, data) => writeFileAtomic(path, data),
        openProjector,
        log: (error) => console.error(error),
      });
      // A backup at start-up and daily while running, through SQLite's backup API.
      backupSchedule = startBackupSchedule(opened, { log: (error) => console.error(error) });
      if (opened.mode === 'rescue') {
        void dialog.showMessageBox({
          type: 'warning',
          title: 'Herstelmodus',
          message: 'Coalitietafel is alleen-lezen geopend.',
          detail: opened.status().reason ?? '',
        });
      }
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(menuTemplate({ platform: process.platform, onAbout: showAbout, development: !app.isPackaged })),
      );
      mainWindow = createWindow();

      app.on('activate', () => {
        // macOS: clicking the dock icon with no window open brings one back.
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Coalitietafel kan niet starten', String(error));
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    backupSchedule?.stop();
    backupSchedule = null;
    // Closing the database checkpoints the WAL into the main file.
    core?.close();
    core = null;
  });
}
