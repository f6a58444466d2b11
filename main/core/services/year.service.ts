// Jaarplanning: the year's meetings and milestones, the three-meetings rule, and an iCalendar export.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import { BODY_LABELS, MIN_COALITION_MEETINGS_PER_YEAR, type ExportedFile, type Milestone, type YearPlan } from '../../../shared/domain';
import { listMeetingsBetween } from '../store/meetings.repo';
import * as milestonesRepo from '../store/milestones.repo';
import { notFound } from '../errors';
import { renderYearIcs } from '../exports/year.ics';

export function getYearPlan(db: Db, input: { year: number }): YearPlan {
  const { year } = input;
  const meetings = listMeetingsBetween(db, `${year}-01-01T00:00`, `${year + 1}-01-01T00:00`);
  const milestones = milestonesRepo.listMilestonesBetween(db, `${year}-01-01`, `${year + 1}-01-01`);
  const coalitionMeetingCount = meetings.filter((m) => m.body === 'coalitie').length;
  const warning =
    coalitionMeetingCount < MIN_COALITION_MEETINGS_PER_YEAR
      ? `In ${year} ${coalitionMeetingCount === 1 ? 'is' : 'zijn'} ${coalitionMeetingCount} ` +
        `${coalitionMeetingCount === 1 ? 'coalitievergadering' : 'coalitievergaderingen'} gepland; ` +
        `de coalitie komt minstens ${MIN_COALITION_MEETINGS_PER_YEAR} keer per jaar bijeen.`
      : null;
  return { year, meetings, milestones, coalitionMeetingCount, warning };
}

export function exportYearIcs(db: Db, input: { year: number }): ExportedFile {
  const plan = getYearPlan(db, input);
  const text = renderYearIcs(
    plan.meetings.map((m) => ({
      uid: `vergadering-${m.id}@coalitietafel`,
      title: `${m.title} (${BODY_LABELS[m.body]})`,
      startsAt: m.startsAt,
      place: m.place,
    })),
  );
  return {
    fileName: `jaarplanning-${input.year}.ics`,
    mimeType: 'text/calendar; charset=utf-8',
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

type MilestoneInput = ValidInput<'milestones:create'>;

const fieldsOf = (input: MilestoneInput): milestonesRepo.MilestoneFields => ({
  date: input.date,
  title: input.title,
  description: input.description ?? '',
});

function readMilestone(db: Db, id: number): Milestone {
  const row = milestonesRepo.getMilestone(db, id);
  if (!row) throw notFound('Deze mijlpaal');
  return row;
}

export function createMilestone(db: Db, input: MilestoneInput): Milestone {
  const id = milestonesRepo.insertMilestone(db, fieldsOf(input));
  return readMilestone(db, id);
}

export function updateMilestone(db: Db, input: MilestoneInput & { id: number }): Milestone {
  return db.transaction(() => {
    readMilestone(db, input.id);
    milestonesRepo.updateMilestone(db, input.id, fieldsOf(input));
    return readMilestone(db, input.id);
  })();
}

export function removeMilestone(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    readMilestone(db, input.id);
    milestonesRepo.deleteMilestone(db, input.id);
  })();
  return { ok: true };
}
