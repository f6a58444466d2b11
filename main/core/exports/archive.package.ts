// The archive package of one meeting's adopted minutes, for the municipal e-depot: a ZIP with the minutes and the
// besluitenlijst as PDF/A, MDTO metadata for each record and each file (archive.mdto.ts), the seal and a sha256
// manifest. The seal file repeats the meeting's seal from the hash chain (durability/chain.ts) and binds the
// files to it: the package seal is a sha256 over the chain hash and every file's sha256, so a byte changed in
// any file, or a file swapped, is found by verifyArchivePackage without the database.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ExportedFile } from '../../../shared/domain';
import type { ArchiveFileCheck } from '../../../shared/archive-check';
import { formatDate } from '../../../shared/format';
import { chainHash } from '../durability/chain-hash';
import { fileXml, recordXml, type Reference } from './archive.mdto';
import { slugify } from './file-names';
import { RECORD_AUTHOR } from './records.meta';

export const ARCHIVE_MIME_TYPE = 'application/zip';
export const SEAL_FILE = 'zegel.json';
export const MANIFEST_FILE = 'manifest-sha256.txt';
const PACKAGE_KIND = 'Coalitietafel-archiefpakket';
const PACKAGE_VERSION = 1;

/** The meeting's row in the hash chain, as chain.ts stores it. */
export interface ChainSeal {
  seq: number;
  hashVersion: number;
  meetingId: number;
  contentHash: string;
  previousHash: string;
  chainHash: string;
  sealedAt: string;
  /** Also sealed with this installation's key, and that matched when the package was made. */
  keyed: boolean;
}

export interface ArchivePackageInput {
  meeting: { id: number; title: string; startsAt: string; bodyLabel: string };
  adoption: { adoptedAt: string; adoptedInMeetingTitle: string };
  /** The adopted minutes and the meeting's besluitenlijst, both rendered as PDF/A. */
  minutes: ExportedFile;
  decisionList: ExportedFile;
  seal: ChainSeal;
  generatedAt: Date;
}

interface PackagedFile {
  path: string;
  sha256: string;
  bytes: number;
}

/** What zegel.json holds. */
export interface PackageSeal {
  soort: typeof PACKAGE_KIND;
  versie: number;
  vergadering: { id: number; titel: string; datum: string; vastgesteldOp: string };
  hashketen: ChainSeal;
  bestanden: PackagedFile[];
  pakketzegel: string;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function packageSealOf(chain: string, files: readonly PackagedFile[]): string {
  const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => `${f.sha256}  ${f.path}`);
  return sha256(`coalitietafel-archiefpakket\n${PACKAGE_VERSION}\n${chain}\n${lines.join('\n')}`);
}

/** "sha256  path" per line, as `sha256sum -c` reads it. */
const manifestOf = (files: readonly PackagedFile[]) => files.map((f) => `${f.sha256}  ${f.path}\n`).join('');

const fromBase64 = (file: ExportedFile) => new Uint8Array(Buffer.from(file.base64, 'base64'));

export function archivePackageFileName(input: Pick<ArchivePackageInput, 'meeting'>): string {
  return `archiefpakket-${archiveStem(input.meeting)}.zip`;
}

const archiveStem = (meeting: ArchivePackageInput['meeting']) =>
  [meeting.startsAt.slice(0, 10), slugify(meeting.bodyLabel)].filter(Boolean).join('-');

