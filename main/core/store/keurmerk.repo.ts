// Keurmerk reviews of plans and interventions and their answers (see migration 0014-keurmerk-reviews).
import type { Db } from './connection';
import type { Answer, VinkjeAnswer } from '../../../shared/domain';
import type { KeurmerkSubject, KeurmerkSubjectKind } from '../../../shared/keurmerk';

export interface ReviewRow {
  id: number;
  /** The plan's id as text, or the intervention's id. */
  subjectId: string;
  checklistId: number;
  reviewer: string;
  createdAt: string;
  /** The latest answer's time, or createdAt. */
  reviewedAt: string;
}

/** The latest review of each subject of one kind, with its answer counts: one query for a whole list. */
export interface LatestReviewRow extends ReviewRow {
  checklistVersion: number;
  total: number;
  ja: number;
  deels: number;
  nee: number;
  nvt: number;
}

const subjectColumn = (kind: KeurmerkSubjectKind) => (kind === 'plan' ? 'plan_id' : 'intervention_id');

const REVIEW_COLUMNS = (column: string) => `
  r.id, CAST(r.${column} AS TEXT) AS subjectId, r.checklist_id AS checklistId, r.reviewer, r.created_at AS createdAt,
  coalesce((SELECT max(a.answered_at) FROM keurmerk_answers a WHERE a.review_id = r.id), r.created_at) AS reviewedAt`;

export function listReviews(db: Db, subject: KeurmerkSubject): ReviewRow[] {
  const column = subjectColumn(subject.kind);
  return db
    .prepare(`SELECT ${REVIEW_COLUMNS(column)} FROM keurmerk_reviews r WHERE r.${column} = ? ORDER BY r.id DESC`)
    .all(subject.id) as ReviewRow[];
}

export function getReview(db: Db, id: number): (ReviewRow & { subject: KeurmerkSubject }) | null {
  const row = db
    .prepare(
      `SELECT r.id, r.plan_id AS planId, r.intervention_id AS interventionId, r.checklist_id AS checklistId, r.reviewer,
              r.created_at AS createdAt,
              coalesce((SELECT max(a.answered_at) FROM keurmerk_answers a WHERE a.review_id = r.id), r.created_at) AS reviewedAt
       FROM keurmerk_reviews r WHERE r.id = ?`,
    )
    .get(id) as (Omit<ReviewRow, 'subjectId'> & { planId: number | null; interventionId: string | null }) | undefined;
  if (!row) return null;
  const { planId, interventionId, ...rest } = row;
  const subject: KeurmerkSubject = planId !== null ? { kind: 'plan', id: planId } : { kind: 'interventie', id: interventionId! };
  return { ...rest, subjectId: String(subject.id), subject };
}

export function latestReviewId(db: Db, subject: KeurmerkSubject): number | null {
  const column = subjectColumn(subject.kind);
  return (db.prepare(`SELECT max(id) FROM keurmerk_reviews WHERE ${column} = ?`).pluck().get(subject.id) as number | null) ?? null;
}

export function latestReviews(db: Db, kind: KeurmerkSubjectKind): LatestReviewRow[] {
  const column = subjectColumn(kind);
  // One pass: the newest review per subject (from the partial index), joined with its answers once.
  return db
    .prepare(
      `SELECT r.id, CAST(r.${column} AS TEXT) AS subjectId, r.checklist_id AS checklistId, r.reviewer, r.created_at AS createdAt,
              coalesce(max(a.answered_at), r.created_at) AS reviewedAt, c.version AS checklistVersion, n.total,
              count(a.answer) FILTER (WHERE a.answer = 'ja') AS ja, count(a.answer) FILTER (WHERE a.answer = 'deels') AS deels,
              count(a.answer) FILTER (WHERE a.answer = 'nee') AS nee, count(a.answer) FILTER (WHERE a.answer = 'nvt') AS nvt
       FROM (SELECT max(id) AS id FROM keurmerk_reviews WHERE ${column} IS NOT NULL GROUP BY ${column}) latest
       JOIN keurmerk_reviews r ON r.id = latest.id
       JOIN checklists c ON c.id = r.checklist_id
       JOIN (SELECT checklist_id, count(*) AS total FROM checklist_items GROUP BY checklist_id) n ON n.checklist_id = r.checklist_id
       LEFT JOIN keurmerk_answers a ON a.review_id = r.id
       GROUP BY r.id`,
    )
    .all() as LatestReviewRow[];
}

export function insertReview(db: Db, subject: KeurmerkSubject, checklistId: number, reviewer: string, now: string): number {
  return Number(
    db
      .prepare(`INSERT INTO keurmerk_reviews (${subjectColumn(subject.kind)}, checklist_id, reviewer, created_at) VALUES (?, ?, ?, ?)`)
      .run(subject.id, checklistId, reviewer, now).lastInsertRowid,
  );
}

export function answersOf(db: Db, reviewId: number): VinkjeAnswer[] {
  return db
    .prepare(
      `SELECT a.checklist_item_id AS checklistItemId, ci.position, ci.question, a.answer, a.explanation, a.answered_at AS answeredAt
       FROM keurmerk_answers a JOIN checklist_items ci ON ci.id = a.checklist_item_id
       WHERE a.review_id = ? ORDER BY ci.position`,
    )
    .all(reviewId) as VinkjeAnswer[];
}

export function getAnswer(db: Db, reviewId: number, checklistItemId: number): { answer: Answer; explanation: string; answeredAt: string } | null {
  return (
    (db
      .prepare('SELECT answer, explanation, answered_at AS answeredAt FROM keurmerk_answers WHERE review_id = ? AND checklist_item_id = ?')
      .get(reviewId, checklistItemId) as { answer: Answer; explanation: string; answeredAt: string } | undefined) ?? null
  );
}

export function upsertAnswer(db: Db, reviewId: number, checklistItemId: number, answer: Answer, explanation: string, at: string): void {
  db.prepare(
    `INSERT INTO keurmerk_answers (review_id, checklist_item_id, answer, explanation, answered_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (review_id, checklist_item_id)
     DO UPDATE SET answer = excluded.answer, explanation = excluded.explanation, answered_at = excluded.answered_at`,
  ).run(reviewId, checklistItemId, answer, explanation, at);
}

/** The subject's title and its last change (null when never changed in the app), or null when it does not exist. */
export function subjectInfo(db: Db, subject: KeurmerkSubject): { title: string; changedAt: string | null } | null {
  const sql =
    subject.kind === 'plan'
      ? 'SELECT title, updated_at AS changedAt FROM plans WHERE id = ?'
      : 'SELECT title, updated_at AS changedAt FROM interventions WHERE id = ?';
  return (db.prepare(sql).get(subject.id) as { title: string; changedAt: string | null } | undefined) ?? null;
}

/** Every subject's last change, by id as text, for a whole list. */
export function changedAtAll(db: Db, kind: KeurmerkSubjectKind): Map<string, string | null> {
  const sql =
    kind === 'plan' ? 'SELECT CAST(id AS TEXT) AS id, updated_at AS changedAt FROM plans' : 'SELECT id, updated_at AS changedAt FROM interventions';
  return new Map((db.prepare(sql).all() as { id: string; changedAt: string | null }[]).map((r) => [r.id, r.changedAt]));
}
