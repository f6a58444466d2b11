// What the registers hold for each of the seven vinkjes of one decision, shown before the board answers.
// The scope is the decision's own links plus what its interventions (and their aanvullende kansen) bring:
// their themes and wijken. Where nothing is on record the summary says "niets vastgelegd", plainly.
import type { Db } from '../store/connection';
import type { ChecklistItem } from '../../../shared/domain';
import {
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
import { getChecklist } from '../store/profile.repo';
import { requireAgendaItem } from './agenda.service';
import { requireMeeting } from './meetings.service';
import { ruleViolation } from '../errors';
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

export function evidenceForDecision(db: Db, input: { agendaItemId: number }): DecisionEvidence {
  // One read transaction: a consistent snapshot of the registers.
  return db.transaction(() => {
    const item = requireAgendaItem(db, input.agendaItemId);
    if (item.kind !== 'besluit') throw ruleViolation('Alleen een besluitpunt wordt langs de zeven vinkjes gelegd.');
    const meeting = requireMeeting(db, item.meetingId);
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

    /** Entries of these kinds linked to anything in scope (or only to the interventions), up to the meeting. */
    const find = (kinds: RegisterKind[], options: { from?: string; interventionsOnly?: boolean } = {}): RegisterEntry[] => {
      if (!linked) return [];
      const onlyInterventions = options.interventionsOnly === true;
      return registers.findEntries(db, {
        kinds,
        interventionIds: scope.interventionIds,
        themeIds: onlyInterventions ? [] : scope.themeIds,
        wijkIds: onlyInterventions ? [] : scope.wijkIds,
        from: options.from,
        to: meetingDate,
      });
    };
    const matchedBy = (e: RegisterEntry): EvidenceMatch[] => {
      const m: EvidenceMatch[] = [];
      if (e.interventionIds.some((id) => scope.interventionIds.includes(id))) m.push('interventie');
      if (e.themeIds.some((id) => scope.themeIds.includes(id))) m.push('thema');
      if (e.wijkIds.some((id) => scope.wijkIds.includes(id))) m.push('wijk');
      return m;
    };

    const notLinked = 'Dit besluit is nog niet gekoppeld aan interventies, thema\'s of wijken, dus is er niets vastgelegd om te tonen.';

    const build = (ci: ChecklistItem): VinkjeEvidence => {
      const base = { checklistItemId: ci.id, key: ci.key, position: ci.position, question: ci.question };
      const citedHere = cited.get(ci.id) ?? new Set<number>();
      const withCited = (entries: RegisterEntry[]): EvidenceEntry[] => {
        const shown: EvidenceEntry[] = entries.map((e) => ({ ...e, matchedBy: matchedBy(e), cited: citedHere.has(e.id) }));
        // An entry cited by hand that the lookup does not find is still shown, so the citation is visible.
        for (const id of citedHere) {
          if (shown.some((e) => e.id === id)) continue;
          const e = registers.getEntry(db, id);
          if (e) shown.push({ ...e, matchedBy: matchedBy(e), cited: true });
        }
        return shown;
      };
      const result = (summary: string, nothing: boolean, entries: RegisterEntry[], extra: Partial<VinkjeEvidence> = {}) => ({
        ...base,
        summary,
        nothingOnRecord: nothing,
        entries: withCited(entries),
        ...extra,
      });

      switch (ci.key) {
        case 'ervaringskennis': {
          const entries = find(['ervaringsverhaal']);
          if (!linked) return result(notLinked, true, []);
          if (entries.length === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan ervaringsverhalen.`, true, []);
          const by = (k: string) => entries.filter((e) => e.sourceKind === k).length;
          const sources = [
            by('bewoner') ? `${by('bewoner')} van ${plural(by('bewoner'), 'een bewoner', 'bewoners')}` : null,
            by('professional') ? `${by('professional')} van ${plural(by('professional'), 'een professional', 'professionals')}` : null,
            by('organisatie') ? `${by('organisatie')} van ${plural(by('organisatie'), 'een organisatie', 'organisaties')}` : null,
          ].filter((s): s is string => s !== null);
          return result(
            `Er ${plural(entries.length, 'is', 'zijn')} ${countOf(entries.length, 'ervaringsverhaal')} vastgelegd (${joinDutch(sources)}).`,
            false,
            entries,
          );
        }
        case 'samenhang': {
          if (scope.interventionIds.length === 0) {
            return result(
              "Dit besluit is niet aan interventies gekoppeld; over samenhang met andere thema's is niets vastgelegd.",
              true,
              [],
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
              [],
              { otherThemes },
            );
          }
          const names = joinDutch(otherThemes.map((t) => t.name));
          return result(
            ownNames.length > 0
              ? `Naast ${joinDutch(ownNames)} raakt dit besluit via de interventies ook ${plural(otherThemes.length, 'het thema', "de thema's")} ${names}.`
              : `Via de interventies raakt dit besluit ${plural(otherThemes.length, 'het thema', "de thema's")} ${names}.`,
            false,
            [],
            { otherThemes },
          );
        }
        case 'leerpunten': {
          const entries = find(['leerpunt', 'succes']);
          if (!linked) return result(notLinked, true, []);
          if (entries.length === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan leerpunten of successen.`, true, []);
          const lessons = entries.filter((e) => e.kind === 'leerpunt').length;
          const successes = entries.length - lessons;
          const parts = [lessons ? countOf(lessons, 'leerpunt') : null, successes ? countOf(successes, 'succes') : null].filter(
            (s): s is string => s !== null,
          );
          return result(`Er ${plural(entries.length, 'is', 'zijn')} ${joinDutch(parts)} vastgelegd.`, false, entries);
        }
        case 'bewoners-gevraagd': {
          const from = twelveMonthsBefore(meetingDate);
          const byInterventions = scope.interventionIds.length > 0;
          const entries = find(['bewonersfeedback'], { from, interventionsOnly: byInterventions });
          if (!linked) return result(notLinked, true, []);
          const what = byInterventions ? 'deze interventies' : scopePhrase(scope);
          if (entries.length === 0) {
            return result(`Voor ${what} is in de twaalf maanden voor de vergadering niets vastgelegd aan bewonersfeedback.`, true, []);
          }
          return result(
            `Over ${what} ${plural(entries.length, 'is', 'zijn')} in de twaalf maanden voor de vergadering ` +
              `${countOf(entries.length, 'bewonersfeedback')} vastgelegd.`,
            false,
            entries,
          );
        }
        case 'identiteit-wijk': {
          const wijken = wijkProfiles.filter((w) => scope.wijkIds.includes(w.id));
          if (wijken.length === 0) {
            return result('Dit besluit is aan geen wijk gekoppeld; over de identiteit van de wijk is niets vastgelegd.', true, [], { wijken });
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
          return result(summary, known.length === 0, [], { wijken });
        }
        case 'norm': {
          const entries = find(['norm']);
          if (!linked) return result(notLinked, true, []);
          if (entries.length === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan normen.`, true, []);
          const kept = (['ja', 'deels', 'nee', 'onbekend'] as const)
            .map((k) => ({ k, n: entries.filter((e) => e.kept === k).length }))
            .filter((x) => x.n > 0)
            .map((x) => `${x.n} ${NORM_KEPT_LABELS[x.k].toLowerCase()}`);
          return result(
            `Er ${plural(entries.length, 'is', 'zijn')} ${countOf(entries.length, 'norm')} van toepassing: ${joinDutch(kept)}.`,
            false,
            entries,
          );
        }
        case 'successen-gevierd': {
          const entries = find(['succes']);
          if (!linked) return result(notLinked, true, []);
          if (entries.length === 0) return result(`Voor ${scopePhrase(scope)} is niets vastgelegd aan successen.`, true, []);
          const celebrated = entries.filter((e) => e.celebrated === 'ja').length;
          return result(
            `Er ${plural(entries.length, 'is', 'zijn')} ${countOf(entries.length, 'succes')} vastgelegd, waarvan ${celebrated} gevierd.`,
            false,
            entries,
          );
        }
        default:
          // A checklist from another area profile may ask something the registers do not cover.
          return result('Voor dit vinkje houdt Coalitietafel geen register bij; er is niets vastgelegd.', true, []);
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
