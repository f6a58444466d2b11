// The besluitenlijst: every decision taken in a period, across meetings.
import type { Db } from '../store/connection';
import type { DecisionListEntry } from '../../../shared/domain';
import { listDecisionsBetween } from '../store/decisions.repo';

export function listDecisions(db: Db, input: { from: string; to: string }): DecisionListEntry[] {
  return listDecisionsBetween(db, `${input.from}T00:00`, `${input.to}T24:00`);
}
