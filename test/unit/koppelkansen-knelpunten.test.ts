// Koppelkansen "als een treintje" with the plan's criterion for a new one, the knelpunten register of the
// Doorbraakmethode with escalation to the next coalition agenda, and the sturingsvragen per meeting side by side.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const coalitionMeeting = (title: string, startsAt: string) =>
  core.call('meetings:create', { body: 'coalitie', title, startsAt, place: 'Stadhuis', chairId: null, notulistId: null });

describe('koppelkansen', () => {
  it('asks the plan criterion for a new koppelkans and stores the answer', async () => {
    const without = await core.dispatch('interventions:create', { title: 'Sportclub en school', kind: 'koppelkans' });
    expect(without).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    expect(!without.ok && without.error.message).toContain('kansen en mogelijkheden voor de bewoners van Groningen-Noord');
    const blank = await core.dispatch('interventions:create', { title: 'Sportclub en school', kind: 'koppelkans', criterion: '   ' });
    expect(blank.ok).toBe(false);
    expect((await core.call('interventions:list', { q: 'Sportclub' })).length).toBe(0);
    const made = await core.call('interventions:create', { title: 'Sportclub en school', kind: 'koppelkans', criterion: ' Kinderen bewegen meer. ' });
    expect((await core.call('koppelkansen:links', { interventionId: made.id })).criterion).toBe('Kinderen bewegen meer.');
    // Other kinds are not asked.
    expect((await core.dispatch('interventions:create', { title: 'Buurtkamer', kind: 'lopend initiatief' })).ok).toBe(true);
  });

  it('links koppelkansen both ways, with the plan own links, never to itself, and unlinks', async () => {
    const seeded = await core.call('koppelkansen:links', { interventionId: 'doorbraakmethode' });
    expect(seeded.links.map((l) => [l.id, l.fromPlan])).toEqual(
      expect.arrayContaining([
        ['stratenaanpak', true],
        ['kinderopvang-onderwijs', true],
      ]),
    );
    await core.call('koppelkansen:link', { interventionId: 'wijkbedrijven', otherId: 'doorbraakmethode', note: 'Werk na een doorbraak' });
    const fromOther = await core.call('koppelkansen:links', { interventionId: 'doorbraakmethode' });
    expect(fromOther.links.find((l) => l.id === 'wijkbedrijven')).toMatchObject({ note: 'Werk na een doorbraak', fromPlan: false });
    await core.call('koppelkansen:link', { interventionId: 'doorbraakmethode', otherId: 'wijkbedrijven', note: 'Nieuwe toelichting' });
    expect((await core.call('koppelkansen:links', { interventionId: 'wijkbedrijven' })).links).toEqual([
      expect.objectContaining({ id: 'doorbraakmethode', note: 'Nieuwe toelichting' }),
    ]);
    expect(await core.dispatch('koppelkansen:link', { interventionId: 'stratenaanpak', otherId: 'stratenaanpak' })).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    expect(await core.dispatch('koppelkansen:link', { interventionId: 'stratenaanpak', otherId: 'bestaat-niet' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await core.call('koppelkansen:unlink', { interventionId: 'wijkbedrijven', otherId: 'doorbraakmethode' });
    expect((await core.call('koppelkansen:links', { interventionId: 'wijkbedrijven' })).links).toEqual([]);
    expect(await core.dispatch('koppelkansen:unlink', { interventionId: 'wijkbedrijven', otherId: 'doorbraakmethode' })).toMatchObject({ ok: false });
  });
});

describe('the knelpunten register of the Doorbraakmethode', () => {
  it('records a knelpunt and escalates it onto the next planned coalition meeting, with its source', async () => {
    const k = await core.call('knelpunten:create', {
      raisedOn: '2026-02-01',
      title: 'Kwijtschelding en toeslagen botsen',
      description: 'Een terugvordering maakt maatwerk ongedaan.',
      raisedBy: 'WIJ Selwerd',
      owner: 'Gemeente Groningen',
    });
    expect(k).toMatchObject({ interventionId: 'doorbraakmethode', status: 'open', agenda: null });

    // Without a planned coalition meeting after now there is nowhere to put it; nothing changes.
    await coalitionMeeting('Oud overleg', '2001-01-01T19:30');
    await core.call('meetings:create', { body: 'programmateam', title: 'Programmateam', startsAt: '2099-01-01T09:00', place: 'WIJ', chairId: null, notulistId: null });
    const nowhere = await core.dispatch('knelpunten:escalate', { id: k.id });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    expect((await core.call('knelpunten:list', {}))[0]).toMatchObject({ agenda: null, status: 'open' });

    const later = await coalitionMeeting('Najaarsoverleg', '2099-10-28T19:30');
    const next = await coalitionMeeting('Zomeroverleg', '2099-06-24T19:30');
    const escalated = await core.call('knelpunten:escalate', { id: k.id });
    expect(escalated).toMatchObject({ status: 'in behandeling', agenda: { meetingId: next.id, meetingTitle: 'Zomeroverleg' } });
    const meeting = await core.call('meetings:get', { id: next.id });
    const item = meeting.agenda.find((i) => i.id === escalated.agenda!.agendaItemId)!;
    expect(item).toMatchObject({ kind: 'bespreking', title: 'Knelpunt uit de Doorbraakmethode: Kwijtschelding en toeslagen botsen', interventionIds: ['doorbraakmethode'] });
    expect(item.description).toContain('Bron: knelpuntenregister Doorbraakmethode, ingebracht op 1 februari 2026 door WIJ Selwerd.');
    expect(item.description).toContain('Eigenaar: Gemeente Groningen');
    expect((await core.call('meetings:get', { id: later.id })).agenda.some((i) => i.title.startsWith('Knelpunt'))).toBe(false);

    // Not twice; and once the item is removed from the agenda it can be escalated again.
    expect(await core.dispatch('knelpunten:escalate', { id: k.id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Zomeroverleg') } });
    await core.call('agenda:remove', { id: item.id });
    expect((await core.call('knelpunten:list', {}))[0]!.agenda).toBeNull();

    const updated = await core.call('knelpunten:update', { id: k.id, raisedOn: '2026-02-01', title: k.title, status: 'opgelost', followUp: 'Afspraak met de Belastingdienst.' });
    expect(updated).toMatchObject({ status: 'opgelost', followUp: 'Afspraak met de Belastingdienst.', owner: 'Gemeente Groningen' });
    expect(await core.dispatch('knelpunten:escalate', { id: k.id })).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
  });
});

describe('the sturingsvragen', () => {
  it('are answered per coalition meeting and shown side by side over the years', async () => {
    const a = await coalitionMeeting('Voorjaar 2025', '2025-03-01T19:30');
    const b = await coalitionMeeting('Najaar 2025', '2025-10-01T19:30');
    const c = await coalitionMeeting('Voorjaar 2026', '2026-03-01T19:30');
    const team = await core.call('meetings:create', { body: 'programmateam', title: 'Team', startsAt: '2026-04-01T09:00', place: 'WIJ', chairId: null, notulistId: null });
    const answers = { focusNote: '', rightThingsNote: '', goingWell: '', toAdjust: '' };
    await core.call('steering:set', { meetingId: a.id, focus: 'ja', rightThings: 'deels', ...answers, goingWell: ' Stratenaanpak ' });
    await core.call('steering:set', { meetingId: b.id, focus: 'deels', rightThings: 'deels', ...answers, toAdjust: 'Meer zorgpartners' });
    await core.call('steering:set', { meetingId: c.id, focus: 'ja', rightThings: 'ja', ...answers });
    expect(await core.dispatch('steering:set', { meetingId: team.id, focus: 'ja', rightThings: 'ja', ...answers })).toMatchObject({ ok: false, error: { code: 'rule-violation' } });

    const overview = await core.call('steering:overview', { fromYear: 2025, toYear: 2026 });
    expect(overview.map((col) => [col.title, col.answers?.focus, col.answers?.rightThings])).toEqual([
      ['Voorjaar 2025', 'ja', 'deels'],
      ['Najaar 2025', 'deels', 'deels'],
      ['Voorjaar 2026', 'ja', 'ja'],
    ]);
    expect(overview[0]!.answers!.goingWell).toBe('Stratenaanpak');
    expect((await core.call('steering:overview', { fromYear: 2026, toYear: 2026 })).map((col) => col.title)).toEqual(['Voorjaar 2026']);
    expect(await core.call('steering:get', { meetingId: team.id })).toBeNull();
  });
});
