// The Electron shell's security decisions as plain functions, so test/unit/security.test.ts can
// check them under Node without an Electron binary. No runtime import of electron here.
// Follows https://www.electronjs.org/docs/latest/tutorial/security.
import type { WebPreferences } from 'electron';
import { resolveUnderRoot } from '../web/static-files';

/** The app's own privileged scheme; the renderer is served from app://coalitietafel/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coalitietafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

type SecureWebPreferences = Required<
  Pick<
    WebPreferences,
    | 'contextIsolation'
    | 'sandbox'
    | 'nodeIntegration'
    | 'nodeIntegrationInWorker'
    | 'nodeIntegrationInSubFrames'
    | 'webSecurity'
    | 'allowRunningInsecureContent'
    | 'experimentalFeatures'
    | 'webviewTag'
    | 'spellcheck'
    | 'preload'
  >
>;

export function webPreferencesFor(preloadPath: string): SecureWebPreferences {
  return {
    // The renderer reaches main only through the preload's named functions.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Minutes are written in Dutch; spellchecking helps the notulist.
    spellcheck: true,
    preload: preloadPath,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when url is on the app's own origin, with nothing (user, password, port) smuggled in. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * IPC is accepted only from the app's own top-level page: not from a subframe, not from a page
 * that somehow navigated elsewhere, not from a frame that is gone (null).
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null | undefined): boolean {
  if (!frame || frame.isMainFrame !== true || typeof frame.url !== 'string') return false;
  return isAppUrl(frame.url);
}

/**
 * The window never navigates: the renderer is a single page whose routes live in memory, so any
 * navigation is a link that slipped through or an attack. Links to the web go to the browser.
 */
export function isAllowedNavigation(_url: string): false {
  return false;
}

/** Only ordinary web links may be handed to the OS browser; never file:, javascript:, smb:, custom schemes. */
export function shouldOpenExternally(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // A user:password@ prefix is a classic way to disguise where a link goes.
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** The file under distRoot that an app:// URL names, or null for another origin or any escape attempt. */
export function resolveAppUrlToFile(distRoot: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  // Use the raw path: URL parsing already folded "..", and resolveUnderRoot refuses what is left
  // (encoded slashes, backslashes, NUL, drive letters).
  const parsed = new URL(url);
  return resolveUnderRoot(distRoot, parsed.pathname === '' ? '/' : parsed.pathname);
}
