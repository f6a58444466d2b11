// The Electron shell's security, checked under plain Node: the pure decisions in main/app/security.ts,
// the app:// protocol, the IPC sender check and the preload surface, and main.ts's wiring against
// a recorded fake of the electron module (the real binary cannot be had on every machine).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/core/csp';
import { appProtocolReply } from '../../main/app/app-protocol';
import {
  FORBIDDEN,
  handleChannel,
  handleSaveFile,
  handleOpenProjector,
  handleReload,
  registerIpc,
  safeFileName,
  saveDialogOptionsFor,
  type IpcDeps,
} from '../../main/app/ipc';
import { menuTemplate } from '../../main/app/menu';
import { contextMenuTemplate } from '../../main/app/context-menu';
import {
  APP_START_URL,
  isAllowedNavigation,
  isTrustedSender,
  resolveAppUrlToFile,
  shouldOpenExternally,
  webPreferencesFor,
} from '../../main/app/security';
import { CHANNELS } from '../../shared/contract';
import { CHANNEL_NAMES } from '../../shared/channels';
import { HOST_OPEN_PROJECTOR_CHANNEL, HOST_RELOAD_CHANNEL, HOST_SAVE_FILE_CHANNEL } from '../../shared/host';

// A recording stand-in for the electron module, for the preload and main.ts tests below.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const record = {
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    privileged: [] as unknown[],
    sandboxEnabled: false,
    switches: new Map<string, string | undefined>(),
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; listeners: Map<string, Listener[]>; loaded: string[] }[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    devicePermission: null as Listener | null,
    protocolHandlers: new Map<string, Listener>(),
    menuTemplate: null as unknown,
    externalOpened: [] as string[],
    dialogResponse: 1,
    syncDialogs: [] as Record<string, unknown>[],
    userData: '',
    appPath: '',
    singleInstance: true,
    quit: 0,
    spellCheckerLanguages: null as string[] | null,
    popups: [] as { label?: string; role?: string; type?: string; enabled?: boolean; click?: () => void }[][],
  };
  const on = (map: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    map.set(name, [...(map.get(name) ?? []), listener]);
  };
  class BrowserWindow {
    listeners = new Map<string, Listener[]>();
    loaded: string[] = [];
    contentsListeners = new Map<string, Listener[]>();
    webContents = { on: on(this.contentsListeners) };
    constructor(public options: Record<string, unknown>) {
      record.windows.push(this);
    }
    on = on(this.listeners);
    once = on(this.listeners);
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    focused = 0;
    restored = 0;
    minimized = false;
    show() {}
    focus() {
      this.focused += 1;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.restored += 1;
      this.minimized = false;
    }
    static fromWebContents() {
      return null;
    }
    static getAllWindows() {
      return record.windows;
    }
  }
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => record.exposed.set(key, value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        record.invoked.push(args);
        return Promise.resolve('answer');
      },
    },
    app: {
      isPackaged: false,
      setName() {},
      commandLine: {
        getSwitchValue: () => '',
        appendSwitch: (name: string, value?: string) => record.switches.set(name, value),
      },
      setPath() {},
      setAppUserModelId() {},
      enableSandbox: () => {
        record.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => record.singleInstance,
      on: on(record.appListeners),
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      quit: () => {
        record.quit += 1;
      },
      getAppPath: () => record.appPath,
      getPath: (name: string) => (name === 'userData' ? record.userData : join(record.userData, name)),
      getVersion: () => '0.0.0-test',
    },
    BrowserWindow,
    dialog: {
      showMessageBox: () => Promise.resolve({ response: record.dialogResponse, checkboxChecked: false }),
      showMessageBoxSync: (_window: unknown, options: Record<string, unknown>) => {
        record.syncDialogs.push(options);
        return record.dialogResponse;
      },
      showErrorBox: (title: string, detail: string) => {
        throw new Error(`showErrorBox: ${title}: ${detail}`);
      },
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => record.ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: (typeof record.popups)[number]) =>
        Object.assign([...template], { popup: () => record.popups.push(template) }),
      setApplicationMenu: (menu: unknown) => {
        record.menuTemplate = menu;
      },
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => record.privileged.push(...schemes) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (record.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => (record.devicePermission = handler),
        setSpellCheckerLanguages: (languages: string[]) => (record.spellCheckerLanguages = languages),
        protocol: { handle: (scheme: string, handler: Listener) => record.protocolHandlers.set(scheme, handler) },
      },
    },
    // No keychain here: the core keeps the unkeyed chain (seal-key.ts).
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
    shell: {
      openExternal: (url: string) => {
        record.externalOpened.push(url);
        return Promise.resolve();
      },
    },
  };
  return { record, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const DIST = mkdtempSync(join(tmpdir(), 'coalitietafel-dist-'));
const OUTSIDE = `${DIST}-outside`;
beforeAll(() => {
  mkdirSync(join(DIST, 'assets'), { recursive: true });
  writeFileSync(join(DIST, 'index.html'), '<!doctype html><title>Coalitietafel</title>');
  writeFileSync(join(DIST, 'assets', 'app-123.js'), 'console.log("app");');
  mkdirSync(OUTSIDE, { recursive: true });
  writeFileSync(join(OUTSIDE, 'secret.txt'), 'GEHEIM');
});
afterAll(() => {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(OUTSIDE, { recursive: true, force: true });
});

describe('window settings', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(webPreferencesFor('/x/preload.cjs')).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      preload: '/x/preload.cjs',
    });
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('allows nothing inline, no eval and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('isTrustedSender', () => {
  it("accepts only the app's own main frame", () => {
    expect(isTrustedSender({ url: 'app://coalitietafel/', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://coalitietafel/index.html#/vergaderingen/3', isMainFrame: true })).toBe(true);
  });

  it.each([
    ['a subframe of the app', { url: 'app://coalitietafel/', isMainFrame: false }],
    ['file://', { url: 'file:///C:/app/index.html', isMainFrame: true }],
    ['http://', { url: 'http://coalitietafel/', isMainFrame: true }],
    ['https://', { url: 'https://coalitietafel/', isMainFrame: true }],
    ['the web host', { url: 'http://127.0.0.1:5173/', isMainFrame: true }],
    ['another app host', { url: 'app://evil/', isMainFrame: true }],
    ['a look-alike host', { url: 'app://coalitietafel.evil/', isMainFrame: true }],
    ['user info hiding the host', { url: 'app://coalitietafel@evil/', isMainFrame: true }],
    ['a port', { url: 'app://coalitietafel:8080/', isMainFrame: true }],
    ['about:blank', { url: 'about:blank', isMainFrame: true }],
    ['an empty url', { url: '', isMainFrame: true }],
    ['devtools', { url: 'devtools://devtools/bundled/inspector.html', isMainFrame: true }],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('navigation', () => {
  it('never lets the window navigate, not even within the app', () => {
    for (const url of [APP_START_URL, 'app://coalitietafel/other', 'https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });

  it('hands only http and https links to the browser', () => {
    expect(shouldOpenExternally('https://www.groningen.nl/nplv')).toBe(true);
    expect(shouldOpenExternally('http://example.org/a?b=c')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://coalitietafel/',
      'mailto:a@example.org',
      'https://user:pass@example.org/',
      'not a url',
      '',
    ]) {
      expect(shouldOpenExternally(url), url).toBe(false);
    }
  });
});

describe('resolveAppUrlToFile', () => {
  it('maps app:// paths into the build folder', () => {
    expect(resolveAppUrlToFile(DIST, 'app://coalitietafel/')).toBe(resolve(DIST));
    expect(resolveAppUrlToFile(DIST, 'app://coalitietafel/index.html')).toBe(join(resolve(DIST), 'index.html'));
    expect(resolveAppUrlToFile(DIST, 'app://coalitietafel/assets/app-123.js?v=1#x')).toBe(
      join(resolve(DIST), 'assets', 'app-123.js'),
    );
  });

  it.each([
    'app://evil/index.html',
    'app://coalitietafel.evil/index.html',
    'file:///etc/passwd',
    'http://coalitietafel/index.html',
    'app://coalitietafel/%2e%2e%2fpackage.json',
    'app://coalitietafel/..%2f..%2fpackage.json',
    'app://coalitietafel/assets%2f..%2f..%2fsecret.txt',
    'app://coalitietafel/..%5c..%5csecret.txt',
    'app://coalitietafel/a%00.html',
    'app://coalitietafel//etc/passwd',
    'app://coalitietafel/C:%5cWindows%5cwin.ini',
    'app://coalitietafel/c:/Windows/win.ini',
    'app://coalitietafel/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppUrlToFile(DIST, url)).toBeNull();
  });

  it('keeps dot segments folded by the URL parser inside the build folder', () => {
    for (const url of ['app://coalitietafel/../../etc/passwd', 'app://coalitietafel/%2e%2e/%2e%2e/etc/passwd']) {
      const file = resolveAppUrlToFile(DIST, url);
      expect(file === null || file.startsWith(resolve(DIST) + sep), url).toBe(true);
    }
  });
});

describe('app:// protocol', () => {
  it('serves the build with the CSP and proper types', async () => {
    const index = await appProtocolReply(DIST, { url: 'app://coalitietafel/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(Buffer.from(index.body!).toString()).toContain('<title>Coalitietafel</title>');

    const script = await appProtocolReply(DIST, { url: 'app://coalitietafel/assets/app-123.js', method: 'GET' });
    expect(script.status).toBe(200);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    const route = await appProtocolReply(DIST, { url: 'app://coalitietafel/vergaderingen/3', method: 'GET' });
    expect(route.status).toBe(200);
    expect(Buffer.from(route.body!).toString()).toContain('Coalitietafel');
    expect((await appProtocolReply(DIST, { url: 'app://coalitietafel/assets/gone.js', method: 'GET' })).status).toBe(404);
  });

  it('never reads outside the build folder', async () => {
    const name = OUTSIDE.slice(OUTSIDE.lastIndexOf(sep) + 1);
    for (const url of [
      `app://coalitietafel/..%2f${name}%2fsecret.txt`,
      `app://coalitietafel/../${name}/secret.txt`,
      'app://evil/index.html',
    ]) {
      const reply = await appProtocolReply(DIST, { url, method: 'GET' });
      expect(reply.status, url).toBeGreaterThanOrEqual(400);
      expect(Buffer.from(reply.body ?? new Uint8Array()).toString()).not.toContain('GEHEIM');
    }
    expect((await appProtocolReply(DIST, { url: 'app://coalitietafel/', method: 'POST' })).status).toBe(405);
  });
});

describe('IPC', () => {
  const trusted = { senderFrame: { url: 'app://coalitietafel/', parent: null }, sender: {} } as never;
  const subframe = { senderFrame: { url: 'app://coalitietafel/', parent: {} }, sender: {} } as never;
  const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} } as never;
  const gone = { senderFrame: null, sender: {} } as never;

  function deps(overrides: Partial<IpcDeps> = {}) {
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    const dispatched: [string, unknown][] = [];
    const written: [string, Buffer][] = [];
    const d: IpcDeps = {
      ipcMain: { handle: (channel: string, handler: (...args: never[]) => unknown) => handlers.set(channel, handler as never) } as never,
      dispatch: async (channel, input) => {
        dispatched.push([channel, input]);
        return { ok: true, value: 'gedaan' };
      },
      dialog: {
        showSaveDialog: async () => ({ canceled: false, filePath: '/tmp/notulen' }),
        showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
      } as never,
      windowFor: () => null,
      documentsDir: '/home/notulist/Documenten',
      writeFile: async (path, data) => {
        written.push([path, data]);
      },
      openProjector: () => {},
      ...overrides,
    };
    return { d, handlers, dispatched, written };
  }

  it('registers every contract channel and the save dialog, nothing else', () => {
    const { d, handlers } = deps();
    registerIpc(d);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS, HOST_SAVE_FILE_CHANNEL, HOST_OPEN_PROJECTOR_CHANNEL, HOST_RELOAD_CHANNEL].sort());
  });

  it('opens the projector window only for the main frame and a real meeting id', async () => {
    const opened: number[] = [];
    const d = { openProjector: (id: number) => opened.push(id) };
    expect(await handleOpenProjector(d, trusted, 12)).toEqual({ opened: true });
    for (const bad of [0, -1, 1.5, '12', null, { id: 12 }, Number.MAX_VALUE]) {
      expect(await handleOpenProjector(d, trusted, bad)).toEqual({ opened: false });
    }
    for (const event of [subframe, foreign, gone]) expect(await handleOpenProjector(d, event, 12)).toEqual({ opened: false });
    expect(opened).toEqual([12]);
  });

  it('reloads only the asking main frame, from main, so no navigation has to be let through', async () => {
    const reloaded: string[] = [];
    const sender = (name: string) => ({ reload: () => reloaded.push(name) });
    expect(await handleReload({ senderFrame: { url: 'app://coalitietafel/', parent: null }, sender: sender('app') } as never)).toEqual({
      reloaded: true,
    });
    for (const event of [subframe, foreign, gone]) {
      expect(await handleReload({ ...(event as object), sender: sender('vreemd') } as never)).toEqual({ reloaded: false });
    }
    expect(reloaded).toEqual(['app']);
  });

  it('passes calls from the main frame to the dispatcher', async () => {
    const { d, dispatched } = deps();
    expect(await handleChannel(d, 'profile:get', trusted, {})).toEqual({ ok: true, value: 'gedaan' });
    expect(dispatched).toEqual([['profile:get', {}]]);
  });

  it('refuses calls from subframes, other origins and vanished frames without dispatching', async () => {
    const { d, dispatched } = deps();
    for (const event of [subframe, foreign, gone]) {
      const result = await handleChannel(d, 'meetings:create', event, {});
      expect(result).toEqual(FORBIDDEN);
    }
    expect(FORBIDDEN.ok === false && FORBIDDEN.error.code).toBe('forbidden');
    expect(FORBIDDEN.ok === false && FORBIDDEN.error.message).toMatch(/geweigerd/);
    expect(dispatched).toEqual([]);
  });

  it('treats a frame that throws on access as untrusted', async () => {
    const { d } = deps();
    const throwing = {
      get senderFrame() {
        throw new Error('Render frame was disposed');
      },
      sender: {},
    } as never;
    expect(await handleChannel(d, 'profile:get', throwing, {})).toEqual(FORBIDDEN);
  });

  it('saves through a Dutch save dialog and an atomic write, adding the extension', async () => {
    const { d, written } = deps();
    const file = { fileName: 'notulen-2026-12-03.docx', mimeType: 'application/octet-stream', base64: Buffer.from('DOCX').toString('base64') };
    const result = await handleSaveFile(d, trusted, file);
    expect(result).toEqual({ saved: true, path: '/tmp/notulen.docx' });
    expect(written).toEqual([['/tmp/notulen.docx', Buffer.from('DOCX')]]);
  });

  it('refuses to save for a foreign sender or a malformed file', async () => {
    const { d, written } = deps();
    const file = { fileName: 'notulen.pdf', mimeType: 'application/pdf', base64: 'UERG' };
    expect(await handleSaveFile(d, foreign, file)).toEqual({ saved: false });
    for (const bad of [null, 'x', { fileName: 'a.pdf' }, { ...file, base64: 'niet base64!' }, { ...file, fileName: '..' }]) {
      expect(await handleSaveFile(d, trusted, bad)).toEqual({ saved: false });
    }
    expect(written).toEqual([]);
  });

  it('reports a failed write in Dutch and says nothing was saved', async () => {
    const shown: unknown[] = [];
    const { d } = deps({
      writeFile: async () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
      dialog: {
        showSaveDialog: async () => ({ canceled: false, filePath: '/tmp/notulen.pdf' }),
        showMessageBox: async (options: unknown) => {
          shown.push(options);
          return { response: 0, checkboxChecked: false };
        },
      } as never,
    });
    const result = await handleSaveFile(d, trusted, { fileName: 'notulen.pdf', mimeType: 'application/pdf', base64: 'UERG' });
    expect(result).toEqual({ saved: false });
    expect(shown).toMatchObject([{ type: 'error', title: 'Opslaan mislukt' }]);
  });

  it('offers the suggested name in the documents folder, filtered by its type', () => {
    const options = saveDialogOptionsFor({ fileName: 'notulen.pdf', mimeType: 'application/pdf', base64: '' }, '/docs');
    expect(options.title).toBe('Bestand opslaan');
    expect(options.defaultPath).toBe(join('/docs', 'notulen.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF-document', extensions: ['pdf'] }]);
  });

  it('reduces suggested names to a plain file name', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc');
    expect(safeFileName('C:\\Windows\\system32\\evil.docx')).toBe('evil.docx');
    expect(safeFileName('/etc/passwd')).toBe('passwd');
    expect(safeFileName('notulen: 3 december?.md')).toBe('notulen_ 3 december_.md');
    expect(safeFileName('CON')).toBeNull();
    expect(safeFileName('nul.txt')).toBeNull();
    expect(safeFileName('...')).toBeNull();
  });
});

describe('preload', () => {
  it('exposes one named function per channel and saveFile, never ipcRenderer', async () => {
    fake.record.exposed.clear();
    await import('../../main/app/preload');
    expect([...fake.record.exposed.keys()].sort()).toEqual(['coalitie', 'coalitieHost']);

    const coalitie = fake.record.exposed.get('coalitie') as Record<string, (input: unknown, ...rest: unknown[]) => Promise<unknown>>;
    expect(Object.keys(coalitie).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of [...fake.record.exposed.values()]) {
      expect(value).not.toBe(fake.electron.ipcRenderer);
      for (const member of Object.values(value as object)) expect(typeof member).toBe('function');
    }

    fake.record.invoked.length = 0;
    // Extra arguments are dropped: each function sends exactly its own channel and one input.
    await coalitie['meetings:get']!({ id: 1 }, 'extra', 'args');
    const host = fake.record.exposed.get('coalitieHost') as { saveFile(file: unknown): Promise<unknown>; reload(): Promise<unknown> };
    await host.saveFile({ fileName: 'a.md', mimeType: 'text/markdown', base64: '' });
    await (host.reload as (...args: unknown[]) => Promise<unknown>)('extra');
    expect(fake.record.invoked).toEqual([
      ['meetings:get', { id: 1 }],
      [HOST_SAVE_FILE_CHANNEL, { fileName: 'a.md', mimeType: 'text/markdown', base64: '' }],
      [HOST_RELOAD_CHANNEL],
    ]);
  });
});

describe('menu', () => {
  const labels = (template: ReturnType<typeof menuTemplate>) =>
    template.map((m) => [m.label, (m.submenu as { label?: string }[]).map((i) => i.label).filter(Boolean)]);

  it('is Dutch, with no developer tools when packaged', () => {
    const template = menuTemplate({ platform: 'win32', onAbout: () => {}, development: false });
    expect(labels(template)).toEqual([
      ['Bestand', ['Afsluiten']],
      ['Bewerken', ['Ongedaan maken', 'Opnieuw', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren']],
      ['Beeld', ['Zoom in', 'Zoom uit', 'Werkelijke grootte', 'Volledig scherm']],
      ['Help', ['Over Coalitietafel']],
    ]);
  });

  it('has the app menu on macOS', () => {
    const template = menuTemplate({ platform: 'darwin', onAbout: () => {}, development: false });
    expect(template[0]!.label).toBe('Coalitietafel');
  });
});

describe('context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } as never;
  const params = { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: flags };
  const labels = (items: ReturnType<typeof contextMenuTemplate>) => items.map((i) => i.label ?? i.type);
  const target = { replaceMisspelling: () => {}, addToDictionary: () => {} };

  it('offers Dutch suggestions, adding to the dictionary and the edit roles in a text field', () => {
    const replaced: string[] = [];
    const added: string[] = [];
    const items = contextMenuTemplate(
      { ...params, misspelledWord: 'vergadring', dictionarySuggestions: ['vergadering', 'vergaderen'], isEditable: true },
      { replaceMisspelling: (w) => replaced.push(w), addToDictionary: (w) => added.push(w) },
    );
    expect(labels(items)).toEqual([
      'vergadering',
      'vergaderen',
      'Toevoegen aan woordenboek',
      'separator',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'separator',
      'Alles selecteren',
    ]);
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    (items[0]!.click as () => void)();
    (items[2]!.click as () => void)();
    expect(replaced).toEqual(['vergadering']);
    expect(added).toEqual(['vergadring']);
  });

  it('says there are no suggestions rather than showing nothing', () => {
    const items = contextMenuTemplate({ ...params, misspelledWord: 'Selwerd-Oost', isEditable: true }, target);
    expect(items[0]).toEqual({ label: 'Geen suggesties', enabled: false });
  });

  it('offers copy for selected text outside a field, and no menu at all where there is nothing to do', () => {
    expect(labels(contextMenuTemplate({ ...params, selectionText: 'Vinkje 3' }, target))).toEqual(['Kopiëren']);
    expect(contextMenuTemplate(params, target)).toEqual([]);
  });
});

describe('main.ts wiring (with a fake electron)', () => {
  const userData = mkdtempSync(join(tmpdir(), 'coalitietafel-userdata-'));
  const appPath = mkdtempSync(join(tmpdir(), 'coalitietafel-app-'));
  // Under Node the fake Electron runs Node's ABI, so Node's build stands in for .electron-native's.
  const electronNative = join(appPath, '.electron-native', 'better_sqlite3.node');
  type Listener = (...args: unknown[]) => unknown;

  beforeAll(async () => {
    fake.record.userData = userData;
    fake.record.appPath = appPath;
    mkdirSync(dirname(electronNative), { recursive: true });
    copyFileSync(join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'), electronNative);
    await import('../../main/app/main');
    // Let app.whenReady().then(...) run.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  }, 120_000); // main.ts pulls in the whole core
  afterAll(() => {
    for (const listener of fake.record.appListeners.get('will-quit') ?? []) listener();
    rmSync(userData, { recursive: true, force: true });
    rmSync(appPath, { recursive: true, force: true });
  });

  it("opens the store through the app's own better-sqlite3 build in .electron-native", () => {
    expect(createRequire(import.meta.url).cache[electronNative]).toBeDefined();
  });

  it('spell-checks in Dutch whatever the OS language', () => {
    expect(fake.record.spellCheckerLanguages).toEqual(['nl']);
  });

  it('shows a Dutch context menu with suggestions for a misspelled word', () => {
    const listeners = new Map<string, Listener[]>();
    const replaced: string[] = [];
    const added: string[] = [];
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
      setWindowOpenHandler: () => {},
      replaceMisspelling: (word: string) => replaced.push(word),
      session: { addWordToSpellCheckerDictionary: (word: string) => added.push(word) },
    };
    for (const listener of fake.record.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    fake.record.popups.length = 0;
    listeners.get('context-menu')![0]!({}, {
      misspelledWord: 'wijkraad',
      dictionarySuggestions: ['wijk raad'],
      isEditable: true,
      selectionText: '',
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    });
    const menu = fake.record.popups[0]!;
    expect(menu.map((i) => i.label).filter(Boolean)).toEqual(['wijk raad', 'Toevoegen aan woordenboek', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren']);
    menu[0]!.click!();
    menu[1]!.click!();
    expect(replaced).toEqual(['wijk raad']);
    expect(added).toEqual(['wijkraad']);
    // Nothing to offer (no selection, not a field): no empty menu.
    listeners.get('context-menu')![0]!({}, { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: {} });
    expect(fake.record.popups).toHaveLength(1);
  });

  it('asks in Dutch before a window with unsaved typing closes, and closes it only when the user chooses to', () => {
    const window = fake.record.windows[0]! as unknown as { contentsListeners: Map<string, Listener[]> };
    const [willPreventUnload] = window.contentsListeners.get('will-prevent-unload') ?? [];
    expect(willPreventUnload).toBeDefined();
    const closing = () => {
      let closes = false;
      willPreventUnload!({ preventDefault: () => (closes = true) });
      return closes;
    };
    fake.record.syncDialogs.length = 0;
    fake.record.dialogResponse = 0; // Blijven
    expect(closing()).toBe(false);
    fake.record.dialogResponse = 1; // Toch sluiten
    expect(closing()).toBe(true);
    expect(fake.record.syncDialogs[0]).toMatchObject({ title: 'Niet opgeslagen', buttons: ['Blijven', 'Toch sluiten'], defaultId: 0, cancelId: 0 });
  });

  it('brings the open window forward when Coalitietafel is started a second time', () => {
    const window = fake.record.windows[0]! as unknown as { minimized: boolean; restored: number; focused: number };
    window.minimized = true;
    for (const listener of fake.record.appListeners.get('second-instance') ?? []) listener({}, [], '');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
    expect(fake.record.windows).toHaveLength(1);
  });

  it('registers app:// as a standard, secure scheme without CORS or CSP bypass', () => {
    expect(fake.record.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = (fake.record.privileged[0] as { privileges: Record<string, unknown> }).privileges;
    expect(privileges.bypassCSP).toBeFalsy();
    expect(privileges.corsEnabled).toBeFalsy();
    expect(fake.record.sandboxEnabled).toBe(true);
  });

  it('asks Chromium for Dutch, so its date pickers and menus match the app', () => {
    expect(fake.record.switches.get('lang')).toBe('nl-NL');
  });

  it('opens one sandboxed window titled Coalitietafel on app://coalitietafel/', () => {
    expect(fake.record.windows).toHaveLength(1);
    const window = fake.record.windows[0]!;
    expect(window.options.title).toBe('Coalitietafel');
    expect(window.options.webPreferences).toEqual(webPreferencesFor(expect.stringMatching(/preload\.cjs$/) as never));
    expect(window.loaded).toEqual([APP_START_URL]);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    fake.record.permissionRequest!({}, 'media', (allowed: boolean) => answers.push(allowed));
    fake.record.permissionRequest!({}, 'notifications', (allowed: boolean) => answers.push(allowed));
    expect(answers).toEqual([false, false]);
    expect(fake.record.permissionCheck!({}, 'clipboard-read')).toBe(false);
    expect(fake.record.devicePermission!({})).toBe(false);
  });

  it('registers IPC for every channel', () => {
    expect([...fake.record.ipcHandlers.keys()].sort()).toEqual([...CHANNELS, HOST_SAVE_FILE_CHANNEL, HOST_OPEN_PROJECTOR_CHANNEL, HOST_RELOAD_CHANNEL].sort());
  });

  it('answers IPC from the window with the real core, and refuses other frames', async () => {
    const handler = fake.record.ipcHandlers.get('profile:get')!;
    const ok = (await handler({ senderFrame: { url: 'app://coalitietafel/', parent: null }, sender: {} }, {})) as {
      ok: boolean;
    };
    expect(ok.ok).toBe(true);
    const refused = await handler({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} }, {});
    expect(refused).toEqual(FORBIDDEN);
  });

  it('serves app:// with the CSP and refuses other hosts', async () => {
    const handle = fake.record.protocolHandlers.get('app')!;
    const foreign = (await handle(new Request('app://evil/index.html'))) as Response;
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('blocks navigation, webviews and new windows; web links only after a Dutch confirmation', async () => {
    const listeners = new Map<string, Listener[]>();
    let openHandler: Listener | null = null;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    for (const listener of fake.record.appListeners.get('web-contents-created') ?? []) listener({}, contents);

    const prevented: string[] = [];
    // Electron 45 passes the URL on the details object; the positional url is deprecated (left out here).
    const event = (name: string, url?: string) => ({ url, preventDefault: () => prevented.push(name) });
    listeners.get('will-navigate')![0]!(event('will-navigate', 'app://coalitietafel/elders'));
    listeners.get('will-redirect')![0]!(event('will-redirect', 'https://example.org/'));
    listeners.get('will-attach-webview')![0]!(event('will-attach-webview'));
    expect(prevented).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview']);

    fake.record.externalOpened.length = 0;
    fake.record.dialogResponse = 1; // Annuleren
    expect(openHandler!({ url: 'https://www.groningen.nl/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.record.externalOpened).toEqual([]);

    fake.record.dialogResponse = 0; // Openen in browser
    expect(openHandler!({ url: 'https://www.groningen.nl/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.record.externalOpened).toEqual(['https://www.groningen.nl/']);

    // A link followed in the page: cancelled, and offered to the browser by the URL on the details object.
    listeners.get('will-navigate')![0]!(event('will-navigate', 'https://www.groningen.nl/nplv'));
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.record.externalOpened).toEqual(['https://www.groningen.nl/', 'https://www.groningen.nl/nplv']);
  });

  it('installs the Dutch menu', () => {
    expect((fake.record.menuTemplate as { label: string }[]).map((m) => m.label)).toContain('Bewerken');
  });
});

describe('main.ts as a second copy (with a fake electron)', () => {
  it('refuses in Dutch and quits without opening the store or a window', async () => {
    fake.record.singleInstance = false;
    const windowsBefore = fake.record.windows.length;
    const quitsBefore = fake.record.quit;
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(...args));
    try {
      vi.resetModules();
      await import('../../main/app/main');
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    } finally {
      spy.mockRestore();
      fake.record.singleInstance = true;
    }
    expect(errors).toEqual(['Coalitietafel is al geopend; dat venster is naar voren gehaald. Deze tweede start stopt.']);
    expect(fake.record.quit).toBe(quitsBefore + 1);
    expect(fake.record.windows).toHaveLength(windowsBefore);
  }, 120_000); // loads main.ts and the whole core afresh
});
