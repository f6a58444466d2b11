// Milestones of the jaarplanning.
import type { Db } from './connection';
import type { Milestone } from '../../../shared/domain';

/** Milestones on or after `from` and before `to` (JJJJ-MM-DD), by date. */
export function listMilestonesBetween(db: Db, from: string, to: string): Milestone[] {
  return db
    .prepare('SELECT id, date, title, description FROM milestones WHERE date >= ? AND date < ? ORDER BY date, id')
    .all(from, to) as Milestone[];
}

export function getMilestone(db: Db, id: number): Milestone | null {
  return (db.prepare('SELECT id, date, title, description FROM milestones WHERE id = ?').get(id) as Milestone | undefined) ?? null;
}

export type MilestoneFields = Omit<Milestone, 'id'>;

export function insertMilestone(db: Db, f: MilestoneFields): number {
  return Number(db.prepare('INSERT INTO milestones (date, title, description) VALUES (?, ?, ?)').run(f.date, f.title, f.description).lastInsertRowid);
}

export function updateMilestone(db: Db, id: number, f: MilestoneFields): void {
  db.prepare('UPDATE milestones SET date = ?, title = ?, description = ? WHERE id = ?').run(f.date, f.title, f.description, id);
}

export function deleteMilestone(db: Db, id: number): void {
  db.prepare('DELETE FROM milestones WHERE id = ?').run(id);
}
