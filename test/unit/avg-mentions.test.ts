// Free-text mentions of a resident in the minutes: the inzage says where each is and whether it can be made
// unreadable; doing so replaces the name (whole words, any case) in records that are not locked, in their audit
// copies and in the search index, recorded in the erasure chain. Adopted minutes stay, and still verify.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { holdAndAdoptMinutes, meetingWithTwoDecisions } from '../helpers/meeting-fixture';
import { snapshot } from '../helpers/db-snapshot';
import { verifyChain, erasureChainProblem } from '../../main/core/durability/chain';
import { nameMatcher } from '../../main/core/services/avg-mentions.service';
import { MENTION_ARCHIVED_NOTE, MENTION_NOT_WHOLE_NOTE } from '../../shared/avg';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

// A name that occurs nowhere else, so finding it anywhere means a copy is left. Its "qwy" is the one index term
// that starts with a q: the search index stores it whole (terms are stored after the prefix they share with the one
// before), so finding it in the file means the index still holds the old text.
const NAME = 'Anna Qwyzenburgh';

/** A meeting whose minutes are not adopted: the name in an agenda text, a toelichting and an action. */
async function openMeeting() {
  const { meeting, first, second, chair, notulist } = await meetingWithTwoDecisions(core);
  await core.call('agenda:update', {
    id: first.id,
    kind: 'besluit',
    title: first.title,
    description: `Mevrouw ${NAME} vroeg om een brugfunctionaris in Beijum.`,
    proposal: 'Twee extra brugfunctionarissen in Beijum.',
    themeIds: ['leren'],
    wijkIds: ['beijum'],
    interventionIds: ['brugfunctionaris'],
  });
  const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
  await core.call('reviews:answer', {
    agendaItemId: second.id,
    checklistItemId: v4.id,
    answer: 'deels',
    explanation: `Alleen ${NAME.toUpperCase()} is gesproken; anna  qwyzenburgh belt terug.`,
  });
  const action = await core.call('actions:create', { meetingId: meeting.id, description: `${NAME} terugbellen over de brugfunctionaris` });
  return { meeting, first, second, v4, action, chair, notulist };
}

/** What the screen sends: the key and the version the inzage handed out. */
const picked = (list: { key: string; version: string }[]) => list.map(({ key, version }) => ({ key, version }));
const mentionsOf = async (name = NAME) => (await core.call('avg:inzage', { name })).mentions;
const rowsWith = (text: string) =>
  Object.entries(snapshot(core.db)).flatMap(([table, list]) => list.filter((row) => String(row).includes(text)).map((row) => `${table}: ${String(row)}`));

describe('mentions in the inzage', () => {
  it('says where each mention is and whether it can be made unreadable, with the reason when not', async () => {
    const { meeting, first, second, v4, action } = await openMeeting();
    // Adopted minutes that mention the name in a toelichting: an archival record.
    const adopted = await meetingWithTwoDecisions(core);
    const v4b = adopted.meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    await core.call('reviews:answer', { agendaItemId: adopted.first.id, checklistItemId: v4b.id, answer: 'nee', explanation: `${NAME} is niet gevraagd.` });
    await holdAndAdoptMinutes(core, adopted.meeting.id, adopted.chair.id, adopted.notulist.id);
    // The search finds part of a word too; there is no whole name to replace there.
    await core.call('agenda:setNotes', { id: first.id, notes: 'Qwyzenburghstraat en Annaplein besproken.' });

    const mentions = await mentionsOf();
    const byKey = new Map(mentions.map((m) => [m.key, m]));
    expect(byKey.get(`agendapunt:${first.id}`)).toMatchObject({ meetingId: meeting.id, agendaItemId: first.id, where: 'Agendapunt 2', blocked: null });
    expect(byKey.get(`toelichting:${second.id}:${v4.id}`)).toMatchObject({ where: `Toelichting bij vinkje ${v4.position} van agendapunt 3`, blocked: null });
    expect(byKey.get(`actie:${action.id}`)).toMatchObject({ where: `Actie ${action.id} van de vergadering`, blocked: null });
    expect(byKey.get(`toelichting:${adopted.first.id}:${v4b.id}`)).toMatchObject({ meetingId: adopted.meeting.id, blocked: MENTION_ARCHIVED_NOTE });
    expect(byKey.get(`aantekening:${first.id}`)).toMatchObject({ blocked: MENTION_NOT_WHOLE_NOTE });
    expect(MENTION_ARCHIVED_NOTE).toMatch(/Archiefwet.*art\. 17 lid 3/);
    for (const m of mentions) expect(m.version).toMatch(/^[0-9a-f]{64}$/);

    // The document says the same; the JSON leaves out the app's handles.
    const md = Buffer.from((await core.call('avg:inzageExport', { name: NAME, format: 'md' })).base64, 'base64').toString('utf8');
    expect(md).toContain('Onleesbaar maken');
    expect(md).toContain('Archiefwet');
    const json = JSON.parse(Buffer.from((await core.call('avg:inzageExport', { name: NAME, format: 'json' })).base64, 'base64').toString('utf8')) as {
      mentions: Record<string, unknown>[];
    };
    expect(json.mentions[0]).toHaveProperty('where');
    expect(json.mentions[0]).toHaveProperty('blocked');
    expect(json.mentions.some((m) => 'key' in m || 'version' in m)).toBe(false);
  });

  it('matches the name as whole words, in any case, with any spacing', () => {
    const m = nameMatcher('Anna de Vries')!;
    const replaced = (t: string) => t.replace(m, 'X');
    expect(replaced('Met anna DE  vries, Anna de Vries-Jansen en Annabel de Vriesland.')).toBe('Met X, X-Jansen en Annabel de Vriesland.');
    expect(nameMatcher('a.b')!.test('a.b')).toBe(true);
    expect(nameMatcher('a.b')!.test('axb')).toBe(false);
    expect(nameMatcher(' ab ')).toBeNull();
  });
});

