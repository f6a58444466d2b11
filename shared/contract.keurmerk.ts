// Channels of the keurmerk on plans and interventions: their seven-vinkjes reviews and the status that follows.
// Merged into the one contract in contract.ts.
import { z } from 'zod';
import { ANSWERS } from './domain';
import type { KeurmerkDetail, KeurmerkStatuses } from './keurmerk';
import { id, line, text } from './schemas';

const subject = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('plan'), id }).strict(),
    z
      .object({
        kind: z.literal('interventie'),
        id: z.string({ error: 'De interventie moet tekst zijn.' }).min(1, { error: 'Kies een interventie.' }).max(100, { error: 'Onbekende interventie.' }),
      })
      .strict(),
  ],
  { error: 'Kies een plan of een interventie.' },
);

export const keurmerkContract = {
  'keurmerk:statuses': {
    input: z.object({ kind: z.enum(['plan', 'interventie'], { error: 'Kies plannen of interventies.' }) }).strict(),
    output: {} as KeurmerkStatuses,
  },
  'keurmerk:get': { input: z.object({ subject }).strict(), output: {} as KeurmerkDetail },
  'keurmerk:start': { input: z.object({ subject, reviewer: line('Wie de toetsing doet', 200) }).strict(), output: {} as KeurmerkDetail },
  'keurmerk:answer': {
    input: z
      .object({
        reviewId: id,
        checklistItemId: id,
        answer: z.enum(ANSWERS, { error: 'Kies ja, deels, nee of n.v.t.' }),
        explanation: text('De toelichting', 5_000),
        // The answeredAt of the stored answer the sender saw (null: none); another window's newer answer refuses it.
        expectedAnsweredAt: z.string().max(40).nullable().optional(),
      })
      .strict(),
    output: {} as KeurmerkDetail,
  },
} as const;
