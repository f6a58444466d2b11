// Channels for residents' personal data (AVG): the verwerkingsregister with retention reminders, retention terms
// per register, a person's inzage (on screen, as a document or as JSON), erasure and extending a retention term.
// Merged into the one contract in contract.ts.
import { z } from 'zod';
import { EXPORT_FORMATS, type ExportedFile } from './domain';
import { REGISTER_KINDS } from './registers';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS, type AvgOverview, type ErasureResult, type InzageReport, type MentionErasureResult, type RetentionTerm } from './avg';
import { dateSchema, id, line, text } from './schemas';

const entryIds = z
  .array(id, { error: 'Kies de registraties.' })
  .min(1, { error: 'Kies minstens één registratie.' })
  .max(500, { error: 'Kies hoogstens 500 registraties tegelijk.' });

const subject = {
  name: line('De naam van de persoon', 200).refine((v) => v.trim().length >= 2, { error: 'Vul een naam in van minstens twee tekens.' }),
  personIds: z.array(id).max(20, { error: 'Kies hoogstens 20 personen.' }).optional(),
};

export const avgContract = {
  'avg:overview': { input: z.object({}).strict(), output: {} as AvgOverview },
  'avg:setRetention': {
    input: z
      .object({
        kind: z.enum(REGISTER_KINDS, { error: 'Kies een register.' }),
        months: z
          .number({ error: 'De bewaartermijn moet een getal zijn (maanden).' })
          .int({ error: 'De bewaartermijn moet een geheel aantal maanden zijn.' })
          .min(RETENTION_MIN_MONTHS, { error: `De bewaartermijn is minstens ${RETENTION_MIN_MONTHS} maand.` })
          .max(RETENTION_MAX_MONTHS, { error: `De bewaartermijn is hoogstens ${RETENTION_MAX_MONTHS} maanden (twintig jaar).` }),
        note: text('De toelichting', 2_000),
      })
      .strict(),
    output: {} as RetentionTerm,
  },
  'avg:extend': {
    input: z.object({ entryIds, until: dateSchema, reason: line('De reden van verlengen', 500) }).strict(),
    output: {} as { extended: number },
  },
  'avg:inzage': { input: z.object(subject).strict(), output: {} as InzageReport },
  'avg:inzageExport': {
    input: z
      .object({ ...subject, format: z.enum([...EXPORT_FORMATS, 'json'], { error: 'Kies een formaat: DOCX, PDF, ODT, Markdown of JSON.' }) })
      .strict(),
    output: {} as ExportedFile,
  },
  'avg:erase': {
    input: z
      .object({
        entryIds,
        reason: z.enum(['verzoek', 'bewaartermijn'], { error: 'Kies waarom: op verzoek of na de bewaartermijn.' }),
        /** On whose request (never the person's name: that is what is being erased), e.g. "de betrokkene zelf". */
        requestedBy: text('Op wiens verzoek', 200).optional(),
      })
      .strict()
      .refine((v) => v.reason !== 'verzoek' || (v.requestedBy ?? '').trim() !== '', {
        error: 'Vul in op wiens verzoek de gegevens worden verwijderd (bijvoorbeeld "de betrokkene zelf").',
      }),
    output: {} as ErasureResult,
  },
  /** Makes the name unreadable in free-text mentions the inzage listed (records that are not locked only). */
  'avg:eraseMentions': {
    input: z
      .object({
        name: subject.name,
        mentions: z
          .array(
            z.object({ key: line('De vermelding', 100), version: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Stel de inzage opnieuw op.' }) }).strict(),
            { error: 'Kies de vermeldingen.' },
          )
          .min(1, { error: 'Kies minstens één vermelding.' })
          .max(100, { error: 'Kies hoogstens 100 vermeldingen tegelijk.' }),
        /** On whose request (never the person's name: that is what is being made unreadable). */
        requestedBy: line('Op wiens verzoek', 200),
      })
      .strict(),
    output: {} as MentionErasureResult,
  },
} as const;
