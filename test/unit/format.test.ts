// shared/format.ts: the one Dutch date formatting the screens and the exports share. Wall-clock values are never
// shifted by the machine's zone (the tests run in whatever zone CI has); instants are shown as Groningen sees them.
import { describe, expect, it } from 'vitest';

// Far from Groningen, so a formatter that leaned on the machine's zone would show it.
process.env.TZ = 'America/New_York';
import { formatDate, formatDateTime, formatInstant, nowLocalDateTime, todayLocalDate } from '../../shared/format';

describe('Dutch dates', () => {
  it('formats a date, with a short or a long weekday', () => {
    expect(formatDate('2026-12-03')).toBe('3 december 2026');
    expect(formatDate('2026-12-03', { weekday: 'short' })).toBe('do 3 december 2026');
    expect(formatDate('2026-12-03', { weekday: 'long' })).toBe('donderdag 3 december 2026');
    expect(formatDate('2027-01-01T00:30')).toBe('1 januari 2027');
  });

  it('formats a wall-clock meeting time without shifting it, also across the summer-time change', () => {
    expect(formatDateTime('2026-12-03T19:30')).toBe('do 3 december 2026, 19:30');
    expect(formatDateTime('2026-03-29T02:30', { weekday: 'long' })).toBe('zondag 29 maart 2026, 02:30');
    expect(formatDateTime('2026-10-25T02:30:00')).toBe('zo 25 oktober 2026, 02:30');
  });

  it('shows an instant as Groningen sees it', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Groningen (winter: UTC+1).
    expect(formatInstant('2026-12-04T23:30:00Z')).toBe('5 december 2026 om 00:30');
    expect(formatInstant(new Date('2026-07-01T08:05:09Z'), { seconds: true })).toBe('1 juli 2026 om 10:05:09');
    expect(formatDate('2026-07-01T22:00:00.000Z')).toBe('2 juli 2026');
    expect(nowLocalDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30');
  });

  it('gives the date in Groningen for an instant', () => {
    expect(todayLocalDate(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(todayLocalDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayLocalDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('leaves what is not a date as it was', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('morgen')).toBe('morgen');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('Week 12')).toBe('Week 12');
    expect(formatDate('12')).toBe('12');
    expect(formatDate('2027')).toBe('2027');
    expect(formatDateTime('2026-12-03T24:30')).toBe('2026-12-03T24:30');
    expect(formatDateTime('onbekend')).toBe('onbekend');
    expect(formatInstant('geen tijd')).toBe('geen tijd');
  });
});
