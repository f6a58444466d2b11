// How benodigd, toegezegd and gerealiseerd look in a chart: each its own pattern as well as its own colour.
import { BUDGET_STATUS_LABELS, type BudgetStatus } from '../../shared/money';
import { pattern, type PatternKind } from '../charts/chartjs';

const STYLE: Record<BudgetStatus, { colour: string; pattern: PatternKind; description: string }> = {
  benodigd: { colour: '#B36B00', pattern: 'dots', description: 'gestippeld' },
  toegezegd: { colour: '#0072B2', pattern: 'diagonal', description: 'schuin gestreept' },
  gerealiseerd: { colour: '#007A5A', pattern: 'solid', description: 'effen' },
};

/** A stacked bar series of amounts in euros (chart.js draws numbers; the cents stay exact in the table). */
export function budgetStatusDataset(status: BudgetStatus, cents: number[]) {
  const style = STYLE[status];
  return {
    label: `${BUDGET_STATUS_LABELS[status]} (${style.description})`,
    data: cents.map((c) => c / 100),
    backgroundColor: pattern(style.pattern, style.colour),
    borderColor: style.colour,
    borderWidth: 2,
    stack: 'status',
  };
}
