// Exports of minutes, agendas, the actielijst and the besluitenlijst; the rendering lives in ../exports.
import type { Db } from '../store/connection';
import type { ExportFormat, ExportedFile } from '../../../shared/domain';
import { getProfile } from '../store/profile.repo';
import { getAnswers as getSteeringAnswers } from '../store/steering.repo';
import { getMeeting } from './meeting-detail';
import { exportMinutes } from '../exports/minutes.export';
import { listActions } from './actions.service';
import { listDecisions } from './decisions.service';
import type { ActionFilters } from '../store/actions.repo';
import { now } from '../clock';

export async function exportMeetingMinutes(db: Db, input: { meetingId: number; format: ExportFormat }): Promise<ExportedFile> {
  // Read everything synchronously first: the rendering awaits, the database must not be held across it.
  const meeting = getMeeting(db, input.meetingId);
  const profile = getProfile(db);
  const steering = getSteeringAnswers(db, meeting.id);
  return exportMinutes({ meeting, profile, generatedAt: now(), steering }, input.format);
}

export async function exportAgenda(db: Db, input: { meetingId: number; format: ExportFormat }): Promise<ExportedFile> {
  const meeting = getMeeting(db, input.meetingId);
  const profile = getProfile(db);
  const { renderAgendaExport } = await import('../exports/lists.export');
  return renderAgendaExport({ meeting, profile, generatedAt: now() }, input.format);
}

export async function exportActionList(db: Db, input: ActionFilters & { format: ExportFormat }): Promise<ExportedFile> {
  const { format, ...filters } = input;
  const actions = listActions(db, filters);
  const profile = getProfile(db);
  const { renderActionListExport } = await import('../exports/lists.export');
  return renderActionListExport({ actions, filters, profile, generatedAt: now() }, format);
}

export async function exportDecisionList(db: Db, input: { from: string; to: string; format: ExportFormat }): Promise<ExportedFile> {
  const decisions = listDecisions(db, input);
  const profile = getProfile(db);
  const { renderDecisionListExport } = await import('../exports/lists.export');
  return renderDecisionListExport({ decisions, from: input.from, to: input.to, profile, generatedAt: now() }, input.format);
}
