// The period the Grafieken screen opens the vinkjes chart with: the last twelve months up to today.
import { describe, expect, it } from 'vitest';
import { defaultVinkjesPeriod, twelveMonthsBefore } from '../../renderer/charts/period';
import { nextDay } from '../../main/core/services/charts.service';

describe('vinkjes chart period', () => {
  it('starts the day after the same date a year ago', () => {
    expect(twelveMonthsBefore('2026-11-28')).toBe('2025-11-29');
    expect(twelveMonthsBefore('2026-12-31')).toBe('2026-01-01');
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-03-02'); // 29 February 2027 does not exist: 1 March + 1
    expect(twelveMonthsBefore('2027-02-28')).toBe('2026-03-01');
  });

  it('opens on the last twelve months with an open end, in Groningen time', () => {
    // 23:30 UTC on 31 December is already 1 January in Groningen.
    expect(defaultVinkjesPeriod(new Date('2026-12-31T23:30:00Z'))).toEqual({ from: '2026-01-02', to: '' });
    expect(defaultVinkjesPeriod(new Date('2026-11-28T12:00:00Z'))).toEqual({ from: '2025-11-29', to: '' });
  });

  it('ends a period at the start of the next day', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
  });
});
