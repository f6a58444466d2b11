// Checking an archive package the archivist holds, perhaps years later from the e-depot: the package against its
// own seal and manifest (exports/archive.package.ts), and its chain seal against this store's hash chain as it is
// now — so a package from another installation, or one whose seal was recomputed, is told apart from ours.
import type { Db } from '../store/connection';
import type { ArchivePackageCheck, LiveChainStatus } from '../../../shared/archive-check';
import { getMeetingRow } from '../store/meetings.repo';
import { seals } from '../durability/chain';
import { inspectArchivePackage } from '../exports/archive.package';
import { ruleViolation } from '../errors';

const TEXT = {
  unreadable: (problem: string) => `${problem} Het bestand is dus geen archiefpakket van Coalitietafel; er is niets gecontroleerd.`,
};

export function verifyArchivePackageHere(db: Db, input: { base64: string }): ArchivePackageCheck {
  const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
  const inspected = inspectArchivePackage(bytes);
  if (typeof inspected === 'string') throw ruleViolation(TEXT.unreadable(inspected));
  const { seal } = inspected;
  const meetingId = seal.vergadering.id;
  const live = seals(db).find((s) => s.meetingId === meetingId);
  const liveChain: LiveChainStatus = !live ? 'absent' : live.chainHash === seal.hashketen.chainHash ? 'match' : 'differs';
  const row = getMeetingRow(db, meetingId);
  const ok =
    inspected.files.every((f) => f.status === 'ok') &&
    inspected.manifestOk &&
    inspected.packageSealOk &&
    inspected.chainSealOk &&
    liveChain === 'match';
  return {
    ok,
    meeting: { id: meetingId, title: seal.vergadering.titel, date: seal.vergadering.datum, adoptedAt: seal.vergadering.vastgesteldOp },
    meetingHere: row ? { id: row.id, title: row.title, startsAt: row.startsAt } : null,
    files: inspected.files,
    manifestOk: inspected.manifestOk,
    packageSealOk: inspected.packageSealOk,
    chainSealOk: inspected.chainSealOk,
    liveChain,
    sealedAt: live?.sealedAt ?? null,
  };
}
