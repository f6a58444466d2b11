// What each vinkje shows before the board answers, and the entries an answer cites (issue 4, done-when 2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { holdAndAdoptMinutes, meetingWithTwoDecisions } from '../helpers/meeting-fixture';
import type { DecisionEvidence } from '../../shared/registers';
import { EVIDENCE_SQL } from '../../main/core/store/registers.repo';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const vinkje = (evidence: DecisionEvidence, key: string) => evidence.vinkjes.find((v) => v.key === key)!;

async function feedback(date: string, title: string, interventionIds: string[]) {
  return core.call('registers:create', { kind: 'bewonersfeedback', date, title, sourceKind: 'bewoner', interventionIds });
}

describe('evidence for a decision', () => {
  it('shows bewonersfeedback of the last twelve months under vinkje 4, and "niets vastgelegd" without it', async () => {
    // The meeting is on 3 December 2026; the first decision is linked to the brugfunctionarissen.
    const { first, second } = await meetingWithTwoDecisions(core);
    const recent = await feedback('2026-06-01', 'Ouders blij met de brugfunctionaris', ['brugfunctionaris']);
    await feedback('2025-06-01', 'Oude enquête', ['brugfunctionaris']); // more than twelve months before
    await feedback('2027-01-10', 'Na de vergadering', ['brugfunctionaris']); // after the meeting
    await feedback('2026-09-01', 'Over iets anders', ['volkshortus']);

    const withFeedback = await core.call('evidence:forDecision', { agendaItemId: first.id });
    expect(withFeedback.meetingDate).toBe('2026-12-03');
    expect(withFeedback.vinkjes.map((v) => v.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const v4 = vinkje(withFeedback, 'bewoners-gevraagd');
    expect(v4.entries.map((e) => e.id)).toEqual([recent.id]);
    expect(v4.entries[0]).toMatchObject({ title: 'Ouders blij met de brugfunctionaris', matchedBy: ['interventie'], cited: false });
    expect(v4.nothingOnRecord).toBe(false);
    expect(v4.summary).toBe('Over deze interventies is in de twaalf maanden voor de vergadering 1 reactie van bewoners vastgelegd.');

    const without = await core.call('evidence:forDecision', { agendaItemId: second.id });
    const w4 = vinkje(without, 'bewoners-gevraagd');
    expect(w4.entries).toEqual([]);
    expect(w4.nothingOnRecord).toBe(true);
    expect(w4.summary).toContain('niets vastgelegd');
    expect(w4.summary).toBe('Voor deze interventies is in de twaalf maanden voor de vergadering niets vastgelegd aan bewonersfeedback.');
  });

  it('fills the other vinkjes from the registers, the themes and the wijk profiles', async () => {
    const { first } = await meetingWithTwoDecisions(core);
    // The area plan only mentions the wijken; the coalition writes what makes each one itself.
    await core.call('wijken:update', { id: 'selwerd', identity: 'Wijkvernieuwing in volle gang; honderden woningen op het warmtenet.', characteristics: '', pride: '' });
    await core.call('wijken:update', { id: 'paddepoel', identity: 'Een wijk van flats en hofjes naast het Zernikecomplex.', characteristics: '', pride: '' });
    // Link the Doorbraakmethode too: it (and its aanvullende kansen) also touches Veilig zijn.
    await core.call('agenda:update', {
      id: first.id,
      kind: 'besluit',
      title: first.title,
      proposal: 'Twee extra brugfunctionarissen in Beijum.',
      themeIds: ['leren'],
      wijkIds: ['beijum'],
      interventionIds: ['brugfunctionaris', 'doorbraakmethode'],
    });
    const story = await core.call('registers:create', { kind: 'ervaringsverhaal', date: '2026-02-01', title: 'Verhaal van een moeder', sourceKind: 'bewoner', wijkIds: ['beijum'] });
    await core.call('registers:create', { kind: 'ervaringsverhaal', date: '2026-03-01', title: 'Verhaal van een leerkracht', sourceKind: 'professional', interventionIds: ['doorbraakmethode-kans-2'] });
    await core.call('registers:create', { kind: 'ervaringsverhaal', date: '2026-03-01', title: 'Over wonen in Lewenborg', sourceKind: 'bewoner', wijkIds: ['lewenborg'] });
    await core.call('registers:create', { kind: 'leerpunt', date: '2026-01-10', title: 'Vroeg beginnen werkt', sourceKind: 'professional', themeIds: ['leren'] });
    await core.call('registers:create', { kind: 'norm', date: '2025-01-10', title: 'Binnen twee weken contact', sourceKind: 'organisatie', themeIds: ['veilig-zijn'], kept: 'nee' });
    await core.call('registers:create', { kind: 'norm', date: '2025-01-10', title: 'Elke school een brugfunctionaris', sourceKind: 'organisatie', interventionIds: ['brugfunctionaris'], kept: 'ja' });
    await core.call('registers:create', { kind: 'succes', date: '2026-11-01', title: 'Honderd gezinnen bereikt', sourceKind: 'professional', interventionIds: ['brugfunctionaris'], celebration: 'Taart op school' });

    const evidence = await core.call('evidence:forDecision', { agendaItemId: first.id });
    expect(evidence.scope.interventionIds).toEqual(expect.arrayContaining(['brugfunctionaris', 'doorbraakmethode', 'doorbraakmethode-kans-1']));
    expect(evidence.scope.themeIds.sort()).toEqual(['leren', 'veilig-zijn']);

    const v1 = vinkje(evidence, 'ervaringskennis');
    expect(v1.entries.map((e) => e.title).sort()).toEqual(['Verhaal van een leerkracht', 'Verhaal van een moeder']);
    expect(v1.entries.find((e) => e.id === story.id)?.matchedBy).toEqual(['wijk']);
    expect(v1.summary).toBe('Er zijn 2 ervaringsverhalen vastgelegd (1 van een bewoner en 1 van een professional).');

    const v2 = vinkje(evidence, 'samenhang');
    expect(v2.otherThemes).toEqual([{ id: 'veilig-zijn', name: 'Veilig zijn', viaInterventions: expect.arrayContaining(['Doorbraakmethode']) }]);
    expect(v2.summary).toMatch(/^Naast Leren raakt dit besluit via de interventies ook het thema Veilig zijn\.$/);

    const v3 = vinkje(evidence, 'leerpunten');
    expect(v3.summary).toBe('Er zijn 1 leerpunt en 1 succes vastgelegd.');

    const v5 = vinkje(evidence, 'identiteit-wijk');
    expect(v5.wijken?.map((w) => w.id)).toEqual(['selwerd', 'beijum', 'paddepoel']);
    expect(v5.summary).toBe('Voor Selwerd en Paddepoel is vastgelegd wat de wijk eigen maakt; voor Beijum is niets vastgelegd.');

    const v6 = vinkje(evidence, 'norm');
    expect(v6.entries.map((e) => [e.title, e.kept])).toEqual(
      expect.arrayContaining([
        ['Binnen twee weken contact', 'nee'],
        ['Elke school een brugfunctionaris', 'ja'],
      ]),
    );
    expect(v6.summary).toBe('Er zijn 2 normen van toepassing: 1 nageleefd en 1 niet nageleefd.');

    const v7 = vinkje(evidence, 'successen-gevierd');
    expect(v7.summary).toBe('Er is 1 succes vastgelegd, waarvan 1 gevierd.');
    expect(v7.entries[0]).toMatchObject({ celebrated: 'ja', celebration: 'Taart op school' });
  });

  it('says plainly that nothing is on record for a decision without links', async () => {
    const { meeting } = await meetingWithTwoDecisions(core);
    const bare = await core.call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Losse vraag' });
    const evidence = await core.call('evidence:forDecision', { agendaItemId: bare.id });
    for (const v of evidence.vinkjes) {
      expect(v.nothingOnRecord, v.key).toBe(true);
      expect(v.summary, v.key).toContain('niets vastgelegd');
      expect(v.entries).toEqual([]);
    }
    const opening = meeting.agenda.find((i) => i.kind === 'opening')!;
    expect(await core.dispatch('evidence:forDecision', { agendaItemId: opening.id })).toMatchObject({ ok: false, error: { code: 'rule-violation' } });
  });
});

describe('bounded evidence (twenty years of registers)', () => {
  it('lists the 10 newest entries per vinkje with the total, and the cited older ones too', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    const created: { id: number; date: string }[] = [];
    // 25 reactions in the twelve months before the meeting (3 December 2026), one every ten days.
    for (let i = 0; i < 25; i++) {
      const date = new Date(Date.UTC(2026, 0, 1 + i * 10)).toISOString().slice(0, 10);
      const e = await feedback(date, `Reactie ${i + 1}`, ['brugfunctionaris']);
      created.push({ id: e.id, date });
    }
    const newestFirst = [...created].reverse();

    const evidence = await core.call('evidence:forDecision', { agendaItemId: first.id });
    const v = vinkje(evidence, 'bewoners-gevraagd');
    expect(v.total).toBe(25);
    expect(v.more).toBe(15);
    expect(v.entries.map((e) => e.id)).toEqual(newestFirst.slice(0, 10).map((e) => e.id));
    expect(v.nothingOnRecord).toBe(false);
    expect(v.summary).toBe(
      'Over deze interventies zijn in de twaalf maanden voor de vergadering 25 bewonersfeedback vastgelegd; de 10 nieuwste staan hieronder.',
    );

    // An old entry, outside the newest ten, is cited: it stays listed, marked cited, and is not counted twice.
    const oldest = created[0]!;
    await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: '' });
    await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [oldest.id] });
    const again = vinkje(await core.call('evidence:forDecision', { agendaItemId: first.id }), 'bewoners-gevraagd');
    expect(again.entries).toHaveLength(11);
    expect(again.entries.slice(0, 10).every((e) => !e.cited)).toBe(true);
    expect(again.entries[10]).toMatchObject({ id: oldest.id, cited: true, matchedBy: ['interventie'] });
    expect(again.total).toBe(25);
    expect(again.more).toBe(14);

    // A smaller limit can be asked for; cited entries are still listed.
    const three = vinkje(await core.call('evidence:forDecision', { agendaItemId: first.id, limit: 3 }), 'bewoners-gevraagd');
    expect(three.entries.map((e) => e.id)).toEqual([...newestFirst.slice(0, 3).map((e) => e.id), oldest.id]);
    expect(three.more).toBe(21);
    expect(await core.dispatch('evidence:forDecision', { agendaItemId: first.id, limit: 0 })).toMatchObject({ ok: false });
  });

  it('does not say "niets vastgelegd" when an entry cited by hand is no longer found by the lookup', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    const a = await feedback('2026-06-01', 'Ouders blij', ['brugfunctionaris']);
    await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: '' });
    await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [a.id] });
    // The entry is moved to another intervention: the lookup no longer finds it, the citation remains.
    await core.call('registers:update', { id: a.id, kind: 'bewonersfeedback', date: '2026-06-01', title: 'Ouders blij', sourceKind: 'bewoner', interventionIds: ['volkshortus'] });

    const v = vinkje(await core.call('evidence:forDecision', { agendaItemId: first.id }), 'bewoners-gevraagd');
    expect(v.entries).toEqual([expect.objectContaining({ id: a.id, cited: true })]);
    expect(v.total).toBe(0);
    expect(v.more).toBe(0);
    expect(v.nothingOnRecord).toBe(false);
    expect(v.summary).not.toContain('niets vastgelegd');
    expect(v.summary).toBe('De koppelingen van dit besluit vinden hier nu geen registraties bij. Wel is eerder 1 registratie aangehaald; die staat hieronder.');

    // Uncited vinkjes without entries still say it plainly.
    const v1 = vinkje(await core.call('evidence:forDecision', { agendaItemId: first.id }), 'ervaringskennis');
    expect(v1.nothingOnRecord).toBe(true);
    expect(v1.summary).toContain('niets vastgelegd');
    expect(v1.total).toBe(0);
  });

  it('finds the entries through the link indexes, not by scanning the registers', () => {
    const specs = JSON.stringify([{ key: 'norm', kinds: ['norm'], from: null, interventionsOnly: 0 }]);
    const details = (
      core.db
        .prepare(`EXPLAIN QUERY PLAN ${EVIDENCE_SQL}`)
        .all({ interventions: '["a"]', themes: '["b"]', wijken: '["c"]', specs, to: '2026-12-03', limit: 10 }) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(details).toMatch(/register_entry_interventions USING COVERING INDEX register_entry_interventions_intervention/);
    expect(details).toMatch(/register_entry_themes USING COVERING INDEX register_entry_themes_theme/);
    expect(details).toMatch(/register_entry_wijken USING COVERING INDEX register_entry_wijken_wijk/);
    expect(details).toMatch(/SEARCH e USING INTEGER PRIMARY KEY/);
    expect(details).not.toMatch(/SCAN e\b/);
  });
});

