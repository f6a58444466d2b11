// The period the vinkjes chart opens with: the last twelve months up to today. Counting the answers of every year
// reads the whole archive (twenty years: tens of thousands of answers), so the whole archive is a choice, not the
// default; the period fields widen it.
import { todayLocalDate } from '../format';

/** The first day of the twelve months that end today ("YYYY-MM-DD"): 2026-11-28 → 2025-11-29. */
export function twelveMonthsBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // A year back and a day on; Date.UTC rolls 29 February over to 1 March in a year without one.
  return new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The default period of the vinkjes chart: from the start of the last twelve months, with an open end so a meeting
 * planned later this week (and already reviewed) is not hidden.
 */
export function defaultVinkjesPeriod(now: Date = new Date()): { from: string; to: string } {
  return { from: twelveMonthsBefore(todayLocalDate(now)), to: '' };
}
