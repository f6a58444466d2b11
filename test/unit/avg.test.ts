// Residents' personal data: the grondslag rule, retention terms and reminders, a person's inzage, and erasure
// that reaches every copy in the store (and later backups) while adopted minutes that cited it still verify.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { holdAndAdoptMinutes, meetingWithTwoDecisions } from '../helpers/meeting-fixture';
import { snapshot } from '../helpers/db-snapshot';
import { runWithClock } from '../../main/core/clock';
import * as avg from '../../main/core/services/avg.service';
import { verifyChain, checkSeal, canonicalJson, erasureChainProblem, sha256 } from '../../main/core/durability/chain';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

// A word that occurs nowhere else, so finding it in a file means the erased content is still there.
const SECRET = 'Zwanenburgh-Oosterhout';
const at = <T>(iso: string, fn: () => T): T => runWithClock(() => new Date(iso), fn);

async function story(extra: Record<string, unknown> = {}) {
  return core.call('registers:create', {
    kind: 'ervaringsverhaal',
    date: '2026-05-12',
    title: `Verhaal van mevrouw ${SECRET}`,
    text: `Mevrouw ${SECRET} vertelt dat de brugfunctionaris haar zoon weer naar school kreeg.`,
    sourceKind: 'bewoner',
    sourceName: `Mevrouw ${SECRET}`,
    grondslag: 'toestemming',
    interventionIds: ['brugfunctionaris'],
    ...extra,
  });
}

/** A meeting whose adopted minutes cite the story under vinkje 4. */
async function adoptedMinutesCiting(entryId: number) {
  const { meeting, first, chair, notulist } = await meetingWithTwoDecisions(core);
  const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
  await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: 'Bewoners zijn gevraagd.' });
  await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [entryId] });
  await holdAndAdoptMinutes(core, meeting.id, chair.id, notulist.id);
  return { meeting, first };
}

describe('grondslag', () => {
  it('asks for a grondslag when an entry names a resident, and changes nothing without one', async () => {
    const before = snapshot(core.db);
    const refused = await core.dispatch('registers:create', {
      kind: 'ervaringsverhaal',
      date: '2026-05-12',
      title: 'Verhaal',
      sourceKind: 'bewoner',
      sourceName: 'Mevrouw Jansen',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule-violation', message: expect.stringMatching(/grondslag/) } });
    expect(snapshot(core.db)).toEqual(before);
    const bad = await core.dispatch('registers:create', { kind: 'ervaringsverhaal', date: '2026-05-12', title: 'X', sourceKind: 'bewoner', grondslag: 'gevoel' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Kies de grondslag/) } });
    // Anonymous, or from an organisation: no grondslag needed.
    await core.call('registers:create', { kind: 'ervaringsverhaal', date: '2026-05-12', title: 'Anoniem verhaal', sourceKind: 'bewoner' });
    const entry = await story();
    expect(entry).toMatchObject({ grondslag: 'toestemming', erasedAt: null });
  });
});

