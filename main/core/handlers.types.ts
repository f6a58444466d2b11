// The shape every handler map fills: one function per channel, typed from the contract. In a file of its own
// so the per-feature handler files can use it without importing handlers.ts, which imports them.
import type { Channel, ChannelOutput, ValidInput } from '../../shared/contract';

export type Handlers = {
  [C in Channel]: (input: ValidInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
