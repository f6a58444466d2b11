// The register of system bottlenecks (knelpunten) the Doorbraakmethode makes visible, with where each was
// escalated to on the coalition's agenda.
import type { Db } from './connection';
import type { Knelpunt, KnelpuntFields } from '../../../shared/planwork';

export type { KnelpuntFields };

interface KnelpuntRow extends Omit<Knelpunt, 'agenda'> {
  agendaItemId: number | null;
  meetingId: number | null;
  meetingTitle: string | null;
  startsAt: string | null;
}

const SELECT = `
  SELECT k.id, k.intervention_id AS interventionId, k.raised_on AS raisedOn, k.title, k.description, k.raised_by AS raisedBy,
         k.owner, k.status, k.follow_up AS followUp, k.escalated_at AS escalatedAt, k.agenda_item_id AS agendaItemId,
         m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS startsAt
  FROM knelpunten k LEFT JOIN agenda_items a ON a.id = k.agenda_item_id LEFT JOIN meetings m ON m.id = a.meeting_id`;

const toKnelpunt = ({ agendaItemId, meetingId, meetingTitle, startsAt, ...rest }: KnelpuntRow): Knelpunt => ({
  ...rest,
  agenda: agendaItemId !== null && meetingId !== null ? { agendaItemId, meetingId, meetingTitle: meetingTitle ?? '', startsAt: startsAt ?? '' } : null,
});

export function listKnelpunten(db: Db, interventionId: string | null): Knelpunt[] {
  return (
    db
      .prepare(`${SELECT} WHERE (:interventionId IS NULL OR k.intervention_id = :interventionId) ORDER BY k.raised_on DESC, k.id DESC`)
      .all({ interventionId }) as KnelpuntRow[]
  ).map(toKnelpunt);
}

export function getKnelpunt(db: Db, id: number): Knelpunt | null {
  const row = db.prepare(`${SELECT} WHERE k.id = ?`).get(id) as KnelpuntRow | undefined;
  return row ? toKnelpunt(row) : null;
}

export function insertKnelpunt(db: Db, interventionId: string, f: KnelpuntFields, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO knelpunten (intervention_id, raised_on, title, description, raised_by, owner, status, follow_up, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(interventionId, f.raisedOn, f.title, f.description, f.raisedBy, f.owner, f.status, f.followUp, now, now).lastInsertRowid,
  );
}

export function updateKnelpunt(db: Db, id: number, f: KnelpuntFields, now: string): void {
  db.prepare(
    `UPDATE knelpunten SET raised_on = ?, title = ?, description = ?, raised_by = ?, owner = ?, status = ?, follow_up = ?, updated_at = ?
     WHERE id = ?`,
  ).run(f.raisedOn, f.title, f.description, f.raisedBy, f.owner, f.status, f.followUp, now, id);
}

export function markEscalated(db: Db, id: number, agendaItemId: number, now: string): void {
  db.prepare(
    `UPDATE knelpunten SET agenda_item_id = ?, escalated_at = ?, updated_at = ?,
       status = CASE status WHEN 'open' THEN 'in behandeling' ELSE status END
     WHERE id = ?`,
  ).run(agendaItemId, now, now, id);
}
