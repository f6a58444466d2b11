// Action items (actiepunten) with their owner resolved to a display name.
import type { Db } from './connection';
import type { ActionItem, ActionListEntry, ActionSource, ActionStatus, AgendaKind, Body } from '../../../shared/domain';

const ACTION_SELECT = `
  SELECT a.id, a.meeting_id AS meetingId, a.agenda_item_id AS agendaItemId, a.checklist_item_id AS checklistItemId,
         a.description, a.owner_person_id AS ownerPersonId, a.owner_organisation_id AS ownerOrganisationId,
         coalesce(p.name, o.name, '') AS ownerName, a.due_date AS dueDate, a.status
  FROM action_items a
  LEFT JOIN people p ON p.id = a.owner_person_id
  LEFT JOIN organisations o ON o.id = a.owner_organisation_id`;

export type NewAction = Omit<ActionItem, 'id' | 'ownerName' | 'status'>;

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

export function setActionStatus(db: Db, id: number, status: ActionStatus, closedInMeetingId: number | null, now: string): void {
  db.prepare('UPDATE action_items SET status = ?, closed_in_meeting_id = ?, updated_at = ? WHERE id = ?').run(
    status,
    closedInMeetingId,
    now,
    id,
  );
}

export function setActionDueDate(db: Db, id: number, dueDate: string | null, now: string): void {
  db.prepare('UPDATE action_items SET due_date = ?, updated_at = ? WHERE id = ?').run(dueDate, now, id);
}

const LIST_SELECT = `
  SELECT a.id, a.meeting_id AS meetingId, a.agenda_item_id AS agendaItemId, a.checklist_item_id AS checklistItemId,
         a.description, a.owner_person_id AS ownerPersonId, a.owner_organisation_id AS ownerOrganisationId,
         coalesce(p.name, o.name, '') AS ownerName, a.due_date AS dueDate, a.status,
         m.title AS meetingTitle, m.starts_at AS meetingStartsAt, a.closed_in_meeting_id AS closedInMeetingId,
         (SELECT json_group_array(theme_id) FROM agenda_item_themes t WHERE t.agenda_item_id = a.agenda_item_id) AS themeIds,
         ai.title AS agendaItemTitle, ai.kind AS agendaItemKind, ci.position AS vinkjePosition
  FROM action_items a
  JOIN meetings m ON m.id = a.meeting_id
  LEFT JOIN agenda_items ai ON ai.id = a.agenda_item_id
  LEFT JOIN checklist_items ci ON ci.id = a.checklist_item_id
  LEFT JOIN people p ON p.id = a.owner_person_id
  LEFT JOIN organisations o ON o.id = a.owner_organisation_id`;

type ListRow = Omit<ActionListEntry, 'themeIds' | 'overdue' | 'source'> & {
  themeIds: string | null;
  agendaItemKind: AgendaKind | null;
};

/** Where an action came from: the follow-up of a vinkje, agreed with a decision, or added by hand. */
function sourceOf(row: ListRow): ActionSource {
  if (row.vinkjePosition !== null) return 'vinkje';
  if (row.agendaItemKind === 'besluit') return 'besluit';
  return 'handmatig';
}

function toEntry(row: ListRow, today: string): ActionListEntry {
  const { agendaItemKind: _kind, ...entry } = row;
  return {
    ...entry,
    source: sourceOf(row),
    themeIds: row.themeIds ? (JSON.parse(row.themeIds) as string[]) : [],
    overdue: row.status === 'open' && row.dueDate !== null && row.dueDate < today,
  };
}

/** Open actions from earlier meetings of the same body, and those closed in this meeting. */
export function listCarriedActions(db: Db, meeting: { id: number; body: Body; startsAt: string }, today: string): ActionListEntry[] {
  const rows = db
    .prepare(
      `${LIST_SELECT}
       WHERE a.meeting_id <> @id AND m.body = @body AND m.starts_at < @startsAt
         AND (a.status = 'open' OR a.closed_in_meeting_id = @id)
       ORDER BY m.starts_at, a.id`,
    )
    .all({ id: meeting.id, body: meeting.body, startsAt: meeting.startsAt }) as ListRow[];
  return rows.map((r) => toEntry(r, today));
}

export interface ActionFilters {
  status?: ActionStatus | undefined;
  ownerPersonId?: number | undefined;
  ownerOrganisationId?: number | undefined;
  themeId?: string | undefined;
}

export function listActions(db: Db, f: ActionFilters, today: string): ActionListEntry[] {
  // Filtering on an organisation includes the actions of its people.
  const rows = db
    .prepare(
      `${LIST_SELECT}
       WHERE (@status IS NULL OR a.status = @status)
         AND (@person IS NULL OR a.owner_person_id = @person)
         AND (@org IS NULL OR a.owner_organisation_id = @org OR p.organisation_id = @org)
         AND (@theme IS NULL OR EXISTS (SELECT 1 FROM agenda_item_themes t WHERE t.agenda_item_id = a.agenda_item_id AND t.theme_id = @theme))
       ORDER BY (a.status <> 'open'), coalesce(a.due_date, '9999-12-31'), a.id`,
    )
    .all({
      status: f.status ?? null,
      person: f.ownerPersonId ?? null,
      org: f.ownerOrganisationId ?? null,
      theme: f.themeId ?? null,
    }) as ListRow[];
  return rows.map((r) => toEntry(r, today));
}

export function deleteAction(db: Db, id: number): void {
  db.prepare('DELETE FROM action_items WHERE id = ?').run(id);
}
