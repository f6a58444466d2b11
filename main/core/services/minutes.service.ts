// Exports a meeting's minutes; the rendering lives in ../exports.
import type { Db } from '../store/connection';
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { getProfile } from '../store/profile.repo';
import { getMeeting } from './meetings.service';
import { exportMinutes } from '../exports/minutes.export';

export async function exportMeetingMinutes(db: Db, input: { meetingId: number; format: ExportFormat }): Promise<ExportedFile> {
  // Read everything synchronously first: the rendering awaits, the database must not be held across it.
  const meeting = getMeeting(db, input.meetingId);
  const profile = getProfile(db);
  return exportMinutes({ meeting, profile, generatedAt: new Date() }, input.format);
}
