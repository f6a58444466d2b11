// The archive package of one meeting's adopted minutes (exports/archive.package.ts): gathers the meeting, its
// besluitenlijst and its seal from the hash chain, renders both as PDF/A and packs them with their metadata.
import type { Db } from '../store/connection';
import type { ExportedFile } from '../../../shared/domain';
import { BODY_LABELS } from '../../../shared/domain';
import { getProfile } from '../store/profile.repo';
import { getAnswers as getSteeringAnswers } from '../store/steering.repo';
import { getMeeting } from './meeting-detail';
import { listDecisions } from './decisions.service';
import { seals } from '../durability/chain';
import { exportMinutes } from '../exports/minutes.export';
import { ruleViolation } from '../errors';
import { now } from '../clock';

const TEXT = {
  notAdopted: 'Een archiefpakket kan alleen van vastgestelde notulen worden gemaakt. Stel de notulen eerst vast in een volgende vergadering.',
  noSeal: 'Deze vastgestelde notulen hebben geen zegel in de hashketen; er is geen archiefpakket gemaakt.',
  broken: (problem: string) => `Er is geen archiefpakket gemaakt: ${problem}`,
};

export async function exportArchivePackage(db: Db, input: { meetingId: number }): Promise<ExportedFile> {
  // Read everything synchronously first: the rendering awaits, the database must not be held across it.
  const meeting = getMeeting(db, input.meetingId);
  const adoption = meeting.adoption;
  if (!adoption) throw ruleViolation(TEXT.notAdopted);
  const check = adoption.seal;
  const seal = seals(db).find((s) => s.meetingId === meeting.id);
  if (!check?.seal || !seal) throw ruleViolation(TEXT.noSeal);
  // An e-depot must never receive minutes that no longer match what was adopted.
  if (!check.ok) throw ruleViolation(TEXT.broken(check.problem ?? TEXT.noSeal));
  const profile = getProfile(db);
  const date = meeting.startsAt.slice(0, 10);
  const decisions = listDecisions(db, { from: date, to: date }).filter((d) => d.meetingId === meeting.id);
  const generatedAt = now();

  const minutes = await exportMinutes({ meeting, profile, generatedAt, steering: getSteeringAnswers(db, meeting.id) }, 'pdf');
  const { renderDecisionListExport } = await import('../exports/lists.export');
  const decisionList = await renderDecisionListExport({ decisions, from: date, to: date, profile, generatedAt }, 'pdf');
  const { buildArchivePackage } = await import('../exports/archive.package');
  return buildArchivePackage({
    meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, bodyLabel: BODY_LABELS[meeting.body] },
    adoption: { adoptedAt: adoption.adoptedAt, adoptedInMeetingTitle: adoption.adoptedInMeetingTitle },
    minutes,
    decisionList,
    seal: { ...seal, keyed: check.keyed },
    generatedAt,
  });
}
