// The whole archive as one JSON file: export → import into a new store → export is byte-identical.
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/db-snapshot';
import { buildArchive, caller, logicalSnapshot, openTestCore, removeTempDirs, tempDir } from './durability/fixtures';

afterEach(removeTempDirs);

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('archive export and import', () => {
  it('round-trips exactly: export, import into a new store, export again gives the same bytes and the same rows', async () => {
    const source = openTestCore(tempDir(), { userName: 'Bert Popken' });
    const call = caller(source);
    const archive = await buildArchive(call);
    // Values that JSON could blur: a REAL that looks like an integer, a huge integer, a blob, odd text.
    source.db.exec(`CREATE TABLE IF NOT EXISTS zz_types (id INTEGER PRIMARY KEY, r REAL, i INTEGER, b BLOB, a ANY, t TEXT) STRICT`);
    source.db
      .prepare('INSERT INTO zz_types (r, i, b, a, t) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)')
      .run(3.0, 9007199254740993n, Buffer.from([0, 1, 2, 255]), 2.5, 'regel\nmet "quotes" en \u0000 nul', -0.5, -42n, null, 7n, '');
    const first = await call('archive:export', {});
    expect(first).toMatchObject({ complete: true, problems: [] });
    expect(first.file).toMatchObject({ mimeType: 'application/json', fileName: expect.stringMatching(/^coalitietafel-archief-\d{4}-\d{2}-\d{2}\.json$/) });
    expect(first.rows).toBeGreaterThan(200);

    const target = openTestCore(tempDir(), { userName: 'iemand anders' });
    // The target needs the same schema, including the extra table.
    target.db.exec(`CREATE TABLE IF NOT EXISTS zz_types (id INTEGER PRIMARY KEY, r REAL, i INTEGER, b BLOB, a ANY, t TEXT) STRICT`);
    const imported = await caller(target)('archive:import', { json: text(first.file.base64) });
    expect(imported).toMatchObject({ tables: first.tables, rows: first.rows, message: expect.stringMatching(/Het archief is ingelezen/) });

    const second = await caller(target)('archive:export', {});
    expect(text(second.file.base64)).toBe(text(first.file.base64));
    expect(logicalSnapshot(target.db)).toEqual(logicalSnapshot(source.db));
    // The strict helper too, minus FTS5's internal segments (their bytes depend on the order of past edits).
    const withoutShadow = (s: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(s).filter(([name]) => !/^search_index_(data|idx|docsize|config|content)$/.test(name)));
    expect(withoutShadow(snapshot(target.db))).toEqual(withoutShadow(snapshot(source.db)));
    expect(target.db.prepare('SELECT typeof(r), typeof(i), i, typeof(b), typeof(a) FROM zz_types WHERE id = 1').raw().safeIntegers().get()).toEqual([
      'real',
      'integer',
      9007199254740993n,
      'blob',
      'real',
    ]);

    // The imported store works: search, the chain, and the locks of adopted minutes came along.
    const t = caller(target);
    expect((await t('search:query', { q: 'Stratenaanpak' })).length).toBeGreaterThan(0);
    expect(await t('integrity:verifyChain', {})).toMatchObject({ ok: true, checked: 2 });
    const locked = await target.dispatch('decisions:decide', { agendaItemId: archive.decisionItemId, outcome: 'verworpen', text: 'Toch niet.' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    // The audit trail of the source came along, and new changes are recorded again.
    expect((await t('audit:list', { limit: 500 })).some((e) => e.actor === 'Bert Popken')).toBe(true);
    await t('milestones:create', { date: '2027-01-10', title: 'Na de import' });
    expect((await t('audit:list', { tableName: 'milestones', limit: 1 }))[0]).toMatchObject({ operation: 'INSERT', after: { title: 'Na de import' } });
    source.close();
    target.close();
  });

  it('keeps the organisations’ caveats: an inferred sector stays marked, one the coalition set stays its own', async () => {
    const source = openTestCore(tempDir());
    const call = caller(source);
    const organisations = await call('coalition:list', {});
    const werkpro = organisations.find((o) => o.name === 'WerkPro')!;
    await call('organisations:update', { id: werkpro.id, name: werkpro.name, sector: 'werkgevers' });
    // Set to another sector and back to the profile's: the coalition's own choice now, not to be marked again.
    const huismeesters = organisations.find((o) => o.name === 'De Huismeesters')!;
    await call('organisations:update', { id: huismeesters.id, name: huismeesters.name, sector: 'overig' });
    await call('organisations:update', { id: huismeesters.id, name: huismeesters.name, sector: 'woningcorporatie' });
    const marks = async (c: typeof call) =>
      (await c('coalition:list', {})).map((o) => ({ name: o.name, sector: o.sector, sectorInferred: o.sectorInferred, planNote: o.planNote }));
    const exported = await marks(call);
    expect(exported).toContainEqual({ name: 'WerkPro', sector: 'werkgevers', sectorInferred: false, planNote: null });
    expect(exported).toContainEqual({ name: 'Lefier', sector: 'woningcorporatie', sectorInferred: true, planNote: null });
    expect(exported).toContainEqual({ name: 'De Huismeesters', sector: 'woningcorporatie', sectorInferred: false, planNote: null });
    expect(exported).toContainEqual(expect.objectContaining({ name: 'Het Pand', sectorInferred: false, planNote: expect.stringContaining('Het Pand') }));
    const archive = await call('archive:export', {});
    source.close();

    const dir = tempDir();
    const target = openTestCore(dir);
    await caller(target)('archive:import', { json: text(archive.file.base64) });
    expect(await marks(caller(target))).toEqual(exported);
    target.close();
    // The next start of the imported store leaves them as they are.
    const reopened = openTestCore(dir);
    expect(await marks(caller(reopened))).toEqual(exported);
    reopened.close();
  });

  it('refuses to import into a store that holds someone’s work, and changes nothing', async () => {
    const source = openTestCore(tempDir());
    const exported = await caller(source)('archive:export', {});
    const target = openTestCore(tempDir());
    const person = (await caller(target)('coalition:list', {})).flatMap((o) => o.people)[0]!;
    await caller(target)('people:update', { id: person.id, name: 'Nieuwe naam', organisationId: person.organisationId, role: person.role });
    const before = snapshot(target.db);
    const result = await target.dispatch('archive:import', { json: text(exported.file.base64) });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/alleen worden ingelezen in een nieuwe, lege database/) } });
    expect(snapshot(target.db)).toEqual(before);
    source.close();
    target.close();
  });

  it('refuses what is not a Coalitietafel archive with a Dutch message, and changes nothing', async () => {
    const target = openTestCore(tempDir());
    const good = JSON.parse(text((await caller(target)('archive:export', {})).file.base64)) as Record<string, unknown> & {
      tables: Record<string, { columns: string[]; rows: unknown[][] }>;
    };
    const before = snapshot(target.db);
    const cases: [string, RegExp][] = [
      ['niet json', /geen geldige JSON/],
      ['[]', /geen archiefbestand/],
      [JSON.stringify({ ...good, format: 'iets anders' }), /niet door Coalitietafel gemaakt/],
      [JSON.stringify({ ...good, formatVersion: 99 }), /archiefformaat/],
      [JSON.stringify({ ...good, schemaVersion: 1 }), /schemaversie 1/],
      [JSON.stringify({ ...good, tables: { ...good.tables, __proto__: { columns: [], rows: [] } } }).replace('"tables":{', '"tables":{"__proto__":{"columns":[],"rows":[]},'), /onbekende tabellen \(__proto__/],
      [JSON.stringify({ ...good, tables: { ...good.tables, people: { columns: ['id'], rows: [] } } }), /kolommen van tabel people/],
      [JSON.stringify({ ...good, tables: { ...good.tables, milestones: { columns: good.tables.milestones!.columns, rows: [[1, '2026-01-01']] } } }), /niet 4 waarden/],
      [JSON.stringify({ ...good, tables: { ...good.tables, milestones: { columns: good.tables.milestones!.columns, rows: [[1, '2026-01-01', { evil: true }, '']] } } }), /onbekende waarde/],
      [
        JSON.stringify({ ...good, tables: { ...good.tables, people: { columns: good.tables.people!.columns, rows: [[1, 'Iemand', 424242, 'lid', null]] } } }),
        /verwijst naar rijen die in het archief ontbreken/,
      ],
    ];
    for (const [json, message] of cases) {
      const result = await target.dispatch('archive:import', { json });
      expect(result, json.slice(0, 80)).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
      if (!result.ok) expect(result.error.code).not.toBe('internal');
      expect(snapshot(target.db)).toEqual(before);
    }
    expect(({} as Record<string, unknown>).columns).toBeUndefined();
    target.close();
  });
});
