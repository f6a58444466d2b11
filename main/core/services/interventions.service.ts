// Interventions: the profile's running initiatives and koppelkansen and new ones, with status, themes, wijken,
// partners, trekkers, the monitoring chain (doel → middelen en activiteiten → prestaties → resultaten → impact).
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import type {
  InterventionDetail,
  InterventionListEntry,
  InterventionStatus,
  Prestatie,
  ThemeTrekkerGap,
} from '../../../shared/registers';
import * as repo from '../store/interventions.repo';
import { getOrganisation, getPerson } from '../store/coalition.repo';
import { requireKnownLinks, sameSet } from './links.service';
import { slugify } from '../exports/file-names';
import { AppError, notFound, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';
import { todayLocalDate } from '../../../shared/format';
import { KOPPELKANS_CRITERION } from '../../../shared/planwork';
import { setCriterion } from '../store/koppelkansen.repo';

export type InterventionInput = ValidInput<'interventions:create'>;

export const listInterventions = (db: Db, filters: repo.InterventionFilters): InterventionListEntry[] =>
  repo.listInterventions(db, filters);

export function getIntervention(db: Db, id: string): InterventionDetail {
  const detail = repo.getInterventionDetail(db, id);
  if (!detail) throw notFound('Deze interventie');
  return detail;
}

function requireIntervention(db: Db, id: string): void {
  if (!repo.interventionExists(db, id)) throw notFound('Deze interventie');
}

/** A parent must exist and may not be the intervention itself or one of its descendants. */
function checkParent(db: Db, id: string | null, parentId: string | null): void {
  if (parentId === null) return;
  if (!repo.interventionExists(db, parentId)) throw notFound('De bovenliggende interventie');
  let cursor: string | null = parentId;
  for (let depth = 0; cursor !== null && depth < 100; depth++) {
    if (cursor === id) throw ruleViolation('Een interventie kan niet onder zichzelf of onder een van haar eigen kansen hangen.');
    cursor = repo.parentOf(db, cursor);
  }
}

function fieldsOf(input: InterventionInput, current?: InterventionDetail): repo.InterventionFields {
  const kind = input.kind ?? current?.kind ?? 'lopend initiatief';
  return {
    title: input.title,
    kind,
    // A new intervention starts as the profile's do: a running initiative is 'lopend', an opportunity an 'idee'.
    status: input.status ?? current?.status ?? (kind === 'lopend initiatief' ? 'lopend' : 'idee'),
    summary: input.summary ?? current?.summary ?? '',
    description: input.description ?? current?.description ?? '',
    partners: (input.partners ?? current?.partners ?? []).map((p) => p.trim()).filter((p) => p !== ''),
    parentId: input.parentId === undefined ? (current?.parentId ?? null) : input.parentId,
  };
}

/** A readable, stable id from the title ("Buurtkamer Beijum" → "buurtkamer-beijum", then "-2", "-3"). */
function newId(db: Db, title: string): string {
  const base = slugify(title, 60) || 'interventie';
  let id = base;
  for (let n = 2; repo.interventionExists(db, id); n++) id = `${base}-${n}`;
  return id;
}

export function createIntervention(db: Db, input: InterventionInput & { criterion?: string | undefined }): InterventionDetail {
  const id = db.transaction(() => {
    const fields = fieldsOf(input);
    const criterion = input.criterion?.trim() ?? '';
    if (fields.kind === 'koppelkans' && criterion === '') {
      throw ruleViolation(`Een nieuwe koppelkans moet het criterium van het gebiedsplan halen. Beantwoord: ${KOPPELKANS_CRITERION}`);
    }
    const links = requireKnownLinks(db, input);
    const id = newId(db, input.title);
    checkParent(db, id, fields.parentId);
    repo.insertIntervention(db, id, fields, nowIso());
    repo.replaceThemesAndWijken(db, id, links.themeIds, links.wijkIds);
    if (criterion !== '') setCriterion(db, id, criterion);
    return id;
  })();
  return getIntervention(db, id);
}

const sameFields = (current: InterventionDetail, f: repo.InterventionFields) =>
  current.title === f.title &&
  current.kind === f.kind &&
  current.status === f.status &&
  current.summary === f.summary &&
  current.description === f.description &&
  current.parentId === f.parentId &&
  current.partners.join('\u0000') === f.partners.join('\u0000');

/** Edits the fields given; themes and wijken are replaced only when given. */
export function updateIntervention(db: Db, input: InterventionInput & { id: string }): InterventionDetail {
  db.transaction(() => {
    const current = getIntervention(db, input.id);
    const fields = fieldsOf(input, current);
    checkParent(db, input.id, fields.parentId);
    const links = requireKnownLinks(db, input);
    const themeIds = input.themeIds === undefined ? current.themeIds : links.themeIds;
    const wijkIds = input.wijkIds === undefined ? current.wijkIds : links.wijkIds;
    // A save that changes nothing leaves updated_at alone (a keurmerk review compares with it).
    if (sameFields(current, fields) && sameSet(current.themeIds, themeIds) && sameSet(current.wijkIds, wijkIds)) return;
    repo.updateIntervention(db, input.id, fields, nowIso());
    repo.replaceThemesAndWijken(db, input.id, themeIds, wijkIds);
  })();
  return getIntervention(db, input.id);
}

export function setInterventionStatus(db: Db, input: { id: string; status: InterventionStatus }): InterventionDetail {
  db.transaction(() => {
    if (getIntervention(db, input.id).status === input.status) return;
    repo.setStatus(db, input.id, input.status, nowIso());
  })();
  return getIntervention(db, input.id);
}

export function setTrekkers(db: Db, input: { id: string; personIds: number[] }): InterventionDetail {
  db.transaction(() => {
    const current = getIntervention(db, input.id);
    for (const personId of input.personIds) {
      if (!getPerson(db, personId)) throw new AppError('not-found', `Persoon ${personId} bestaat niet (meer).`);
    }
    if (sameSet(current.trekkers.map((t) => String(t.id)), input.personIds.map(String))) return;
    repo.replaceTrekkers(db, input.id, input.personIds);
    repo.touchIntervention(db, input.id, nowIso());
  })();
  return getIntervention(db, input.id);
}

export function setPartners(db: Db, input: { id: string; organisationIds: number[]; partners?: string[] | undefined }): InterventionDetail {
  db.transaction(() => {
    const current = getIntervention(db, input.id);
    for (const organisationId of input.organisationIds) {
      if (!getOrganisation(db, organisationId)) throw new AppError('not-found', `Organisatie ${organisationId} bestaat niet (meer).`);
    }
    const partners = input.partners === undefined ? current.partners : fieldsOf({ title: current.title, partners: input.partners }, current).partners;
    if (
      sameSet(current.partnerOrganisations.map((o) => String(o.id)), input.organisationIds.map(String)) &&
      partners.join('\u0000') === current.partners.join('\u0000')
    ) {
      return;
    }
    repo.replacePartners(db, input.id, input.organisationIds);
    if (input.partners !== undefined) {
      repo.updateIntervention(db, input.id, fieldsOf({ title: current.title, partners: input.partners }, current), nowIso());
    } else repo.touchIntervention(db, input.id, nowIso());
  })();
  return getIntervention(db, input.id);
}

export function setChain(
  db: Db,
  input: { id: string; goal: string; means: string; results: string; impact: string },
): InterventionDetail {
  db.transaction(() => {
    const current = getIntervention(db, input.id);
    if ((['goal', 'means', 'results', 'impact'] as const).every((k) => current[k] === input[k])) return;
    repo.setChain(db, input.id, input, nowIso());
  })();
  return getIntervention(db, input.id);
}

export const themeTrekkerGaps = (db: Db): ThemeTrekkerGap[] => repo.themeTrekkerGaps(db, todayLocalDate(now()));

// ---- Prestaties ----

export type PrestatieInput = Omit<ValidInput<'prestaties:update'>, 'id'>;

function prestatieFields(input: PrestatieInput): repo.PrestatieFields {
  const f = {
    description: input.description,
    agreedNumber: input.agreedNumber ?? null,
    agreedText: input.agreedText?.trim() ?? '',
    deliveredNumber: input.deliveredNumber ?? null,
    deliveredText: input.deliveredText?.trim() ?? '',
    period: input.period?.trim() ?? '',
  };
  if (f.agreedNumber === null && f.agreedText === '') {
    throw ruleViolation('Leg vast wat er is afgesproken: een aantal of een omschrijving.');
  }
  return f;
}

function readPrestatie(db: Db, id: number): Prestatie {
  const p = repo.getPrestatie(db, id);
  if (!p) throw notFound('Deze prestatie');
  return p;
}

export function createPrestatie(db: Db, input: PrestatieInput & { interventionId: string }): Prestatie {
  return db.transaction(() => {
    requireIntervention(db, input.interventionId);
    const id = repo.insertPrestatie(db, input.interventionId, prestatieFields(input));
    repo.touchIntervention(db, input.interventionId, nowIso());
    return readPrestatie(db, id);
  })();
}

export function updatePrestatie(db: Db, input: PrestatieInput & { id: number }): Prestatie {
  return db.transaction(() => {
    const current = readPrestatie(db, input.id);
    repo.updatePrestatie(db, input.id, prestatieFields(input));
    repo.touchIntervention(db, current.interventionId, nowIso());
    return readPrestatie(db, input.id);
  })();
}

export function removePrestatie(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    const current = readPrestatie(db, input.id);
    repo.deletePrestatie(db, input.id);
    repo.touchIntervention(db, current.interventionId, nowIso());
  })();
  return { ok: true };
}