describe('retention', () => {
  it('reminds when a term has passed, by the core clock, and extends a term only with a reason', async () => {
    const entry = await story();
    await core.call('registers:create', { kind: 'leerpunt', date: '2020-01-01', title: 'Oud leerpunt', sourceKind: 'professional' });
    // Five years for an ervaringsverhaal: on 12 May 2031 it may still be kept, a day later not.
    expect(at('2031-05-12T10:00:00Z', () => avg.overview(core.db)).overdueTotal).toBe(0);
    const later = at('2031-05-13T10:00:00Z', () => avg.overview(core.db));
    expect(later.overdue.map((e) => [e.id, e.retainUntil])).toEqual([[entry.id, '2031-05-12']]);
    expect(later.registers.find((r) => r.kind === 'ervaringsverhaal')).toMatchObject({ personal: 1, overdue: 1, term: { months: 60 } });
    // A leerpunt from a professional holds no personal data: no reminder, however old.
    expect(later.registers.find((r) => r.kind === 'leerpunt')).toMatchObject({ personal: 0, overdue: 0 });

    const before = snapshot(core.db);
    expect(() => at('2031-05-13T10:00:00Z', () => avg.extendRetention(core.db, { entryIds: [entry.id], until: '2033-01-01', reason: '  ' }))).toThrow(/reden/);
    expect(() => at('2031-05-13T10:00:00Z', () => avg.extendRetention(core.db, { entryIds: [entry.id], until: '2031-05-01', reason: 'Nodig' }))).toThrow(/na vandaag/);
    expect(() => at('2031-05-13T10:00:00Z', () => avg.extendRetention(core.db, { entryIds: [entry.id, 999_999], until: '2033-01-01', reason: 'Nodig' }))).toThrow(/bestaat niet/);
    expect(snapshot(core.db)).toEqual(before);
    at('2031-05-13T10:00:00Z', () => avg.extendRetention(core.db, { entryIds: [entry.id], until: '2033-01-01', reason: 'Evaluatie loopt nog' }));
    expect(at('2031-05-13T10:00:00Z', () => avg.overview(core.db)).overdueTotal).toBe(0);
    expect(at('2033-01-02T10:00:00Z', () => avg.overview(core.db)).overdue[0]).toMatchObject({ id: entry.id, extendedUntil: '2033-01-01', extendReason: 'Evaluatie loopt nog' });

    // A shorter term brings the reminder earlier; a term needs a toelichting and stays within twenty years.
    await core.call('avg:setRetention', { kind: 'ervaringsverhaal', months: 12, note: 'Alleen voor de jaarevaluatie.' });
    const refused = await core.dispatch('avg:setRetention', { kind: 'ervaringsverhaal', months: 241, note: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/hoogstens 240 maanden/) } });
    expect((await core.dispatch('avg:setRetention', { kind: 'ervaringsverhaal', months: 12, note: ' ' })).ok).toBe(false);
    const overview = await core.call('avg:overview', {});
    expect(overview.registers[0]!.term).toMatchObject({ kind: 'ervaringsverhaal', months: 12, defaultMonths: 60, note: 'Alleen voor de jaarevaluatie.' });
  });

  it('anonymises after the term only once it has passed', async () => {
    const entry = await story();
    const before = snapshot(core.db);
    expect(() => at('2027-01-01T10:00:00Z', () => avg.erase(core.db, { entryIds: [entry.id], reason: 'bewaartermijn' }))).toThrow(/loopt nog tot en met 12 mei 2031/);
    expect(snapshot(core.db)).toEqual(before);
    const done = at('2031-06-01T10:00:00Z', () => avg.erase(core.db, { entryIds: [entry.id], reason: 'bewaartermijn' }));
    expect(done.marker).toBe('verwijderd na afloop van de bewaartermijn (1 juni 2031)');
    expect(at('2031-06-01T10:00:00Z', () => avg.overview(core.db)).overdueTotal).toBe(0);
  });
});

describe('inzage', () => {
  it('lists what names or was given by a person, as a document and as JSON', async () => {
    const entry = await story();
    await core.call('registers:create', { kind: 'leerpunt', date: '2026-03-01', title: 'Iets anders', sourceKind: 'professional' });
    const { meeting } = await meetingWithTwoDecisions(core);
    const bert = (await core.call('coalition:list', {})).flatMap((o) => o.people).find((p) => p.name === 'Bert Popken')!;
    await core.call('attendance:set', { meetingId: meeting.id, personId: bert.id, status: 'aanwezig' });
    await core.call('actions:create', { meetingId: meeting.id, description: `Mevrouw ${SECRET} terugbellen`, ownerPersonId: bert.id });

    const report = await core.call('avg:inzage', { name: SECRET });
    expect(report.entries.map((e) => e.id)).toEqual([entry.id]);
    expect(report.entries[0]).toMatchObject({ grondslag: 'toestemming', retainUntil: '2031-05-12' });
    expect(report.actions.map((a) => a.description)).toEqual([`Mevrouw ${SECRET} terugbellen`]);
    expect(report.mentions.map((m) => m.kind)).toContain('Actie');

    const person = await core.call('avg:inzage', { name: 'Bert Popken' });
    expect(person.people.map((p) => p.name)).toEqual(['Bert Popken']);
    expect(person.attendance).toEqual([expect.objectContaining({ meetingId: meeting.id, personName: 'Bert Popken', status: 'aanwezig' })]);

    const md = Buffer.from((await core.call('avg:inzageExport', { name: SECRET, format: 'md' })).base64, 'base64').toString('utf8');
    expect(md).toContain('Inzage in persoonsgegevens');
    expect(md).toContain(`Verhaal van mevrouw ${SECRET}`);
    expect(md).toContain('Toestemming van de bewoner (AVG art. 6 lid 1 sub a)');
    const json = await core.call('avg:inzageExport', { name: SECRET, format: 'json' });
    expect(json.fileName).toMatch(/^inzage-.*\.json$/);
    expect(JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'))).toMatchObject({ subject: SECRET, entries: [{ id: entry.id }] });

    expect(await core.dispatch('avg:inzage', { name: ' x ' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Vul een naam in van minstens twee tekens/) } });
  });
});

