// The plan's organisation on a real store: bodies with members, roles and dates; attendance from the body's
// own members on the meeting's day; trekkers per theme from the programmateam with the plan's minimum;
// partners joining and leaving; and a programmateam item put on the coalition's next agenda.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import type { BodyKind } from '../../shared/bodies';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const base = { place: 'Stadhuis', chairId: null, notulistId: null };
const bodyOf = async (kind: BodyKind) => (await core.call('bodies:list', {})).find((b) => b.kind === kind)!;
const person = async (name: string) => (await core.call('coalition:list', {})).flatMap((o) => o.people).find((p) => p.name === name)!;
const listed = async (meetingId: number) => (await core.call('meetings:get', { id: meetingId })).attendance.map((a) => a.personName);

async function programmateam() {
  const team = await bodyOf('programmateam');
  const elles = await person('Elles Dost'); // Lefier
  const geth = await person('Geth Kuin'); // WIJ Groningen
  const frank = await person('Frank Smilda'); // Politie
  await core.call('memberships:add', { bodyId: team.id, personId: elles.id, role: 'trekker', themeId: 'wonen' });
  await core.call('memberships:add', { bodyId: team.id, personId: geth.id, role: 'trekker', themeId: 'wonen' });
  await core.call('memberships:add', { bodyId: team.id, personId: geth.id, role: 'trekker', themeId: 'veilig-zijn' });
  await core.call('memberships:add', { bodyId: team.id, personId: frank.id, role: 'trekker', themeId: 'veilig-zijn', startsOn: '2027-01-01' });
  return { team, elles, geth, frank };
}

describe('bodies', () => {
  it('has the plan’s coalition, programmateam and kernteam, with the signatories as coalition members', async () => {
    const bodies = await core.call('bodies:list', {});
    expect(bodies.map((b) => b.kind)).toEqual(['coalitie', 'programmateam', 'kernteam']);
    expect(bodies[0]!.currentMemberCount).toBe(21);
    const coalition = await core.call('bodies:get', { id: bodies[0]!.id });
    expect(coalition.memberships.find((m) => m.personName === 'Koen Schuiling')).toMatchObject({ role: 'voorzitter', startsOn: null, endsOn: null });
  });

  it('adds werkgroepen, and refuses a second body of the same name', async () => {
    const group = await core.call('bodies:createWorkgroup', { name: 'Werkgroep stratenaanpak', purpose: 'Straten in Selwerd' });
    expect(group).toMatchObject({ kind: 'werkgroep', name: 'Werkgroep stratenaanpak', memberships: [] });
    expect(await core.dispatch('bodies:createWorkgroup', { name: 'werkgroep STRATENAANPAK' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await core.call('bodies:list', {})).map((b) => b.kind)).toEqual(['coalitie', 'programmateam', 'kernteam', 'werkgroep']);
  });

  it('lists for a programmateam meeting only the programmateam’s members on that day', async () => {
    const { elles, geth, frank } = await programmateam();
    const december = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'December', startsAt: '2026-12-10T10:00' });
    const march = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Maart', startsAt: '2027-03-10T10:00' });
    expect(await listed(december.id)).toEqual(['Elles Dost', 'Geth Kuin']);
    expect(await listed(march.id)).toEqual(['Elles Dost', 'Frank Smilda', 'Geth Kuin']);
    // Whoever is not a member cannot be marked there.
    const koen = await person('Koen Schuiling');
    const snap = snapshot(core.db);
    expect(await core.dispatch('attendance:set', { meetingId: march.id, personId: koen.id, status: 'aanwezig' })).toMatchObject({
      ok: false,
      error: { code: 'rule-violation' },
    });
    expect(snapshot(core.db)).toEqual(snap);
    // The coalition's meeting still lists the coalition, and the role is the role in that body.
    const coalition = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Coalitie', startsAt: '2027-03-12T19:30' });
    const entries = (await core.call('meetings:get', { id: coalition.id })).attendance;
    expect(entries).toHaveLength(21);
    expect(entries.find((a) => a.personId === elles.id)?.role).toBe('lid');
    expect((await core.call('meetings:get', { id: march.id })).attendance.find((a) => a.personId === frank.id)?.role).toBe('trekker');
    expect(geth).toBeTruthy();
  });

  it('ends a membership on a day: listed before it, kept where marked, gone after', async () => {
    const { team, elles } = await programmateam();
    const before = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Voor', startsAt: '2027-02-01T10:00' });
    const after = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Na', startsAt: '2027-05-01T10:00' });
    await core.call('attendance:set', { meetingId: before.id, personId: elles.id, status: 'aanwezig' });
    const membership = (await core.call('bodies:get', { id: team.id })).memberships.find((m) => m.personId === elles.id)!;
    const ended = await core.call('memberships:end', { id: membership.id, endsOn: '2027-04-01' });
    expect(ended.endsOn).toBe('2027-04-01');
    expect(await listed(before.id)).toContain('Elles Dost');
    expect(await listed(after.id)).not.toContain('Elles Dost');
    await core.call('memberships:end', { id: membership.id, endsOn: null });
    expect(await listed(after.id)).toContain('Elles Dost');
  });

  it('refuses a theme for a role without one, an end before the start, a second identical seat, and changes nothing', async () => {
    const { team, elles } = await programmateam();
    const snap = snapshot(core.db);
    const refused = [
      await core.dispatch('memberships:add', { bodyId: team.id, personId: elles.id, role: 'lid', themeId: 'wonen' }),
      await core.dispatch('memberships:add', { bodyId: team.id, personId: elles.id, role: 'lid', startsOn: '2027-05-01', endsOn: '2027-04-01' }),
      await core.dispatch('memberships:add', { bodyId: team.id, personId: elles.id, role: 'trekker', themeId: 'wonen', startsOn: '2027-05-01' }),
      await core.dispatch('memberships:add', { bodyId: team.id, personId: elles.id, role: 'trekker', themeId: 'onbekend' }),
      await core.dispatch('memberships:add', { bodyId: 999_999, personId: elles.id, role: 'lid' }),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['rule-violation', 'invalid-input', 'conflict', 'not-found', 'not-found']);
    expect(snapshot(core.db)).toEqual(snap);
  });

  it('a person who leaves the coalition leaves every body, and comes back to them', async () => {
    const { team, geth } = await programmateam();
    await core.call('people:setLeft', { id: geth.id, leftOn: '2027-06-01' });
    const seats = (await core.call('bodies:get', { id: team.id })).memberships.filter((m) => m.personId === geth.id);
    expect(seats.map((m) => m.endsOn)).toEqual(['2027-06-01', '2027-06-01']);
    expect(await core.dispatch('memberships:add', { bodyId: team.id, personId: geth.id, role: 'lid', startsOn: '2027-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'rule-violation', message: '“Geth Kuin” is uit de coalitie vertrokken; neem eerst het vertrek terug bij Coalitie.' },
    });
    await core.call('people:setLeft', { id: geth.id, leftOn: null });
    expect((await core.call('bodies:get', { id: team.id })).memberships.filter((m) => m.personId === geth.id).map((m) => m.endsOn)).toEqual([null, null]);
  });
});

