// The coalition's year through the contract: jaarplanning, actielijst carried forward, adopted
// minutes locked by every path, and search across years.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const base = { body: 'coalitie' as const, place: 'Stadhuis', chairId: null, notulistId: null };

async function meeting(title: string, startsAt: string) {
  return core.call('meetings:create', { ...base, title, startsAt });
}

describe('jaarplanning', () => {
  it('warns below three coalition meetings and exports valid iCalendar with Amsterdam times', async () => {
    await meeting('Voorjaar', '2027-03-11T19:30'); // winter time, UTC+1
    await meeting('Zomer', '2027-06-24T16:00'); // summer time, UTC+2
    await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Programmateam', startsAt: '2027-05-01T09:00' });
    let plan = await core.call('year:get', { year: 2027 });
    expect(plan.coalitionMeetingCount).toBe(2);
    expect(plan.warning).toMatch(/In 2027 zijn 2 coalitievergaderingen gepland; de coalitie komt minstens 3 keer per jaar bijeen/);

    await meeting('Najaar', '2027-10-28T19:30'); // DST ends on 31 October: still summer time, UTC+2
    plan = await core.call('year:get', { year: 2027 });
    expect(plan.warning).toBeNull();
    expect(plan.meetings.map((m) => m.title)).toEqual(['Voorjaar', 'Programmateam', 'Zomer', 'Najaar']);

    const file = await core.call('year:exportIcs', { year: 2027 });
    expect(file.fileName).toBe('jaarplanning-2027.ics');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    const utc = Object.fromEntries(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()]));
    expect(utc['Voorjaar (Maatschappelijke coalitie)']).toBe('2027-03-11T18:30:00.000Z');
    expect(utc['Zomer (Maatschappelijke coalitie)']).toBe('2027-06-24T14:00:00.000Z');
    expect(utc['Najaar (Maatschappelijke coalitie)']).toBe('2027-10-28T17:30:00.000Z');
    expect(events[0]!.location).toBe('Stadhuis');
  });

  it('keeps milestones in the year view', async () => {
    const m = await core.call('milestones:create', { date: '2027-04-15', title: 'Presentatie uitvoeringsprogramma' });
    await core.call('milestones:update', { id: m.id, date: '2027-04-22', title: 'Presentatie uitvoeringsprogramma' });
    expect((await core.call('year:get', { year: 2027 })).milestones).toMatchObject([{ date: '2027-04-22' }]);
    await core.call('milestones:remove', { id: m.id });
    expect((await core.call('year:get', { year: 2027 })).milestones).toEqual([]);
  });
});

describe('agendas that repeat', () => {
  it('starts a coalition meeting from the standard agenda with the steering questions, and keeps rondvraag and sluiting last', async () => {
    const m = await core.call('meetings:create', { ...base, title: 'Met standaardagenda', startsAt: '2027-03-11T19:30', agenda: 'standaard' });
    expect(m.agenda.map((i) => i.kind)).toEqual(['opening', 'vaststelling-notulen', 'actielijst', 'bespreking', 'rondvraag', 'sluiting']);
    expect(m.agenda[3]!.description).toContain('Zijn we nog met de juiste dingen bezig?');
    await core.call('agenda:add', { meetingId: m.id, kind: 'besluit', title: 'Nieuw besluit' });
    const after = await core.call('meetings:get', { id: m.id });
    expect(after.agenda.map((i) => i.title).slice(-3)).toEqual(['Nieuw besluit', 'Rondvraag', 'Sluiting']);
  });

  it('uses the edited template, and copies an earlier agenda with its proposals and links', async () => {
    await core.call('templates:set', { body: 'coalitie', items: [{ kind: 'opening', title: 'Welkom' }, { kind: 'sluiting', title: 'Einde' }] });
    const m = await core.call('meetings:create', { ...base, title: 'Nieuw', startsAt: '2027-03-11T19:30', agenda: 'standaard' });
    expect(m.agenda.map((i) => i.title)).toEqual(['Welkom', 'Einde']);
    const { meeting: source } = await meetingWithTwoDecisions(core);
    const copy = await core.call('meetings:create', { ...base, title: 'Kopie', startsAt: '2027-06-01T19:30', copyAgendaFromMeetingId: source.id });
    expect(copy.agenda.map((i) => i.title)).toEqual(source.agenda.map((i) => i.title));
    expect(copy.agenda[1]).toMatchObject({ themeIds: ['leren'], decision: { outcome: null, answers: [], proposal: 'Twee extra brugfunctionarissen in Beijum.' } });
  });
});

