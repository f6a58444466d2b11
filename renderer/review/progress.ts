// How far a decision's review is: which of the meeting's checklist items have an answer.
import type { Checklist, Decision } from '../../shared/domain';

export function reviewProgress(checklist: Checklist, decision: Decision | null): { answered: number; total: number } {
  const answeredIds = new Set(decision?.answers.map((a) => a.checklistItemId) ?? []);
  return { answered: checklist.items.filter((ci) => answeredIds.has(ci.id)).length, total: checklist.items.length };
}
