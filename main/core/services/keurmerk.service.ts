// The keurmerk on plans and interventions: the seven vinkjes, with the same checklist, answers and rules as a
// decision's review, held against a plan or an intervention. The latest review gives the keurmerk status; a review
// is "ouder dan het plan" as soon as the plan (or intervention) changed after its latest answer.
import type { Db } from '../store/connection';
import { ANSWERS, ANSWERS_NEEDING_EXPLANATION, ANSWER_LABELS, type Answer } from '../../../shared/domain';
import {
  KEURMERK_SUBJECT_LABELS,
  type KeurmerkDetail,
  type KeurmerkLevel,
  type KeurmerkReview,
  type KeurmerkStatus,
  type KeurmerkStatuses,
  type KeurmerkSubject,
  type KeurmerkSubjectKind,
} from '../../../shared/keurmerk';
import { formatInstant } from '../../../shared/format';
import * as repo from '../store/keurmerk.repo';
import { currentChecklistId, getChecklist } from '../store/profile.repo';
import { AppError, notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';

const levelOf = (answered: number, total: number): KeurmerkLevel => (answered === 0 ? 'niet-getoetst' : answered < total ? 'deels' : 'getoetst');

/** Changed after the review: exact to the millisecond, both are ISO timestamps of the same clock. */
const isOutdated = (changedAt: string | null, reviewedAt: string) => changedAt !== null && changedAt > reviewedAt;

const noCounts = (): Record<Answer, number> => Object.fromEntries(ANSWERS.map((a) => [a, 0])) as Record<Answer, number>;

function notReviewed(total: number, changedAt: string | null): KeurmerkStatus {
  return {
    level: 'niet-getoetst',
    answered: 0,
    total,
    reviewId: null,
    reviewer: null,
    reviewedAt: null,
    checklistVersion: null,
    subjectChangedAt: changedAt,
    outdated: false,
    counts: noCounts(),
  };
}

interface LatestReview {
  id: number;
  reviewer: string;
  reviewedAt: string;
  checklistVersion: number;
  total: number;
  counts: Record<Answer, number>;
}

function statusOf(r: LatestReview, changedAt: string | null): KeurmerkStatus {
  const answered = ANSWERS.reduce((sum, a) => sum + r.counts[a], 0);
  return {
    level: levelOf(answered, r.total),
    answered,
    total: r.total,
    reviewId: r.id,
    reviewer: r.reviewer,
    reviewedAt: answered === 0 ? null : r.reviewedAt,
    checklistVersion: r.checklistVersion,
    subjectChangedAt: changedAt,
    outdated: answered > 0 && isOutdated(changedAt, r.reviewedAt),
    counts: r.counts,
  };
}

function currentChecklist(db: Db) {
  const id = currentChecklistId(db);
  const checklist = id === null ? null : getChecklist(db, id);
  if (!checklist) throw ruleViolation('Er is geen checklist met de vinkjes geladen; het gebiedsprofiel ontbreekt.');
  return checklist;
}

/** The keurmerk status of every plan or every intervention, keyed by id: for cards, lists and reports. */
export function keurmerkStatuses(db: Db, input: { kind: KeurmerkSubjectKind }): KeurmerkStatuses {
  return db.transaction(() => {
    const total = currentChecklist(db).items.length;
    const changed = repo.changedAtAll(db, input.kind);
    const latest = new Map(repo.latestReviews(db, input.kind).map((r) => [r.subjectId, r]));
    const result: KeurmerkStatuses = {};
    for (const [id, changedAt] of changed) {
      const row = latest.get(id);
      result[id] = row ? statusOf({ ...row, counts: { ja: row.ja, deels: row.deels, nee: row.nee, nvt: row.nvt } }, changedAt) : notReviewed(total, changedAt);
    }
    return result;
  })();
}

function requireSubject(db: Db, subject: KeurmerkSubject) {
  const info = repo.subjectInfo(db, subject);
  if (!info) throw notFound(subject.kind === 'plan' ? 'Dit plan' : 'Deze interventie');
  return info;
}

export function getKeurmerk(db: Db, subject: KeurmerkSubject): KeurmerkDetail {
  return db.transaction(() => {
    const info = requireSubject(db, subject);
    const checklist = currentChecklist(db);
    const reviews: KeurmerkReview[] = repo.listReviews(db, subject).map((r, index) => {
      const answers = repo.answersOf(db, r.id);
      return {
        id: r.id,
        reviewer: r.reviewer,
        createdAt: r.createdAt,
        reviewedAt: r.reviewedAt,
        checklist: getChecklist(db, r.checklistId)!,
        answers,
        current: index === 0,
        outdated: answers.length > 0 && isOutdated(info.changedAt, r.reviewedAt),
      };
    });
    const latest = reviews[0];
    const status: KeurmerkStatus = latest
      ? statusOf(
          {
            ...latest,
            checklistVersion: latest.checklist.version,
            total: latest.checklist.items.length,
            counts: Object.fromEntries(ANSWERS.map((a) => [a, latest.answers.filter((x) => x.answer === a).length])) as Record<Answer, number>,
          },
          info.changedAt,
        )
      : notReviewed(checklist.items.length, info.changedAt);
    return { subject, title: info.title, subjectChangedAt: info.changedAt, status, reviews, currentChecklist: checklist };
  })();
}

/** Starts a new review on the current checklist; the previous one is kept, unchanged, as history. */
export function startReview(db: Db, input: { subject: KeurmerkSubject; reviewer: string }): KeurmerkDetail {
  db.transaction(() => {
    requireSubject(db, input.subject);
    const reviewer = input.reviewer.trim();
    if (reviewer === '') throw ruleViolation('Vul in wie de toetsing doet.');
    repo.insertReview(db, input.subject, currentChecklist(db).id, reviewer, nowIso());
  })();
  return getKeurmerk(db, input.subject);
}

/** Answers one vinkje of the current review, with the rules of a decision's review. */
export function answerKeurmerk(
  db: Db,
  input: { reviewId: number; checklistItemId: number; answer: Answer; explanation: string; expectedAnsweredAt?: string | null | undefined },
): KeurmerkDetail {
  const subject = db.transaction(() => {
    const review = repo.getReview(db, input.reviewId);
    if (!review) throw notFound('Deze toetsing');
    if (repo.latestReviewId(db, review.subject) !== review.id) {
      throw ruleViolation('Deze toetsing is vervangen door een nieuwere; een eerdere toetsing blijft zoals ze was.');
    }
    const info = requireSubject(db, review.subject);
    const answered = repo.answersOf(db, review.id).length > 0;
    if (answered && isOutdated(info.changedAt, review.reviewedAt)) {
      const the = KEURMERK_SUBJECT_LABELS[review.subject.kind].the;
      throw ruleViolation(
        `Deze toetsing (${formatInstant(review.reviewedAt)}) is ouder dan ${the} (gewijzigd ${formatInstant(info.changedAt!)}); ` +
          'begin een nieuwe toetsing.',
      );
    }
    const item = getChecklist(db, review.checklistId)!.items.find((i) => i.id === input.checklistItemId);
    if (!item) throw notFound('Dit vinkje');
    const before = repo.getAnswer(db, review.id, item.id);
    // Another window stored this vinkje after the sender last saw it: refuse rather than overwrite unseen.
    if (input.expectedAnsweredAt !== undefined && (before?.answeredAt ?? null) !== input.expectedAnsweredAt) {
      throw new AppError('conflict', `Vinkje ${item.position} is intussen elders beantwoord; uw antwoord is niet opgeslagen.`);
    }
    const explanation = input.explanation.trim();
    if (ANSWERS_NEEDING_EXPLANATION.includes(input.answer) && explanation === '') {
      throw ruleViolation(`Bij het antwoord "${ANSWER_LABELS[input.answer]}" op vinkje ${item.position} hoort een toelichting.`);
    }
    // The same answer again changes nothing, not even the review's time.
    if (before?.answer !== input.answer || before.explanation !== explanation) {
      repo.upsertAnswer(db, review.id, item.id, input.answer, explanation, nowIso());
    }
    return review.subject;
  })();
  return getKeurmerk(db, subject);
}
