// The archive package of adopted minutes, unpacked and read back as an e-depot would: the PDF/A files with
// poppler, the MDTO metadata with a strict XML parser (Python's expat), the manifest with sha256sum, and the seal
// with verifyArchivePackage — which must catch a single byte changed in the minutes.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, SEAL_FILE, verifyArchivePackage, type PackageSeal } from '../../../main/core/exports/archive.package';
import { MDTO_NAMESPACE } from '../../../main/core/exports/archive.mdto';
import type { ExportedFile } from '../../../shared/domain';
import { tempCore, type TempCore } from '../../helpers/temp-core';
import { buildArchive, type Archive } from '../durability/fixtures';
import { readArchival } from './pdf-structure';

const run = promisify(execFile);

let core: TempCore;
let archive: Archive;
let file: ExportedFile;
let entries: Record<string, Uint8Array>;

beforeAll(async () => {
  core = tempCore();
  archive = await buildArchive((channel, input) => core.call(channel, input));
  file = await core.call('minutes:exportArchive', { meetingId: archive.adopted[0]!.id });
  entries = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
}, 60_000);
afterAll(() => core.dispose());

const text = (path: string) => strFromU8(entries[path]!);

/** Parses with expat (namespace-aware) and lists every element as "{namespace}name: text". */
async function parseXml(xml: string): Promise<string[]> {
  const script = [
    'import sys, xml.etree.ElementTree as ET',
    'root = ET.fromstring(sys.stdin.buffer.read())',
    'for e in root.iter(): print(e.tag + ": " + (e.text or "").strip())',
  ].join('\n');
  const child = execFile('python3', ['-c', script]);
  child.stdin!.end(xml);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`not well-formed XML: ${err}`);
  return out.trim().split('\n');
}

