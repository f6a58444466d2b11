// Channels for the plan's work: the "aan de slag" tracks in the jaarplanning, the theme ambities and the
// monitoring chain per intervention. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { id, text } from './schemas';
import type { InterventionChainView, ThemeAmbition, YearTrack } from './planwork';

const year = z
  .number({ error: 'Het jaar moet een getal zijn.' })
  .int({ error: 'Het jaar moet een geheel getal zijn.' })
  .min(2000, { error: 'Kies een jaar tussen 2000 en 2100.' })
  .max(2100, { error: 'Kies een jaar tussen 2000 en 2100.' });
const interventionId = z
  .string({ error: 'De interventie moet tekst zijn.' })
  .min(1, { error: 'Kies een interventie.' })
  .max(100, { error: 'Onbekende interventie.' });
const themeId = z.string({ error: 'Het thema moet tekst zijn.' }).min(1, { error: 'Kies een thema.' }).max(100, { error: 'Onbekend thema.' });

export const planworkContract = {
  'tracks:forYear': { input: z.object({ year }).strict(), output: {} as YearTrack[] },
  'ambitions:list': { input: z.object({}).strict(), output: {} as ThemeAmbition[] },
  'chain:get': { input: z.object({ interventionId }).strict(), output: {} as InterventionChainView },
  'chain:setLinks': {
    input: z
      .object({
        interventionId,
        trend: text('De maatschappelijke trend', 10_000),
        ambitionThemeId: themeId.nullable(),
        indicatorIds: z.array(id).max(20, { error: 'Koppel hoogstens 20 indicatoren aan een interventie.' }),
      })
      .strict(),
    output: {} as InterventionChainView,
  },
} as const;
