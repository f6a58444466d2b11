// Dutch numbers and periods for the monitoring screens: "61,5", "1.234,5", "2e kwartaal 2024", "maart 2024".
import { MONTHS } from '../../shared/format';
import type { Theme } from '../../shared/domain';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** 1234.5 → "1.234,5" */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : numberFormat.format(n);
}

/** A value with its unit: "61,5%", "7,1 per 1.000 inwoners". */
export function withUnit(n: number | null | undefined, unit: string): string {
  if (n === null || n === undefined) return '—';
  const v = formatNumber(n);
  if (!unit) return v;
  return unit === '%' ? `${v}%` : `${v} ${unit}`;
}

/** "+3", "−2,5", "0" — a difference with its sign. */
export function formatSigned(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`;
}

/**
 * Reads a number as people type it here: "61,5", "1.234,5", "1234.5", "-3". Returns null for anything else
 * (an empty field included), so the form can say so in Dutch.
 */
export function parseNumber(input: string): number | null {
  const s = input.trim().replace(/\s/g, '').replace(/^−/, '-');
  if (s === '') return null;
  let normal: string;
  if (s.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && !/^-?\d+(,\d+)?$/.test(s)) return null;
    normal = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3}){1,}$/.test(s) && s.split('.').length > 2) {
    normal = s.replace(/\./g, ''); // "1.234.567"
  } else if (/^-?\d+(\.\d+)?$/.test(s)) {
    normal = s;
  } else {
    return null;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** "2024" → "2024", "2024-Q2" → "2e kwartaal 2024", "2024-03" → "maart 2024". */
export function formatPeriod(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[2]}e kwartaal ${q[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return period;
}

/** "2024", "2024-Q1" or "2024-03", after trimming; "2024 Q1" and "2024-q1" are read as "2024-Q1". */
export function normalisePeriod(input: string): string | null {
  const s = input.trim().toUpperCase().replace(/\s+/g, '-');
  return /^(19|20|21)\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(s) ? s : null;
}

/** Names for ids, in the order given; an unknown id is shown as it is. */
export function namesOf(ids: readonly string[], all: readonly { id: string; name?: string; title?: string }[]): string[] {
  return ids.map((id) => {
    const found = all.find((x) => x.id === id);
    return found ? (found.name ?? found.title ?? id) : id;
  });
}

/** "a", "a en b", "a, b en c" */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** Theme names as the plan has them: a theme still being worked out says so. */
export function themeLabels(ids: readonly string[], themes: readonly Theme[]): string[] {
  return ids.map((id) => {
    const t = themes.find((x) => x.id === id);
    if (!t) return id;
    return t.status === 'in ontwikkeling' ? `${t.name} (in ontwikkeling)` : t.name;
  });
}