describe('actielijst', () => {
  it('carries an open action to the next meeting, where it is marked done with that meeting', async () => {
    const first = await meeting('Eerste', '2027-03-11T19:30');
    const action = await core.call('actions:create', { meetingId: first.id, description: 'Wijkschouw Selwerd plannen', dueDate: '2027-04-01' });
    const second = await meeting('Tweede', '2027-06-24T19:30');
    const at2 = await core.call('meetings:get', { id: second.id });
    expect(at2.carriedActions.map((a) => a.id)).toEqual([action.id]);
    expect(at2.carriedActions[0]).toMatchObject({ meetingTitle: 'Eerste', status: 'open' });

    await core.call('actions:setStatus', { id: action.id, status: 'gereed', meetingId: second.id });
    const closed = (await core.call('meetings:get', { id: second.id })).carriedActions[0]!;
    expect(closed).toMatchObject({ id: action.id, status: 'gereed', closedInMeetingId: second.id });
    const third = await meeting('Derde', '2027-10-28T19:30');
    expect((await core.call('meetings:get', { id: third.id })).carriedActions).toEqual([]);
  });

  it('closes an action between meetings, even once its own minutes are adopted', async () => {
    const first = await meeting('Eerste', '2027-03-11T19:30');
    const action = await core.call('actions:create', { meetingId: first.id, description: 'Buurtschouw Lewenborg' });
    const second = await meeting('Tweede', '2027-06-24T19:30');
    await core.call('meetings:setStatus', { id: first.id, status: 'gehouden' });
    await core.call('minutes:adopt', { meetingId: first.id, atMeetingId: second.id });
    const closed = await core.call('actions:setStatus', { id: action.id, status: 'gereed' });
    expect(closed.status).toBe('gereed');
    expect((await core.call('actions:list', { status: 'gereed' }))[0]).toMatchObject({ id: action.id, closedInMeetingId: null });
    const refused = await core.dispatch('actions:setStatus', { id: action.id, status: 'open', meetingId: first.id });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/vastgesteld/) } });
  });

  it('filters the actielijst and marks overdue items', async () => {
    const first = await meeting('Eerste', '2020-03-11T19:30');
    const orgs = await core.call('coalition:list', {});
    const lefier = orgs.find((o) => o.name === 'Lefier')!;
    await core.call('actions:create', { meetingId: first.id, description: 'Oud', dueDate: '2020-04-01', ownerOrganisationId: lefier.id });
    await core.call('actions:create', { meetingId: first.id, description: 'Later', dueDate: '2099-04-01' });
    const all = await core.call('actions:list', {});
    expect(all.map((a) => [a.description, a.overdue])).toEqual([['Oud', true], ['Later', false]]);
    expect((await core.call('actions:list', { ownerOrganisationId: lefier.id })).map((a) => a.description)).toEqual(['Oud']);
    expect(await core.call('actions:list', { status: 'gereed' })).toEqual([]);
  });
});

