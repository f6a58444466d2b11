// The embedded profile states the area plan's facts as the plan does, caveats included: every fact in
// resources/ is compared with the extracted facts (scripts/reference, a copy of ../shared/domain), and the
// store and reports show the caveats where the facts are used.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../main/core/store/connection';
import { MIGRATIONS } from '../../main/core/store/migrations/index';
import { readProfileFile } from '../../main/core/store/profile.loader';
import { interventionsChartCaveat } from '../../shared/registers';
import { PROFILE_PATH, REPO_ROOT } from '../helpers/paths';
import { tempCore, type TempCore } from '../helpers/temp-core';

const REFERENCE = join(REPO_ROOT, 'scripts', 'reference', 'groningen-noord.json');
const SHARED = join(REPO_ROOT, '..', 'shared', 'domain', 'groningen-noord.json');

/* eslint-disable @typescript-eslint/no-explicit-any -- the facts file is plain JSON, read field by field */
const facts: any = JSON.parse(readFileSync(REFERENCE, 'utf8'));
const profile = readProfileFile(PROFILE_PATH);
const paragraphs = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('\n\n') : (v ?? ''));

describe('the embedded profile against the area plan', () => {
  it.runIf(existsSync(SHARED))('keeps its copy of the facts equal to the reference beside the repository', () => {
    expect(readFileSync(REFERENCE, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('has the seven vinkjes verbatim and in order', () => {
    const vinkjes = [...facts.vinkjes].sort((a: any, b: any) => a.volgorde - b.volgorde);
    expect(profile.checklist.items.map((i) => [i.key, i.position, i.question])).toEqual(vinkjes.map((v: any) => [v.id, v.volgorde, v.vraag]));
  });

  it('keeps five themes and marks the sixth as in ontwikkeling, with the plan caveats', () => {
    expect(profile.themes.map((t) => [t.key, t.name, t.ambition])).toEqual(facts.themas.map((t: any) => [t.id, t.naam, t.ambitietekst]));
    for (const t of facts.themas) {
      const p = profile.themes.find((x) => x.key === t.id)!;
      expect(p.status, t.id).toBe(String(t.status).startsWith('in ontwikkeling') ? 'in ontwikkeling' : 'thema');
      expect(p.inferred, t.id).toBe(t.inferred === true);
      expect(p.caveat, t.id).toBe(t.toelichting ?? null);
    }
    expect(profile.themes.filter((t) => t.status === 'thema')).toHaveLength(5);
    expect(profile.themes.find((t) => t.key === 'zorg-sport-gezondheid')?.status).toBe('in ontwikkeling');
  });

  it('does not place de Wijert in the area, and says why', () => {
    expect(profile.wijken.map((w) => [w.key, w.name])).toEqual(facts.wijken.map((w: any) => [w.id, w.naam]));
    const wijert = profile.wijken.find((w) => w.key === 'de-wijert')!;
    expect(wijert.inArea).toBe(false);
    expect(wijert.caveat).toBe(facts.wijken.find((w: any) => w.id === 'de-wijert').toelichting);
    expect(profile.wijken.filter((w) => w.inArea).map((w) => w.key)).toEqual(['selwerd', 'de-hoogte-indische-buurt', 'beijum', 'lewenborg', 'paddepoel']);
  });

  it('names every signatory with their organisation', () => {
    expect(profile.people.map((p) => [p.name, p.organisation])).toEqual(facts.coalitie.ondertekenaars.map((o: any) => [o.naam, o.organisatie]));
  });

  it('states each organisation’s sector as the plan does: inferred unless a signatory’s entry states it, with the notes of the facts', () => {
    const signers = facts.coalitie.ondertekenaars;
    const planOrganisations = [...new Set(signers.map((s: any) => s.organisatie))];
    expect(profile.organisations.map((o) => o.name)).toEqual([...planOrganisations, 'Bewonersvertegenwoordiging Groningen-Noord']);
    for (const name of planOrganisations) {
      const own = signers.filter((s: any) => s.organisatie === name);
      const o = profile.organisations.find((x) => x.name === name)!;
      expect(o.sector, String(name)).toBe(own[0].organisatietype ?? null);
      expect(o.sectorInferred, String(name)).toBe(own[0].organisatietype !== null && own.every((s: any) => s.organisatietype_inferred !== false));
      for (const s of own.filter((x: any) => x.opmerking)) expect(o.planNote, String(name)).toContain(s.opmerking);
      if (!own.some((x: any) => x.opmerking)) expect(o.planNote, String(name)).toBeNull();
    }
    const byName = (name: string) => profile.organisations.find((o) => o.name === name)!;
    // Stated by seven entries of "Gemeente Groningen"; the mayor's organisation is the one derived from a role.
    expect(byName('Gemeente Groningen')).toMatchObject({ sectorInferred: false, planNote: expect.stringMatching(/^Koen Schuiling: .*afgeleid uit 'Burgemeester'/) });
    expect(byName('Rijk')).toMatchObject({ sectorInferred: true, planNote: expect.stringContaining('(een rol)') });
    expect(byName('Mbo/hbo partners')).toMatchObject({ sectorInferred: true, planNote: expect.stringContaining('verzamelnaam') });
    expect(byName('Het Pand')).toMatchObject({ sector: null, sectorInferred: false, planNote: expect.stringContaining('zegt niet wat voor organisatie') });
    expect(profile.organisations.filter((o) => o.sectorInferred)).toHaveLength(10);
  });

  it('states the interventions and koppelkansen as the plan does: themes named or marked inferred, why, status', () => {
    for (const i of facts.interventies) {
      const p = profile.interventions.find((x) => x.key === i.id)!;
      expect([p.title, p.summary, p.description, p.themes], i.id).toEqual([i.naam, i.samenvatting ?? '', paragraphs(i.beschrijving), i.thema ? [i.thema] : []]);
      expect(p.themesInferred, i.id).toBe(i.thema_inferred === true);
      if (i.thema_inferred) expect(p.planNote, i.id).toContain(facts.themas.find((t: any) => t.id === i.thema).toelichting);
    }
    expect(profile.interventions.filter((x) => x.kind === 'lopend initiatief' && x.themesInferred).map((x) => x.key)).toEqual(['kansrijk-groningen', 'de-wijk-de-wereld']);
    for (const k of facts.koppelkansen.items) {
      const p = profile.interventions.find((x) => x.key === k.id)!;
      const named = k.themas_genoemd?.length > 0;
      expect(p.themes, k.id).toEqual(named ? k.themas_genoemd : k.themas_inferred.waarden);
      expect(p.themesInferred, k.id).toBe(!named);
      expect(p.why, k.id).toBe(paragraphs(k.waarom));
      if (!named) expect(p.planNote, k.id).toContain(k.themas_inferred.onderbouwing);
      for (const kans of k.aanvullende_kansen ?? []) {
        const child = profile.interventions.find((x) => x.key === `${k.id}-kans-${kans.nr}`)!;
        expect(child.description).toBe(kans.tekst);
        expect(child.parentKey).toBe(k.id);
      }
    }
    const kans = (key: string) => profile.interventions.find((x) => x.key === key)!;
    expect([kans('doorbraakmethode-kans-3').themes, kans('doorbraakmethode-kans-3').themesInferred]).toEqual([['leren'], false]);
    expect([kans('doorbraakmethode-kans-4').themes, kans('doorbraakmethode-kans-4').themesInferred]).toEqual([['veilig-zijn'], false]);
    expect([kans('doorbraakmethode-kans-1').themesInferred, kans('stratenaanpak-kans-2').themesInferred]).toEqual([true, true]);
    expect(kans('doorbraakmethode').status).toBe('lopend');
    expect(kans('doorbraakmethode').planNote).toContain('sinds 2019');
    expect(kans('stratenaanpak').status).toBe('lopend');
    expect(kans('stratenaanpak').planNote).toContain('werkt al goed op kleine schaal');
  });
});

describe('the plan caveats in the store', () => {
  const dirs: string[] = [];
  let core: TempCore | null = null;
  afterEach(() => {
    core?.dispose();
    core = null;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('gives an archive made before the caveats the same facts as a fresh store, keeping what the coalition changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-facts-'));
    dirs.push(dir);
    const file = join(dir, 'old.sqlite');
    const old = openStore(file, { profile, migrations: MIGRATIONS.filter((m) => m.version <= 7), backupFolder: null });
    old.prepare(`UPDATE interventions SET status = 'gestopt' WHERE id = 'stratenaanpak'`).run();
    old.close();

    const migrated = openStore(file, { profile, backupFolder: null });
    const fresh = openStore(join(dir, 'fresh.sqlite'), { profile, backupFolder: null });
    const facts = (db: typeof fresh) => ({
      themes: db.prepare('SELECT id, status, inferred, caveat FROM themes ORDER BY id').all(),
      wijken: db.prepare('SELECT id, in_area, caveat FROM wijken ORDER BY id').all(),
      interventions: db.prepare(`SELECT id, themes_inferred, why, plan_note FROM interventions ORDER BY id`).all(),
      themeLinks: db.prepare('SELECT intervention_id, theme_id FROM intervention_themes ORDER BY 1, 2').all(),
      organisations: db.prepare('SELECT name, sector, sector_inferred, plan_note FROM organisations ORDER BY name').all(),
    });
    expect(facts(migrated)).toEqual(facts(fresh));
    const status = (db: typeof fresh, id: string) => db.prepare('SELECT status FROM interventions WHERE id = ?').pluck().get(id);
    expect([status(fresh, 'doorbraakmethode'), status(fresh, 'stratenaanpak')]).toEqual(['lopend', 'lopend']);
    // The migration moves "idee" to "lopend", never a status the coalition chose.
    expect([status(migrated, 'doorbraakmethode'), status(migrated, 'stratenaanpak')]).toEqual(['lopend', 'gestopt']);
    migrated.close();
    fresh.close();
  });

  it('marks a theme the profile came to call inferred in a store seeded before, unless the coalition chose others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-facts-'));
    dirs.push(dir);
    const file = join(dir, 'seeded.sqlite');
    const unmarked = new Set(['kansrijk-groningen', 'de-wijk-de-wereld']);
    const before = {
      ...profile,
      interventions: profile.interventions.map((i) => (unmarked.has(i.key) ? { ...i, themesInferred: false, planNote: null } : i)),
    };
    const old = openStore(file, { profile: before, backupFolder: null });
    old.prepare(`UPDATE settings SET value = '2' WHERE key = 'profile.facts'`).run();
    old.prepare(`INSERT INTO intervention_themes (intervention_id, theme_id) VALUES ('de-wijk-de-wereld', 'leren')`).run();
    old.close();

    const reopened = openStore(file, { profile, backupFolder: null });
    const row = (id: string) => reopened.prepare('SELECT themes_inferred AS inferred, plan_note AS note FROM interventions WHERE id = ?').get(id);
    expect(row('kansrijk-groningen')).toEqual({ inferred: 1, note: expect.stringContaining("ontbreekt de kop 'Meedoen'") });
    expect(row('de-wijk-de-wereld')).toMatchObject({ inferred: 0 });
    reopened.close();
  });

  it('marks the organisations’ inferred sectors and notes in a store seeded before, keeping a sector the coalition set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-facts-'));
    dirs.push(dir);
    const file = join(dir, 'seeded.sqlite');
    const before = { ...profile, organisations: profile.organisations.map((o) => ({ ...o, sectorInferred: false, planNote: null })) };
    const old = openStore(file, { profile: before, backupFolder: null });
    old.prepare(`UPDATE settings SET value = '3' WHERE key = 'profile.facts'`).run();
    old.prepare(`UPDATE organisations SET sector = 'welzijn' WHERE name = 'WerkPro'`).run();
    old.close();

    const reopened = openStore(file, { profile, backupFolder: null });
    const row = (name: string) =>
      reopened.prepare('SELECT sector, sector_inferred AS inferred, plan_note AS note FROM organisations WHERE name = ?').get(name);
    expect(row('Lefier')).toEqual({ sector: 'woningcorporatie', inferred: 1, note: null });
    expect(row('WerkPro')).toEqual({ sector: 'welzijn', inferred: 0, note: null });
    expect(row('Mbo/hbo partners')).toMatchObject({ inferred: 1, note: expect.stringContaining('verzamelnaam') });
    expect(row('Het Pand')).toMatchObject({ sector: null, inferred: 0, note: expect.stringContaining('Het Pand') });
    expect(row('Nijestee')).toMatchObject({ inferred: 0, note: expect.stringContaining("'woningcorporatie Nijestee'") });
    // Once marked, a sector the coalition later sets back to the profile's value stays its own choice.
    reopened.prepare(`UPDATE organisations SET sector_inferred = 0 WHERE name = 'Lefier'`).run();
    reopened.close();
    const again = openStore(file, { profile, backupFolder: null });
    expect(again.prepare(`SELECT sector_inferred FROM organisations WHERE name = 'Lefier'`).pluck().get()).toBe(0);
    again.close();
  });

  it('makes an organisation’s sector the coalition’s own once it sets one, and says in the report which are inferred', async () => {
    core = tempCore();
    const lefier = (await core.call('coalition:list', {})).find((o) => o.name === 'Lefier')!;
    expect([lefier.sector, lefier.sectorInferred, lefier.planNote]).toEqual(['woningcorporatie', true, null]);
    const mbo = (await core.call('coalition:list', {})).find((o) => o.name === 'Mbo/hbo partners')!;
    expect(mbo).toMatchObject({ sectorInferred: true, planNote: expect.stringContaining('verzamelnaam') });

    const report = async () => (await core!.call('reports:preview', { layer: 2, year: 2026 })).blocks;
    const rowOf = (blocks: Awaited<ReturnType<typeof report>>, name: string) =>
      blocks.flatMap((b) => (b.type === 'table' && b.caption.startsWith('Inzet per organisatie') ? b.rows : [])).find((r) => r[0] === name);
    const blocks = await report();
    expect(rowOf(blocks, 'Lefier')?.[1]).toBe('Woningcorporaties (afgeleid)');
    expect(rowOf(blocks, 'Politie')?.[1]).toBe('Politie');
    expect(JSON.stringify(blocks)).toContain('Een sector met “(afgeleid)” noemt het gebiedsplan niet');
    expect(blocks).toContainEqual({ type: 'bullets', items: expect.arrayContaining([expect.stringMatching(/^Mbo\/hbo partners — Geen enkele organisatie/)]) });

    // Saving it unchanged keeps the mark; setting a sector makes it the coalition's, the plan's note stays.
    const same = { id: lefier.id, name: lefier.name, sector: 'woningcorporatie' };
    expect((await core.call('organisations:update', same)).sectorInferred).toBe(true);
    expect((await core.call('organisations:update', { ...same, sector: 'woningcorporaties' })).sectorInferred).toBe(false);
    expect((await core.call('organisations:update', { id: mbo.id, name: mbo.name, sector: 'overig' })).planNote).toContain('verzamelnaam');
    expect(rowOf(await report(), 'Lefier')?.[1]).toBe('Woningcorporaties');
  });

  it('asks no trekkers for a theme still in development', async () => {
    core = tempCore();
    const gaps = await core.call('themes:trekkerGaps', {});
    expect(gaps.map((g) => g.themeId)).toEqual(['leren', 'werken', 'wonen', 'veilig-zijn', 'meedoen']);
  });

  it('marks inferred themes as the coalition\'s own once it changes them', async () => {
    core = tempCore();
    const before = await core.call('interventions:get', { id: 'wijkbedrijvigheid' });
    expect(before.themesInferred).toBe(true);
    expect(before.why).toContain('Rond wijkbedrijven zien we positieve ontwikkelingen');
    const same = { id: before.id, title: before.title, themeIds: before.themeIds, wijkIds: before.wijkIds };
    // Saving the same themes keeps them marked as inferred; choosing others makes them the coalition's.
    expect((await core.call('interventions:update', same)).themesInferred).toBe(true);
    const after = await core.call('interventions:update', { ...same, themeIds: ['werken'] });
    expect([after.themeIds, after.themesInferred]).toEqual([['werken'], false]);
  });

  const markdownOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64').toString('utf8');

  it('gives layer 1 no section for a wijk the plan does not place in the area, and says why', async () => {
    core = tempCore();
    const md = markdownOf(await core.call('reports:export', { layer: 1, year: 2026, format: 'md' }));
    expect(md).toContain('## Selwerd in 2026');
    expect(md).not.toContain('## de Wijert in 2026');
    expect(md).toContain('de Wijert: niet vastgesteld dat deze wijk tot Groningen-Noord hoort.');
    // Asked for by name, it still gets its section, with the caveat.
    const own = markdownOf(await core.call('reports:export', { layer: 1, wijkId: 'de-wijert', year: 2026, format: 'md' }));
    expect(own).toContain('## de Wijert in 2026');
    expect(own).toContain('niet vastgesteld dat deze wijk tot Groningen-Noord hoort');
  });

  it('says, beside the count of interventions per theme, which themes are inferred and which theme is still in development', async () => {
    core = tempCore();
    const chart = await core.call('charts:interventions', {});
    const direct = core.db
      .prepare(
        `SELECT it.theme_id AS themeId, sum(i.themes_inferred) AS n FROM intervention_themes it JOIN interventions i ON i.id = it.intervention_id GROUP BY it.theme_id`,
      )
      .all() as { themeId: string; n: number }[];
    for (const d of direct) expect(chart.rows.find((r) => r.themeId === d.themeId)!.inferred, d.themeId).toBe(d.n);
    const meedoen = chart.rows.find((r) => r.themeId === 'meedoen')!;
    expect(meedoen.inferred).toBe(meedoen.total);
    expect(chart.rows.filter((r) => r.inDevelopment).map((r) => r.themeId)).toEqual(['zorg-sport-gezondheid']);
    const caveat = interventionsChartCaveat(chart)!;
    expect(caveat).toContain(`afgeleid is het thema Leren bij ${chart.rows[0]!.inferred} van de ${chart.rows[0]!.total} interventies`);
    expect(caveat).toContain(`Meedoen bij ${meedoen.total} van de ${meedoen.total}.`);
    expect(caveat).toContain('Zorg, sport & gezondheid is nog in ontwikkeling.');
    const md = markdownOf(await core.call('reports:export', { layer: 3, year: 2026, format: 'md' }));
    // Markdown escapes the "&" of the theme's name.
    expect(md).toContain(`Let op: ${caveat.replace('&', '\\&')}`);
  });

  it('tells the Rijk how often the coalition met, not counting meetings still to come', async () => {
    core = tempCore();
    const people = await core.call('coalition:list', {});
    const chair = people.flatMap((o) => o.people).find((p) => p.role === 'voorzitter')!;
    const base = { body: 'coalitie' as const, place: 'Stadhuis Groningen', chairId: chair.id, notulistId: chair.id };
    const held = await core.call('meetings:create', { ...base, title: 'Coalitieoverleg', startsAt: '2099-01-12T19:30' });
    await core.call('meetings:setStatus', { id: held.id, status: 'bezig' });
    await core.call('meetings:create', { ...base, title: 'Coalitieoverleg later', startsAt: '2099-06-12T19:30' });
    const md = markdownOf(await core.call('reports:export', { layer: 3, year: 2099, format: 'md' }));
    expect(md).toContain('De maatschappelijke coalitie kwam 1 keer bijeen (minstens 3 keer per jaar afgesproken); dat is minder dan afgesproken. Nog 1 vergadering gepland.');
  });
});
