// One clock for the core: CoreOptions.now reaches the services through createHandlers, which runs every
// handler inside runWithClock. The services ask nowIso()/now() and get that clock's time; outside a handler
// (tests of single services, the store's own code) it is the real time.
import { AsyncLocalStorage } from 'node:async_hooks';

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const current = new AsyncLocalStorage<Clock>();

/** Runs `fn` (and everything it awaits) with `clock` as the time the services see. */
export const runWithClock = <T>(clock: Clock, fn: () => T): T => current.run(clock, fn);

export const now = (): Date => (current.getStore() ?? systemClock)();

/** "Now" as the ISO text the services stamp rows with. */
export const nowIso = (): string => now().toISOString();
