// Instants from the store (ISO 8601 in UTC: when a backup was made, when a change was logged), shown as
// Groningen sees them, in Dutch, to the second: two backups of the same minute still read differently.
const INSTANT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

/** "28 november 2026 om 03:47:22" */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : INSTANT.format(at);
}
