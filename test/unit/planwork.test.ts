// The plan's work on a real store through the dispatcher: the ten "aan de slag" tracks from the first start
// and in the jaarplanning, the chain from trend to impact per intervention, and layer 2's organisatieniveau.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { REPO_ROOT } from '../helpers/paths';
import { tracksForYear } from '../../shared/planwork';
import type { Plan } from '../../shared/registers';
import { sectorLabel } from '../../shared/bodies';

/* eslint-disable @typescript-eslint/no-explicit-any -- the facts file is plain JSON, read field by field */
const facts: any = JSON.parse(readFileSync(join(REPO_ROOT, 'scripts', 'reference', 'groningen-noord.json'), 'utf8'));

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const periodOf = (p: Plan) => ({ periodFrom: p.periodFrom, periodTo: p.periodTo });

const track = (over: Partial<Plan>): Plan => ({
  id: 1,
  kind: 'aan-de-slag',
  title: 'Spoor',
  periodFrom: '2023-12-01',
  periodTo: '2024-05-31',
  status: 'lopend',
  description: '',
  themeIds: [],
  wijkIds: [],
  interventionIds: [],
  owner: '',
  progress: null,
  trackKey: 'x',
  planNote: null,
  updatedAt: '',
  ...over,
});

describe('the "aan de slag" tracks', () => {
  it('are there on first start, in the plan order and wording, with its caveats', async () => {
    const tracks = (await core.call('plans:list', {})).filter((p) => p.trackKey !== null);
    const sporen = facts.aan_de_slag.sporen;
    expect(tracks.map((t) => [t.trackKey, t.title, t.description])).toEqual(sporen.map((s: any) => [s.id, s.titel, s.samenvatting]));
    for (const s of sporen) {
      const t = tracks.find((x) => x.trackKey === s.id)!;
      expect(t.planNote).toContain(s.kern);
      if (s.opmerking) expect(t.planNote).toContain(s.opmerking);
      expect(t.planNote).toContain('het komende half jaar');
      expect(t).toMatchObject({ status: 'lopend', owner: '', progress: null });
    }
  });

  it('show in the jaarplanning with owner, status and progress; a changed status shows there', async () => {
    const [first] = await core.call('tracks:forYear', { year: 2024 });
    expect(first!.plan.title).toBe('Uitvoeringsprogramma');
    const saved = await core.call('plans:update', { ...periodOf(first!.plan), id: first!.plan.id, kind: first!.plan.kind, title: first!.plan.title, status: 'afgerond', owner: 'Programmaleider', progress: 100 });
    expect(saved).toMatchObject({ status: 'afgerond', owner: 'Programmaleider', progress: 100, trackKey: 'uitvoeringsprogramma' });
    const in2024 = await core.call('tracks:forYear', { year: 2024 });
    expect(in2024).toHaveLength(10);
    expect(in2024[0]!.plan).toMatchObject({ status: 'afgerond', owner: 'Programmaleider', progress: 100 });
    // After their half year, only the unfinished tracks stay on the planning, marked as late.
    const in2026 = await core.call('tracks:forYear', { year: 2026 });
    expect(in2026).toHaveLength(9);
    expect(in2026.every((t) => t.overdue && t.plan.status !== 'afgerond')).toBe(true);
    expect(await core.call('tracks:forYear', { year: 2022 })).toEqual([]);
  });

  it('keeps owner and progress when an edit leaves them out, refuses a progress above 100 and a track removed', async () => {
    const [t] = await core.call('tracks:forYear', { year: 2024 });
    await core.call('plans:update', { id: t!.plan.id, kind: 'aan-de-slag', title: t!.plan.title, owner: 'Kernteam', progress: 40 });
    expect(await core.call('plans:update', { id: t!.plan.id, kind: 'aan-de-slag', title: t!.plan.title })).toMatchObject({ owner: 'Kernteam', progress: 40 });
    const tooMuch = await core.dispatch('plans:update', { id: t!.plan.id, kind: 'aan-de-slag', title: t!.plan.title, progress: 101 });
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const removed = await core.dispatch('plans:remove', { id: t!.plan.id });
    expect(removed).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    expect(!removed.ok && removed.error.message).toMatch(/spoor uit het gebiedsplan/);
    expect((await core.call('plans:get', { id: t!.plan.id })).progress).toBe(40);
  });

  it('in a year: a track touching it, or started before and still open (late); not one starting after it', () => {
    const year = 2025;
    const shown = tracksForYear(
      [
        track({ id: 1, periodFrom: '2025-11-01', periodTo: '2026-04-30' }),
        track({ id: 2, periodFrom: '2023-12-01', periodTo: '2024-05-31', status: 'afgerond' }),
        track({ id: 3, periodFrom: '2023-12-01', periodTo: '2024-12-31', status: 'concept' }),
        track({ id: 4, periodFrom: '2026-01-01', periodTo: '2026-06-30' }),
        track({ id: 5, periodFrom: null, periodTo: null }),
        track({ id: 6, periodFrom: '2024-01-01', periodTo: '2025-01-01', status: 'afgerond' }),
      ],
      year,
    );
    expect(shown.map((s) => [s.plan.id, s.overdue])).toEqual([
      [1, false],
      [3, true],
      [5, false],
      [6, false],
    ]);
  });
});

