// Budget lines as CSV, in the columns the budget import reads (so an export imports back unchanged): Dutch
// Excel's ';' separator, amounts as "1.250,00", a byte-order mark so Excel reads the accents.
import type { BudgetLine } from '../../../shared/money';
import { formatHundredths } from '../../../shared/money';
import { BUDGET_COLUMNS, type BudgetColumn } from '../imports/budget-csv';

/** A field quoted when it holds the separator, a quote or a line end; a leading =, +, - or @ is defused. */
function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 125000 → "1.250,00": the number Dutch spreadsheets read, exact to the cent. */
export function csvAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  return `${formatHundredths(euros * 100)},${String(cents - euros * 100).padStart(2, '0')}`;
}

export function budgetCsv(lines: readonly BudgetLine[]): string {
  const value = (l: BudgetLine, c: BudgetColumn): string => {
    switch (c) {
      case 'jaar':
        return String(l.year);
      case 'soort':
        return l.kind;
      case 'bron':
        return l.source;
      case 'status':
        return l.status;
      case 'organisatie':
        return l.organisationName ?? '';
      case 'interventie':
        return l.interventionTitle ?? '';
      case 'plan':
        return l.planTitle ?? '';
      case 'omschrijving':
        return l.purpose;
      case 'bedrag':
        return l.amountCents === null ? '' : csvAmount(l.amountCents);
      case 'capaciteit':
        return l.capacityHundredths === null ? '' : formatHundredths(l.capacityHundredths).replace(/\./g, '');
      case 'eenheid':
        return l.capacityUnit ?? '';
      case 'kanttekening':
        return l.caveat ?? '';
    }
  };
  const rows = [BUDGET_COLUMNS.join(';'), ...lines.map((l) => BUDGET_COLUMNS.map((c) => field(value(l, c))).join(';'))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
