// Channels for the area and its themes as they develop: the plan expects new wijken and themes. They are added,
// never removed: adopted minutes keep naming them. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { line, text } from './schemas';
import type { Theme } from './domain';
import type { WijkProfile } from './registers';

export const areaContract = {
  'wijken:create': {
    input: z.object({ name: line('De naam van de wijk', 100), identity: text('Wat de wijk eigen maakt', 10_000).optional() }).strict(),
    output: {} as WijkProfile,
  },
  'themes:create': {
    input: z.object({ name: line('De naam van het thema', 100), ambition: text('De ambitie', 10_000).optional() }).strict(),
    output: {} as Theme,
  },
};
