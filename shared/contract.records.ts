// Channels for public records: the archive package of an adopted meeting's minutes for the municipal e-depot.
// Merged into the one contract in shared/contract.ts.
import { z } from 'zod';
import type { ExportedFile } from './domain';
import { ARCHIVE_PACKAGE_MAX_BASE64, ARCHIVE_PACKAGE_TOO_LARGE, type ArchivePackageCheck } from './archive-check';
import { id } from './schemas';

export const recordsContract = {
  /** A ZIP with the adopted minutes and the besluitenlijst as PDF/A, MDTO metadata, the seal and a manifest. */
  'minutes:exportArchive': { input: z.object({ meetingId: id }).strict(), output: {} as ExportedFile },
  /** Checks a package the archivist holds (the ZIP as base64) against its own seal and this store's hash chain. */
  'minutes:verifyArchive': {
    input: z
      .object({
        base64: z
          .string({ error: 'Het archiefpakket moet als base64-tekst komen.' })
          .min(1, { error: 'Het gekozen bestand is leeg; kies een archiefpakket (ZIP).' })
          .max(ARCHIVE_PACKAGE_MAX_BASE64, { error: ARCHIVE_PACKAGE_TOO_LARGE })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Het archiefpakket is geen geldige base64-tekst.' }),
      })
      .strict(),
    output: {} as ArchivePackageCheck,
  },
} as const;