describe('making a mention unreadable', () => {
  it('refuses bad input with a Dutch message and changes nothing', async () => {
    const { first, action } = await openMeeting();
    const adopted = await meetingWithTwoDecisions(core);
    await core.call('agenda:update', {
      id: adopted.first.id, kind: 'besluit', title: adopted.first.title, description: `${NAME} sprak in.`, proposal: 'Twee extra brugfunctionarissen in Beijum.',
      themeIds: ['leren'], wijkIds: ['beijum'], interventionIds: ['brugfunctionaris'],
    });
    await holdAndAdoptMinutes(core, adopted.meeting.id, adopted.chair.id, adopted.notulist.id);
    const mentions = await mentionsOf();
    const open = mentions.find((m) => m.key === `agendapunt:${first.id}`)!;
    const locked = mentions.find((m) => m.key === `agendapunt:${adopted.first.id}`)!;
    const ask = (list: { key: string; version: string }[], extra: Record<string, unknown> = {}) =>
      core.dispatch('avg:eraseMentions', { name: NAME, mentions: picked(list), requestedBy: 'de betrokkene zelf', ...extra });

    const before = snapshot(core.db);
    expect(await ask([{ key: 'actie:999999', version: open.version }])).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/bestaat niet/) } });
    expect(await ask([{ key: 'iets', version: open.version }])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // A locked record refuses the whole request, also the open mention asked with it.
    expect(await ask([open, locked])).toMatchObject({ ok: false, error: { message: expect.stringMatching(/vastgesteld.*Archiefwet.*niets gewijzigd/) } });
    expect(await ask([open], { requestedBy: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Op wiens verzoek/) } });
    expect(await ask([open], { name: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/minstens twee tekens/) } });
    // Another person's name: the text does not name them.
    expect(await core.dispatch('avg:eraseMentions', { name: 'Bert Popken', mentions: picked([open]), requestedBy: 'x' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/niet als geheel/) },
    });
    expect(snapshot(core.db)).toEqual(before);

    // The text changed since the inzage was drawn up: refused, until the inzage is drawn up again.
    await core.call('agenda:update', {
      id: first.id, kind: 'besluit', title: first.title, description: `Mevrouw ${NAME} vroeg om een brugfunctionaris in Beijum en Vinkhuizen.`,
      proposal: 'Twee extra brugfunctionarissen in Beijum.', themeIds: ['leren'], wijkIds: ['beijum'], interventionIds: ['brugfunctionaris'],
    });
    const stale = snapshot(core.db);
    expect(await ask([open])).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Agendapunt 2 in .* is gewijzigd sinds de inzage/) } });
    expect(snapshot(core.db)).toEqual(stale);
    const fresh = (await mentionsOf()).find((m) => m.key === open.key)!;
    expect(fresh.version).not.toBe(open.version);
    expect((await ask([fresh])).ok).toBe(true);
    expect(action.id).toBeGreaterThan(0);
  });

  it('replaces the name in the records, their audit copies and the search index; adopted minutes stay and still verify', async () => {
    const { first, second, v4, action } = await openMeeting();
    const adopted = await meetingWithTwoDecisions(core);
    const v4b = adopted.meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
    await core.call('reviews:answer', { agendaItemId: adopted.first.id, checklistItemId: v4b.id, answer: 'nee', explanation: `${NAME} is niet gevraagd.` });
    await holdAndAdoptMinutes(core, adopted.meeting.id, adopted.chair.id, adopted.notulist.id);
    expect(verifyChain(core.db).ok).toBe(true);

    const mentions = await mentionsOf();
    const erasable = mentions.filter((m) => m.blocked === null);
    expect(erasable.map((m) => m.key).sort()).toEqual([`actie:${action.id}`, `agendapunt:${first.id}`, `toelichting:${second.id}:${v4.id}`].sort());
    const result = await core.call('avg:eraseMentions', { name: NAME, mentions: picked(erasable), requestedBy: 'de betrokkene zelf' });
    expect(result.erased).toBe(3);
    expect(result.marker).toMatch(/^verwijderd op verzoek \(\d+ \w+ \d{4}\)$/);
    const mark = `[${result.marker}]`;

    // The records: exactly the name replaced, every case and spacing, the rest of the text kept.
    expect(core.db.prepare('SELECT description FROM agenda_items WHERE id = ?').pluck().get(first.id)).toBe(`Mevrouw ${mark} vroeg om een brugfunctionaris in Beijum.`);
    const answer = core.db.prepare('SELECT explanation FROM vinkje_answers WHERE agenda_item_id = ? AND checklist_item_id = ?').pluck().get(second.id, v4.id);
    expect(answer).toBe(`Alleen ${mark} is gesproken; ${mark} belt terug.`);
    expect(core.db.prepare('SELECT description FROM action_items WHERE id = ?').pluck().get(action.id)).toBe(`${mark} terugbellen over de brugfunctionaris`);

    // No copy left outside the adopted minutes: not in the audit trail, not in the search index's content.
    const left = [...rowsWith('Qwyzenburgh'), ...rowsWith('QWYZENBURGH'), ...rowsWith('qwyzenburgh')];
    expect(left.length).toBeGreaterThan(0);
    for (const row of left) {
      expect(row).toMatch(/niet gevraagd/); // the adopted toelichting, its audit rows and its index row only
    }
    expect((await core.call('search:query', { q: NAME })).map((h) => h.meetingId)).toEqual([adopted.meeting.id]);
    // The index's secure-delete was on for the erasure only; the connection is back to zeroing within written pages.
    expect(core.db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").pluck().get()).toBe(0);
    expect(core.db.pragma('secure_delete', { simple: true })).toBe(2);

    // The inzage no longer lists them; the adopted one stays, with why.
    const after = await mentionsOf();
    expect(after.map((m) => [m.key, m.blocked])).toEqual([[`toelichting:${adopted.first.id}:${v4b.id}`, MENTION_ARCHIVED_NOTE]]);

    // Recorded in the erasure chain: what, when, on whose request; never the name.
    const records = core.db.prepare('SELECT * FROM personal_data_erasures ORDER BY seq').all() as Record<string, unknown>[];
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r).toMatchObject({ reason: 'verzoek', requested_by: 'de betrokkene zelf', register_entry_id: 0, hash_scheme: 'hmac-sha256', minutes: '[]' });
      expect(JSON.stringify(r)).not.toMatch(/qwyzenburgh/i);
    }
    expect(JSON.parse(records.find((r) => String(r.mention).includes('toelichting'))!.mention as string)).toEqual({
      key: `toelichting:${second.id}:${v4.id}`,
      texts: [{ table: 'vinkje_answers', rowKey: JSON.stringify([second.id, v4.id]), column: 'explanation' }],
    });
    expect(erasureChainProblem(core.db, null)).toBeNull();
    expect(verifyChain(core.db)).toMatchObject({ ok: true, checked: 1 });

    // A second time: nothing names the person there any more.
    expect(await core.dispatch('avg:eraseMentions', { name: NAME, mentions: picked(erasable), requestedBy: 'x' })).toMatchObject({ ok: false });

    // A changed record is found.
    core.db.exec('DROP TRIGGER personal_data_erasures_locked_update');
    core.db.prepare("UPDATE personal_data_erasures SET mention = '{}' WHERE seq = 2").run();
    expect(erasureChainProblem(core.db, null)).toBe('een vastgelegde verwijdering op verzoek is gewijzigd.');
  });

  it('leaves no byte of the name in the data file or its log when only open minutes named it', async () => {
    await openMeeting();
    const erasable = (await mentionsOf()).filter((m) => m.blocked === null);
    await core.call('avg:eraseMentions', { name: NAME, mentions: picked(erasable), requestedBy: 'de betrokkene zelf' });
    expect(rowsWith('yzenburgh').concat(rowsWith('YZENBURGH'))).toEqual([]);
    expect(core.db.prepare("SELECT count(*) FROM search_index_data WHERE instr(block, CAST('qwy' AS BLOB)) > 0").pluck().get()).toBe(0);
    for (const file of [core.dataFile, `${core.dataFile}-wal`]) {
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file).toString('latin1').toLowerCase();
      expect(bytes.includes('yzenburgh'), file).toBe(false);
      expect(bytes.includes('qwy'), file).toBe(false);
    }
    expect(await mentionsOf()).toEqual([]);
  });

  it('keeps the audit trail locked outside an erasure', async () => {
    await openMeeting();
    expect(() => core.db.prepare("UPDATE audit_log SET after = NULL WHERE table_name = 'action_items'").run()).toThrow(/logboek/);
  });
});
