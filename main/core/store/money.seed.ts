// The NPLV programme budget as the area plan states it (hoofdstuk 6): € 0,5 miljoen a year for the first three
// years, for facilitating the conversation and setting up the programme organisation, nothing separate for
// execution. Seeded once as budget lines, with the plan's caveats (the years are inferred: the plan says "de
// eerste drie jaar" without naming them), and kept as facts the screens and reports quote.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';

export const financesSchema = z.object({
  nplv: z.object({
    amountPerYearCents: z.number().int().nonnegative(),
    years: z.array(z.number().int().min(2000).max(2100)).min(1),
    yearsCaveat: z.string().nullable(),
    text: z.string(),
    purposes: z.array(z.string()),
    execution: z.string(),
    totalCents: z.number().int().nonnegative(),
    totalCaveat: z.string().nullable(),
  }),
});
export type ProfileFinances = z.infer<typeof financesSchema>;

const SEEDED_KEY = 'profile.money';
const FACTS_KEY = 'profile.finances';

const hasBudgetTable = (db: Database): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'budget_lines'").get() !== undefined;

/** Seeds the plan's NPLV lines once per store (not again after the coalition removed or changed them). */
export function seedPlanMoney(db: Database, finances: ProfileFinances | undefined, now: Date): void {
  if (!finances || !hasBudgetTable(db)) return;
  if (db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEEDED_KEY)) return;
  db.transaction(() => {
    const { nplv } = finances;
    const purpose = nplv.purposes.map((p, i) => (i === 0 ? p[0]!.toUpperCase() + p.slice(1) : p)).join(' en ');
    const insert = db.prepare(
      `INSERT INTO budget_lines (year, kind, source, status, purpose, amount_cents, caveat, origin, created_at, updated_at)
       VALUES (?, 'geld', 'nplv', 'toegezegd', ?, ?, ?, 'gebiedsplan', ?, ?)`,
    );
    for (const year of nplv.years) insert.run(year, purpose, nplv.amountPerYearCents, nplv.yearsCaveat, now.toISOString(), now.toISOString());
    db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, now.toISOString());
    db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(FACTS_KEY, JSON.stringify(nplv));
  })();
}

/** The plan's words on the NPLV budget, for the screens and the report; null where the profile had none. */
export function nplvFacts(db: Database): { text: string; execution: string; totalCaveat: string | null; yearsCaveat: string | null } | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(FACTS_KEY) as { value: string } | undefined;
  if (!row) return null;
  const parsed = financesSchema.shape.nplv.safeParse(JSON.parse(row.value));
  if (!parsed.success) return null;
  return { text: parsed.data.text, execution: parsed.data.execution, totalCaveat: parsed.data.totalCaveat, yearsCaveat: parsed.data.yearsCaveat };
}
