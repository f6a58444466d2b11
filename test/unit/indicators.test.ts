// Indicators per theme, values by hand, and the CSV import in the shape of a Basismonitor / "Zicht op wijken"
// export: preview with Dutch per-row errors writing nothing, commit in one transaction, and the chunked path
// for 100,000 rows with progress (issue 4, done-when 1 and 3). Also the chart data (done-when 4).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { IMPORT_CHUNK_CHARS, type ImportProgress } from '../../shared/registers';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;

async function indicator(name: string, themeId = 'wonen', better: 'hoger' | 'lager' = 'hoger', unit = '%') {
  return core.call('indicators:create', { themeId, name, unit, source: 'Basismonitor Groningen', better });
}

describe('indicators', () => {
  it('creates, edits, finds and removes an indicator, and enters values by hand', async () => {
    const woz = await indicator('Tevredenheid met de woning');
    expect(woz).toMatchObject({ themeId: 'wonen', unit: '%', better: 'hoger', valueCount: 0, latestPeriod: null });
    const edited = await core.call('indicators:update', { id: woz.id, themeId: 'wonen', name: 'Tevredenheid woning', unit: '%', better: 'hoger', source: 'Basismonitor' });
    expect(edited.name).toBe('Tevredenheid woning');
    expect(await core.dispatch('indicators:create', { themeId: 'wonen', name: 'tevredenheid WONING', better: 'hoger' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await indicator('Werkloosheid', 'werken', 'lager');
    expect((await core.call('indicators:list', { themeId: 'werken' })).map((i) => i.name)).toEqual(['Werkloosheid']);

    const v = await core.call('indicators:setValue', { indicatorId: woz.id, area: 'selwerd', period: '2024', value: 61.5 });
    expect(v).toMatchObject({ areaName: 'Selwerd', value: 61.5 });
    const again = await core.call('indicators:setValue', { indicatorId: woz.id, area: 'selwerd', period: '2024', value: 62, source: 'Enquête' });
    expect(again).toMatchObject({ id: v.id, value: 62, source: 'Enquête' });
    await core.call('indicators:setValue', { indicatorId: woz.id, area: 'groningen', period: '2024', value: 75 });
    expect((await core.call('indicators:values', { indicatorId: woz.id })).map((x) => [x.areaName, x.value])).toEqual([
      ['Selwerd', 62],
      ['Groningen (gemeente)', 75],
    ]);
    const before = snapshot(core.db);
    for (const [input, message] of [
      [{ indicatorId: woz.id, area: 'atlantis', period: '2024', value: 1 }, /Onbekend gebied/],
      [{ indicatorId: woz.id, area: 'selwerd', period: '24', value: 1 }, /2024-Q1/],
      [{ indicatorId: woz.id, area: 'selwerd', period: '2024', value: '12' }, /getal/],
    ] as const) {
      const result = await core.dispatch('indicators:setValue', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    const refused = await core.dispatch('indicators:remove', { id: woz.id });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Indicator "Tevredenheid woning" heeft 2 waarden; bevestig dat die ook worden verwijderd.' } });
    expect(snapshot(core.db)).toEqual(before);

    await core.call('indicators:removeValue', { id: v.id });
    await core.call('indicators:remove', { id: woz.id, withValues: true });
    expect(count('SELECT count(*) FROM indicator_values')).toBe(0);
  });
});

describe('CSV import', () => {
  const GOOD_AND_BAD = [
    '\uFEFFIndicator;Gebied;Periode;Waarde;Bron',
    'Tevredenheid woning;Selwerd;2024;62,5;Basismonitor',
    'Tevredenheid woning;selwerd;2023;"60,25";Basismonitor',
    'tevredenheid woning;Groningen;2024;71;Basismonitor',
    'Tevredenheid woning;gemeente;2023;70,0;Basismonitor',
    'Tevredenheid woning;De Hoogte/Indische buurt;2024 Q2;1.234,5;',
    'Werkloosheid;Beijum;2024;7,1%;',
    'Onbekende indicator;Selwerd;2024;1;',
    'Werkloosheid;Atlantis;2024;1;',
    'Werkloosheid;Beijum;vorig jaar;1;',
    'Werkloosheid;Lewenborg;2024;-;',
    'Werkloosheid;Lewenborg;2024;;',
    ';;;;',
    'Werkloosheid;Beijum;2024;8;',
    '',
  ].join('\r\n');

  it('previews good and bad rows with Dutch per-row errors and writes nothing', async () => {
    await indicator('Tevredenheid woning');
    await indicator('Werkloosheid', 'werken', 'lager');
    const before = snapshot(core.db);
    const preview = await core.call('indicators:importPreview', { csv: GOOD_AND_BAD });
    expect(preview).toEqual({
      rows: 6,
      errorCount: 6,
      errors: [
        { line: 8, message: 'Indicator "Onbekende indicator" is onbekend (leg die eerst vast bij Indicatoren).' },
        { line: 9, message: 'Gebied "Atlantis" is geen bekende wijk en niet Groningen als geheel.' },
        { line: 10, message: 'Periode "vorig jaar" wordt niet herkend (gebruik bijvoorbeeld 2024, 2024-Q1 of 2024-03).' },
        { line: 11, message: 'Waarde "-" is geen getal.' },
        { line: 12, message: 'De waarde ontbreekt.' },
        { line: 14, message: 'Dubbele regel: dezelfde indicator, hetzelfde gebied en dezelfde periode staan al op regel 7.' },
      ],
      sample: [
        { line: 2, indicatorId: 1, indicatorName: 'Tevredenheid woning', area: 'selwerd', areaName: 'Selwerd', period: '2024', value: 62.5 },
        { line: 3, indicatorId: 1, indicatorName: 'Tevredenheid woning', area: 'selwerd', areaName: 'Selwerd', period: '2023', value: 60.25 },
        { line: 4, indicatorId: 1, indicatorName: 'Tevredenheid woning', area: 'groningen', areaName: 'Groningen (gemeente)', period: '2024', value: 71 },
        { line: 5, indicatorId: 1, indicatorName: 'Tevredenheid woning', area: 'groningen', areaName: 'Groningen (gemeente)', period: '2023', value: 70 },
        { line: 6, indicatorId: 1, indicatorName: 'Tevredenheid woning', area: 'de-hoogte-indische-buurt', areaName: 'De Hoogte/Indische buurt', period: '2024-Q2', value: 1234.5 },
        { line: 7, indicatorId: 2, indicatorName: 'Werkloosheid', area: 'beijum', areaName: 'Beijum', period: '2024', value: 7.1 },
      ],
    });
    expect(snapshot(core.db)).toEqual(before);

    // Confirming with errors is refused and writes nothing; skipping them writes the good rows in one go.
    const refused = await core.dispatch('indicators:importCommit', { csv: GOOD_AND_BAD });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule-violation', message: expect.stringMatching(/^6 regels bevatten fouten; er is niets ingelezen/) } });
    expect(snapshot(core.db)).toEqual(before);
    const result = await core.call('indicators:importCommit', { csv: GOOD_AND_BAD, skipInvalid: true });
    expect(result).toEqual({ written: 6, inserted: 6, updated: 0, skipped: 6 });
    expect(count('SELECT count(*) FROM indicator_values')).toBe(6);
    expect(core.db.prepare("SELECT value, source FROM indicator_values WHERE area = 'selwerd' AND period = '2024'").get()).toEqual({ value: 62.5, source: 'Basismonitor' });

    // Importing again updates rather than duplicates.
    const fixed = 'indicator,gebied,periode,waarde\nTevredenheid woning,Selwerd,2024,"63,5"\nTevredenheid woning,stad,2025,72.5\n';
    expect(await core.call('indicators:importCommit', { csv: fixed })).toEqual({ written: 2, inserted: 1, updated: 1, skipped: 0 });
    expect(core.db.prepare("SELECT value FROM indicator_values WHERE area = 'selwerd' AND period = '2024'").pluck().get()).toBe(63.5);
  });

  it('explains a header without the expected columns', async () => {
    const result = await core.dispatch('indicators:importPreview', { csv: 'naam;wijk;jaar\nX;Selwerd;2024\n' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'rule-violation',
        message:
          'De kopregel mist de kolommen "indicator", "waarde". Verwacht worden de kolommen indicator, gebied, periode en waarde (met ; of , ertussen).',
      },
    });
    const start = await core.dispatch('indicators:importStart', { csv: 'naam;wijk;jaar\n' });
    expect(start).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
  });

  it('stages a chunked import with errors without writing, and refuses to finish until asked to skip them', async () => {
    await indicator('Tevredenheid woning');
    await indicator('Werkloosheid', 'werken', 'lager');
    const before = snapshot(core.db);
    // Parts cut mid-line and mid-quote: the unfinished record carries over to the next part.
    const cut1 = GOOD_AND_BAD.indexOf('"60,') + 2;
    const cut2 = GOOD_AND_BAD.indexOf('Atlantis') + 3;
    let progress = await core.call('indicators:importStart', { csv: GOOD_AND_BAD.slice(0, cut1), more: true });
    const { importId } = progress;
    progress = await core.call('indicators:importAppend', { importId, chunk: GOOD_AND_BAD.slice(cut1, cut2), more: true });
    expect(progress.complete).toBe(false);
    progress = await core.call('indicators:importAppend', { importId, chunk: GOOD_AND_BAD.slice(cut2) });
    expect(progress).toMatchObject({ complete: true, total: 12, processed: 0, done: false });
    expect(await core.dispatch('indicators:importFinish', { importId })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/0 van 12/) } });
    while (!progress.done) progress = await core.call('indicators:importNext', { importId, maxRows: 5 });
    expect(progress).toMatchObject({ total: 12, processed: 12, valid: 6, errorCount: 6, done: true });
    const report = await core.call('indicators:importReport', { importId });
    const preview = await core.call('indicators:importPreview', { csv: GOOD_AND_BAD });
    expect({ rows: report.rows, errors: report.errors, errorCount: report.errorCount, sample: report.sample }).toEqual(preview);
    expect(snapshot(core.db)).toEqual(before);

    expect(await core.dispatch('indicators:importFinish', { importId })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^6 regels bevatten fouten/) } });
    expect(snapshot(core.db)).toEqual(before);
    expect(await core.call('indicators:importFinish', { importId, skipInvalid: true })).toEqual({ written: 6, inserted: 6, updated: 0, skipped: 6 });
    expect(count('SELECT count(*) FROM indicator_values')).toBe(6);
    // The staging is gone once finished.
    expect(await core.dispatch('indicators:importNext', { importId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('imports 100,000 rows in parts with progress, writing only at the end', async () => {
    const wijken = ['Selwerd', 'De Hoogte/Indische buurt', 'Beijum', 'Lewenborg', 'de Wijert', 'Paddepoel', 'Groningen'];
    const names: string[] = [];
    for (let i = 1; i <= 20; i++) names.push((await indicator(`Indicator ${String(i).padStart(2, '0')}`)).name);
    const lines = ['indicator;gebied;periode;waarde'];
    outer: for (let month = 0; ; month++) {
      const period = `${1990 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
      for (const name of names) {
        for (const wijk of wijken) {
          lines.push(`${name};${wijk};${period};${(month % 97) + 0.25 * names.indexOf(name)}`.replace('.', ','));
          if (lines.length > 100_000) break outer;
        }
      }
    }
    const csv = `${lines.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(3_000_000);
    const before = snapshot(core.db);

    const started = performance.now();
    const parts: string[] = [];
    for (let at = 0; at < csv.length; at += IMPORT_CHUNK_CHARS) parts.push(csv.slice(at, at + IMPORT_CHUNK_CHARS));
    let progress: ImportProgress = await core.call('indicators:importStart', { csv: parts[0]!, more: parts.length > 1 });
    for (const [i, part] of parts.slice(1).entries()) {
      progress = await core.call('indicators:importAppend', { importId: progress.importId, chunk: part, more: i < parts.length - 2 });
    }
    expect(progress).toMatchObject({ complete: true, total: 100_000, processed: 0 });
    const received = performance.now();
    const seen: number[] = [];
    while (!progress.done) {
      progress = await core.call('indicators:importNext', { importId: progress.importId, maxRows: 10_000 });
      seen.push(progress.processed);
    }
    expect(seen).toEqual([10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 90_000, 100_000]);
    expect(progress).toMatchObject({ valid: 100_000, errorCount: 0 });
    expect(snapshot(core.db)).toEqual(before); // staged, not written
    const checked = performance.now();
    const result = await core.call('indicators:importFinish', { importId: progress.importId });
    const finished = performance.now();
    expect(result).toEqual({ written: 100_000, inserted: 100_000, updated: 0, skipped: 0 });
    expect(count('SELECT count(*) FROM indicator_values')).toBe(100_000);
    expect(core.db.prepare("SELECT value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.name = 'Indicator 03' AND area = 'beijum' AND period = '1990-01'").pluck().get()).toBe(0.5);

    const ms = (a: number, b: number) => Math.round(b - a);
    console.log(
      `100.000 regels: ontvangen ${ms(started, received)} ms in ${parts.length} delen, gecontroleerd ${ms(received, checked)} ms, ` +
        `weggeschreven ${ms(checked, finished)} ms; totaal ${ms(started, finished)} ms`,
    );
    expect(finished - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('indicator chart', () => {
  it('shows each wijk against the city over time and whether it falls further behind', async () => {
    const ind = await indicator('Tevredenheid woning');
    const low = await indicator('Werkloosheid', 'werken', 'lager');
    await core.call('indicators:importCommit', {
      csv: [
        'indicator;gebied;periode;waarde',
        'Tevredenheid woning;Groningen;2022;70',
        'Tevredenheid woning;Groningen;2023;72',
        'Tevredenheid woning;Groningen;2024;74',
        'Tevredenheid woning;Selwerd;2022;60',
        'Tevredenheid woning;Selwerd;2024;61',
        'Tevredenheid woning;Beijum;2023;71',
        'Tevredenheid woning;Beijum;2024;74',
        'Werkloosheid;Groningen;2023;5',
        'Werkloosheid;Groningen;2024;5',
        'Werkloosheid;Beijum;2023;9',
        'Werkloosheid;Beijum;2024;8',
      ].join('\n'),
    });
    const chart = await core.call('charts:indicator', { indicatorId: ind.id });
    expect(chart.periods).toEqual(['2022', '2023', '2024']);
    expect(chart.themeName).toBe('Wonen');
    expect(chart.series.map((s) => [s.areaName, s.values, s.gapFirst, s.gapLast, s.fallingBehind])).toEqual([
      ['Selwerd', [60, null, 61], -10, -13, true],
      ['Beijum', [null, 71, 74], -1, 0, false],
      ['Groningen (gemeente)', [70, 72, 74], null, null, null],
    ]);
    const unemployment = await core.call('charts:indicator', { indicatorId: low.id });
    expect(unemployment.series.find((s) => s.area === 'beijum')).toMatchObject({ gapFirst: 4, gapLast: 3, fallingBehind: false });
  });
});
