// The financial part of the layer-2 report (the plan: "inhoudelijke en financiële informatie over
// interventies"): the NPLV budget with the plan's own words and caveats, the year by source and status, the
// years side by side, each partner's contribution, and the lines themselves. Blocks only: every export format
// lays them out the same way.
import type { Db } from '../store/connection';
import type { ReportBlock } from '../../../shared/registers';
import {
  BUDGET_STATUSES,
  BUDGET_STATUS_LABELS,
  CONTRIBUTION_KIND_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  addToTotals,
  describeLine,
  emptyTotals,
  formatHundredths,
  formatMoney,
  type BudgetLine,
  type MoneyTotals,
} from '../../../shared/money';
import { hasBudgetTable, listBudgetLines, organisationNames } from '../store/money.repo';
import { nplvFacts } from '../store/money.seed';

const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ type: 'heading', level, text });
const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text });
const table = (caption: string, columns: string[], rows: string[][]): ReportBlock => ({ type: 'table', caption, columns, rows });

function capacityText(t: MoneyTotals): string {
  const parts = [];
  if (t.fte > 0) parts.push(`${formatHundredths(t.fte)} fte`);
  if (t.hours > 0) parts.push(`${formatHundredths(t.hours)} uur`);
  return parts.join(' en ') || '—';
}

const totalsOf = (lines: readonly BudgetLine[]): MoneyTotals => {
  const t = emptyTotals();
  for (const l of lines) addToTotals(t, l);
  return t;
};

/** Where a line belongs: the programme, a plan or an intervention. */
export const lineScope = (l: BudgetLine): string =>
  l.interventionTitle ? `Interventie: ${l.interventionTitle}` : l.planTitle ? `Plan: ${l.planTitle}` : 'Programma als geheel';

/**
 * The blocks for one year; `interventionIds` narrows a wijk's report to the lines of its interventions
 * (programme and plan lines then stay out: they are not the wijk's).
 */
export function moneyReportBlocks(db: Db, year: number, interventionIds: ReadonlySet<string> | null): ReportBlock[] {
  if (!hasBudgetTable(db)) return [];
  const inScope = (l: BudgetLine) => interventionIds === null || (l.interventionId !== null && interventionIds.has(l.interventionId));
  const all = listBudgetLines(db).filter(inScope);
  const lines = all.filter((l) => l.year === year);
  const blocks: ReportBlock[] = [heading(2, 'Financiën en bijdragen')];

  const facts = nplvFacts(db);
  if (facts && interventionIds === null) {
    blocks.push(paragraph(`Uit het gebiedsplan: "${facts.text}" ${facts.execution}`));
    const caveats = [facts.yearsCaveat, facts.totalCaveat].filter((c): c is string => !!c);
    if (caveats.length > 0) blocks.push(paragraph(`Let op: ${caveats.join(' ')}`));
  }

  if (lines.length === 0) {
    blocks.push(
      paragraph(
        interventionIds === null
          ? `Voor ${year} zijn geen begrotingsregels of bijdragen vastgelegd.`
          : // A wijk's report leaves the programme's own money out: saying "none" outright would deny the NPLV budget.
            `Voor ${year} zijn bij de interventies in deze wijk geen begrotingsregels of bijdragen vastgelegd. Het programmabudget en de regels voor het programma als geheel staan in de rapportage over alle wijken.`,
      ),
    );
  } else {
    const rows = FUNDING_SOURCES.map((source) => {
      const t = totalsOf(lines.filter((l) => l.source === source));
      return [FUNDING_SOURCE_LABELS[source], ...BUDGET_STATUSES.map((s) => formatMoney(t.cents[s]))];
    });
    const total = totalsOf(lines);
    rows.push(['Totaal', ...BUDGET_STATUSES.map((s) => formatMoney(total.cents[s]))]);
    blocks.push(table(`Geld in ${year} per bron`, ['Bron', ...BUDGET_STATUSES.map((s) => BUDGET_STATUS_LABELS[s])], rows));
    blocks.push(
      paragraph(
        `Capaciteit in ${year}: ${capacityText(total)}` +
          (BUDGET_STATUSES.some((s) => total.capacityValueCents[s] > 0)
            ? `, gewaardeerd op ${formatMoney(BUDGET_STATUSES.reduce((sum, s) => sum + total.capacityValueCents[s], 0))}`
            : '') +
          `. Bijdragen op een andere manier: ${total.otherCount}.`,
      ),
    );
  }

  const years = [...new Set(all.map((l) => l.year))].sort((a, b) => a - b);
  if (years.length > 0) {
    blocks.push(
      table(
        'Meerjarenoverzicht: geld per jaar',
        ['Jaar', ...BUDGET_STATUSES.map((s) => BUDGET_STATUS_LABELS[s]), 'Capaciteit'],
        years.map((y) => {
          const t = totalsOf(all.filter((l) => l.year === y));
          return [String(y), ...BUDGET_STATUSES.map((s) => formatMoney(t.cents[s])), capacityText(t)];
        }),
      ),
    );
  }

  if (lines.length > 0) {
    const partners = new Map<string, BudgetLine[]>();
    for (const l of lines) if (l.organisationName) partners.set(l.organisationName, [...(partners.get(l.organisationName) ?? []), l]);
    if (partners.size > 0) {
      blocks.push(
        table(
          `Bijdragen per partner in ${year}`,
          ['Partner', 'Geld toegezegd', 'Geld gerealiseerd', 'Capaciteit', 'Anders'],
          [...partners.entries()]
            .sort(([a], [b]) => a.localeCompare(b, 'nl'))
            .map(([name, ls]) => {
              const t = totalsOf(ls);
              return [name, formatMoney(t.cents.toegezegd), formatMoney(t.cents.gerealiseerd), capacityText(t), String(t.otherCount)];
            }),
        ),
      );
    }
    blocks.push(
      table(
        `Begrotingsregels en bijdragen ${year}`,
        ['Waarvoor', 'Partner', 'Soort', 'Bron', 'Status', 'Omvang'],
        lines.map((l) => [
          [lineScope(l), l.purpose, l.caveat ? `(${l.caveat})` : ''].filter(Boolean).join(' — '),
          l.organisationName ?? '—',
          CONTRIBUTION_KIND_LABELS[l.kind],
          FUNDING_SOURCE_LABELS[l.source],
          BUDGET_STATUS_LABELS[l.status],
          describeLine(l),
        ]),
      ),
    );
  }

  if (interventionIds === null) {
    const contributing = new Set(all.filter((l) => l.organisationId !== null).map((l) => l.organisationId));
    const without = organisationNames(db).filter((o) => !contributing.has(o.id));
    blocks.push(
      paragraph(
        without.length === 0
          ? 'Elke partner heeft een bijdrage genoemd.'
          : `Partners zonder genoemde bijdrage (${without.length}): ${without.map((o) => o.name).join(', ')}.`,
      ),
    );
  }
  return blocks;
}