export function buildArchivePackage(input: ArchivePackageInput): ExportedFile {
  const { meeting, adoption, seal, generatedAt } = input;
  const stem = archiveStem(meeting);
  const meetingDate = meeting.startsAt.slice(0, 10);
  const when = formatDate(meetingDate);
  const minutesPdf = `notulen-${stem}.pdf`;
  const decisionsPdf = `besluitenlijst-${stem}.pdf`;
  const minutesRecord: Reference = { name: `Notulen ${meeting.title} (${when})`, id: `coalitietafel/vergadering/${meeting.id}/notulen` };
  const decisionsRecord: Reference = {
    name: `Besluitenlijst ${meeting.title} (${when})`,
    id: `coalitietafel/vergadering/${meeting.id}/besluitenlijst`,
  };
  const adopted = `vastgesteld op ${formatDate(adoption.adoptedAt)}${adoption.adoptedInMeetingTitle ? ` in de vergadering ${adoption.adoptedInMeetingTitle}` : ''}`;

  const content: [string, Uint8Array][] = [
    [minutesPdf, fromBase64(input.minutes)],
    [decisionsPdf, fromBase64(input.decisionList)],
  ];
  const common = { sealId: seal.chainHash, meetingDate, adoptedAt: adoption.adoptedAt, sealFile: SEAL_FILE };
  const metadata: [string, string][] = [
    [
      `notulen-${stem}.mdto.xml`,
      recordXml({
        ...common,
        ...minutesRecord,
        id: minutesRecord.id!,
        description: `Notulen van de vergadering "${meeting.title}" (${meeting.bodyLabel}) van ${when}, ${adopted}; opgesteld door de ${RECORD_AUTHOR.charAt(0).toLowerCase()}${RECORD_AUTHOR.slice(1)}.`,
        file: minutesPdf,
        related: [{ ref: decisionsRecord, relation: 'Besluitenlijst bij deze notulen' }],
      }),
    ],
    [
      `besluitenlijst-${stem}.mdto.xml`,
      recordXml({
        ...common,
        ...decisionsRecord,
        id: decisionsRecord.id!,
        description: `De besluiten van de vergadering "${meeting.title}" (${meeting.bodyLabel}) van ${when}, ${adopted}.`,
        file: decisionsPdf,
        related: [{ ref: minutesRecord, relation: 'Notulen waaruit deze besluiten komen' }],
      }),
    ],
    ...content.map(([path, bytes], index): [string, string] => [
      `${path}.mdto.xml`,
      fileXml({
        id: `${(index === 0 ? minutesRecord : decisionsRecord).id}/pdf`,
        name: path,
        bytes: bytes.byteLength,
        sha256: sha256(bytes),
        checkedAt: generatedAt,
        record: index === 0 ? minutesRecord : decisionsRecord,
      }),
    ]),
  ];
  const files: [string, Uint8Array][] = [...content, ...metadata.map(([path, xml]): [string, Uint8Array] => [path, strToU8(xml)])];
  const listed: PackagedFile[] = files.map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.byteLength }));
  const sealFile: PackageSeal = {
    soort: PACKAGE_KIND,
    versie: PACKAGE_VERSION,
    vergadering: { id: meeting.id, titel: meeting.title, datum: meetingDate, vastgesteldOp: adoption.adoptedAt },
    hashketen: seal,
    bestanden: listed,
    pakketzegel: packageSealOf(seal.chainHash, listed),
  };
  const sealBytes = strToU8(`${JSON.stringify(sealFile, null, 2)}\n`);
  const manifest = strToU8(manifestOf([...listed, { path: SEAL_FILE, sha256: sha256(sealBytes), bytes: sealBytes.byteLength }]));
  // PDFs are compressed already: stored, so the e-depot can read them without inflating.
  const zippable: Zippable = Object.fromEntries([
    ...files.map(([path, bytes]) => [path, [bytes, { level: path.endsWith('.pdf') ? 0 : 6 }]] as const),
    [SEAL_FILE, sealBytes],
    [MANIFEST_FILE, manifest],
  ]);
  const zip = zipSync(zippable, { mtime: generatedAt });
  return {
    fileName: archivePackageFileName(input),
    mimeType: ARCHIVE_MIME_TYPE,
    base64: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength).toString('base64'),
  };
}

export interface PackageVerification {
  ok: boolean;
  /** In Dutch, one line per problem; empty when ok. */
  problems: string[];
  seal: PackageSeal | null;
}

/** What a readable package's contents say, check by check (the live chain is the caller's business). */
export interface PackageInspection {
  seal: PackageSeal;
  files: ArchiveFileCheck[];
  manifestOk: boolean;
  packageSealOk: boolean;
  chainSealOk: boolean;
}

