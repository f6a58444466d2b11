// The only bridge between the sandboxed renderer and main: one named function per contract channel
// plus the host's save dialog, projector window and reload. ipcRenderer itself is never exposed, and each function forwards
// exactly one argument to exactly its own channel.
// Bundled by scripts/build.mjs into one CJS file: a sandboxed preload cannot require local files,
// which is also why this imports the zod-free channel list instead of the contract.
import { contextBridge, ipcRenderer } from 'electron';
import type { CoalitieApi } from '../../shared/contract';
import { CHANNEL_NAMES } from '../../shared/channels';
import type { ExportedFile } from '../../shared/domain';
import {
  HOST_OPEN_PROJECTOR_CHANNEL,
  HOST_RELOAD_CHANNEL,
  HOST_SAVE_FILE_CHANNEL,
  type HostApi,
  type SaveFileResult,
} from '../../shared/host';

const coalitie: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CHANNEL_NAMES) {
  coalitie[name] = (input: unknown) => ipcRenderer.invoke(name, input);
}

const coalitieHost: HostApi = {
  saveFile: (file: ExportedFile) => ipcRenderer.invoke(HOST_SAVE_FILE_CHANNEL, file) as Promise<SaveFileResult>,
  openProjector: (meetingId: number) =>
    ipcRenderer.invoke(HOST_OPEN_PROJECTOR_CHANNEL, meetingId) as Promise<{ opened: boolean }>,
  reload: () => ipcRenderer.invoke(HOST_RELOAD_CHANNEL) as Promise<{ reloaded: boolean }>,
};

contextBridge.exposeInMainWorld('coalitie', coalitie as unknown as CoalitieApi);
contextBridge.exposeInMainWorld('coalitieHost', coalitieHost);