describe('erasure on request', () => {
  it('replaces the content everywhere, and adopted minutes that cited it still verify and say so', async () => {
    const entry = await story();
    const { meeting } = await adoptedMinutesCiting(entry.id);
    expect(verifyChain(core.db).ok).toBe(true);

    // Bad input: nothing changes.
    const before = snapshot(core.db);
    expect(await core.dispatch('avg:erase', { entryIds: [entry.id], reason: 'verzoek' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/op wiens verzoek/) },
    });
    expect(await core.dispatch('avg:erase', { entryIds: [entry.id, 424242], reason: 'verzoek', requestedBy: 'de betrokkene zelf' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshot(core.db)).toEqual(before);

    const result = await core.call('avg:erase', { entryIds: [entry.id], reason: 'verzoek', requestedBy: 'de betrokkene zelf' });
    expect(result).toMatchObject({ erased: 1, minutes: [{ meetingId: meeting.id }] });
    expect(result.marker).toMatch(/^verwijderd op verzoek \(\d+ \w+ \d{4}\)$/);

    // The entry, its citation in the adopted minutes, the audit trail: no trace of the content.
    const erased = await core.call('registers:get', { id: entry.id });
    expect(erased).toMatchObject({ title: result.marker, text: result.marker, sourceName: result.marker, grondslag: 'toestemming' });
    expect(erased.erasedAt).not.toBeNull();
    const rows = Object.entries(snapshot(core.db)).flatMap(([table, list]) => list.map((row) => `${table}: ${String(row)}`));
    expect(rows.filter((row) => row.includes(SECRET))).toEqual([]);
    expect(rows.filter((row) => row.includes(result.marker)).length).toBeGreaterThan(3);
    expect((await core.call('search:query', { q: SECRET })).length).toBe(0);
    expect((await core.call('avg:inzage', { name: SECRET })).entries).toEqual([]);

    // The chain records the erasure as an erasure: what, when, on whose request, the hash of what was erased.
    const row = core.db.prepare('SELECT * FROM personal_data_erasures').get() as Record<string, unknown>;
    expect(row).toMatchObject({ seq: 1, reason: 'verzoek', requested_by: 'de betrokkene zelf', register_entry_id: entry.id });
    expect(row.subject).toBe(`Ervaringsverhaal ${entry.id} van 12 mei 2026`);
    expect(row.erased_hash).toMatch(/^[0-9a-f]{64}$/);
    const verification = verifyChain(core.db);
    expect(verification).toMatchObject({ ok: true, checked: 1 });
    expect(verification.message).toMatch(/verwijderd op verzoek .* vastgelegd en klopt/);
    expect(checkSeal(core.db, meeting.id)).toMatchObject({ ok: true });

    // Later exports: the minutes say "verwijderd op verzoek" where the title was.
    const minutes = Buffer.from((await core.call('minutes:export', { meetingId: meeting.id, format: 'md' })).base64, 'base64').toString('utf8');
    expect(minutes).toContain(result.marker);
    expect(minutes).not.toContain(SECRET);
    const archive = await core.call('archive:export', {});
    expect(JSON.stringify(archive)).not.toContain(SECRET);

    // The file itself, and a backup made afterwards, hold no byte of it.
    for (const file of [core.dataFile, `${core.dataFile}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(SECRET), file).toBe(false);
    }
    const backup = await core.call('backups:create', {});
    expect(readFileSync(join(core.dir, 'backups', backup.fileName)).includes(SECRET)).toBe(false);

    // Erased once is erased: a second erasure is refused, and the entry cannot be edited back.
    expect(await core.dispatch('avg:erase', { entryIds: [entry.id], reason: 'verzoek', requestedBy: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/al verwijderd/) } });
    expect((await core.dispatch('registers:update', { id: entry.id, kind: 'ervaringsverhaal', date: '2026-05-12', title: 'Terug', sourceKind: 'professional' })).ok).toBe(false);
  });

  it('still finds a change to the minutes outside the app, and a changed erasure record', async () => {
    const entry = await story();
    const { meeting, first } = await adoptedMinutesCiting(entry.id);
    await core.call('avg:erase', { entryIds: [entry.id], reason: 'verzoek', requestedBy: 'de betrokkene zelf' });
    core.db.exec('DROP TRIGGER agenda_items_locked_update');
    core.db.prepare("UPDATE agenda_items SET decision_text = 'Anders besloten' WHERE id = ?").run(first.id);
    expect(verifyChain(core.db)).toMatchObject({ ok: false, firstBreak: { meetingId: meeting.id } });
  });

  it('rejects an erasure record changed outside the app', async () => {
    const entry = await story();
    const { meeting } = await adoptedMinutesCiting(entry.id);
    await core.call('avg:erase', { entryIds: [entry.id], reason: 'verzoek', requestedBy: 'de betrokkene zelf' });
    core.db.exec('DROP TRIGGER personal_data_erasures_locked_update');
    core.db.prepare("UPDATE personal_data_erasures SET requested_by = 'iemand anders'").run();
    const verification = verifyChain(core.db);
    expect(verification).toMatchObject({ ok: false, firstBreak: { meetingId: meeting.id, reason: 'een vastgelegde verwijdering op verzoek is gewijzigd.' } });
  });

  it('keys the hash of the erased content with a secret of this store, kept out of the log and the archive', async () => {
    const content = (e: { title: string; text: string; sourceName: string; celebration: string }) =>
      canonicalJson({ title: e.title, text: e.text, sourceName: e.sourceName, celebration: e.celebration });
    const eraseIn = async (c: TempCore) => {
      const entry = await c.call('registers:create', {
        kind: 'ervaringsverhaal', date: '2026-05-12', title: SECRET, sourceKind: 'bewoner', sourceName: SECRET, grondslag: 'toestemming',
      });
      await c.call('avg:erase', { entryIds: [entry.id], reason: 'verzoek', requestedBy: 'de betrokkene zelf' });
      return { entry, row: c.db.prepare('SELECT erased_hash AS hash, hash_scheme AS scheme FROM personal_data_erasures').get() as { hash: string; scheme: string } };
    };
    const first = await eraseIn(core);
    // A guess of the erased text cannot be confirmed with a plain hash.
    expect(first.row.scheme).toBe('hmac-sha256');
    expect(first.row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.row.hash).not.toBe(sha256(content(first.entry)));
    const secret = core.db.prepare('SELECT secret FROM personal_data_erasure_secret').pluck().get() as Buffer;
    expect(secret.length).toBe(32);

    // The same content in another store: another secret, another hash.
    const other = tempCore();
    try {
      const second = await eraseIn(other);
      expect(content(second.entry)).toBe(content(first.entry));
      expect(second.row.hash).not.toBe(first.row.hash);
    } finally {
      other.dispose();
    }

    // Never logged, never in the JSON archive.
    const hex = secret.toString('hex');
    const base64 = secret.toString('base64');
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'personal_data_erasure_secret'").pluck().get()).toBe(0);
    const archive = JSON.stringify(await core.call('archive:export', {}));
    expect(archive).not.toContain('personal_data_erasure_secret');
    expect(archive.includes(hex) || archive.includes(base64)).toBe(false);

    // The record still verifies; one whose scheme or hash is changed afterwards does not.
    expect(erasureChainProblem(core.db, null)).toBeNull();
    core.db.exec('DROP TRIGGER personal_data_erasures_locked_update');
    core.db.prepare("UPDATE personal_data_erasures SET hash_scheme = 'sha256'").run();
    expect(erasureChainProblem(core.db, null)).toBe('een vastgelegde verwijdering op verzoek is gewijzigd.');
    core.db.prepare("UPDATE personal_data_erasures SET hash_scheme = 'hmac-sha256', erased_hash = ?").run(sha256(content(first.entry)));
    expect(erasureChainProblem(core.db, null)).toBe('een vastgelegde verwijdering op verzoek is gewijzigd.');
  });

  it('refuses to rewrite adopted citations or the audit trail outside an erasure', async () => {
    const entry = await story();
    await adoptedMinutesCiting(entry.id);
    expect(() => core.db.prepare("UPDATE vinkje_answer_citations SET title = 'Anders'").run()).toThrow(/vastgesteld/);
    expect(() => core.db.prepare("UPDATE audit_log SET before = NULL WHERE table_name = 'register_entries'").run()).toThrow(/logboek/);
  });
});
