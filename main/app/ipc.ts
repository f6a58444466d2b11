// IPC registration: one ipcMain.handle per contract channel, each calling the same dispatcher as
// the web host, plus host:saveFile (native save dialog + atomic write).
// Electron objects are passed in (type-only imports), so these handlers run in unit tests without
// an Electron binary; main.ts hands over the real ipcMain and dialog.
import { basename, extname, join } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import { CHANNELS, type RpcResult } from '../../shared/contract';
import type { ExportedFile } from '../../shared/domain';
import { HOST_OPEN_PROJECTOR_CHANNEL, HOST_RELOAD_CHANNEL, HOST_SAVE_FILE_CHANNEL, type SaveFileResult } from '../../shared/host';
import { isTrustedSender } from './security';

export const FORBIDDEN: RpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Dit verzoek komt niet van het venster van Coalitietafel en is geweigerd.' },
};

interface FrameLike {
  url: string;
  parent: unknown;
}

/** The sender frame as isTrustedSender sees it; a frame that is gone or throws counts as absent. */
export function senderFrameInfo(frame: FrameLike | null | undefined): { url: string; isMainFrame: boolean } | null {
  if (!frame) return null;
  try {
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    return null; // a destroyed WebFrameMain throws on access
  }
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export function isTrustedEvent(event: SenderEvent): boolean {
  let frame: FrameLike | null;
  try {
    frame = event.senderFrame as FrameLike | null;
  } catch {
    return false;
  }
  return isTrustedSender(senderFrameInfo(frame));
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dispatch(channel: string, input: unknown): Promise<RpcResult<unknown>>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showMessageBox'>;
  /** The window a request came from, to make the dialog modal to it. */
  windowFor(sender: WebContents): BrowserWindow | null;
  /** Where the save dialog starts (app.getPath('documents')). */
  documentsDir: string;
  writeFile(path: string, data: Buffer): Promise<void>;
  /** Opens the projector window for a meeting (main.ts). */
  openProjector(meetingId: number): void;
  log?(error: unknown): void;
}

export function registerIpc(deps: IpcDeps): void {
  for (const channel of CHANNELS) {
    deps.ipcMain.handle(channel, (event, input: unknown) => handleChannel(deps, channel, event, input));
  }
  deps.ipcMain.handle(HOST_SAVE_FILE_CHANNEL, (event, file: unknown) => handleSaveFile(deps, event, file));
  deps.ipcMain.handle(HOST_OPEN_PROJECTOR_CHANNEL, (event, meetingId: unknown) => handleOpenProjector(deps, event, meetingId));
  deps.ipcMain.handle(HOST_RELOAD_CHANNEL, (event) => handleReload(event));
}

/** Reloads the asking window itself: a reload started by main raises no will-navigate, which main.ts cancels. */
export async function handleReload(event: SenderEvent): Promise<{ reloaded: boolean }> {
  if (!isTrustedEvent(event)) return { reloaded: false };
  (event.sender as Pick<WebContents, 'reload'>).reload();
  return { reloaded: true };
}

/** The projector is the app's own page in a second window; only a real meeting id is accepted. */
export async function handleOpenProjector(
  deps: Pick<IpcDeps, 'openProjector'>,
  event: SenderEvent,
  meetingId: unknown,
): Promise<{ opened: boolean }> {
  if (!isTrustedEvent(event)) return { opened: false };
  if (typeof meetingId !== 'number' || !Number.isSafeInteger(meetingId) || meetingId < 1) return { opened: false };
  deps.openProjector(meetingId);
  return { opened: true };
}

export async function handleChannel(
  deps: Pick<IpcDeps, 'dispatch'>,
  channel: string,
  event: SenderEvent,
  input: unknown,
): Promise<RpcResult<unknown>> {
  if (!isTrustedEvent(event)) return FORBIDDEN;
  return deps.dispatch(channel, input);
}

export async function handleSaveFile(deps: IpcDeps, event: SenderEvent, input: unknown): Promise<SaveFileResult> {
  if (!isTrustedEvent(event)) return { saved: false };
  const file = parseExportedFile(input);
  if (!file) return { saved: false };

  const window = deps.windowFor(event.sender as WebContents);
  const options = saveDialogOptionsFor(file, deps.documentsDir);
  const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };

  const target = withExtension(choice.filePath, extname(file.fileName));
  try {
    await deps.writeFile(target, Buffer.from(file.base64, 'base64'));
    return { saved: true, path: target };
  } catch (error) {
    deps.log?.(error);
    const message = {
      type: 'error' as const,
      title: 'Opslaan mislukt',
      message: 'Het bestand kon niet worden opgeslagen.',
      detail: `${target}\n\nControleer of de map bestaat, of er schrijfrechten zijn en of de schijf niet vol is. Er is niets overschreven.`,
      buttons: ['OK'],
    };
    if (window) await deps.dialog.showMessageBox(window, message);
    else await deps.dialog.showMessageBox(message);
    return { saved: false };
  }
}

const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Accepts only { fileName, mimeType, base64 } strings of sane size; anything else is ignored. */
export function parseExportedFile(input: unknown): ExportedFile | null {
  if (typeof input !== 'object' || input === null) return null;
  const { fileName, mimeType, base64 } = input as Record<string, unknown>;
  if (typeof fileName !== 'string' || typeof mimeType !== 'string' || typeof base64 !== 'string') return null;
  if (base64.length > (MAX_FILE_BYTES * 4) / 3 + 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return null;
  const name = safeFileName(fileName);
  return name ? { fileName: name, mimeType, base64 } : null;
}

/**
 * The suggested name, reduced to a plain file name: the renderer proposes it, but must not be able
 * to point the dialog at another folder or at a reserved device name.
 */
export function safeFileName(name: string): string | null {
  const base = basename(name.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = base.replace(/[<>:"/\\|?*\x00-\x1f\x7f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 150);
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return null;
  return cleaned;
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Word-document', extensions: ['docx'] },
  '.pdf': { name: 'PDF-document', extensions: ['pdf'] },
  '.odt': { name: 'OpenDocument-tekst', extensions: ['odt'] },
  '.md': { name: 'Markdown-tekst', extensions: ['md'] },
  '.ics': { name: 'Agenda (iCalendar)', extensions: ['ics'] },
  '.json': { name: 'Coalitietafel-archief', extensions: ['json'] },
  '.zip': { name: 'Archiefpakket (ZIP)', extensions: ['zip'] },
};

export function saveDialogOptionsFor(file: ExportedFile, documentsDir: string): SaveDialogOptions {
  const filter = FILTERS[extname(file.fileName).toLowerCase()];
  return {
    title: 'Bestand opslaan',
    buttonLabel: 'Opslaan',
    defaultPath: join(documentsDir, file.fileName),
    filters: filter ? [filter] : [{ name: 'Alle bestanden', extensions: ['*'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** Some dialogs (GTK) return the typed name without the filter's extension. */
function withExtension(path: string, extension: string): string {
  if (!extension || extname(path).toLowerCase() === extension.toLowerCase()) return path;
  return `${path}${extension}`;
}
