// Channels for public records: the archive package of an adopted meeting's minutes for the municipal e-depot.
// Merged into the one contract in shared/contract.ts.
import { z } from 'zod';
import type { ExportedFile } from './domain';
import { id } from './schemas';

export const recordsContract = {
  /** A ZIP with the adopted minutes and the besluitenlijst as PDF/A, MDTO metadata, the seal and a manifest. */
  'minutes:exportArchive': { input: z.object({ meetingId: id }).strict(), output: {} as ExportedFile },
} as const;