describe('archive package of adopted minutes', () => {
  it('is a ZIP named after the meeting with minutes, besluitenlijst, MDTO metadata, seal and manifest', () => {
    expect(file.fileName).toBe('archiefpakket-2026-03-12-maatschappelijke-coalitie.zip');
    expect(file.mimeType).toBe('application/zip');
    expect(Object.keys(entries).sort()).toEqual(
      [
        'besluitenlijst-2026-03-12-maatschappelijke-coalitie.mdto.xml',
        'besluitenlijst-2026-03-12-maatschappelijke-coalitie.pdf',
        'besluitenlijst-2026-03-12-maatschappelijke-coalitie.pdf.mdto.xml',
        MANIFEST_FILE,
        'notulen-2026-03-12-maatschappelijke-coalitie.mdto.xml',
        'notulen-2026-03-12-maatschappelijke-coalitie.pdf',
        'notulen-2026-03-12-maatschappelijke-coalitie.pdf.mdto.xml',
        SEAL_FILE,
      ].sort(),
    );
  });

  it('holds the adopted minutes and the besluitenlijst as tagged PDF/A-2', async () => {
    for (const name of ['notulen', 'besluitenlijst']) {
      const pdf = entries[`${name}-2026-03-12-maatschappelijke-coalitie.pdf`]!;
      const read = await readArchival(Buffer.from(pdf).toString('base64'), core.dir, `${name}.pdf`);
      expect(read.info).toMatch(/^Tagged:\s+yes$/m);
      expect(read.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(read.fonts.every((f) => f.embedded)).toBe(true);
      const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', join(core.dir, `${name}.pdf`), '-']);
      const flat = stdout.replace(/\s+/g, ' ');
      expect(flat).toContain('Besloten: Brugfunctionarissen in Beijum.');
      if (name === 'notulen') {
        expect(flat).toContain('Notulen — Coalitieoverleg maart');
        expect(flat).toContain('Zegel:');
        expect(flat).not.toContain('Waarschuwing');
      } else {
        expect(flat).toContain('Besluitenlijst 12 maart 2026');
        expect(flat).toContain('vastgesteld op 11 juni 2026');
      }
    }
  });

  it('describes each record in well-formed MDTO XML naming the meeting, its date and the retention term', async () => {
    const ns = `{${MDTO_NAMESPACE}}`;
    const record = await parseXml(text('notulen-2026-03-12-maatschappelijke-coalitie.mdto.xml'));
    expect(record[0]).toBe(`${ns}MDTO: `);
    expect(record).toContain(`${ns}informatieobject: `);
    expect(record).toContain(`${ns}naam: Notulen Coalitieoverleg maart (12 maart 2026)`);
    expect(record).toContain(`${ns}dekkingInTijdBegindatum: 2026-03-12`);
    expect(record).toContain(`${ns}termijnLooptijd: P20Y`);
    expect(record).toContain(`${ns}termijnStartdatumLooptijd: 2026-06-11`);
    expect(record).toContain(`${ns}termijnEinddatum: 2046-06-11`);
    expect(record).toContain(`${ns}begripLabel: Tijdelijk te bewaren`);
    expect(record).toContain(`${ns}verwijzingNaam: Maatschappelijke coalitie NPLV Groningen-Noord`);
    expect(record).toContain(`${ns}verwijzingNaam: Archief van de maatschappelijke coalitie NPLV Groningen-Noord`);
    expect(record).toContain(`${ns}verwijzingNaam: notulen-2026-03-12-maatschappelijke-coalitie.pdf`);

    const seal = JSON.parse(text(SEAL_FILE)) as PackageSeal;
    const pdfFile = 'notulen-2026-03-12-maatschappelijke-coalitie.pdf';
    const bestand = await parseXml(text(`${pdfFile}.mdto.xml`));
    expect(bestand).toContain(`${ns}bestand: `);
    expect(bestand).toContain(`${ns}omvang: ${entries[pdfFile]!.byteLength}`);
    expect(bestand).toContain(`${ns}checksumWaarde: ${seal.bestanden.find((f) => f.path === pdfFile)!.sha256}`);
    expect(bestand).toContain(`${ns}begripCode: fmt/476`);

    const decisions = await parseXml(text('besluitenlijst-2026-03-12-maatschappelijke-coalitie.mdto.xml'));
    expect(decisions).toContain(`${ns}naam: Besluitenlijst Coalitieoverleg maart (12 maart 2026)`);
    expect(decisions).toContain(`${ns}verwijzingNaam: Notulen Coalitieoverleg maart (12 maart 2026)`);
  });

  it('carries the seal from the hash chain, and a manifest sha256sum accepts', async () => {
    const seal = JSON.parse(text(SEAL_FILE)) as PackageSeal;
    const integrity = await core.call('integrity:verifyChain', {});
    expect(integrity.ok).toBe(true);
    const meeting = await core.call('meetings:get', { id: archive.adopted[0]!.id });
    expect(seal.hashketen.chainHash).toBe(meeting.adoption!.seal!.seal);
    expect(seal.vergadering).toEqual({ id: archive.adopted[0]!.id, titel: 'Coalitieoverleg maart', datum: '2026-03-12', vastgesteldOp: '2026-06-11' });

    const dir = join(core.dir, 'uitgepakt');
    await mkdir(dir);
    for (const [path, bytes] of Object.entries(entries)) await writeFile(join(dir, path), bytes);
    const { stdout } = await run('sha256sum', ['-c', MANIFEST_FILE], { cwd: dir });
    expect(stdout.trim().split('\n')).toHaveLength(Object.keys(entries).length - 1);
    expect(stdout).not.toMatch(/FAILED/);
  });

  it('verifies as is, and a byte changed in the minutes, a file added or a wrong chain seal is caught', () => {
    const zip = new Uint8Array(Buffer.from(file.base64, 'base64'));
    const seal = JSON.parse(text(SEAL_FILE)) as PackageSeal;
    expect(verifyArchivePackage(zip, { chainHash: seal.hashketen.chainHash })).toMatchObject({ ok: true, problems: [] });

    const pdfFile = 'notulen-2026-03-12-maatschappelijke-coalitie.pdf';
    const changed = new Uint8Array(entries[pdfFile]!);
    const at = Math.floor(changed.byteLength / 2);
    changed[at] = changed[at]! ^ 0x01;
    const tampered = verifyArchivePackage(zipSync({ ...entries, [pdfFile]: changed }));
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toContain(`${pdfFile} is gewijzigd: de sha256 klopt niet meer met het zegel.`);

    // Rewriting the seal file to match the changed PDF breaks the package seal.
    const forged: PackageSeal = {
      ...seal,
      bestanden: seal.bestanden.map((f) => (f.path === pdfFile ? { ...f, sha256: createHash('sha256').update(changed).digest('hex') } : f)),
    };
    const forgedZip = zipSync({ ...entries, [pdfFile]: changed, [SEAL_FILE]: new TextEncoder().encode(JSON.stringify(forged)) });
    expect(verifyArchivePackage(forgedZip).problems).toContain('Het pakketzegel klopt niet met de bestanden en het zegel uit de hashketen.');

    expect(verifyArchivePackage(zipSync({ ...entries, 'extra.txt': new Uint8Array([1]) })).problems).toContain('extra.txt staat niet in het zegel.');
    expect(verifyArchivePackage(zip, { chainHash: '0'.repeat(64) }).problems).toContain(
      'Het zegel in het pakket is niet het zegel van deze notulen in de hashketen.',
    );
  });

  it('is refused for minutes not adopted, with a Dutch message', async () => {
    const result = await core.dispatch('minutes:exportArchive', { meetingId: archive.open.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule-violation', message: expect.stringContaining('alleen van vastgestelde notulen') } });
  });
});
