// The shape every handler map fills: one function per channel, typed from the contract. In a file of its own
// so the per-feature handler files can use it without importing handlers.ts, which imports them.
import type { z } from 'zod';
import type { Channel, ChannelOutput, Contract } from '../../shared/contract';

export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