describe('adopted minutes', () => {
  it('offers every held meeting of the same body still awaiting adoption, and shows what was adopted here', async () => {
    // Eight held coalition meetings in 2027 (more than fit on one screen before), one programmateam meeting.
    const held = [];
    for (let month = 1; month <= 8; month++) {
      const m = await meeting(`Overleg ${month}`, `2027-${String(month).padStart(2, '0')}-14T19:30`);
      await core.call('meetings:setStatus', { id: m.id, status: 'gehouden' });
      held.push(m);
    }
    const team = await core.call('meetings:create', { ...base, body: 'programmateam', title: 'Programmateam', startsAt: '2027-09-01T10:00' });
    await core.call('meetings:setStatus', { id: team.id, status: 'gehouden' });
    const open = await meeting('Nog niet gesloten', '2027-09-20T19:30');
    const here = await meeting('Najaarsoverleg', '2027-10-14T19:30');

    const before = await core.call('minutes:listAdoptable', { meetingId: here.id });
    expect(before.previous).toMatchObject({ id: open.id, status: 'gepland' });
    expect(before.pending.map((m) => m.title)).toEqual(held.map((m) => m.title).reverse());
    expect(before.adoptedHere).toEqual([]);

    await core.call('minutes:adopt', { meetingId: held[0]!.id, atMeetingId: here.id, corrections: 'Datum van de start gecorrigeerd.' });
    await core.call('minutes:adopt', { meetingId: held[7]!.id, atMeetingId: here.id });
    const after = await core.call('minutes:listAdoptable', { meetingId: here.id });
    expect(after.pending.map((m) => m.id)).toEqual(held.slice(1, 7).map((m) => m.id).reverse());
    expect(after.adoptedHere).toEqual([
      { meeting: expect.objectContaining({ id: held[0]!.id }), corrections: [expect.objectContaining({ text: 'Datum van de start gecorrigeerd.', adoptedInMeetingId: here.id })] },
      { meeting: expect.objectContaining({ id: held[7]!.id }), corrections: [] },
    ]);

    // The first meeting of a body has nothing before it; a missing meeting is a Dutch not-found.
    expect(await core.call('minutes:listAdoptable', { meetingId: held[0]!.id })).toEqual({ previous: null, pending: [], adoptedHere: [] });
    expect(await core.dispatch('minutes:listAdoptable', { meetingId: 99999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('locks meeting 1 after adoption at meeting 2: through the contract and through direct SQL', async () => {
    const { meeting: m1, first, people } = await meetingWithTwoDecisions(core);
    const ids = m1.checklist.items.map((i) => i.id);
    for (const checklistItemId of ids) await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId, answer: 'ja', explanation: '' });
    await core.call('decisions:decide', { agendaItemId: first.id, outcome: 'aangenomen', text: 'Besloten.' });
    await core.call('attendance:set', { meetingId: m1.id, personId: people[0]!.id, status: 'aanwezig' });
    const m2 = await meeting('Volgende', '2027-03-11T19:30');

    const early = await core.dispatch('minutes:adopt', { meetingId: m1.id, atMeetingId: m2.id });
    expect(early).toMatchObject({ ok: false, error: { message: expect.stringMatching(/gehouden vergadering/) } });
    await core.call('meetings:setStatus', { id: m1.id, status: 'gehouden' });
    const adopted = await core.call('minutes:adopt', { meetingId: m1.id, atMeetingId: m2.id, corrections: 'Naam van de inleider gecorrigeerd.' });
    expect(adopted.adoption).toMatchObject({ adoptedAt: '2027-03-11', adoptedInMeetingId: m2.id, corrections: [{ text: 'Naam van de inleider gecorrigeerd.' }] });

    const before = snapshot(core.db);
    const attempts: [string, unknown][] = [
      ['decisions:decide', { agendaItemId: first.id, outcome: 'verworpen', text: 'Toch niet.' }],
      ['reviews:answer', { agendaItemId: first.id, checklistItemId: ids[0], answer: 'nee', explanation: 'Anders.' }],
      ['attendance:set', { meetingId: m1.id, personId: people[0]!.id, status: 'afwezig' }],
      ['agenda:setNotes', { id: first.id, notes: 'Achteraf.' }],
      ['agenda:update', { id: first.id, kind: 'besluit', title: 'Anders' }],
      ['agenda:remove', { id: first.id }],
      ['agenda:add', { meetingId: m1.id, kind: 'informatie', title: 'Later toegevoegd' }],
      ['meetings:update', { id: m1.id, ...base, title: 'Anders', startsAt: '2026-12-03T19:30' }],
      ['actions:create', { meetingId: m1.id, description: 'Achteraf' }],
      ['minutes:adopt', { meetingId: m1.id, atMeetingId: m2.id }],
    ];
    for (const [channel, input] of attempts) {
      const result = await core.dispatch(channel, input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.message, channel).toMatch(/vastgesteld/);
    }
    expect(snapshot(core.db)).toEqual(before);

    const sql = [
      `UPDATE agenda_items SET outcome = 'verworpen' WHERE id = ${first.id}`,
      `UPDATE agenda_items SET decision_text = 'x' WHERE id = ${first.id}`,
      `DELETE FROM agenda_items WHERE id = ${first.id}`,
      `UPDATE vinkje_answers SET answer = 'nee', explanation = 'x' WHERE agenda_item_id = ${first.id}`,
      `DELETE FROM vinkje_answers WHERE agenda_item_id = ${first.id}`,
      `INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at) VALUES (${m1.agenda[2]!.id}, ${ids[0]}, 'ja', '', 'x')`,
      `UPDATE attendance SET status = 'afwezig' WHERE meeting_id = ${m1.id}`,
      `DELETE FROM attendance WHERE meeting_id = ${m1.id}`,
      `UPDATE meetings SET title = 'x' WHERE id = ${m1.id}`,
      `UPDATE meetings SET adopted_at = NULL WHERE id = ${m1.id}`,
      `DELETE FROM agenda_item_themes WHERE agenda_item_id = ${first.id}`,
      `UPDATE minutes_corrections SET text = 'x'`,
    ];
    for (const statement of sql) expect(() => core.db.exec(statement), statement).toThrow(/vastgesteld/);
    expect(snapshot(core.db)).toEqual(before);
  });
});

describe('search', () => {
  it('finds a word in a vinkje toelichting from three years back, accents folded, inside compounds', async () => {
    const { meeting: old, first } = await meetingWithTwoDecisions(core);
    await core.call('meetings:update', { id: old.id, ...base, title: 'Coalitieoverleg 2023', startsAt: '2023-11-16T19:30' });
    await core.call('reviews:answer', {
      agendaItemId: first.id,
      checklistItemId: old.checklist.items[3]!.id,
      answer: 'deels',
      explanation: 'De bewonersparticipatie in Beijum liep via het café van de wijkraad; ideeën verzameld.',
    });
    await meeting('Recent', '2026-11-12T19:30');

    for (const q of ['participatie', 'bewonersparticipatie', 'cafe', 'ideeen', 'IDEEËN']) {
      const hits = await core.call('search:query', { q });
      expect(hits.length, q).toBeGreaterThan(0);
      expect(hits[0]).toMatchObject({ kind: 'toelichting', meetingId: old.id, meetingStartsAt: '2023-11-16T19:30' });
      expect(hits[0]!.snippet.some((p) => p.match), q).toBe(true);
    }
    const hit = (await core.call('search:query', { q: 'participatie' }))[0]!;
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()).join('')).toContain('participatie');
    expect(hit.title).toMatch(/^Vinkje 4: Hebben we onze bewoners ook gevraagd of het werkt\?/);
    expect(await core.call('search:query', { q: 'xyzzy' })).toEqual([]);
    expect(await core.call('search:query', { q: '"; DROP TABLE meetings; --' })).toEqual([]);
  });

  it('ranks a title match above a passing mention, and finds decisions and actions', async () => {
    const { meeting: m, first, second } = await meetingWithTwoDecisions(core);
    await core.call('decisions:decide', { agendaItemId: second.id, outcome: 'aangehouden', text: 'Stratenaanpak terug in maart.' });
    await core.call('actions:create', { meetingId: m.id, agendaItemId: first.id, description: 'Brugfunctionaris werven voor Beijum' });
    const hits = await core.call('search:query', { q: 'brugfunctionaris' });
    expect(hits[0]!.kind).toBe('agendapunt');
    expect(hits.map((h) => h.kind)).toContain('actie');
    expect((await core.call('search:query', { q: 'maart' })).map((h) => h.kind)).toContain('besluit');
  });
});

describe('search snippets', () => {
  const O = '\u0001';
  const C = '\u0002';

  it('show about twenty whole words around the match, the matched word highlighted whole', async () => {
    const { snippetAround } = await import('../../main/core/services/search.service');
    const before = Array.from({ length: 30 }, (_, i) => `voor${i}`).join(' ');
    const after = Array.from({ length: 30 }, (_, i) => `na${i}`).join(' ');
    // The trigram index marks pieces of a word ("buu"); the excerpt marks the whole word, not its comma.
    const parts = snippetAround(`${before} de ${O}buu${C}rtteams, ${after}`);
    const text = parts.map((p) => p.text).join('');
    expect(parts.filter((p) => p.match)).toEqual([{ text: 'buurtteams', match: true }]);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    const words = text.replace(/…/g, '').trim().split(/\s+/);
    expect(words).toHaveLength(20);
    expect(words.indexOf('buurtteams,')).toBeGreaterThanOrEqual(5);
    expect(text).toContain('voor29 de buurtteams, na0');
  });

  it('place the window where most matches fall, and keep a short text whole', async () => {
    const { snippetAround } = await import('../../main/core/services/search.service');
    const filler = Array.from({ length: 40 }, (_, i) => `woord${i}`).join(' ');
    const parts = snippetAround(`${O}Beijum${C} eerst. ${filler} dan ${O}Beijum${C} en ${O}brug${C}functionaris samen.`);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Beijum', 'brugfunctionaris']);
    expect(snippetAround(`Twee extra ${O}brug${C}functionarissen.`)).toEqual([
      { text: 'Twee extra ', match: false },
      { text: 'brugfunctionarissen', match: true },
      { text: '.', match: false },
    ]);
    expect(snippetAround('')).toEqual([]);
  });
});
