// Corrections recorded when minutes are adopted (vaststelling met correcties).
import type { Db } from './connection';
import type { MinutesCorrection } from '../../../shared/domain';

export function listCorrections(db: Db, meetingId: number): MinutesCorrection[] {
  return db
    .prepare(
      `SELECT text, adopted_in_meeting_id AS adoptedInMeetingId, created_at AS createdAt
       FROM minutes_corrections WHERE meeting_id = ? ORDER BY id`,
    )
    .all(meetingId) as MinutesCorrection[];
}

/** The corrections recorded when the minutes of `meetingId` were adopted at meeting `adoptedInMeetingId`. */
export function listCorrectionsAdoptedIn(db: Db, meetingId: number, adoptedInMeetingId: number): MinutesCorrection[] {
  return db
    .prepare(
      `SELECT text, adopted_in_meeting_id AS adoptedInMeetingId, created_at AS createdAt
       FROM minutes_corrections WHERE meeting_id = ? AND adopted_in_meeting_id = ? ORDER BY id`,
    )
    .all(meetingId, adoptedInMeetingId) as MinutesCorrection[];
}

export function insertCorrection(db: Db, meetingId: number, correction: MinutesCorrection): void {
  db.prepare('INSERT INTO minutes_corrections (meeting_id, adopted_in_meeting_id, text, created_at) VALUES (?, ?, ?, ?)').run(
    meetingId,
    correction.adoptedInMeetingId,
    correction.text,
    correction.createdAt,
  );
}
