// Plans, interventions with the monitoring chain, the five registers and wijk profiles: created, edited,
// linked and found through the dispatcher the app uses, on a real store (issue 4, done-when 1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { PROFILE_PATH } from '../helpers/paths';
import { openStore } from '../../main/core/store/connection';
import { MIGRATIONS } from '../../main/core/store/migrations/index';
import { readProfileFile } from '../../main/core/store/profile.loader';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

async function person(name: string) {
  const coalition = await core.call('coalition:list', {});
  return coalition.flatMap((o) => o.people).find((p) => p.name === name)!;
}

describe('interventions', () => {
  it('gives the profile interventions a status from their kind', async () => {
    const all = await core.call('interventions:list', {});
    expect(all.length).toBeGreaterThan(40);
    // The two koppelkansen the plan describes as already running are seeded as running.
    const RUNNING = ['doorbraakmethode', 'stratenaanpak'];
    for (const i of all) expect(i.status).toBe(i.kind === 'lopend initiatief' || RUNNING.includes(i.id) ? 'lopend' : 'idee');
    const leren = await core.call('interventions:list', { themeId: 'leren' });
    expect(leren.map((i) => i.id)).toContain('brugfunctionaris');
    expect(leren.every((i) => i.themeIds.includes('leren'))).toBe(true);
    const found = await core.call('interventions:list', { q: 'brugfunctionaris' });
    expect(found.map((i) => i.id)).toContain('brugfunctionaris');
  });

  it('creates, edits and links an intervention with trekkers, partners and the monitoring chain', async () => {
    const created = await core.call('interventions:create', {
      title: 'Buurtkamer Beijum',
      summary: 'Een huiskamer voor en door bewoners.',
      themeIds: ['meedoen'],
      wijkIds: ['beijum'],
      partners: ['WIJ Groningen', '  '],
    });
    expect(created).toMatchObject({ id: 'buurtkamer-beijum', kind: 'lopend initiatief', status: 'lopend', partners: ['WIJ Groningen'] });
    const second = await core.call('interventions:create', { title: 'Buurtkamer Beijum', kind: 'koppelkans', criterion: 'Bewoners vinden er werk.' });
    expect(second).toMatchObject({ id: 'buurtkamer-beijum-2', status: 'idee' });

    const edited = await core.call('interventions:update', { id: created.id, title: 'Buurtkamer Beijum-Oost', status: 'gepland' });
    expect(edited).toMatchObject({ title: 'Buurtkamer Beijum-Oost', status: 'gepland', themeIds: ['meedoen'], wijkIds: ['beijum'] });

    const a = await person('Koen Schuiling');
    const b = await person('Bert Popken');
    const withTrekkers = await core.call('interventions:setTrekkers', { id: created.id, personIds: [a.id, b.id, a.id] });
    expect(withTrekkers.trekkers.map((t) => t.name).sort()).toEqual(['Bert Popken', 'Koen Schuiling']);

    const org = (await core.call('coalition:list', {}))[0]!;
    const withPartners = await core.call('interventions:setPartners', { id: created.id, organisationIds: [org.id], partners: ['Buurtvereniging'] });
    expect(withPartners.partnerOrganisations).toEqual([{ id: org.id, name: org.name }]);
    expect(withPartners.partners).toEqual(['Buurtvereniging']);

    const chain = await core.call('interventions:setChain', {
      id: created.id,
      goal: 'Meer bewoners doen mee.',
      means: 'Een ruimte, een coördinator, vrijwilligers.',
      results: 'Wekelijks dertig bezoekers.',
      impact: 'Minder eenzaamheid in Beijum.',
    });
    expect(chain).toMatchObject({ goal: 'Meer bewoners doen mee.', impact: 'Minder eenzaamheid in Beijum.' });

    const p1 = await core.call('prestaties:create', {
      interventionId: created.id,
      description: 'Openingsdagen per week',
      agreedNumber: 4,
      deliveredNumber: 3,
      period: '2026',
    });
    const p2 = await core.call('prestaties:create', { interventionId: created.id, description: 'Bewonersavonden', agreedNumber: 2, period: '2026' });
    await core.call('prestaties:update', { id: p2.id, description: 'Bewonersavonden', agreedNumber: 2, deliveredNumber: 2, period: '2026' });
    const detail = await core.call('interventions:get', { id: created.id });
    expect(detail.prestaties.map((p) => [p.description, p.agreedNumber, p.deliveredNumber])).toEqual([
      ['Openingsdagen per week', 4, 3],
      ['Bewonersavonden', 2, 2],
    ]);
    expect(detail).toMatchObject({ prestatieCount: 2, prestatiesMet: 1 });
    await core.call('prestaties:remove', { id: p1.id });
    expect((await core.call('interventions:get', { id: created.id })).prestaties).toHaveLength(1);

    const inBeijum = await core.call('interventions:list', { wijkId: 'beijum', status: 'gepland' });
    expect(inBeijum.map((i) => i.id)).toEqual([created.id]);
  });

  it('refuses an unknown theme, a parent loop and a prestatie without agreement, writing nothing', async () => {
    const parent = await core.call('interventions:create', { title: 'Ouder', kind: 'koppelkans', criterion: 'Meer kansen voor bewoners.' });
    const child = await core.call('interventions:create', { title: 'Kind', kind: 'aanvullende kans', parentId: parent.id });
    expect((await core.call('interventions:get', { id: parent.id })).children.map((c) => c.id)).toEqual([child.id]);
    const before = snapshot(core.db);
    const cases: [string, unknown, RegExp][] = [
      ['interventions:create', { title: 'X', themeIds: ['vliegen'] }, /vliegen/],
      ['interventions:update', { id: parent.id, title: 'Ouder', parentId: child.id }, /onder zichzelf/],
      ['interventions:update', { id: 'bestaat-niet', title: 'X' }, /bestaat niet/],
      ['prestaties:create', { interventionId: parent.id, description: 'Iets' }, /afgesproken/],
      ['interventions:setTrekkers', { id: parent.id, personIds: [99999] }, /bestaat niet/],
      ['interventions:setStatus', { id: parent.id, status: 'bezig' }, /idee, gepland/],
    ];
    for (const [channel, input, message] of cases) {
      const result = await core.dispatch(channel, input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.message, channel).toMatch(message);
    }
    expect(snapshot(core.db)).toEqual(before);
  });

  it('lists themes with fewer than two trekkers, counting only active interventions', async () => {
    const all = await core.call('themes:trekkerGaps', {});
    // Zorg, sport & gezondheid is still in development in the plan: it asks no trekkers yet.
    expect(all.map((g) => g.themeId)).toEqual(['leren', 'werken', 'wonen', 'veilig-zijn', 'meedoen']);
    const a = await person('Koen Schuiling');
    const b = await person('Bert Popken');
    await core.call('interventions:setTrekkers', { id: 'brugfunctionaris', personIds: [a.id] });
    await core.call('interventions:setTrekkers', { id: 'verlengde-schooldag', personIds: [b.id, a.id] });
    await core.call('interventions:setTrekkers', { id: 'wijkbedrijven', personIds: [a.id] });
    const gaps = await core.call('themes:trekkerGaps', {});
    expect(gaps.find((g) => g.themeId === 'leren')).toBeUndefined();
    expect(gaps.find((g) => g.themeId === 'werken')).toMatchObject({ trekkerCount: 1, trekkers: [{ name: 'Koen Schuiling' }] });
    // A stopped intervention's trekkers no longer count.
    await core.call('interventions:setStatus', { id: 'verlengde-schooldag', status: 'gestopt' });
    expect((await core.call('themes:trekkerGaps', {})).find((g) => g.themeId === 'leren')).toMatchObject({ trekkerCount: 1 });
  });
});

