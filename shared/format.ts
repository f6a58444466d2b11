// Dutch (nl-NL) dates and counts for the renderer and the exports, one implementation for both. The store keeps
// meeting times and dates as wall-clock values in Groningen ("YYYY-MM-DD", "YYYY-MM-DDTHH:mm"): they are formatted
// from their parts, never shifted by the machine's time zone. Instants (ISO timestamps with a zone, a Date) are
// shown as Groningen sees them.

const WEEKDAYS_SHORT = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
const WEEKDAYS_LONG = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
/** The Dutch month names, januari first. */
export const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
/** An instant: an ISO timestamp with its zone (as the store writes them), nothing looser. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const ZONE = 'Europe/Amsterdam';

// Intl formatters are costly to build: one, reused; and built when first needed, not when this module loads (a
// formatter for a time zone costs a fresh browser page tens of milliseconds, which a screen without "now" or a
// timestamp, such as meeting mode, should not wait for).
let groningenParts: Intl.DateTimeFormat | undefined;

/** The wall clock in Groningen at an instant. */
export function wallClockAt(instant: Date): WallClock {
  groningenParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = groningenParts.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** A real calendar day and clock time: no 30 februari, no 24:00. */
function isValid(c: WallClock): boolean {
  const day = new Date(Date.UTC(c.year, c.month - 1, c.day));
  return day.getUTCMonth() === c.month - 1 && day.getUTCDate() === c.day && c.hour < 24 && c.minute < 60 && c.second < 60;
}

function parseWallClock(value: string): WallClock | null {
  const m = LOCAL_PATTERN.exec(value);
  if (m) {
    const c = { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
    return isValid(c) ? c : null;
  }
  // An instant with a zone (e.g. an ISO timestamp from the store): show it as Groningen sees it.
  if (!INSTANT_PATTERN.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : wallClockAt(instant);
}

const pad = (n: number) => String(n).padStart(2, '0');

type WeekdayStyle = 'short' | 'long';

function weekday(c: WallClock, style: WeekdayStyle): string {
  const index = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
  return (style === 'long' ? WEEKDAYS_LONG : WEEKDAYS_SHORT)[index]!;
}

function dateOf(c: WallClock, style?: WeekdayStyle): string {
  const date = `${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
  return style ? `${weekday(c, style)} ${date}` : date;
}

/** "3 december 2026"; with a weekday "do 3 december 2026" or "donderdag 3 december 2026". */
export function formatDate(value: string, options: { weekday?: WeekdayStyle } = {}): string {
  const c = parseWallClock(value);
  return c ? dateOf(c, options.weekday) : value;
}

/** "do 3 december 2026, 19:30"; with the long weekday "donderdag 3 december 2026, 19:30" (the minutes). */
export function formatDateTime(value: string, options: { weekday?: WeekdayStyle } = {}): string {
  const c = parseWallClock(value);
  return c ? `${dateOf(c, options.weekday ?? 'short')}, ${pad(c.hour)}:${pad(c.minute)}` : value;
}

/** "28 november 2026 om 03:47" for an instant, as Groningen sees it; with seconds "… om 03:47:22". */
export function formatInstant(instant: string | Date, options: { seconds?: boolean } = {}): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return String(instant);
  const c = wallClockAt(at);
  return `${dateOf(c)} om ${pad(c.hour)}:${pad(c.minute)}${options.seconds ? `:${pad(c.second)}` : ''}`;
}

/** The wall-clock time in Groningen as "YYYY-MM-DDTHH:mm", comparable with a meeting's startsAt. */
export function nowLocalDateTime(now: Date = new Date()): string {
  const c = wallClockAt(now);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** The date in Groningen as "YYYY-MM-DD": today, or the day of an instant. */
export function todayLocalDate(now: Date = new Date()): string {
  return nowLocalDateTime(now).slice(0, 10);
}

/** "1 agendapunt", "3 agendapunten", "geen agendapunten". */
export function countLabel(n: number, singular: string, plural: string): string {
  if (n === 0) return `geen ${plural}`;
  return `${n} ${n === 1 ? singular : plural}`;
}
