// Checking an archive package against the live hash chain of the store that holds it: a package exported from
// this store passes, a changed byte or an extra file is named, bad input is refused in Dutch with nothing
// changed, and a package from another installation is told apart from ours.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../../helpers/temp-core';
import { buildArchive, type Archive } from '../durability/fixtures';

let core: TempCore;
let other: TempCore;
let empty: TempCore;
let archive: Archive;
let zip: Uint8Array;
let foreignZip: Uint8Array;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromB64 = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

beforeAll(async () => {
  core = tempCore();
  other = tempCore();
  empty = tempCore();
  archive = await buildArchive((channel, input) => core.call(channel, input));
  zip = fromB64((await core.call('minutes:exportArchive', { meetingId: archive.adopted[0]!.id })).base64);
  const otherArchive = await buildArchive((channel, input) => other.call(channel, input));
  foreignZip = fromB64((await other.call('minutes:exportArchive', { meetingId: otherArchive.adopted[0]!.id })).base64);
}, 120_000);
afterAll(() => {
  core.dispose();
  other.dispose();
  empty.dispose();
});

const minutesPdf = 'notulen-2026-03-12-maatschappelijke-coalitie.pdf';

describe('checking an archive package against this store', () => {
  it('passes a package exported from this store and names its meeting as it exists here', async () => {
    const result = await core.call('minutes:verifyArchive', { base64: b64(zip) });
    expect(result.ok).toBe(true);
    expect(result.liveChain).toBe('match');
    expect(result.manifestOk && result.packageSealOk && result.chainSealOk).toBe(true);
    expect(result.files.length).toBe(6);
    expect(result.files.every((f) => f.status === 'ok' && /^[0-9a-f]{64}$/.test(f.sha256!))).toBe(true);
    expect(result.meeting.id).toBe(archive.adopted[0]!.id);
    expect(result.meetingHere?.title).toBe(result.meeting.title);
    expect(result.sealedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it('names the file in which one byte was flipped', async () => {
    const entries = unzipSync(zip);
    const pdf = entries[minutesPdf]!;
    const at = Math.floor(pdf.length / 2);
    pdf[at] = pdf[at]! ^ 0x01;
    const result = await core.call('minutes:verifyArchive', { base64: b64(zipSync(entries)) });
    expect(result.ok).toBe(false);
    expect(result.files.filter((f) => f.status !== 'ok')).toEqual([expect.objectContaining({ path: minutesPdf, status: 'changed' })]);
    // The seal and the chain are untouched: only the file changed.
    expect(result.liveChain).toBe('match');
    expect(result.packageSealOk).toBe(true);
  });

  it('names a file added to the package', async () => {
    const entries = unzipSync(zip);
    entries['toelichting.txt'] = strToU8('Later toegevoegd.');
    const result = await core.call('minutes:verifyArchive', { base64: b64(zipSync(entries)) });
    expect(result.ok).toBe(false);
    expect(result.files.filter((f) => f.status !== 'ok')).toEqual([expect.objectContaining({ path: 'toelichting.txt', status: 'extra' })]);
  });

  it('says a package from another installation does not belong to this store chain', async () => {
    const result = await core.call('minutes:verifyArchive', { base64: b64(foreignZip) });
    // Whole in itself, so only the live chain tells it apart.
    expect(result.files.every((f) => f.status === 'ok')).toBe(true);
    expect(result.packageSealOk && result.chainSealOk).toBe(true);
    expect(result.liveChain).toBe('differs');
    expect(result.ok).toBe(false);
    const inEmpty = await empty.call('minutes:verifyArchive', { base64: b64(foreignZip) });
    expect(inEmpty.liveChain).toBe('absent');
    expect(inEmpty.meetingHere).toBeNull();
    expect(inEmpty.ok).toBe(false);
  });

  it('refuses what is no Coalitietafel package in Dutch, and changes nothing', async () => {
    const before = core.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const notZip = await core.dispatch('minutes:verifyArchive', { base64: b64(strToU8('%PDF-1.7 geen zip')) });
    expect(notZip).toMatchObject({ ok: false, error: { message: expect.stringContaining('geen leesbaar ZIP-bestand') } });
    const otherZip = await core.dispatch('minutes:verifyArchive', { base64: b64(zipSync({ 'a.txt': strToU8('x') })) });
    expect(otherZip).toMatchObject({ ok: false, error: { message: expect.stringContaining('geen zegel.json') } });
    // A seal of the right kind but without the meeting it belongs to is no package either.
    const halfSeal = strToU8(JSON.stringify({ soort: 'Coalitietafel-archiefpakket', bestanden: [], hashketen: { chainHash: 'x' } }));
    const noMeeting = await core.dispatch('minutes:verifyArchive', { base64: b64(zipSync({ 'zegel.json': halfSeal })) });
    expect(noMeeting).toMatchObject({ ok: false, error: { message: expect.stringContaining('geen zegel van een Coalitietafel-archiefpakket') } });
    const emptyFile = await core.dispatch('minutes:verifyArchive', { base64: '' });
    expect(emptyFile).toMatchObject({ ok: false, error: { message: expect.stringContaining('Het gekozen bestand is leeg') } });
    expect(core.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(before);
  });
});
