// The renderer's wording helpers. Dates and counts come from shared/format.ts, which the exports use too.
import { formatInstant } from '../shared/format';

export { countLabel, formatDate, formatDateTime, formatInstant, nowLocalDateTime, todayLocalDate } from '../shared/format';

/** "28 november 2026 om 03:47:22": a moment the store logged (a backup, a change), to the second, so two backups
 * of the same minute still read differently. */
export function formatTimestamp(iso: string): string {
  return formatInstant(iso, { seconds: true });
}


/** "de maatschappelijke coalitie", "het programmateam": for use inside a sentence. */
export function bodyInSentence(body: 'coalitie' | 'programmateam'): string {
  return body === 'coalitie' ? 'de maatschappelijke coalitie' : 'het programmateam';
}

/** "€ 1.250,00": money in integer cents, the same wording as the exports. */
export { formatMoney, formatCapacity, describeLine } from '../shared/money';
