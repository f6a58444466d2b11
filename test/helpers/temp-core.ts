// A real core on a real SQLite file in a fresh temp folder: tests use the store the app uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE_PATH } from './paths';
import { openCore, type Core } from '../../main/core/core';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';

export { PROFILE_PATH };

export interface TempCore extends Core {
  dir: string;
  dataFile: string;
  /** Calls a channel and returns its value, failing the test on an error result. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  dispose(): void;
}

export function tempCore(): TempCore {
  const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-test-'));
  const dataFile = join(dir, 'coalitietafel.sqlite');
  const core = openCore({ dataFile, profilePath: PROFILE_PATH, log: () => {} });
  // Not a spread: core.db and core.mode are getters (a restore swaps the connection underneath), so
  // the test core inherits from the real one and only adds its helpers.
  const extra: Pick<TempCore, 'dir' | 'call' | 'dispose'> = {
    dir,
    async call(channel, input) {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    dispose() {
      try {
        core.close();
      } catch {
        // already closed
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return Object.assign(Object.create(core) as Core, extra) as TempCore;
}
