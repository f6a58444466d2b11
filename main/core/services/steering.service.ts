// The three sturingsvragen (jaarplanning): answered per coalition meeting as structured answers, locked with the
// minutes, and laid side by side over meetings and years.
import type { Db } from '../store/connection';
import type { SteeringAnswers, SteeringColumn } from '../../../shared/planwork';
import * as repo from '../store/steering.repo';
import { requireEditableMeeting, requireMeeting } from './guards';
import { ruleViolation } from '../errors';
import { nowIso } from '../clock';

export function getSteering(db: Db, input: { meetingId: number }): SteeringAnswers | null {
  requireMeeting(db, input.meetingId);
  return repo.getAnswers(db, input.meetingId);
}

export function setSteering(
  db: Db,
  input: Omit<SteeringAnswers, 'answeredAt'>,
): SteeringAnswers {
  db.transaction(() => {
    const meeting = requireEditableMeeting(db, input.meetingId);
    if (meeting.body !== 'coalitie') throw ruleViolation('De sturingsvragen horen bij de vergaderingen van de maatschappelijke coalitie.');
    repo.upsertAnswers(db, {
      meetingId: input.meetingId,
      focus: input.focus,
      focusNote: input.focusNote.trim(),
      rightThings: input.rightThings,
      rightThingsNote: input.rightThingsNote.trim(),
      goingWell: input.goingWell.trim(),
      toAdjust: input.toAdjust.trim(),
      answeredAt: nowIso(),
    });
  })();
  return repo.getAnswers(db, input.meetingId)!;
}

export const steeringOverview = (db: Db, input: { fromYear: number; toYear: number }): SteeringColumn[] =>
  repo.steeringColumns(db, `${input.fromYear}-01-01T00:00`, `${input.toYear + 1}-01-01T00:00`);
