// The keurmerk ("Die zeven vinkjes vormen ons keurmerk"): plans and interventions held against the seven vinkjes
// with the same checklist, answers and rules as a decision's review. No platform imports here.
import type { Answer, Checklist, VinkjeAnswer } from './domain';
import { formatInstant } from './format';

/** What a keurmerk review is about. */
export type KeurmerkSubjectKind = 'plan' | 'interventie';
export type KeurmerkSubject = { kind: 'plan'; id: number } | { kind: 'interventie'; id: string };

export const KEURMERK_SUBJECT_LABELS: Record<KeurmerkSubjectKind, { the: string; this: string }> = {
  plan: { the: 'het plan', this: 'dit plan' },
  interventie: { the: 'de interventie', this: 'deze interventie' },
};

/** Not reviewed, partly (some vinkjes answered), or all seven answered. */
export const KEURMERK_LEVELS = ['niet-getoetst', 'deels', 'getoetst'] as const;
export type KeurmerkLevel = (typeof KEURMERK_LEVELS)[number];
export const KEURMERK_LEVEL_LABELS: Record<KeurmerkLevel, string> = {
  'niet-getoetst': 'Nog niet langs de vinkjes gelegd',
  deels: 'Deels langs de vinkjes gelegd',
  getoetst: 'Langs de zeven vinkjes gelegd',
};

/** The keurmerk status of one plan or intervention: its latest review, how far it is, and whether it is outdated. */
export interface KeurmerkStatus {
  level: KeurmerkLevel;
  answered: number;
  /** Vinkjes on the review's checklist (seven in Groningen-Noord); the current checklist's when not reviewed. */
  total: number;
  reviewId: number | null;
  reviewer: string | null;
  /** When the review last changed (its latest answer), ISO; null when not reviewed. */
  reviewedAt: string | null;
  /** The version of the checklist wording the review answered. */
  checklistVersion: number | null;
  /** The last change of the plan or intervention itself, ISO; null when never changed in the app. */
  subjectChangedAt: string | null;
  /** The plan or intervention changed after the review: the review is older than what it reviewed. */
  outdated: boolean;
  counts: Record<Answer, number>;
}

export interface KeurmerkReview {
  id: number;
  reviewer: string;
  createdAt: string;
  /** Its latest answer's time (createdAt while nothing is answered). */
  reviewedAt: string;
  /** The checklist version the review answers, with its wording. */
  checklist: Checklist;
  answers: VinkjeAnswer[];
  /** The newest review of its subject: the only one that can still be answered. */
  current: boolean;
  /** The subject changed after this review. */
  outdated: boolean;
}

export interface KeurmerkDetail {
  subject: KeurmerkSubject;
  title: string;
  subjectChangedAt: string | null;
  status: KeurmerkStatus;
  /** Newest first; the first is the current one. */
  reviews: KeurmerkReview[];
  /** The checklist a new review would use. */
  currentChecklist: Checklist;
}

/** Statuses of every plan (by id) or intervention (by id), for cards and lists. */
export type KeurmerkStatuses = Record<string, KeurmerkStatus>;

/** "Langs de zeven vinkjes gelegd", "Deels langs de vinkjes gelegd (3 van 7)", "Nog niet langs de vinkjes gelegd". */
export function keurmerkLabel(s: KeurmerkStatus): string {
  return s.level === 'deels' ? `${KEURMERK_LEVEL_LABELS.deels} (${s.answered} van ${s.total})` : KEURMERK_LEVEL_LABELS[s.level];
}

/** When and by whom, on which wording: "op 3 december 2026 door Programmateam, vinkjes versie 1"; '' when not reviewed. */
export function keurmerkWhen(s: KeurmerkStatus): string {
  if (s.reviewedAt === null) return '';
  return `op ${formatInstant(s.reviewedAt)} door ${s.reviewer ?? 'onbekend'}, vinkjes versie ${s.checklistVersion ?? '?'}`;
}

/** "Ouder dan het plan: getoetst op …, het plan gewijzigd op …"; null when the review is not outdated. */
export function keurmerkOutdated(s: KeurmerkStatus, kind: KeurmerkSubjectKind): string | null {
  if (!s.outdated || s.reviewedAt === null || s.subjectChangedAt === null) return null;
  const the = KEURMERK_SUBJECT_LABELS[kind].the;
  return `Ouder dan ${the}: getoetst op ${formatInstant(s.reviewedAt)}, ${the} is daarna gewijzigd op ${formatInstant(s.subjectChangedAt)}.`;
}

/** The whole status in one sentence, for reports and accessible names. */
export function keurmerkSentence(s: KeurmerkStatus, kind: KeurmerkSubjectKind): string {
  const when = keurmerkWhen(s);
  const outdated = keurmerkOutdated(s, kind);
  return `${keurmerkLabel(s)}${when ? ` ${when}` : ''}.${outdated ? ` ${outdated}` : ''}`;
}