describe('plans', () => {
  it('creates, edits, links, finds and removes a plan', async () => {
    const plan = await core.call('plans:create', {
      kind: 'wijkuitvoeringsplan',
      title: 'Wijkuitvoeringsplan Selwerd',
      periodFrom: '2025-01-01',
      periodTo: '2028-12-31',
      wijkIds: ['selwerd'],
      themeIds: ['wonen', 'meedoen'],
      interventionIds: ['volkshortus'],
    });
    expect(plan).toMatchObject({ status: 'concept', wijkIds: ['selwerd'], interventionIds: ['volkshortus'] });
    const edited = await core.call('plans:update', { id: plan.id, kind: 'wijkuitvoeringsplan', title: plan.title, status: 'vastgesteld', periodFrom: '2025-01-01', periodTo: '2028-12-31', wijkIds: ['selwerd'] });
    expect(edited).toMatchObject({ status: 'vastgesteld', themeIds: [], interventionIds: [] });
    await core.call('plans:create', { kind: 'gebiedsplan', title: 'Samen verder', periodFrom: '2023-11-01', status: 'vastgesteld' });
    expect((await core.call('plans:list', { wijkId: 'selwerd' })).map((p) => p.id)).toEqual([plan.id]);
    // The area plan's own tracks (seeded, with a trackKey) aside.
    const titles = async (year: number) => (await core.call('plans:list', { year })).filter((p) => p.trackKey === null).map((p) => p.title);
    expect(await titles(2024)).toEqual(['Samen verder']);
    expect((await titles(2026)).sort()).toEqual(['Samen verder', 'Wijkuitvoeringsplan Selwerd']);
    expect((await core.call('interventions:get', { id: 'volkshortus' })).planIds).toEqual([]);

    const before = snapshot(core.db);
    const wrong = await core.dispatch('plans:create', { kind: 'projectplan', title: 'X', periodFrom: '2027-01-01', periodTo: '2026-01-01' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/begindatum ligt na de einddatum/) } });
    expect(snapshot(core.db)).toEqual(before);

    await core.call('plans:remove', { id: plan.id });
    expect(await core.dispatch('plans:get', { id: plan.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('registers', () => {
  it('creates, edits, links and finds each kind of register entry', async () => {
    const story = await core.call('registers:create', {
      kind: 'ervaringsverhaal',
      date: '2026-05-12',
      title: 'Moeder over de brugfunctionaris',
      text: 'Dankzij de brugfunctionaris durfde ik naar school te gaan.',
      sourceKind: 'bewoner',
      sourceName: 'Bewoner Selwerd',
      grondslag: 'toestemming',
      interventionIds: ['brugfunctionaris'],
      wijkIds: ['selwerd'],
      themeIds: ['leren'],
    });
    expect(story).toMatchObject({ kind: 'ervaringsverhaal', kept: null, celebrated: null, citationCount: 0, wijkIds: ['selwerd'] });
    const feedback = await core.call('registers:create', { kind: 'bewonersfeedback', date: '2026-06-01', title: 'Enquête ouders', sourceKind: 'organisatie', interventionIds: ['brugfunctionaris'] });
    const lesson = await core.call('registers:create', { kind: 'leerpunt', date: '2026-03-01', title: 'Vroeg beginnen werkt', sourceKind: 'professional', themeIds: ['leren'] });
    const norm = await core.call('registers:create', { kind: 'norm', date: '2026-01-15', title: 'Binnen twee weken terugbellen', sourceKind: 'organisatie', wijkIds: ['beijum'] });
    expect(norm.kept).toBe('onbekend');
    const success = await core.call('registers:create', { kind: 'succes', date: '2026-04-20', title: 'Honderdste gezin geholpen', sourceKind: 'professional', celebration: 'Taart op school' });
    expect(success).toMatchObject({ celebrated: 'ja', celebration: 'Taart op school' });

    const keptNorm = await core.call('registers:update', { id: norm.id, kind: 'norm', date: norm.date, title: norm.title, sourceKind: 'organisatie', kept: 'deels', wijkIds: ['beijum', 'lewenborg'] });
    expect(keptNorm).toMatchObject({ kept: 'deels', wijkIds: ['beijum', 'lewenborg'] });

    expect((await core.call('registers:list', {})).map((e) => e.id)).toEqual([feedback.id, story.id, success.id, lesson.id, norm.id]);
    expect((await core.call('registers:list', { kind: 'norm' })).map((e) => e.id)).toEqual([norm.id]);
    expect((await core.call('registers:list', { interventionId: 'brugfunctionaris' })).map((e) => e.id)).toEqual([feedback.id, story.id]);
    expect((await core.call('registers:list', { themeId: 'leren', wijkId: 'selwerd' })).map((e) => e.id)).toEqual([story.id]);
    expect((await core.call('registers:list', { from: '2026-04-01', to: '2026-05-31' })).map((e) => e.id)).toEqual([story.id, success.id]);
    expect((await core.call('registers:list', { q: 'durfde' })).map((e) => e.id)).toEqual([story.id]);
    expect((await core.call('registers:list', { q: '100%' }))).toEqual([]);
    expect((await core.call('interventions:get', { id: 'brugfunctionaris' })).registerCounts).toMatchObject({ ervaringsverhaal: 1, bewonersfeedback: 1 });

    await core.call('registers:remove', { id: lesson.id });
    expect(await core.dispatch('registers:get', { id: lesson.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps kept to norms and celebrations to successes, and writes nothing when refused', async () => {
    const before = snapshot(core.db);
    const cases: [unknown, RegExp][] = [
      [{ kind: 'leerpunt', date: '2026-01-01', title: 'X', sourceKind: 'bewoner', kept: 'ja' }, /Alleen bij een norm/],
      [{ kind: 'norm', date: '2026-01-01', title: 'X', sourceKind: 'bewoner', celebrated: 'ja' }, /Alleen bij een succes/],
      [{ kind: 'succes', date: '2026-01-01', title: 'X', sourceKind: 'bewoner', celebrated: 'nee', celebration: 'Feest' }, /gevierd/],
      [{ kind: 'succes', date: '2026-02-30', title: 'X', sourceKind: 'bewoner' }, /bestaat niet/],
      [{ kind: 'gerucht', date: '2026-01-01', title: 'X', sourceKind: 'bewoner' }, /Kies ervaringsverhaal/],
      [{ kind: 'succes', date: '2026-01-01', title: 'X', sourceKind: 'buurman' }, /bewoner, professional of organisatie/],
      [{ kind: 'succes', date: '2026-01-01', title: 'X', sourceKind: 'bewoner', wijkIds: ['atlantis'] }, /atlantis/],
    ];
    for (const [input, message] of cases) {
      const result = await core.dispatch('registers:create', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(snapshot(core.db)).toEqual(before);
  });
});

describe('wijk profiles', () => {
  it('updates what makes a wijk itself', async () => {
    const list = await core.call('wijken:list', {});
    expect(list.map((w) => w.id)).toContain('beijum');
    const beijum = await core.call('wijken:update', {
      id: 'beijum',
      identity: 'Een groene wijk uit de jaren zeventig met woonerven.',
      characteristics: 'Veel jonge gezinnen; winkelcentrum in het hart.',
      pride: 'De Beijumer kunstroute.',
    });
    expect(beijum).toMatchObject({ name: 'Beijum', pride: 'De Beijumer kunstroute.' });
    expect((await core.call('profile:get', {})).wijken.find((w) => w.id === 'beijum')?.identity).toMatch(/groene wijk/);
    expect(await core.dispatch('wijken:update', { id: 'atlantis', identity: '', characteristics: '', pride: '' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('migration 0005', () => {
  it('migrates a store of the version before, with its data, giving existing interventions a status', () => {
    const file = join(core.dir, 'older.sqlite');
    const older = openStore(file, { profile: readProfileFile(PROFILE_PATH), migrations: MIGRATIONS.filter((m) => m.version < 5), backupFolder: null });
    older.prepare("UPDATE wijken SET identity = 'Oud profiel' WHERE id = 'beijum'").run();
    const before = older.prepare('SELECT id, kind FROM interventions ORDER BY id').all() as { id: string; kind: string }[];
    older.close();
    const db = openStore(file, { backupFolder: null });
    try {
      const after = db.prepare('SELECT id, kind, status, goal FROM interventions ORDER BY id').all() as { id: string; kind: string; status: string; goal: string }[];
      expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
      // A later migration moves the two koppelkansen the plan calls running from "idee" to "lopend".
      const running = ['doorbraakmethode', 'stratenaanpak'];
      for (const i of after) expect(i).toMatchObject({ status: i.kind === 'lopend initiatief' || running.includes(i.id) ? 'lopend' : 'idee', goal: '' });
      expect(db.prepare("SELECT identity, characteristics, pride FROM wijken WHERE id = 'beijum'").get()).toEqual({
        identity: 'Oud profiel',
        characteristics: '',
        pride: '',
      });
      expect(db.prepare('SELECT count(*) FROM register_entries').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('gives the register tables STRICT typing and refuses an unknown area for an indicator value', () => {
    const sql = core.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'register_entries'").pluck().get() as string;
    expect(sql).toMatch(/STRICT/);
    const themeId = 'leren';
    core.db.prepare("INSERT INTO indicators (theme_id, name, better, created_at, updated_at) VALUES (?, 'Test', 'hoger', '', '')").run(themeId);
    expect(() =>
      core.db.prepare("INSERT INTO indicator_values (indicator_id, area, period, value) VALUES (1, 'atlantis', '2024', 1)").run(),
    ).toThrow(/Onbekend gebied/);
    expect(() =>
      core.db.prepare("INSERT INTO indicator_values (indicator_id, area, period, value) VALUES (1, 'groningen', '24', 1)").run(),
    ).toThrow(/CHECK/);
    // A new intervention inserted without a status (as the profile loader does) gets one from its kind.
    core.db.prepare("INSERT INTO interventions (id, title, kind, position) VALUES ('x', 'X', 'koppelkans', 999)").run();
    expect(core.db.prepare("SELECT status FROM interventions WHERE id = 'x'").pluck().get()).toBe('idee');
  });
});
