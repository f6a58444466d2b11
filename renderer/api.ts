// The renderer's only way to the store. In Electron the preload exposes `window.coalitie` (one named
// function per channel); in the browser the same calls go to the web host as POST /rpc/<channel>.
// Only types come from shared/contract.ts, so zod never ends up in the renderer bundle.
import { createContext, createElement, useCallback, useContext, type ReactNode } from 'react';
import type { Channel, ChannelInput, ChannelOutput, CoalitieApi, ErrorCode, RpcResult } from '../shared/contract';
import { CHANNEL_NAMES } from '../shared/channels';
import type { ExportedFile } from '../shared/domain';
import type { HostApi } from '../shared/host';
import { sessionHeaders } from './web-session';

declare global {
  interface Window {
    coalitie?: CoalitieApi;
    coalitieHost?: HostApi;
  }
}

/** A refused or failed call, with the Dutch message fit to show to the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const UNREACHABLE = 'Coalitietafel is niet bereikbaar. Controleer of het programma nog draait en probeer het opnieuw.';

async function postRpc(base: string, channel: string, input: unknown): Promise<RpcResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`${base}/rpc/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...sessionHeaders() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
  }
  // The host answers errors with an RpcResult body too, whatever the status; anything else is a transport failure.
  try {
    const body = (await response.json()) as RpcResult<unknown>;
    if (body && typeof body === 'object' && typeof body.ok === 'boolean') return body;
  } catch {
    // fall through
  }
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'Geen toegang. Open Coalitietafel opnieuw via een nieuwe aanmeldlink: druk op Enter in het venster waarin Coalitietafel draait.',
      },
    };
  }
  return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
}

/** The browser client: the same API shape as the preload, over HTTP to the local web host. */
export function createHttpApi(base = ''): CoalitieApi {
  const api: Record<string, (input: unknown) => Promise<RpcResult<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) api[channel] = (input) => postRpc(base, channel, input);
  return api as unknown as CoalitieApi;
}

let defaultApi: CoalitieApi | undefined;

/** The preload's API inside Electron, the HTTP client in a browser. */
export function getApi(): CoalitieApi {
  if (!defaultApi) defaultApi = window.coalitie ?? createHttpApi();
  return defaultApi;
}

/** Calls a channel and returns its value; throws ApiError with the Dutch message on { ok: false }. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  api: CoalitieApi = getApi(),
): Promise<ChannelOutput<C>> {
  let result: RpcResult<ChannelOutput<C>>;
  try {
    result = await api[channel](input);
  } catch {
    throw new ApiError('internal', UNREACHABLE);
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

// Component tests inject an API built on a real in-process dispatcher; the app uses getApi().
const ApiContext = createContext<CoalitieApi | null>(null);

export function ApiProvider({ api, children }: { api: CoalitieApi; children?: ReactNode }) {
  return createElement(ApiContext.Provider, { value: api }, children);
}

export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** `call` bound to the API of the nearest ApiProvider. */
export function useCall(): Call {
  const api = useContext(ApiContext);
  return useCallback<Call>((channel, input) => call(channel, input, api ?? getApi()), [api]);
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Er ging iets onverwachts mis. Probeer het opnieuw.';
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves an exported file: through the Electron shell's save dialog when it is there, otherwise as a
 * browser download. Returns a Dutch sentence saying what happened.
 */
export async function saveExportedFile(file: ExportedFile): Promise<string> {
  if (window.coalitieHost) {
    const result = await window.coalitieHost.saveFile(file);
    return result.saved
      ? `${file.fileName} is opgeslagen${result.path ? ` in ${result.path}` : ''}.`
      : 'Opslaan is geannuleerd; er is niets opgeslagen.';
  }
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `${file.fileName} is gedownload.`;
}