describe('citations', () => {
  it('cites entries in an answer, shows them in the meeting and keeps what the board saw', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    const a = await feedback('2026-06-01', 'Ouders blij met de brugfunctionaris', ['brugfunctionaris']);
    const b = await feedback('2026-09-15', 'Panelgesprek Beijum', ['brugfunctionaris']);

    await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: '' });
    const cited = await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [b.id, a.id, a.id] });
    const answer = cited.decision!.answers.find((x) => x.checklistItemId === v4.id)!;
    expect(answer.citations).toEqual([
      { id: a.id, kind: 'bewonersfeedback', title: 'Ouders blij met de brugfunctionaris', date: '2026-06-01' },
      { id: b.id, kind: 'bewonersfeedback', title: 'Panelgesprek Beijum', date: '2026-09-15' },
    ]);
    // Unanswered or uncited vinkjes carry no citations field.
    const other = cited.decision!.answers.filter((x) => x.checklistItemId !== v4.id);
    expect(other.every((x) => x.citations === undefined)).toBe(true);

    const evidence = await core.call('evidence:forDecision', { agendaItemId: first.id });
    expect(vinkje(evidence, 'bewoners-gevraagd').entries.map((e) => e.cited)).toEqual([true, true]);

    // Replacing the set; then editing the entry does not change what the minutes say was cited.
    await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [a.id] });
    await core.call('registers:update', { id: a.id, kind: 'bewonersfeedback', date: '2026-06-02', title: 'Later herschreven', sourceKind: 'bewoner', interventionIds: ['brugfunctionaris'] });
    const detail = await core.call('meetings:get', { id: meeting.id });
    const again = detail.agenda.find((i) => i.id === first.id)!.decision!.answers.find((x) => x.checklistItemId === v4.id)!;
    expect(again.citations).toEqual([{ id: a.id, kind: 'bewonersfeedback', title: 'Ouders blij met de brugfunctionaris', date: '2026-06-01' }]);

    // A cited entry cannot be removed; an uncited one can.
    expect(await core.dispatch('registers:remove', { id: a.id })).toMatchObject({
      ok: false,
      error: { code: 'rule-violation', message: expect.stringMatching(/aangehaald bij een besluit/) },
    });
    expect(await core.call('registers:remove', { id: b.id })).toEqual({ ok: true });

    const refused = await core.dispatch('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [99999] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const wrongItem = await core.dispatch('reviews:cite', { agendaItemId: first.id, checklistItemId: 99999, registerEntryIds: [] });
    expect(wrongItem).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps evidence cited under a vinkje not answered yet, and names it in the minutes', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    const a = await feedback('2026-06-01', 'Bewonersavond Beijum', ['brugfunctionaris']);

    // Cited, then the decision is held over without an answer under vinkje 4.
    const cited = await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [a.id] });
    const citation = { id: a.id, kind: 'bewonersfeedback', title: 'Bewonersavond Beijum', date: '2026-06-01' };
    expect(cited.decision!.answers.find((x) => x.checklistItemId === v4.id)).toBeUndefined();
    expect(cited.decision!.unansweredCitations).toEqual([{ checklistItemId: v4.id, citations: [citation] }]);
    await core.call('decisions:decide', { agendaItemId: first.id, outcome: 'aangehouden', text: 'Eerst de bewoners horen.' });

    const minutes = await core.call('minutes:export', { meetingId: meeting.id, format: 'md' });
    const markdown = Buffer.from(minutes.base64, 'base64').toString('utf8');
    const row = markdown.split('\n').find((line) => line.startsWith(`| ${v4.position} |`) && line.includes('Niet beantwoord'));
    expect(row).toContain('Aangehaald: Bewonersfeedback “Bewonersavond Beijum” (1 juni 2026)');

    // Once answered, the citation belongs to the answer.
    const answered = await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: '' });
    expect(answered.decision!.answers.find((x) => x.checklistItemId === v4.id)!.citations).toEqual([citation]);
    expect(answered.decision!.unansweredCitations).toBeUndefined();
  });

  it('refuses to change citations once the minutes are adopted, in the service and in the database', async () => {
    const { meeting, first, chair, notulist } = await meetingWithTwoDecisions(core);
    const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    const a = await feedback('2026-06-01', 'Ouders blij', ['brugfunctionaris']);
    await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: '' });
    await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [a.id] });
    await holdAndAdoptMinutes(core, meeting.id, chair.id, notulist.id);

    const before = snapshot(core.db);
    const result = await core.dispatch('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule-violation', message: expect.stringMatching(/vastgesteld/) } });
    expect(() => core.db.prepare('DELETE FROM vinkje_answer_citations').run()).toThrow(/vastgesteld/);
    expect(() =>
      core.db.prepare("UPDATE vinkje_answer_citations SET title = 'Anders'").run(),
    ).toThrow(/vastgesteld/);
    expect(snapshot(core.db)).toEqual(before);
    // The adopted minutes still list the citation.
    const detail = await core.call('meetings:get', { id: meeting.id });
    expect(detail.agenda.find((i) => i.id === first.id)!.decision!.answers[0]!.citations).toEqual([
      { id: a.id, kind: 'bewonersfeedback', title: 'Ouders blij', date: '2026-06-01' },
    ]);
  });
});
