// Dutch date formatting shared by the renderer and the exports. Dates are wall-clock values
// ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" in Groningen), formatted without any timezone shift.

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-12-03" → "3 december 2026" */
export function formatDateNl(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return isoDate;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2026-12-03" today? compared as strings, both in local wall-clock form. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