describe('the chain from trend to impact', () => {
  it('links an intervention to an ambitie and two indicators and shows all seven steps', async () => {
    const werk = await core.call('indicators:create', { themeId: 'werken', name: 'Werkloosheid', unit: '%', better: 'lager' });
    const uitkering = await core.call('indicators:create', { themeId: 'werken', name: 'Bijstand', unit: '%', better: 'lager' });
    await core.call('indicators:create', { themeId: 'wonen', name: 'Leegstand', better: 'lager' });
    await core.call('interventions:setChain', { id: 'doorbraakmethode', goal: 'Maatwerk', means: 'Ruimte voor professionals', results: 'Minder stress', impact: 'Vertrouwen' });
    await core.call('prestaties:create', { interventionId: 'doorbraakmethode', description: 'Casussen', agreedNumber: 10, deliveredNumber: 12 });

    const empty = await core.call('chain:get', { interventionId: 'doorbraakmethode' });
    expect(empty).toMatchObject({ trend: '', ambition: null, indicators: [] });

    const chain = await core.call('chain:setLinks', {
      interventionId: 'doorbraakmethode',
      trend: '  Stapeling van regelingen  ',
      ambitionThemeId: 'werken',
      indicatorIds: [werk.id, uitkering.id, werk.id],
    });
    expect(chain.trend).toBe('Stapeling van regelingen');
    expect(chain.ambition).toMatchObject({ themeId: 'werken', themeName: 'Werken' });
    expect(chain.ambition!.text).toBe(facts.themas.find((t: any) => t.id === 'werken').ambitietekst);
    expect(chain.indicators.map((i) => i.name)).toEqual(['Bijstand', 'Werkloosheid']);
    expect(chain).toMatchObject({ goal: 'Maatwerk', means: 'Ruimte voor professionals', results: 'Minder stress', impact: 'Vertrouwen' });
    expect(chain.prestaties).toHaveLength(1);

    const ambitions = await core.call('ambitions:list', {});
    const werken = ambitions.find((a) => a.themeId === 'werken')!;
    expect(werken.interventions.map((i) => i.id)).toEqual(['doorbraakmethode']);
    expect(werken.indicatorCount).toBe(2);
    expect(ambitions.map((a) => a.themeId)).toEqual(facts.themas.map((t: any) => t.id));

    // Removing an indicator takes it out of the chain, nothing else.
    await core.call('indicators:remove', { id: uitkering.id });
    expect((await core.call('chain:get', { interventionId: 'doorbraakmethode' })).indicators.map((i) => i.name)).toEqual(['Werkloosheid']);
  });

  it('refuses an unknown theme, indicator or intervention and then changes nothing', async () => {
    const before = await core.call('chain:get', { interventionId: 'stratenaanpak' });
    for (const input of [
      { interventionId: 'stratenaanpak', trend: 'x', ambitionThemeId: 'bestaat-niet', indicatorIds: [] },
      { interventionId: 'stratenaanpak', trend: 'x', ambitionThemeId: null, indicatorIds: [999] },
      { interventionId: 'bestaat-niet', trend: 'x', ambitionThemeId: null, indicatorIds: [] },
    ]) {
      expect(await core.dispatch('chain:setLinks', input)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(await core.call('chain:get', { interventionId: 'stratenaanpak' })).toEqual(before);
  });

  it('puts trend and ambitie in layer 2 of the report, and the organisatieniveau', async () => {
    await core.call('chain:setLinks', { interventionId: 'doorbraakmethode', trend: 'Afglijden van het noorden', ambitionThemeId: 'leren', indicatorIds: [] });
    const org = (await core.call('coalition:list', {})).find((o) => o.people.length > 0)!;
    await core.call('interventions:setPartners', { id: 'doorbraakmethode', organisationIds: [org.id] });
    const report = await core.call('reports:preview', { layer: 2, year: 2026 });
    const text = JSON.stringify(report.blocks);
    expect(text).toContain('Maatschappelijke trend: Afglijden van het noorden');
    expect(text).toContain('Maatschappelijke ambitie: Leren');
    const at = report.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Organisatieniveau');
    expect(at).toBeGreaterThan(0);
    const table = report.blocks[at + 1]!;
    expect(table.type).toBe('table');
    const row = table.type === 'table' ? table.rows.find((r) => r[0] === org.name) : undefined;
    // The plan does not state the sectors of most of its signatories: the report says which are inferred.
    const sector = org.sector ? `${sectorLabel(org.sector)}${org.sectorInferred ? ' (afgeleid)' : ''}` : '—';
    expect(row).toEqual([org.name, sector, String(org.people.length), '1', '0', '0']);
  });

  it('lists in the organisatieniveau only the partners in the coalition during the year', async () => {
    const left = await core.call('organisations:create', { name: 'Vertrokken vóór 2026', sector: 'zorg', joinedOn: '2024-03-01' });
    await core.call('organisations:setLeft', { id: left.id, leftOn: '2026-01-01' });
    const later = await core.call('organisations:create', { name: 'Komt er in 2027 bij', sector: 'ondernemers', joinedOn: '2027-02-01' });
    const during = await core.call('organisations:create', { name: 'Vertrekt in 2026', sector: 'werkgevers', joinedOn: '2024-03-01' });
    await core.call('organisations:setLeft', { id: during.id, leftOn: '2026-07-01' });
    await core.call('interventions:setPartners', { id: 'doorbraakmethode', organisationIds: [left.id, later.id, during.id] });
    const names = async (year: number) => {
      const report = await core.call('reports:preview', { layer: 2, year });
      const at = report.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Organisatieniveau');
      const table = report.blocks[at + 1]!;
      return table.type === 'table' ? table.rows.map((r) => r[0]) : [];
    };
    const in2026 = await names(2026);
    expect(in2026).toContain('Vertrekt in 2026');
    expect(in2026).not.toContain('Vertrokken vóór 2026');
    expect(in2026).not.toContain('Komt er in 2027 bij');
    expect(await names(2027)).toContain('Komt er in 2027 bij');
    expect(await names(2025)).toContain('Vertrokken vóór 2026');
  });
});
