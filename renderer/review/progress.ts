// How far a review is: which of its checklist's items have an answer (a decision's, or a plan's keurmerk review).
import type { Checklist, Decision, VinkjeAnswer } from '../../shared/domain';

export function answerProgress(checklist: Checklist, answers: readonly VinkjeAnswer[]): { answered: number; total: number } {
  const answeredIds = new Set(answers.map((a) => a.checklistItemId));
  return { answered: checklist.items.filter((ci) => answeredIds.has(ci.id)).length, total: checklist.items.length };
}

export function reviewProgress(checklist: Checklist, decision: Decision | null): { answered: number; total: number } {
  return answerProgress(checklist, decision?.answers ?? []);
}
