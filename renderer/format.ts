// Dutch (nl-NL) formatting of the store's dates. Meeting times are wall-clock times in Groningen
// ("YYYY-MM-DDTHH:mm"), so they are formatted from their parts, never shifted by the machine's time zone.

const WEEKDAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
const MONTHS = [
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

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
const ZONE = 'Europe/Amsterdam';

function parseWallClock(value: string): WallClock | null {
  const m = LOCAL_PATTERN.exec(value);
  if (m) {
    return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0) };
  }
  // An instant with a zone (e.g. an ISO timestamp from the store): show it as Groningen sees it.
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : wallClockAt(instant);
}

function wallClockAt(instant: Date): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function weekday(c: WallClock): string {
  return WEEKDAYS[new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay()]!;
}

/** "do 3 december 2026, 19:30" */
export function formatDateTime(value: string): string {
  const c = parseWallClock(value);
  if (!c) return value;
  return `${weekday(c)} ${c.day} ${MONTHS[c.month - 1]} ${c.year}, ${pad(c.hour)}:${pad(c.minute)}`;
}

/** "3 december 2026", or with the weekday "do 3 december 2026". */
export function formatDate(value: string, options: { weekday?: boolean } = {}): string {
  const c = parseWallClock(value);
  if (!c) return value;
  const date = `${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
  return options.weekday ? `${weekday(c)} ${date}` : date;
}

/** The current wall-clock time in Groningen as "YYYY-MM-DDTHH:mm", comparable with startsAt. */
export function nowLocalDateTime(now: Date = new Date()): string {
  const c = wallClockAt(now);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** Today in Groningen as "YYYY-MM-DD". */
export function todayLocalDate(now: Date = new Date()): string {
  return nowLocalDateTime(now).slice(0, 10);
}

/** "1 agendapunt", "3 agendapunten", "geen agendapunten". */
export function countLabel(n: number, singular: string, plural: string): string {
  if (n === 0) return `geen ${plural}`;
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "de maatschappelijke coalitie", "het programmateam": for use inside a sentence. */
export function bodyInSentence(body: 'coalitie' | 'programmateam'): string {
  return body === 'coalitie' ? 'de maatschappelijke coalitie' : 'het programmateam';
}
