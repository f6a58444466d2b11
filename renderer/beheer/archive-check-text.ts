// The Dutch words for a checked archive package: one line per check, and what a failed check means.
import type { ArchiveFileCheck, ArchivePackageCheck } from '../../shared/archive-check';
import { formatDate, formatDateTime } from '../format';

export interface CheckLine {
  key: string;
  ok: boolean;
  text: string;
}

function fileLine(file: ArchiveFileCheck): CheckLine {
  const key = `bestand:${file.path}`;
  switch (file.status) {
    case 'ok':
      return { key, ok: true, text: `Bestand ${file.path} is ongewijzigd.` };
    case 'changed':
      return { key, ok: false, text: `Bestand ${file.path} is gewijzigd na het exporteren: het controlegetal klopt niet meer met het zegel.` };
    case 'missing':
      return { key, ok: false, text: `Bestand ${file.path} ontbreekt in het pakket.` };
    case 'extra':
      return { key, ok: false, text: `Bestand ${file.path} is later aan het pakket toegevoegd: het staat niet in het zegel.` };
  }
}

function liveChainLine(result: ArchivePackageCheck): CheckLine {
  const key = 'hashketen';
  switch (result.liveChain) {
    case 'match':
      return {
        key,
        ok: true,
        text: `Het zegel staat zo in de hashketen van deze installatie${result.sealedAt ? ` (verzegeld op ${formatDateTime(result.sealedAt)})` : ''}.`,
      };
    case 'differs':
      return {
        key,
        ok: false,
        text: 'Deze installatie heeft voor deze vergadering een ander zegel: het pakket hoort niet bij de hashketen van deze installatie.',
      };
    case 'absent':
      return {
        key,
        ok: false,
        text: 'Deze installatie heeft geen zegel voor deze vergadering: het pakket hoort niet bij de hashketen van deze installatie.',
      };
  }
}

/** Every check in a fixed order: the files, the manifest, the package seal, the chain seal, the live chain. */
export function checkLines(result: ArchivePackageCheck): CheckLine[] {
  return [
    ...result.files.map(fileLine),
    result.manifestOk
      ? { key: 'manifest', ok: true, text: 'De lijst met controlegetallen (manifest-sha256.txt) klopt met de bestanden.' }
      : { key: 'manifest', ok: false, text: 'De lijst met controlegetallen (manifest-sha256.txt) klopt niet met de bestanden.' },
    result.packageSealOk
      ? { key: 'pakketzegel', ok: true, text: 'Het pakketzegel klopt met de bestanden en het zegel uit de hashketen.' }
      : { key: 'pakketzegel', ok: false, text: 'Het pakketzegel klopt niet: bestanden of zegel zijn na het exporteren veranderd.' },
    result.chainSealOk
      ? { key: 'ketenzegel', ok: true, text: 'Het zegel uit de hashketen in het pakket is gaaf.' }
      : { key: 'ketenzegel', ok: false, text: 'Het zegel uit de hashketen is in het pakket gewijzigd.' },
    liveChainLine(result),
  ];
}

export function headline(result: ArchivePackageCheck, lines: readonly CheckLine[]): string {
  const meeting = `${result.meeting.title} van ${formatDate(result.meeting.date)}`;
  if (result.ok) return `Het pakket is ongewijzigd en hoort bij deze vergadering: ${meeting}.`;
  const failed = lines.filter((l) => !l.ok);
  const more = failed.length > 1 ? ` Er ${failed.length === 2 ? 'is nog 1 punt' : `zijn nog ${failed.length - 1} punten`} niet in orde; zie de lijst.` : '';
  return `Het pakket van ${meeting} is niet in orde. ${failed[0]?.text ?? ''}${more}`;
}
