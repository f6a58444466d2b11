// Decisions: agenda items of kind besluit that have an outcome, by the date of their meeting.
import type { Db } from './connection';
import type { DecisionListEntry, Outcome } from '../../../shared/domain';

const DECIDED_BETWEEN = "a.kind = 'besluit' AND a.outcome IS NOT NULL AND m.starts_at >= ? AND m.starts_at < ?";

/** The decisions of meetings starting in [fromIso, toIso), in order of meeting and agenda. */
export function listDecisionsBetween(db: Db, fromIso: string, toIso: string): DecisionListEntry[] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, a.id AS agendaItemId,
              a.title, a.outcome, a.decision_text AS text, m.adopted_at AS adoptedAt
       FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE ${DECIDED_BETWEEN}
       ORDER BY m.starts_at, a.position`,
    )
    .all(fromIso, toIso) as DecisionListEntry[];
}

/** Per outcome: how many decisions, and how many of them have every vinkje of their checklist answered. */
export function outcomeCountsBetween(db: Db, fromIso: string, toIso: string): { outcome: Outcome; n: number; reviewed: number }[] {
  return db
    .prepare(
      `SELECT a.outcome, count(*) AS n,
              sum((SELECT count(*) FROM vinkje_answers v WHERE v.agenda_item_id = a.id)
                  = (SELECT count(*) FROM checklist_items ci WHERE ci.checklist_id = m.checklist_id)) AS reviewed
       FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE ${DECIDED_BETWEEN}
       GROUP BY a.outcome`,
    )
    .all(fromIso, toIso) as { outcome: Outcome; n: number; reviewed: number }[];
}
