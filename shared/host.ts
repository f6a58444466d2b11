// What the Electron shell offers the renderer beyond the store contract: native dialogs.
// In the browser mode these do not exist and the renderer falls back to a download.
import type { ExportedFile } from './domain';

export const HOST_SAVE_FILE_CHANNEL = 'host:saveFile';
export const HOST_OPEN_PROJECTOR_CHANNEL = 'host:openProjector';
export const HOST_RELOAD_CHANNEL = 'host:reload';

export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

export interface HostApi {
  /** Shows a save dialog and writes the file atomically. */
  saveFile(file: ExportedFile): Promise<SaveFileResult>;
  /** Opens (or brings forward) the projector view of a meeting in a second window, on a second screen when there is one. */
  openProjector(meetingId: number): Promise<{ opened: boolean }>;
  /**
   * Reloads the window from the store (after a restore or an import). Asked of the main process because the
   * shell cancels every navigation the page starts itself, location.reload() included.
   */
  reload(): Promise<{ reloaded: boolean }>;
}
