// Channels for the plan's work: the "aan de slag" tracks in the jaarplanning, the theme ambities and the
// monitoring chain per intervention. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { dateSchema, id, line, text } from './schemas';
import {
  KNELPUNT_STATUSES,
  STEERING_ASSESSMENTS,
  type InterventionChainView,
  type Knelpunt,
  type KoppelkansLinks,
  type SteeringAnswers,
  type SteeringColumn,
  type ThemeAmbition,
  type YearTrack,
} from './planwork';

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

const knelpuntStatus = z.enum(KNELPUNT_STATUSES, { error: 'Kies open, in behandeling, opgelost of niet oplosbaar.' });
const assessment = z.enum(STEERING_ASSESSMENTS, { error: 'Kies ja, deels of nee.' });
const knelpuntFields = {
  raisedOn: dateSchema,
  title: line('Het knelpunt', 300),
  description: text('De omschrijving', 10_000).optional(),
  raisedBy: text('Wie het inbracht', 200).optional(),
  owner: text('De eigenaar', 200).optional(),
};

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

  'koppelkansen:links': { input: z.object({ interventionId }).strict(), output: {} as KoppelkansLinks },
  'koppelkansen:link': {
    input: z.object({ interventionId, otherId: interventionId, note: text('De toelichting bij de koppeling', 2_000).optional() }).strict(),
    output: {} as KoppelkansLinks,
  },
  'koppelkansen:unlink': { input: z.object({ interventionId, otherId: interventionId }).strict(), output: {} as KoppelkansLinks },

  'knelpunten:list': { input: z.object({ interventionId: interventionId.optional() }).strict(), output: {} as Knelpunt[] },
  'knelpunten:create': { input: z.object({ interventionId: interventionId.optional(), ...knelpuntFields }).strict(), output: {} as Knelpunt },
  'knelpunten:update': {
    input: z.object({ id, ...knelpuntFields, status: knelpuntStatus, followUp: text('Het vervolg', 10_000).optional() }).strict(),
    output: {} as Knelpunt,
  },
  'knelpunten:escalate': { input: z.object({ id }).strict(), output: {} as Knelpunt },

  'steering:get': { input: z.object({ meetingId: id }).strict(), output: {} as SteeringAnswers | null },
  'steering:set': {
    input: z
      .object({
        meetingId: id,
        focus: assessment.nullable(),
        focusNote: text('De toelichting bij de eerste vraag', 10_000),
        rightThings: assessment.nullable(),
        rightThingsNote: text('De toelichting bij de tweede vraag', 10_000),
        goingWell: text('Wat goed loopt', 10_000),
        toAdjust: text('Waar we kiezen of bijsturen', 10_000),
      })
      .strict(),
    output: {} as SteeringAnswers,
  },
  'steering:overview': {
    input: z.object({ fromYear: year, toYear: year }).strict().refine((p) => p.fromYear <= p.toYear, { error: 'Het beginjaar ligt na het eindjaar.' }),
    output: {} as SteeringColumn[],
  },
} as const;