/** Opens the package and checks it without the database; a string (Dutch) when it is no Coalitietafel package. */
export function inspectArchivePackage(zipBytes: Uint8Array): PackageInspection | string {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes);
  } catch {
    return 'Het archiefpakket is geen leesbaar ZIP-bestand.';
  }
  const sealBytes = entries[SEAL_FILE];
  if (!sealBytes) return `Het archiefpakket bevat geen ${SEAL_FILE}.`;
  let seal: PackageSeal;
  try {
    seal = JSON.parse(strFromU8(sealBytes)) as PackageSeal;
  } catch {
    return `${SEAL_FILE} is geen geldige JSON.`;
  }
  if (!isPackageSeal(seal)) return `${SEAL_FILE} is geen zegel van een Coalitietafel-archiefpakket.`;
  const files: ArchiveFileCheck[] = seal.bestanden.map((file) => {
    const bytes = entries[file.path];
    if (!bytes) return { path: file.path, status: 'missing', sha256: null };
    const actual = sha256(bytes);
    return { path: file.path, status: actual === file.sha256 ? 'ok' : 'changed', sha256: actual };
  });
  const listed = new Set([...seal.bestanden.map((f) => f.path), SEAL_FILE, MANIFEST_FILE]);
  for (const [path, bytes] of Object.entries(entries)) {
    if (!listed.has(path) && !path.endsWith('/')) files.push({ path, status: 'extra', sha256: sha256(bytes) });
  }
  const manifest = entries[MANIFEST_FILE];
  const expected = manifestOf([...seal.bestanden, { path: SEAL_FILE, sha256: sha256(sealBytes), bytes: sealBytes.byteLength }]);
  return {
    seal,
    files,
    manifestOk: manifest !== undefined && strFromU8(manifest) === expected,
    packageSealOk: packageSealOf(seal.hashketen.chainHash, seal.bestanden) === seal.pakketzegel,
    chainSealOk: chainHash(seal.hashketen) === seal.hashketen.chainHash,
  };
}

// Only the shape the checks read: a seal from another program, or hand-edited, is refused as a whole.
function isPackageSeal(seal: PackageSeal): boolean {
  const meeting = seal?.vergadering as Partial<PackageSeal['vergadering']> | undefined;
  return (
    seal?.soort === PACKAGE_KIND &&
    Array.isArray(seal.bestanden) &&
    seal.bestanden.every((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string') &&
    typeof seal.hashketen?.chainHash === 'string' &&
    typeof meeting?.id === 'number' &&
    typeof meeting.titel === 'string' &&
    typeof meeting.datum === 'string' &&
    typeof meeting.vastgesteldOp === 'string'
  );
}

/**
 * Checks a package without the database: every file against the seal, the package seal against the files and
 * the chain hash, the chain hash against its own fields, and the manifest against the files. With `chainHash`
 * (the meeting's seal in the live hash chain) the package must also carry that seal.
 */
export function verifyArchivePackage(zipBytes: Uint8Array, options: { chainHash?: string } = {}): PackageVerification {
  const inspected = inspectArchivePackage(zipBytes);
  if (typeof inspected === 'string') return { ok: false, problems: [inspected], seal: null };
  const { seal } = inspected;
  const problems: string[] = [];
  for (const file of inspected.files) {
    if (file.status === 'missing') problems.push(`${file.path} ontbreekt in het pakket.`);
    if (file.status === 'changed') problems.push(`${file.path} is gewijzigd: de sha256 klopt niet meer met het zegel.`);
    if (file.status === 'extra') problems.push(`${file.path} staat niet in het zegel.`);
  }
  if (!inspected.packageSealOk) problems.push('Het pakketzegel klopt niet met de bestanden en het zegel uit de hashketen.');
  if (!inspected.chainSealOk) problems.push('Het zegel uit de hashketen is gewijzigd.');
  if (options.chainHash !== undefined && options.chainHash !== seal.hashketen.chainHash) {
    problems.push('Het zegel in het pakket is niet het zegel van deze notulen in de hashketen.');
  }
  if (!inspected.manifestOk) problems.push(`${MANIFEST_FILE} klopt niet met de bestanden in het pakket.`);
  return { ok: problems.length === 0, problems, seal };
}
