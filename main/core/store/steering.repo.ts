// The answers to the three sturingsvragen per coalition meeting.
import type { Db } from './connection';
import type { SteeringAnswers, SteeringColumn } from '../../../shared/planwork';

const COLUMNS = `meeting_id AS meetingId, focus, focus_note AS focusNote, right_things AS rightThings,
  right_things_note AS rightThingsNote, going_well AS goingWell, to_adjust AS toAdjust, answered_at AS answeredAt`;

export const getAnswers = (db: Db, meetingId: number): SteeringAnswers | null =>
  (db.prepare(`SELECT ${COLUMNS} FROM steering_answers WHERE meeting_id = ?`).get(meetingId) as SteeringAnswers | undefined) ?? null;

export function upsertAnswers(db: Db, a: SteeringAnswers): void {
  db.prepare(
    `INSERT INTO steering_answers (meeting_id, focus, focus_note, right_things, right_things_note, going_well, to_adjust, answered_at)
     VALUES (:meetingId, :focus, :focusNote, :rightThings, :rightThingsNote, :goingWell, :toAdjust, :answeredAt)
     ON CONFLICT (meeting_id) DO UPDATE SET focus = excluded.focus, focus_note = excluded.focus_note,
       right_things = excluded.right_things, right_things_note = excluded.right_things_note,
       going_well = excluded.going_well, to_adjust = excluded.to_adjust, answered_at = excluded.answered_at`,
  ).run(a);
}

/** Coalition meetings between two local date-times, oldest first, each with its answers or null. */
export function steeringColumns(db: Db, from: string, to: string): SteeringColumn[] {
  const rows = db
    .prepare(
      `SELECT m.id AS meetingId, m.title, m.starts_at AS startsAt, m.adopted_at IS NOT NULL AS adopted, s.meeting_id AS answered
       FROM meetings m LEFT JOIN steering_answers s ON s.meeting_id = m.id
       WHERE m.body = 'coalitie' AND m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id`,
    )
    .all(from, to) as { meetingId: number; title: string; startsAt: string; adopted: number; answered: number | null }[];
  return rows.map((r) => ({
    meetingId: r.meetingId,
    title: r.title,
    startsAt: r.startsAt,
    adopted: r.adopted === 1,
    answers: r.answered === null ? null : getAnswers(db, r.meetingId),
  }));
}
