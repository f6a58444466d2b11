// iCalendar for the jaarplanning. Meeting times are Groningen wall-clock times; they are written as
// UTC instants (converted with the Europe/Amsterdam rules) so every calendar places them correctly.
import { createEvents, type EventAttributes } from 'ics';
import { wallClockAt } from '../../../shared/format';

export interface CalendarMeeting {
  uid: string;
  title: string;
  startsAt: string; // "YYYY-MM-DDTHH:mm", Europe/Amsterdam wall clock
  place: string;
}

const MEETING_HOURS = 2;

/** Amsterdam's offset from UTC at an instant, in minutes. */
function offsetMinutes(instant: number): number {
  const c = wallClockAt(new Date(instant));
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
  return Math.round((asUtc - instant) / 60_000);
}

/** Converts an Amsterdam wall-clock time to the UTC instant (ms). */
export function amsterdamToUtc(wallClock: string): number {
  const [date, time] = wallClock.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // Two rounds settle the offset across a DST change.
  let instant = naive - offsetMinutes(naive) * 60_000;
  instant = naive - offsetMinutes(instant) * 60_000;
  return instant;
}

export function renderYearIcs(meetings: CalendarMeeting[]): string {
  const events: EventAttributes[] = meetings.map((m) => {
    const start = new Date(amsterdamToUtc(m.startsAt));
    return {
      uid: m.uid,
      title: m.title,
      location: m.place,
      start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { hours: MEETING_HOURS },
      productId: 'coalitietafel',
      calName: 'Coalitietafel jaarplanning',
    } satisfies EventAttributes;
  });
  if (events.length === 0) {
    // createEvents refuses an empty list; an empty calendar is still a valid answer.
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:coalitietafel\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Coalitietafel jaarplanning\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics: no output');
  return value;
}
