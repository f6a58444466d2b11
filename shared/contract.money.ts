// Channels for the programme's money: budget lines and partners' contributions, their overview per year and
// per partner, and budget lines in and out as CSV. Merged into the one contract in contract.ts.
import { z } from 'zod';
import type { ExportedFile } from './domain';
import {
  BUDGET_STATUSES,
  CAPACITY_UNITS,
  CONTRIBUTION_KINDS,
  FUNDING_SOURCES,
  MAX_CENTS,
  type BudgetImportPreview,
  type BudgetLine,
  type MoneyOverview,
} from './money';
import { id, text, wellFormed } from './schemas';

const ok = { ok: true } as { ok: true };

const year = z
  .number({ error: 'Het jaar moet een getal zijn.' })
  .int({ error: 'Het jaar moet een geheel getal zijn.' })
  .min(2000, { error: 'Kies een jaar tussen 2000 en 2100.' })
  .max(2100, { error: 'Kies een jaar tussen 2000 en 2100.' });
/** Whole cents only: a float never reaches the store. */
const cents = z
  .number({ error: 'Het bedrag moet een getal zijn.' })
  .int({ error: 'Het bedrag moet in hele centen zijn.' })
  .min(0, { error: 'Een bedrag kan niet negatief zijn.' })
  .max(MAX_CENTS, { error: 'Het bedrag is te groot.' });
const hundredths = z
  .number({ error: 'De capaciteit moet een getal zijn.' })
  .int({ error: 'De capaciteit kan hoogstens twee decimalen hebben.' })
  .min(1, { error: 'De capaciteit moet groter dan nul zijn.' })
  .max(100_000_000, { error: 'De capaciteit is te groot.' });
const interventionId = z.string({ error: 'De interventie moet tekst zijn.' }).min(1, { error: 'Kies een interventie.' }).max(100, { error: 'Onbekende interventie.' });

const lineFields = {
  year,
  kind: z.enum(CONTRIBUTION_KINDS, { error: 'Kies geld, capaciteit of anders.' }),
  source: z.enum(FUNDING_SOURCES, { error: 'Kies de bron: NPLV-programmabudget, regulier budget, externe bron of anders.' }),
  status: z.enum(BUDGET_STATUSES, { error: 'Kies benodigd, toegezegd of gerealiseerd.' }),
  organisationId: id.nullable().optional(),
  interventionId: interventionId.nullable().optional(),
  planId: id.nullable().optional(),
  purpose: text('De omschrijving', 2_000).optional(),
  amountCents: cents.nullable().optional(),
  capacityHundredths: hundredths.nullable().optional(),
  capacityUnit: z.enum(CAPACITY_UNITS, { error: 'Kies uur of fte.' }).nullable().optional(),
};

/** A budget CSV travels whole: budgets are small (the web host takes 1 MB a request). */
const BUDGET_CSV_MAX = 900_000;
const budgetCsv = wellFormed(
  z.string({ error: 'Het bestand moet tekst zijn.' }).max(BUDGET_CSV_MAX, { error: 'Het bestand is te groot voor een begroting (hoogstens 900.000 tekens); splits het.' }),
  'Het bestand',
);

export const moneyContract = {
  'money:list': {
    input: z
      .object({ interventionId: interventionId.optional(), planId: id.optional(), organisationId: id.optional(), year: year.optional(), programmeOnly: z.boolean().optional() })
      .strict(),
    output: {} as BudgetLine[],
  },
  'money:create': { input: z.object(lineFields).strict(), output: {} as BudgetLine },
  'money:update': { input: z.object({ id, ...lineFields }).strict(), output: {} as BudgetLine },
  'money:remove': { input: z.object({ id }).strict(), output: ok },
  'money:overview': { input: z.object({}).strict(), output: {} as MoneyOverview },
  'money:importPreview': { input: z.object({ csv: budgetCsv }).strict(), output: {} as BudgetImportPreview },
  'money:importCommit': { input: z.object({ csv: budgetCsv }).strict(), output: {} as { written: number; totalCents: number } },
  'money:exportCsv': { input: z.object({ year: year.optional() }).strict(), output: {} as ExportedFile },
};
