// What one partner contributes across the programme, in a sentence on its card — or that it named nothing yet.
import { formatHundredths, formatMoney, type OrganisationTotals } from '../../shared/money';
import { paths } from '../router';
import './money.css';

export function PartnerContribution({ totals }: { totals: OrganisationTotals | null }) {
  if (!totals) {
    return (
      <p className="partner-contribution empty">
        Bijdrage: nog niets genoemd (<a href={paths.money()}>Financiën</a>).
      </p>
    );
  }
  const parts = [];
  const money = totals.cents.toegezegd + totals.cents.gerealiseerd;
  if (money > 0) parts.push(`${formatMoney(totals.cents.toegezegd)} toegezegd, ${formatMoney(totals.cents.gerealiseerd)} gerealiseerd`);
  if (totals.cents.benodigd > 0) parts.push(`${formatMoney(totals.cents.benodigd)} benodigd`);
  if (totals.fte > 0) parts.push(`${formatHundredths(totals.fte)} fte`);
  if (totals.hours > 0) parts.push(`${formatHundredths(totals.hours)} uur`);
  if (totals.otherCount > 0) parts.push(`${totals.otherCount} ${totals.otherCount === 1 ? 'bijdrage' : 'bijdragen'} op een andere manier`);
  return (
    <p className="partner-contribution">
      Bijdrage: {parts.join('; ')} ({totals.lineCount} {totals.lineCount === 1 ? 'regel' : 'regels'}).
    </p>
  );
}
