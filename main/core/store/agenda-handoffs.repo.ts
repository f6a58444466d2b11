// Which agenda items went from the programmateam to the coalition, read for a whole meeting in two queries.
import type { Db } from './connection';
import type { AgendaItem } from '../../../shared/domain';
import type { AgendaHandoff } from '../../../shared/bodies';
import { prepareCached } from './statement-cache';

export interface MeetingHandoffs {
  from: Map<number, AgendaHandoff>;
  to: Map<number, AgendaHandoff>;
}

const OTHER_END = `SELECT s.agenda_item_id AS target, s.source_agenda_item_id AS source, other.id AS agendaItemId, other.title,
         m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, m.body
  FROM agenda_item_sources s`;

export function handoffsOfMeeting(db: Db, meetingId: number): MeetingHandoffs {
  type Row = AgendaHandoff & { target: number; source: number };
  const strip = ({ target: _t, source: _s, ...handoff }: Row): AgendaHandoff => handoff;
  const from = prepareCached(
    db,
    `${OTHER_END}
       JOIN agenda_items other ON other.id = s.source_agenda_item_id JOIN meetings m ON m.id = other.meeting_id
       WHERE s.agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)`,
  ).all(meetingId) as Row[];
  const to = prepareCached(
    db,
    `${OTHER_END}
       JOIN agenda_items other ON other.id = s.agenda_item_id JOIN meetings m ON m.id = other.meeting_id
       WHERE s.source_agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)`,
  ).all(meetingId) as Row[];
  return { from: new Map(from.map((r) => [r.target, strip(r)])), to: new Map(to.map((r) => [r.source, strip(r)])) };
}

export function withHandoffs(item: AgendaItem, handoffs: MeetingHandoffs): AgendaItem {
  const from = handoffs.from.get(item.id);
  const to = handoffs.to.get(item.id);
  if (!from && !to) return item;
  return { ...item, ...(from ? { passedFrom: from } : {}), ...(to ? { passedTo: to } : {}) };
}

export function insertHandoff(db: Db, targetItemId: number, sourceItemId: number): void {
  db.prepare('INSERT INTO agenda_item_sources (agenda_item_id, source_agenda_item_id) VALUES (?, ?)').run(targetItemId, sourceItemId);
}

export function handoffTarget(db: Db, sourceItemId: number): number | null {
  return (db.prepare('SELECT agenda_item_id FROM agenda_item_sources WHERE source_agenda_item_id = ?').pluck().get(sourceItemId) as number | undefined) ?? null;
}