describe('trekkers per theme', () => {
  it('counts the programmateam’s trekkers per theme and names the themes with fewer than two', async () => {
    await programmateam();
    const trekkers = await core.call('themes:trekkers', {});
    const byTheme = new Map(trekkers.map((t) => [t.themeId, t]));
    expect(byTheme.get('wonen')).toMatchObject({ short: false, trekkers: [{ name: 'Elles Dost' }, { name: 'Geth Kuin' }] });
    // Frank starts in 2027: today (the test's real clock, 2026 or later) decides whether he counts.
    expect(byTheme.get('veilig-zijn')!.trekkers.map((t) => t.name)).toContain('Geth Kuin');
    expect(byTheme.get('leren')).toMatchObject({ short: true, trekkers: [] });
    const gaps = await core.call('themes:trekkerGaps', {});
    expect(gaps.map((g) => g.themeId)).not.toContain('wonen');
    expect(gaps.map((g) => g.themeId)).toContain('leren');
  });
});

describe('partners', () => {
  it('joins with sector, contribution and the answer to "waarom deze partij", and leaves on a date', async () => {
    const zorg = await core.call('organisations:create', {
      name: 'Zorggroep Noord',
      sector: 'zorg',
      joinedOn: '2027-01-15',
      contribution: 'Twee wijkverpleegkundigen, een dag per week',
      why: 'Zij zien achter de voordeur wat niemand anders ziet.',
    });
    expect(zorg).toMatchObject({ sector: 'zorg', joinedOn: '2027-01-15', leftOn: null, why: 'Zij zien achter de voordeur wat niemand anders ziet.' });
    const nurse = await core.call('people:create', { name: 'Iris Bakker', organisationId: zorg.id, role: 'lid' });
    const beforeJoining = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Januari', startsAt: '2027-01-10T19:30' });
    const early = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Februari', startsAt: '2027-02-10T19:30' });
    const late = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Oktober', startsAt: '2027-10-10T19:30' });
    await core.call('attendance:set', { meetingId: early.id, personId: nurse.id, status: 'aanwezig' });
    const left = await core.call('organisations:setLeft', { id: zorg.id, leftOn: '2027-09-01' });
    expect(left.leftOn).toBe('2027-09-01');
    expect(await listed(beforeJoining.id)).not.toContain('Iris Bakker');
    expect(await listed(early.id)).toContain('Iris Bakker');
    expect(await listed(late.id)).not.toContain('Iris Bakker');

    const updated = await core.call('organisations:update', { id: zorg.id, name: 'Zorggroep Groningen-Noord', sector: 'zorg', joinedOn: '2027-01-15', contribution: 'Capaciteit', why: 'Nabijheid' });
    expect(updated).toMatchObject({ name: 'Zorggroep Groningen-Noord', contribution: 'Capaciteit', leftOn: '2027-09-01' });
    const snap = snapshot(core.db);
    expect(await core.dispatch('organisations:setLeft', { id: zorg.id, leftOn: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    expect(await core.dispatch('organisations:update', { id: zorg.id, name: 'Lefier' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(core.db)).toEqual(snap);
  });

  it('a bewonersvertegenwoordiger of the residents’ organisation sits in the coalition from being added', async () => {
    const residents = (await core.call('coalition:list', {})).find((o) => o.sector === 'bewoners')!;
    const meeting = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Mei', startsAt: '2027-05-20T19:30' });
    expect((await core.call('meetings:get', { id: meeting.id })).attendance.some((a) => a.role === 'bewonersvertegenwoordiger')).toBe(false);
    await core.call('people:create', { name: 'Anna de Vries', organisationId: residents.id, role: 'bewonersvertegenwoordiger' });
    expect((await core.call('meetings:get', { id: meeting.id })).attendance.find((a) => a.personName === 'Anna de Vries')?.role).toBe('bewonersvertegenwoordiger');
    // A professional for the programmateam only is no coalition member.
    const lefier = (await core.call('coalition:list', {})).find((o) => o.name === 'Lefier')!;
    const team = await bodyOf('programmateam');
    await core.call('people:create', { name: 'Sanne Vos', organisationId: lefier.id, role: 'lid', bodyId: team.id });
    expect(await listed(meeting.id)).not.toContain('Sanne Vos');
  });
});

describe('Naar de coalitie', () => {
  it('puts a programmateam item on the next planned coalition agenda, once, with its source', async () => {
    const team = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Programmateam april', startsAt: '2027-04-01T10:00' });
    const earlier = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Coalitie maart', startsAt: '2027-03-20T19:30' });
    const next = await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Coalitie mei', startsAt: '2027-05-20T19:30', agenda: 'standaard' });
    await core.call('meetings:create', { ...base, body: 'coalitie', title: 'Coalitie juli', startsAt: '2027-07-20T19:30' });
    const item = await core.call('agenda:add', { meetingId: team.id, kind: 'besluit', title: 'Inzet jongerenwerk Vinkhuizen', proposal: 'Twee extra jongerenwerkers', themeIds: ['leren'] });

    const passed = await core.call('agenda:passToCoalition', { agendaItemId: item.id });
    expect(passed.passedTo).toMatchObject({ meetingId: next.id, meetingTitle: 'Coalitie mei', body: 'coalitie' });
    const agenda = (await core.call('meetings:get', { id: next.id })).agenda;
    const landed = agenda.find((a) => a.title === 'Inzet jongerenwerk Vinkhuizen')!;
    expect(landed).toMatchObject({ kind: 'besluit', themeIds: ['leren'], decision: { proposal: 'Twee extra jongerenwerkers' } });
    expect(landed.passedFrom).toMatchObject({ agendaItemId: item.id, meetingTitle: 'Programmateam april', body: 'programmateam' });
    // Before the rondvraag and sluiting, as a chair would place it.
    expect(agenda.at(-1)!.kind).toBe('sluiting');
    // The agenda sent out says where it came from.
    const sentOut = await core.call('agenda:export', { meetingId: next.id, format: 'md' });
    expect(Buffer.from(sentOut.base64, 'base64').toString('utf8')).toContain('*Ingebracht door:* het programmateam (Programmateam april, 1 april 2027)');
    expect((await core.call('meetings:get', { id: earlier.id })).agenda).toEqual([]);

    const snap = snapshot(core.db);
    expect(await core.dispatch('agenda:passToCoalition', { agendaItemId: item.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await core.dispatch('agenda:passToCoalition', { agendaItemId: landed.id })).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
    expect(snapshot(core.db)).toEqual(snap);
  });

  it('says so when no coalition meeting is planned after the programmateam’s', async () => {
    const team = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Team', startsAt: '2027-04-01T10:00' });
    const item = await core.call('agenda:add', { meetingId: team.id, kind: 'bespreking', title: 'Wijkbezoek' });
    const result = await core.dispatch('agenda:passToCoalition', { agendaItemId: item.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule-violation', message: expect.stringMatching(/geen coalitievergadering gepland/) } });
  });
});
