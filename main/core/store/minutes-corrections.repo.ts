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
