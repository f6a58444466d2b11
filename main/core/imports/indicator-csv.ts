// Reads indicator values from CSV in the shape a Basismonitor or "Zicht op wijken" export has:
// indicator, gebied, periode, waarde (and optionally bron). Pure functions, no database: the service
// supplies the lookups and decides where valid rows go (a preview, one transaction, or a staging table).
//
// The records themselves come from csv-parse (csv-records.ts), which also takes the text in parts.

import { CITY_AREA, type ImportSampleRow } from '../../../shared/registers';
import type { CsvRecord } from './csv-records';

// ---- Header ----

export type Column = 'indicator' | 'area' | 'period' | 'value' | 'source';
export interface CsvHeader {
  columns: Record<Column, number>; // index, or -1 for the optional source column
}

// Header names as the exports spell them; matched case-insensitively.
const HEADER_NAMES: Record<Column, readonly string[]> = {
  indicator: ['indicator', 'indicatornaam', 'naam indicator', 'kernindicator'],
  area: ['gebied', 'gebiedsnaam', 'wijk', 'area'],
  period: ['periode', 'jaar', 'period'],
  value: ['waarde', 'value'],
  source: ['bron', 'source'],
};
const REQUIRED_LABELS: Record<Exclude<Column, 'source'>, string> = {
  indicator: 'indicator',
  area: 'gebied',
  period: 'periode',
  value: 'waarde',
};

/** Reads the header, or explains in Dutch what is missing. */
export function readHeader(headerFields: readonly string[]): CsvHeader | { error: string } {
  const names = headerFields.map((n) => n.trim().toLowerCase().replace(/\s+/g, ' '));
  const find = (column: Column) => names.findIndex((n) => HEADER_NAMES[column].includes(n));
  const columns = {
    indicator: find('indicator'),
    area: find('area'),
    period: find('period'),
    value: find('value'),
    source: find('source'),
  };
  const missing = (Object.keys(REQUIRED_LABELS) as (keyof typeof REQUIRED_LABELS)[]).filter((c) => columns[c] < 0);
  if (missing.length > 0) {
    const list = missing.map((c) => `"${REQUIRED_LABELS[c]}"`).join(', ');
    return {
      error:
        `De kopregel mist ${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${list}. ` +
        'Verwacht worden de kolommen indicator, gebied, periode en waarde (met ; of , ertussen).',
    };
  }
  return { columns };
}

// ---- Values ----

/**
 * A number as Dutch and English exports write it: "12,5", "12.5", "1.234,5", "1,234.5", "-3", "12,5%".
 * Returns null for anything else, including the "-" or "." the Basismonitor prints for a missing figure.
 */
export function parseNumber(raw: string): number | null {
  let s = raw.trim().replace(/\s+/g, '');
  if (s.endsWith('%')) s = s.slice(0, -1);
  let normal: string | null = null;
  if (/^[+-]?\d+$/.test(s)) normal = s;
  else if (/^[+-]?\d*[.,]\d+$/.test(s)) normal = s.replace(',', '.');
  else if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s)) normal = s.replace(/,/g, '');
  if (normal === null) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** "2024", "2024-Q1" (also "2024 Q1", "Q1 2024", "2024-kw1"), or "2024-03". Null when not recognised. */
export function parsePeriod(raw: string): string | null {
  const s = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const inRange = (y: string) => Number(y) >= 1900 && Number(y) <= 2100;
  let m = /^(\d{4})$/.exec(s);
  if (m) return inRange(m[1]!) ? m[1]! : null;
  m = /^(\d{4}) ?[-/ ]? ?(?:Q|KW)([1-4])$/.exec(s);
  if (m) return inRange(m[1]!) ? `${m[1]}-Q${m[2]}` : null;
  m = /^(?:Q|KW)([1-4]) ?[-/ ]? ?(\d{4})$/.exec(s);
  if (m) return inRange(m[2]!) ? `${m[2]}-Q${m[1]}` : null;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return inRange(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null;
  return null;
}

// ---- Rows ----

export interface Lookups {
  /** Normalised indicator name → id and display name. */
  indicators: Map<string, { id: number; name: string }>;
  /** Normalised wijk id or name, and the city's aliases → area id and display name. */
  areas: Map<string, { id: string; name: string }>;
}

export const normaliseName = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** How exports name the city as a whole. */
export const CITY_ALIASES = ['groningen', 'gemeente', 'stad', 'gemeente groningen', 'stad groningen', 'groningen (gemeente)'];

export function buildLookups(
  indicators: readonly { id: number; name: string }[],
  wijken: readonly { id: string; name: string }[],
  cityName: string,
): Lookups {
  const areas = new Map<string, { id: string; name: string }>();
  for (const alias of CITY_ALIASES) areas.set(alias, { id: CITY_AREA, name: cityName });
  for (const w of wijken) {
    areas.set(normaliseName(w.id), { id: w.id, name: w.name });
    areas.set(normaliseName(w.name), { id: w.id, name: w.name });
  }
  return { indicators: new Map(indicators.map((i) => [normaliseName(i.name), i])), areas };
}

/** A checked data row: what the preview shows of it, and its source. */
export type ParsedRow = ImportSampleRow & { source: string };

/** Checks one data record; returns the row or a Dutch message for the line. */
export function checkRecord(record: CsvRecord, header: CsvHeader, lookups: Lookups): ParsedRow | { line: number; message: string } {
  const { fields } = record;
  const get = (column: Column) => {
    const index = header.columns[column];
    return index < 0 ? '' : (fields[index] ?? '').trim();
  };
  const problems: string[] = [];
  const indicatorRaw = get('indicator');
  const areaRaw = get('area');
  const periodRaw = get('period');
  const valueRaw = get('value');

  const indicator = indicatorRaw === '' ? undefined : lookups.indicators.get(normaliseName(indicatorRaw));
  if (indicatorRaw === '') problems.push('de indicator ontbreekt');
  else if (!indicator) problems.push(`indicator "${clip(indicatorRaw)}" is onbekend (leg die eerst vast bij Indicatoren)`);

  const area = areaRaw === '' ? undefined : lookups.areas.get(normaliseName(areaRaw));
  if (areaRaw === '') problems.push('het gebied ontbreekt');
  else if (!area) problems.push(`gebied "${clip(areaRaw)}" is geen bekende wijk en niet Groningen als geheel`);

  const period = periodRaw === '' ? null : parsePeriod(periodRaw);
  if (periodRaw === '') problems.push('de periode ontbreekt');
  else if (period === null) problems.push(`periode "${clip(periodRaw)}" wordt niet herkend (gebruik bijvoorbeeld 2024, 2024-Q1 of 2024-03)`);

  const value = valueRaw === '' ? null : parseNumber(valueRaw);
  if (valueRaw === '') problems.push('de waarde ontbreekt');
  else if (value === null) problems.push(`waarde "${clip(valueRaw)}" is geen getal`);

  if (problems.length > 0 || !indicator || !area || period === null || value === null) {
    const text = problems.join('; ');
    return { line: record.line, message: `${text[0]!.toUpperCase()}${text.slice(1)}.` };
  }
  return {
    line: record.line,
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    area: area.id,
    areaName: area.name,
    period,
    value,
    source: get('source').slice(0, 500),
  };
}

export const duplicateMessage = (firstLine: number): string =>
  `Dubbele regel: dezelfde indicator, hetzelfde gebied en dezelfde periode staan al op regel ${firstLine}.`;

function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export const isRowError = (r: ParsedRow | { line: number; message: string }): r is { line: number; message: string } =>
  'message' in r;
