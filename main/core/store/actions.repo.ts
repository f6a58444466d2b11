// Action items (actiepunten) with their owner resolved to a display name.
import type { Db } from './connection';
import type { ActionItem, ActionStatus } from '../../../shared/domain';

const ACTION_SELECT = `
  SELECT a.id, a.meeting_id AS meetingId, a.agenda_item_id AS agendaItemId, a.checklist_item_id AS checklistItemId,
         a.description, a.owner_person_id AS ownerPersonId, a.owner_organisation_id AS ownerOrganisationId,
         coalesce(p.name, o.name, '') AS ownerName, a.due_date AS dueDate, a.status
  FROM action_items a
  LEFT JOIN people p ON p.id = a.owner_person_id
  LEFT JOIN organisations o ON o.id = a.owner_organisation_id`;

export interface NewAction {
  meetingId: number;
  agendaItemId: number | null;
  checklistItemId: number | null;
  description: string;
  ownerPersonId: number | null;
  ownerOrganisationId: number | null;
  dueDate: string | null;
}

export function listActionsOfMeeting(db: Db, meetingId: number): ActionItem[] {
  return db.prepare(`${ACTION_SELECT} WHERE a.meeting_id = ? ORDER BY a.id`).all(meetingId) as ActionItem[];
}

export function getAction(db: Db, id: number): ActionItem | null {
  return (db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionItem | undefined) ?? null;
}

export function insertAction(db: Db, a: NewAction, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO action_items (meeting_id, agenda_item_id, checklist_item_id, description, owner_person_id,
                                   owner_organisation_id, due_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.meetingId, a.agendaItemId, a.checklistItemId, a.description, a.ownerPersonId, a.ownerOrganisationId, a.dueDate, now, now)
      .lastInsertRowid,
  );
}

export function setActionStatus(db: Db, id: number, status: ActionStatus, now: string): void {
  db.prepare('UPDATE action_items SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function deleteAction(db: Db, id: number): void {
  db.prepare('DELETE FROM action_items WHERE id = ?').run(id);
}
