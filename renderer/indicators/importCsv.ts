// The chunked CSV import as the renderer drives it: send the file in parts (importStart, importAppend with
// more: true until the last), then let the core check it in batches (importNext) until done. Between calls
// the loop yields to the browser, so the page stays responsive; nothing is written until importFinish.
import { IMPORT_CHUNK_CHARS, type ImportProgress } from '../../shared/registers';
import { ApiError, type Call } from '../api';

export type ImportPhase =
  | { phase: 'sending'; part: number; parts: number }
  | { phase: 'checking'; processed: number; total: number };

/** Rows checked per importNext call: small enough to show progress, large enough to keep the calls few. */
export const ROWS_PER_STEP = 5_000;

/** Lets the browser paint and handle input before the next call. */
export const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Splits text in parts of at most IMPORT_CHUNK_CHARS characters, never between the halves of a surrogate pair. */
export function splitParts(text: string, size = IMPORT_CHUNK_CHARS): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length > 0 ? parts : [''];
}

/**
 * Sends and checks the file; reports each step. `cancelled()` is asked between calls: when it says yes the
 * staged import is dropped and null is returned. Throws the core's Dutch error otherwise.
 */
export async function stageCsv(
  call: Call,
  text: string,
  onStep: (step: ImportPhase, importId: string | null) => void,
  cancelled: () => boolean,
): Promise<ImportProgress | null> {
  const parts = splitParts(text);
  onStep({ phase: 'sending', part: 0, parts: parts.length }, null);
  let progress = await call('indicators:importStart', { csv: parts[0]!, more: parts.length > 1 });
  const { importId } = progress;
  const stop = async () => {
    await call('indicators:importCancel', { importId }).catch(() => undefined);
    return null;
  };
  try {
    for (let i = 1; i < parts.length; i++) {
      onStep({ phase: 'sending', part: i, parts: parts.length }, importId);
      await yieldToUi();
      if (cancelled()) return stop();
      progress = await call('indicators:importAppend', { importId, chunk: parts[i]!, more: i < parts.length - 1 });
    }
    onStep({ phase: 'checking', processed: progress.processed, total: progress.total }, importId);
    while (!progress.done) {
      await yieldToUi();
      if (cancelled()) return stop();
      const before = progress.processed;
      progress = await call('indicators:importNext', { importId, maxRows: ROWS_PER_STEP });
      if (!progress.done && progress.processed === before) {
        throw new ApiError('internal', 'De controle van het bestand komt niet verder; er is niets ingelezen. Probeer het opnieuw.');
      }
      onStep({ phase: 'checking', processed: progress.processed, total: progress.total }, importId);
    }
    return progress;
  } catch (e) {
    await call('indicators:importCancel', { importId }).catch(() => undefined);
    throw e;
  }
}
