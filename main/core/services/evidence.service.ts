// What the registers hold for each of the seven vinkjes of one decision, shown before the board answers.
// The scope is the decision's own links plus what its interventions (and their aanvullende kansen) bring:
// their themes and wijken. Where nothing is on record the summary says "niets vastgelegd", plainly.
import type { Db } from '../store/connection';
import type { ChecklistItem } from '../../../shared/domain';
import {
  EVIDENCE_LIMIT,
  NORM_KEPT_LABELS,
  REGISTER_KIND_PLURALS,
  type DecisionEvidence,
  type EvidenceEntry,
  type EvidenceMatch,
  type RegisterEntry,
  type RegisterKind,
  type VinkjeEvidence,
  type WijkProfile,
} from '../../../shared/registers';
import * as registers from '../store/registers.repo';
import type { EvidenceLookup, EvidenceSpec, EvidenceTally } from '../store/registers.repo';
import { getChecklist } from '../store/profile.repo';
import { requireDecisionItem } from './agenda.service';
import { joinDutch } from './reviews.service';

interface Scope {
  ownThemeIds: string[];
  ownWijkIds: string[];
  /** The decision's interventions and everything under them. */
  interventionIds: string[];
  themeIds: string[];
  wijkIds: string[];
}

function decisionScope(db: Db, agendaItemId: number): Scope {
  const pluck = (sql: string) => db.prepare(sql).pluck().all(agendaItemId) as string[];
  const ownThemeIds = pluck('SELECT theme_id FROM agenda_item_themes WHERE agenda_item_id = ? ORDER BY theme_id');
  const ownWijkIds = pluck('SELECT wijk_id FROM agenda_item_wijken WHERE agenda_item_id = ? ORDER BY wijk_id');
  const interventionIds = pluck(
    `WITH RECURSIVE scope(id) AS (
       SELECT intervention_id FROM agenda_item_interventions WHERE agenda_item_id = ?
       UNION SELECT i.id FROM interventions i JOIN scope s ON i.parent_id = s.id
     )
     SELECT id FROM scope ORDER BY id`,
  );
  const ids = JSON.stringify(interventionIds);
  const viaThemes = db
    .prepare('SELECT DISTINCT theme_id FROM intervention_themes WHERE intervention_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(ids) as string[];
  const viaWijken = db
    .prepare('SELECT DISTINCT wijk_id FROM intervention_wijken WHERE intervention_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(ids) as string[];
  return {
    ownThemeIds,
    ownWijkIds,
    interventionIds,
    themeIds: [...new Set([...ownThemeIds, ...viaThemes])],
    wijkIds: [...new Set([...ownWijkIds, ...viaWijken])],
  };
}

/** "2026-12-03" → "2025-12-03": the start of the twelve months before the meeting. */
export function twelveMonthsBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  return date.toISOString().slice(0, 10);
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const KIND_SINGULAR: Record<RegisterKind, string> = {
  ervaringsverhaal: 'ervaringsverhaal',
  bewonersfeedback: 'reactie van bewoners',
  leerpunt: 'leerpunt',
  norm: 'norm',
  succes: 'succes',
};
const countOf = (n: number, kind: RegisterKind) => `${n} ${n === 1 ? KIND_SINGULAR[kind] : REGISTER_KIND_PLURALS[kind]}`;

/** "de interventies en wijken van dit besluit" — only the kinds of link that are there. */
function scopePhrase(scope: Scope): string {
  const parts = [
    scope.interventionIds.length > 0 ? 'interventies' : null,
    scope.themeIds.length > 0 ? "thema's" : null,
    scope.wijkIds.length > 0 ? 'wijken' : null,
  ].filter((p): p is string => p !== null);
  return `de ${joinDutch(parts)} van dit besluit`;
}

interface Found {
  lookup: EvidenceLookup;
  /** The newest matching entries, at most the limit. */
  newest: RegisterEntry[];
  /** How many match in all. */
  total: number;
  tally: EvidenceTally[];
}

export function evidenceForDecision(db: Db, input: { agendaItemId: number; limit?: number | undefined }): DecisionEvidence {
  const limit = input.limit ?? EVIDENCE_LIMIT;
  // One read transaction: a consistent snapshot of the registers.
  return db.transaction(() => {
    const { row: item, meeting } = requireDecisionItem(db, input.agendaItemId, { editable: false });
    const meetingDate = meeting.startsAt.slice(0, 10);
    const checklist = getChecklist(db, meeting.checklistId)!;
    const scope = decisionScope(db, item.id);
    const linked = scope.interventionIds.length + scope.themeIds.length + scope.wijkIds.length > 0;

    const cited = new Map<number, Set<number>>();
    for (const c of registers.citedEntryIds(db, item.id)) {
      const set = cited.get(c.checklistItemId) ?? new Set<number>();
      set.add(c.registerEntryId);
      cited.set(c.checklistItemId, set);
    }
    const themeNames = new Map(
      (db.prepare('SELECT id, name FROM themes').all() as { id: string; name: string }[]).map((t) => [t.id, t.name]),
    );
    const wijkProfiles = registers.listWijkProfiles(db);

    // What each register vinkje looks up: entries of these kinds linked to anything in scope (vinkje 4: in the twelve
    // months before the meeting, and only through the interventions when there are any), up to the meeting.
    const byInterventions = scope.interventionIds.length > 0;
    const SPECS: Record<string, Omit<EvidenceSpec, 'key'>> = {
      ervaringskennis: { kinds: ['ervaringsverhaal'], from: null, interventionsOnly: false },
      leerpunten: { kinds: ['leerpunt', 'succes'], from: null, interventionsOnly: false },
      'bewoners-gevraagd': { kinds: ['bewonersfeedback'], from: twelveMonthsBefore(meetingDate), interventionsOnly: byInterventions },
      norm: { kinds: ['norm'], from: null, interventionsOnly: false },
      'successen-gevierd': { kinds: ['succes'], from: null, interventionsOnly: false },
    };
    const specs: EvidenceSpec[] = checklist.items.flatMap((ci) => {
      const spec = Object.hasOwn(SPECS, ci.key) ? SPECS[ci.key] : undefined;
      return spec ? [{ key: ci.key, ...spec }] : [];
    });
    // Two small queries for all vinkjes: the counts, and per vinkje the newest `limit` (ROW_NUMBER in SQL).
    const looked = linked ? registers.findEvidence(db, scope, meetingDate, specs, limit) : null;
    const find = (key: string): Found => {
      const spec = specs.find((s) => s.key === key)!;
      const lookup: EvidenceLookup = {
        kinds: spec.kinds,
        interventionIds: scope.interventionIds,
        themeIds: spec.interventionsOnly ? [] : scope.themeIds,
        wijkIds: spec.interventionsOnly ? [] : scope.wijkIds,
        from: spec.from ?? undefined,
        to: meetingDate,
      };
      const tally = looked?.tallies.get(key) ?? [];
      return { lookup, newest: looked?.newest.get(key) ?? [], total: tally.reduce((sum, t) => sum + t.n, 0), tally };
    };
    const count = (f: Found, where: (t: EvidenceTally) => boolean) => f.tally.filter(where).reduce((sum, t) => sum + t.n, 0);
    /** Does this entry (fetched because it is cited) match the vinkje's lookup? */
    const matchesLookup = (e: RegisterEntry, l: EvidenceLookup) =>
      l.kinds.includes(e.kind) &&
      (l.from === undefined || e.date >= l.from) &&
      e.date <= l.to &&
      (e.interventionIds.some((id) => l.interventionIds.includes(id)) ||
        e.themeIds.some((id) => l.themeIds.includes(id)) ||
        e.wijkIds.some((id) => l.wijkIds.includes(id)));
    const matchedBy = (e: RegisterEntry): EvidenceMatch[] => {
      const m: EvidenceMatch[] = [];
      if (e.interventionIds.some((id) => scope.interventionIds.includes(id))) m.push('interventie');
      if (e.themeIds.some((id) => scope.themeIds.includes(id))) m.push('thema');
      if (e.wijkIds.some((id) => scope.wijkIds.includes(id))) m.push('wijk');
      return m;
    };
    /** "…vastgelegd." → "…vastgelegd; de 10 nieuwste staan hieronder." when not all of them are listed. */
    const newestNote = (summary: string, f: Found) =>
      f.total > f.newest.length ? `${summary.replace(/\.$/, '')}; de ${f.newest.length} nieuwste staan hieronder.` : summary;

    const notLinked = 'Dit besluit is nog niet gekoppeld aan interventies, thema\'s of wijken, dus is er niets vastgelegd om te tonen.';

    const build = (ci: ChecklistItem): VinkjeEvidence => {
      const base = { checklistItemId: ci.id, key: ci.key, position: ci.position, question: ci.question };
      const citedHere = cited.get(ci.id) ?? new Set<number>();
      const result = (
        summary: string,
        nothing: boolean,
        found: Found | null,
        extra: Partial<VinkjeEvidence> = {},
      ): VinkjeEvidence => {
        const newest = found?.newest ?? [];
        const total = found?.total ?? 0;
        const entries: EvidenceEntry[] = newest.map((e) => ({ ...e, matchedBy: matchedBy(e), cited: citedHere.has(e.id) }));
        // An entry already cited stays visible (and can be un-cited), also when it is older than the newest
        // listed or when the lookup no longer finds it at all.
        let listedMatches = newest.length;
        let citedElsewhere = 0;
        for (const id of citedHere) {
          if (entries.some((e) => e.id === id)) continue;
          const e = registers.getEntry(db, id);
          if (!e) continue;
          entries.push({ ...e, matchedBy: matchedBy(e), cited: true });
          if (found && matchesLookup(e, found.lookup)) listedMatches++;
          else citedElsewhere++;
        }
        // Something cited is on record, even if the lookup does not find it (any more): never say "niets".
        if (nothing && citedElsewhere > 0) {
          const note =
            citedElsewhere === 1
              ? 'Wel is eerder 1 registratie aangehaald; die staat hieronder.'
              : `Wel zijn eerder ${citedElsewhere} registraties aangehaald; die staan hieronder.`;
          summary = found
            ? `De koppelingen van dit besluit vinden hier nu geen registraties bij. ${note}`
            : `${summary.replace(/niets vastgelegd/, 'niets gevonden')} ${note}`;
          nothing = false;
        }
        return { ...base, summary, nothingOnRecord: nothing, entries, total, more: Math.max(0, total - listedMatches), ...extra };
      };

      switch (ci.key) {
        case 'ervaringskennis': {
          const found = find(ci.key);
          if (!linked) return result(notLinked, true, found);
          if (found.total === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan ervaringsverhalen.`, true, found);
          const by = (k: string) => count(found, (t) => t.sourceKind === k);
          const sources = [
            by('bewoner') ? `${by('bewoner')} van ${plural(by('bewoner'), 'een bewoner', 'bewoners')}` : null,
            by('professional') ? `${by('professional')} van ${plural(by('professional'), 'een professional', 'professionals')}` : null,
            by('organisatie') ? `${by('organisatie')} van ${plural(by('organisatie'), 'een organisatie', 'organisaties')}` : null,
          ].filter((s): s is string => s !== null);
          return result(
            newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${countOf(found.total, 'ervaringsverhaal')} vastgelegd (${joinDutch(sources)}).`, found),
            false,
            found,
          );
        }
        case 'samenhang': {
          if (scope.interventionIds.length === 0) {
            return result(
              "Dit besluit is niet aan interventies gekoppeld; over samenhang met andere thema's is niets vastgelegd.",
              true,
              null,
              { otherThemes: [] },
            );
          }
          const own = new Set(scope.ownThemeIds);
          const rows = db
            .prepare(
              `SELECT it.theme_id AS themeId, i.title FROM intervention_themes it JOIN interventions i ON i.id = it.intervention_id
               WHERE it.intervention_id IN (SELECT value FROM json_each(?)) ORDER BY i.position`,
            )
            .all(JSON.stringify(scope.interventionIds)) as { themeId: string; title: string }[];
          const other = new Map<string, string[]>();
          for (const r of rows) {
            if (own.has(r.themeId)) continue;
            other.set(r.themeId, [...(other.get(r.themeId) ?? []), r.title]);
          }
          const otherThemes = [...themeNames.keys()]
            .filter((id) => other.has(id))
            .map((id) => ({ id, name: themeNames.get(id)!, viaInterventions: [...new Set(other.get(id))] }));
          const ownNames = scope.ownThemeIds.map((id) => themeNames.get(id) ?? id);
          if (otherThemes.length === 0) {
            return result(
              `Via de gekoppelde interventies raakt dit besluit geen andere thema's${ownNames.length > 0 ? ` dan ${joinDutch(ownNames)}` : ''}; ` +
                "over samenhang met andere thema's is niets vastgelegd.",
              true,
              null,
              { otherThemes },
            );
          }
          const names = joinDutch(otherThemes.map((t) => t.name));
          return result(
            ownNames.length > 0
              ? `Naast ${joinDutch(ownNames)} raakt dit besluit via de interventies ook ${plural(otherThemes.length, 'het thema', "de thema's")} ${names}.`
              : `Via de interventies raakt dit besluit ${plural(otherThemes.length, 'het thema', "de thema's")} ${names}.`,
            false,
            null,
            { otherThemes },
          );
        }
        case 'leerpunten': {
          const found = find(ci.key);
          if (!linked) return result(notLinked, true, found);
          if (found.total === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan leerpunten of successen.`, true, found);
          const lessons = count(found, (t) => t.kind === 'leerpunt');
          const successes = found.total - lessons;
          const parts = [lessons ? countOf(lessons, 'leerpunt') : null, successes ? countOf(successes, 'succes') : null].filter(
            (s): s is string => s !== null,
          );
          return result(newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${joinDutch(parts)} vastgelegd.`, found), false, found);
        }
        case 'bewoners-gevraagd': {
          const found = find(ci.key);
          if (!linked) return result(notLinked, true, found);
          const what = byInterventions ? 'deze interventies' : scopePhrase(scope);
          if (found.total === 0) {
            return result(`Voor ${what} is in de twaalf maanden voor de vergadering niets vastgelegd aan bewonersfeedback.`, true, found);
          }
          return result(
            newestNote(
              `Over ${what} ${plural(found.total, 'is', 'zijn')} in de twaalf maanden voor de vergadering ` +
                `${countOf(found.total, 'bewonersfeedback')} vastgelegd.`,
              found,
            ),
            false,
            found,
          );
        }
        case 'identiteit-wijk': {
          const wijken = wijkProfiles.filter((w) => scope.wijkIds.includes(w.id));
          if (wijken.length === 0) {
            return result('Dit besluit is aan geen wijk gekoppeld; over de identiteit van de wijk is niets vastgelegd.', true, null, { wijken });
          }
          const filled = (w: WijkProfile) => [w.identity, w.characteristics, w.pride].some((t) => t.trim() !== '');
          const known = wijken.filter(filled).map((w) => w.name);
          const unknown = wijken.filter((w) => !filled(w)).map((w) => w.name);
          const summary =
            known.length === 0
              ? `Voor ${joinDutch(unknown)} is niets vastgelegd over wat de wijk eigen maakt.`
              : unknown.length === 0
                ? `Voor ${joinDutch(known)} is vastgelegd wat de wijk eigen maakt.`
                : `Voor ${joinDutch(known)} is vastgelegd wat de wijk eigen maakt; voor ${joinDutch(unknown)} is niets vastgelegd.`;
          return result(summary, known.length === 0, null, { wijken });
        }
        case 'norm': {
          const found = find(ci.key);
          if (!linked) return result(notLinked, true, found);
          if (found.total === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan normen.`, true, found);
          const kept = (['ja', 'deels', 'nee', 'onbekend'] as const)
            .map((k) => ({ k, n: count(found, (t) => t.kept === k) }))
            .filter((x) => x.n > 0)
            .map((x) => `${x.n} ${NORM_KEPT_LABELS[x.k].toLowerCase()}`);
          return result(
            newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${countOf(found.total, 'norm')} van toepassing: ${joinDutch(kept)}.`, found),
            false,
            found,
          );
        }
        case 'successen-gevierd': {
          const found = find(ci.key);
          if (!linked) return result(notLinked, true, found);
          if (found.total === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan successen.`, true, found);
          const celebrated = count(found, (t) => t.celebrated === 'ja');
          return result(
            newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${countOf(found.total, 'succes')} vastgelegd, waarvan ${celebrated} gevierd.`, found),
            false,
            found,
          );
        }
        default:
          // A checklist from another area profile may ask something the registers do not cover.
          return result('Voor dit vinkje houdt Coalitietafel geen register bij; er is niets vastgelegd.', true, null);
      }
    };

    return {
      agendaItemId: item.id,
      meetingId: meeting.id,
      meetingDate,
      scope: { interventionIds: scope.interventionIds, themeIds: scope.themeIds, wijkIds: scope.wijkIds },
      vinkjes: checklist.items.map(build),
    };
  })();
}
