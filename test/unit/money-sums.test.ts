// Money sums stay exact to the cent all the way: CSV import → store → totals → layer-2 report (blocks and the
// Markdown file) → CSV export → import again. Random budgets (fast-check, fixed seed) with amounts written the
// ways Dutch people write them, including cents that a float would round (0,10 + 0,20).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../main/core/store/connection';
import { readProfileFile } from '../../main/core/store/profile.loader';
import * as money from '../../main/core/services/money.service';
import { buildReport, exportReport } from '../../main/core/services/reports.service';
import { BUDGET_STATUSES, formatMoney, type BudgetStatus } from '../../shared/money';
import { PROFILE_PATH } from '../helpers/paths';

const profile = readProfileFile(PROFILE_PATH);
const YEARS = [2030, 2031, 2032] as const;

interface Line {
  year: (typeof YEARS)[number];
  status: BudgetStatus;
  cents: number;
  style: number;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** One of the ways people write an amount: "1250,05", "1.250,05", "€ 1.250,05", "1250" when there are no cents. */
function written(cents: number, style: number): string {
  const euros = String(Math.floor(cents / 100));
  const rest = String(cents % 100).padStart(2, '0');
  if (style === 0) return `${euros},${rest}`;
  if (style === 1) return `"${group(euros)},${rest}"`;
  if (style === 2 && rest === '00' && !euros.includes('.')) return euros;
  return `"€ ${group(euros)},${rest}"`;
}

const line = fc.record({
  year: fc.constantFrom(...YEARS),
  status: fc.constantFrom(...BUDGET_STATUSES),
  // Small amounts (cents a float cannot hold exactly) and very large ones (billions, still exact).
  cents: fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99_999_999_999_999 })),
  style: fc.integer({ min: 0, max: 3 }),
});

const sumOf = (lines: readonly Line[], year: number, status: BudgetStatus) =>
  lines.filter((l) => l.year === year && l.status === status).reduce((s, l) => s + l.cents, 0);

function totalRow(db: ReturnType<typeof openStore>, year: number): number[] {
  const report = buildReport(db, { layer: 2, year });
  const block = report.blocks.find((b) => b.type === 'table' && b.caption === `Geld in ${year} per bron`);
  if (!block || block.type !== 'table') return BUDGET_STATUSES.map(() => 0);
  const row = block.rows.find((r) => r[0] === 'Totaal')!;
  // A total can exceed what one line may hold, so it is read digit by digit rather than through parseMoney.
  return row.slice(1).map((cell) => {
    const m = /^€ (\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(cell);
    if (!m) throw new Error(`not an amount: ${cell}`);
    return Number(m[1]!.replace(/\./g, '') + m[2]);
  });
}

describe('money sums', () => {
  it('stay exact in cents across import, store, report and export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), async (lines) => {
        const db = openStore(':memory:', { profile });
        const again = openStore(':memory:', { profile });
        try {
          const csv = ['jaar;soort;bron;status;bedrag', ...lines.map((l) => `${l.year};geld;extern;${l.status};${written(l.cents, l.style)}`)].join('\n');
          const total = lines.reduce((s, l) => s + l.cents, 0);
          expect(money.budgetImportPreview(db, { csv })).toMatchObject({ rows: lines.length, errorCount: 0, totalCents: total });
          expect(money.budgetImportCommit(db, { csv })).toEqual({ written: lines.length, totalCents: total });

          // The store.
          const stored = db.prepare("SELECT sum(amount_cents) FROM budget_lines WHERE source = 'extern'").pluck().get() as number;
          expect(stored).toBe(total);
          // The totals the screens show.
          const overview = money.moneyOverview(db);
          for (const year of YEARS) {
            const y = overview.years.find((t) => t.year === year);
            for (const status of BUDGET_STATUSES) expect(y?.cents[status] ?? 0).toBe(sumOf(lines, year, status));
          }
          // The report: its table, and the Markdown file as written.
          for (const year of YEARS) {
            if (!lines.some((l) => l.year === year)) continue;
            expect(totalRow(db, year)).toEqual(BUDGET_STATUSES.map((s) => sumOf(lines, year, s)));
            const md = Buffer.from((await exportReport(db, { layer: 2, year, format: 'md' })).base64, 'base64').toString('utf8');
            expect(md).toContain(`| Totaal | ${BUDGET_STATUSES.map((s) => formatMoney(sumOf(lines, year, s))).join(' | ')} |`);
          }
          // The CSV export, imported into another store.
          const exported = Buffer.from(money.exportBudgetCsv(db, {}).base64, 'base64').toString('utf8');
          const back = money.budgetImportCommit(again, { csv: exported });
          // The plan's NPLV lines travel along: the same in both stores.
          const nplv = db.prepare("SELECT sum(amount_cents) FROM budget_lines WHERE source = 'nplv'").pluck().get() as number;
          expect(back.totalCents).toBe(total + nplv);
          expect(again.prepare("SELECT sum(amount_cents) FROM budget_lines WHERE source = 'extern'").pluck().get()).toBe(total);
        } finally {
          db.close();
          again.close();
        }
      }),
      { numRuns: 25, seed: 20261206, endOnFailure: true },
    );
  }, 120_000);

  it('keeps 0,10 + 0,20 at 0,30, where floats make 0,30000000000000004', () => {
    const db = openStore(':memory:', { profile });
    money.budgetImportCommit(db, { csv: 'jaar;soort;bron;status;bedrag\n2030;geld;extern;toegezegd;0,10\n2030;geld;extern;toegezegd;0,20\n' });
    expect(totalRow(db, 2030)[1]).toBe(30);
    expect(formatMoney(money.moneyOverview(db).years.find((y) => y.year === 2030)!.cents.toegezegd)).toBe('€ 0,30');
    db.close();
  });
});
