// The registers behind the vinkjes: ervaringsverhalen, bewonersfeedback, leerpunten, normen (kept or not) and
// successen (celebrated or not), each dated, sourced and linked; wijk profiles; and the entries an answer cites.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import type { AgendaItem } from '../../../shared/domain';
import type { RegisterEntry, RegisterKind, WijkProfile } from '../../../shared/registers';
import * as repo from '../store/registers.repo';
import { touchMeeting } from '../store/meetings.repo';
import { requireKnownLinks } from './links.service';
import { readAgendaItem, requireChecklistItem, requireDecisionItem } from './agenda.service';
import { AppError, notFound, ruleViolation } from '../errors';
import { nowIso } from '../clock';

export type EntryInput = ValidInput<'registers:create'>;

/** Kept belongs to a norm, celebrated and how to a succes; anything else is a mistake worth saying. */
function fieldsOf(input: EntryInput): repo.EntryFields {
  if (input.kind !== 'norm' && input.kept !== undefined) {
    throw ruleViolation('Alleen bij een norm wordt vastgelegd of die wordt nageleefd.');
  }
  if (input.kind !== 'succes' && (input.celebrated !== undefined || (input.celebration ?? '').trim() !== '')) {
    throw ruleViolation('Alleen bij een succes wordt vastgelegd of en hoe het is gevierd.');
  }
  const celebration = input.celebration?.trim() ?? '';
  const celebrated = input.kind === 'succes' ? (input.celebrated ?? (celebration !== '' ? 'ja' : 'nee')) : null;
  if (celebrated === 'nee' && celebration !== '') {
    throw ruleViolation('Er staat beschreven hoe het succes is gevierd, maar "gevierd" staat op nee.');
  }
  const sourceName = input.sourceName?.trim() ?? '';
  if (input.sourceKind === 'bewoner' && sourceName !== '' && !input.grondslag) {
    throw ruleViolation(
      'Deze registratie noemt een bewoner als bron: leg vast op welke grondslag dat mag (toestemming van de bewoner, publieke taak of wettelijke verplichting).',
    );
  }
  return {
    kind: input.kind,
    date: input.date,
    title: input.title,
    text: input.text ?? '',
    sourceKind: input.sourceKind,
    sourceName,
    kept: input.kind === 'norm' ? (input.kept ?? 'onbekend') : null,
    celebrated,
    celebration,
    grondslag: input.grondslag ?? null,
  };
}

export function getEntry(db: Db, id: number): RegisterEntry {
  const entry = repo.getEntry(db, id);
  if (!entry) throw notFound('Deze registratie');
  return entry;
}

export interface FindInput {
  kind?: RegisterKind | undefined;
  themeId?: string | undefined;
  wijkId?: string | undefined;
  interventionId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** A list narrowed by kind, theme, wijk, intervention, period and text; newest first. */
export function findEntries(db: Db, input: FindInput): RegisterEntry[] {
  return repo.findEntries(db, {
    kinds: input.kind ? [input.kind] : undefined,
    themeIds: input.themeId ? [input.themeId] : undefined,
    wijkIds: input.wijkId ? [input.wijkId] : undefined,
    interventionIds: input.interventionId ? [input.interventionId] : undefined,
    linkMode: 'all',
    from: input.from,
    to: input.to,
    q: input.q?.trim() || undefined,
    limit: input.limit ?? 500,
    offset: input.offset,
  });
}

export function createEntry(db: Db, input: EntryInput): RegisterEntry {
  return db.transaction(() => {
    const fields = fieldsOf(input);
    const links = requireKnownLinks(db, input);
    const id = repo.insertEntry(db, fields, nowIso());
    repo.replaceEntryLinks(db, id, links);
    return getEntry(db, id);
  })();
}

export function updateEntry(db: Db, input: EntryInput & { id: number }): RegisterEntry {
  return db.transaction(() => {
    if (getEntry(db, input.id).erasedAt !== null) {
      throw ruleViolation('De persoonsgegevens in deze registratie zijn verwijderd; zij kan niet meer worden gewijzigd.');
    }
    const fields = fieldsOf(input);
    const links = requireKnownLinks(db, input);
    repo.updateEntry(db, input.id, fields, nowIso());
    repo.replaceEntryLinks(db, input.id, links);
    return getEntry(db, input.id);
  })();
}

export function removeEntry(db: Db, input: { id: number }): { ok: true } {
  db.transaction(() => {
    const entry = getEntry(db, input.id);
    if (entry.citationCount > 0) {
      throw ruleViolation(
        `Deze registratie wordt als onderbouwing aangehaald bij ${entry.citationCount === 1 ? 'een besluit' : `${entry.citationCount} besluiten`}; ` +
          'daarom kan zij niet worden verwijderd.',
      );
    }
    repo.deleteEntry(db, input.id);
  })();
  return { ok: true };
}

// ---- Wijk profiles ----

export const listWijken = (db: Db): WijkProfile[] => repo.listWijkProfiles(db);

export function updateWijk(db: Db, input: { id: string; identity: string; characteristics: string; pride: string }): WijkProfile {
  return db.transaction(() => {
    if (!repo.getWijkProfile(db, input.id)) throw notFound('Deze wijk');
    repo.updateWijkProfile(db, input.id, {
      identity: input.identity.trim(),
      characteristics: input.characteristics.trim(),
      pride: input.pride.trim(),
    });
    return repo.getWijkProfile(db, input.id)!;
  })();
}

// ---- Citations ----

/** Replaces the entries cited in the answer to one vinkje; refused once the minutes are adopted. */
export function citeEntries(
  db: Db,
  input: { agendaItemId: number; checklistItemId: number; registerEntryIds: number[] },
): AgendaItem {
  db.transaction(() => {
    const { meeting } = requireDecisionItem(db, input.agendaItemId);
    requireChecklistItem(db, meeting, input.checklistItemId);
    const entries = [...new Set(input.registerEntryIds)].map((id) => {
      const entry = repo.getEntry(db, id);
      if (!entry) throw new AppError('not-found', `Registratie ${id} bestaat niet (meer).`);
      return entry;
    });
    repo.replaceCitations(db, input.agendaItemId, input.checklistItemId, entries, nowIso());
    touchMeeting(db, meeting.id, nowIso());
  })();
  return readAgendaItem(db, input.agendaItemId);
}
