// Plans: gebiedsplan, uitvoeringsprogramma, wijkuitvoeringsplannen and projectplannen, with period and status.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import type { Plan } from '../../../shared/registers';
import * as repo from '../store/plans.repo';
import { requireKnownLinks, sameSet } from './links.service';
import { notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';

export type PlanInput = ValidInput<'plans:create'>;

function fieldsOf(input: PlanInput, current?: Plan): repo.PlanFields {
  const periodFrom = input.periodFrom ?? null;
  const periodTo = input.periodTo ?? null;
  if (periodFrom !== null && periodTo !== null && periodFrom > periodTo) {
    throw ruleViolation('De looptijd klopt niet: de begindatum ligt na de einddatum.');
  }
  return {
    kind: input.kind,
    title: input.title,
    periodFrom,
    periodTo,
    status: input.status ?? 'concept',
    description: input.description ?? '',
    // Owner and progress are kept when an edit leaves them out (older clients, forms without them).
    owner: input.owner?.trim() ?? current?.owner ?? '',
    progress: input.progress === undefined ? (current?.progress ?? null) : input.progress,
  };
}

export const listPlans = (db: Db, filters: repo.PlanFilters): Plan[] => repo.listPlans(db, filters);

export function getPlan(db: Db, id: number): Plan {
  const plan = repo.getPlan(db, id);
  if (!plan) throw notFound('Dit plan');
  return plan;
}

export function createPlan(db: Db, input: PlanInput): Plan {
  return db.transaction(() => {
    const fields = fieldsOf(input);
    const links = requireKnownLinks(db, input);
    const id = repo.insertPlan(db, fields, nowIso());
    repo.replacePlanLinks(db, id, links);
    return getPlan(db, id);
  })();
}

function samePlan(p: Plan, f: repo.PlanFields, l: repo.PlanLinks): boolean {
  return (
    p.kind === f.kind &&
    p.title === f.title &&
    p.periodFrom === f.periodFrom &&
    p.periodTo === f.periodTo &&
    p.status === f.status &&
    p.description === f.description &&
    sameSet(p.themeIds, l.themeIds) &&
    sameSet(p.wijkIds, l.wijkIds) &&
    sameSet(p.interventionIds, l.interventionIds)
  );
}

export function updatePlan(db: Db, input: PlanInput & { id: number }): Plan {
  return db.transaction(() => {
    const current = getPlan(db, input.id);
    const fields = fieldsOf(input, current);
    const links = requireKnownLinks(db, input);
    // A save that changes nothing leaves the plan's last change (updated_at) alone: a keurmerk review of the
    // plan only becomes "ouder dan het plan" when the plan really changed.
    if (samePlan(current, fields, links)) return current;
    repo.updatePlan(db, input.id, fields, nowIso());
    repo.replacePlanLinks(db, input.id, links);
    return getPlan(db, input.id);
  })();
}

export function removePlan(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    const plan = getPlan(db, input.id);
    // The area plan's tracks are the coalition's commitments: they are closed (afgerond), not deleted.
    if (plan.trackKey !== null) throw ruleViolation(`“${plan.title}” is een spoor uit het gebiedsplan; zet de status op afgerond in plaats van het te verwijderen.`);
    repo.deletePlan(db, input.id);
  })();
  return { ok: true };
}
