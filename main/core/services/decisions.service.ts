// The besluitenlijst: every decision taken in a period, across meetings.
import type { Db } from '../store/connection';
import type { DecisionListEntry } from '../../../shared/domain';

export function listDecisions(db: Db, input: { from: string; to: string }): DecisionListEntry[] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, a.id AS agendaItemId,
              a.title, a.outcome, a.decision_text AS text, m.adopted_at AS adoptedAt
       FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.kind = 'besluit' AND a.outcome IS NOT NULL AND m.starts_at >= ? AND m.starts_at < ?
       ORDER BY m.starts_at, a.position`,
    )
    .all(`${input.from}T00:00`, `${input.to}T24:00`) as DecisionListEntry[];
}
