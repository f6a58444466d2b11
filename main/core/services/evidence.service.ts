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
import * as links from '../store/evidence.repo';
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
  const l = links.decisionLinks(db, agendaItemId);
  return {
    ownThemeIds: l.ownThemeIds,
    ownWijkIds: l.ownWijkIds,
    interventionIds: l.interventionIds,
    themeIds: [...new Set([...l.ownThemeIds, ...l.interventionThemeIds])],
    wijkIds: [...new Set([...l.ownWijkIds, ...l.interventionWijkIds])],
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

/** What one vinkje's check has to work with. */
interface Context {
  db: Db;
  scope: Scope;
  /** Linked to any intervention, theme or wijk at all. */
  linked: boolean;
  /** Linked to interventions: then the residents' feedback is looked up through them only. */
  byInterventions: boolean;
  meetingDate: string;
  themeNames: Map<string, string>;
  wijkProfiles: WijkProfile[];
}

/** A vinkje's wording: the summary, whether nothing is on record, what was found, and anything else it shows. */
interface Worded {
  summary: string;
  nothing: boolean;
  found: Found | null;
  extra?: Partial<VinkjeEvidence>;
}

/**
 * What one vinkje asks: which register entries, worded from what was found (only called when the decision is
 * linked at all; otherwise it says so) — or, without a lookup, worded from the decision's links themselves.
 */
type VinkjeCheck =
  | { lookup: (c: Context) => Omit<EvidenceSpec, 'key'>; word: (c: Context, found: Found) => Worded }
  | { lookup?: undefined; word: (c: Context) => Worded };

const count = (f: Found, where: (t: EvidenceTally) => boolean) => f.tally.filter(where).reduce((sum, t) => sum + t.n, 0);

/** "…vastgelegd." → "…vastgelegd; de 10 nieuwste staan hieronder." when not all of them are listed. */
const newestNote = (summary: string, f: Found) =>
  f.total > f.newest.length ? `${summary.replace(/\.$/, '')}; de ${f.newest.length} nieuwste staan hieronder.` : summary;

const NOT_LINKED = 'Dit besluit is nog niet gekoppeld aan interventies, thema\'s of wijken, dus is er niets vastgelegd om te tonen.';
const NO_REGISTER = 'Voor dit vinkje houdt Coalitietafel geen register bij; er is niets vastgelegd.';

const everything = (kinds: RegisterKind[]) => (): Omit<EvidenceSpec, 'key'> => ({ kinds, from: null, interventionsOnly: false });

/** The register vinkjes of Groningen-Noord, by checklist key; a key not here has no register (another area profile). */
const VINKJES: Record<string, VinkjeCheck> = {
  ervaringskennis: {
    lookup: everything(['ervaringsverhaal']),
    word: ({ scope }, found) => {
      if (found.total === 0) return { summary: `Voor ${scopePhrase(scope)} is niets vastgelegd aan ervaringsverhalen.`, nothing: true, found };
      const by = (k: string) => count(found, (t) => t.sourceKind === k);
      const sources = [
        by('bewoner') ? `${by('bewoner')} van ${plural(by('bewoner'), 'een bewoner', 'bewoners')}` : null,
        by('professional') ? `${by('professional')} van ${plural(by('professional'), 'een professional', 'professionals')}` : null,
        by('organisatie') ? `${by('organisatie')} van ${plural(by('organisatie'), 'een organisatie', 'organisaties')}` : null,
      ].filter((s): s is string => s !== null);
      return {
        summary: newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${countOf(found.total, 'ervaringsverhaal')} vastgelegd (${joinDutch(sources)}).`, found),
        nothing: false,
        found,
      };
    },
  },
  samenhang: { word: (c) => coherence(c) },
  leerpunten: {
    lookup: everything(['leerpunt', 'succes']),
    word: ({ scope }, found) => {
      if (found.total === 0) return { summary: `Voor ${scopePhrase(scope)} is niets vastgelegd aan leerpunten of successen.`, nothing: true, found };
      const lessons = count(found, (t) => t.kind === 'leerpunt');
      const successes = found.total - lessons;
      const parts = [lessons ? countOf(lessons, 'leerpunt') : null, successes ? countOf(successes, 'succes') : null].filter(
        (s): s is string => s !== null,
      );
      return { summary: newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${joinDutch(parts)} vastgelegd.`, found), nothing: false, found };
    },
  },
  'bewoners-gevraagd': {
    // In the twelve months before the meeting, and only through the interventions when there are any.
    lookup: ({ meetingDate, byInterventions }) => ({ kinds: ['bewonersfeedback'], from: twelveMonthsBefore(meetingDate), interventionsOnly: byInterventions }),
    word: ({ scope, byInterventions }, found) => {
      const what = byInterventions ? 'deze interventies' : scopePhrase(scope);
      if (found.total === 0) {
        return { summary: `Voor ${what} is in de twaalf maanden voor de vergadering niets vastgelegd aan bewonersfeedback.`, nothing: true, found };
      }
      return {
        summary: newestNote(
          `Over ${what} ${plural(found.total, 'is', 'zijn')} in de twaalf maanden voor de vergadering ` +
            `${countOf(found.total, 'bewonersfeedback')} vastgelegd.`,
          found,
        ),
        nothing: false,
        found,
      };
    },
  },
  'identiteit-wijk': { word: (c) => wijkIdentity(c) },
  norm: {
    lookup: everything(['norm']),
    word: ({ scope }, found) => {
      if (found.total === 0) return { summary: `Voor ${scopePhrase(scope)} is niets vastgelegd aan normen.`, nothing: true, found };
      const kept = (['ja', 'deels', 'nee', 'onbekend'] as const)
        .map((k) => ({ k, n: count(found, (t) => t.kept === k) }))
        .filter((x) => x.n > 0)
        .map((x) => `${x.n} ${NORM_KEPT_LABELS[x.k].toLowerCase()}`);
      return {
        summary: newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${countOf(found.total, 'norm')} van toepassing: ${joinDutch(kept)}.`, found),
        nothing: false,
        found,
      };
    },
  },
  'successen-gevierd': {
    lookup: everything(['succes']),
    word: ({ scope }, found) => {
      if (found.total === 0) return { summary: `Voor ${scopePhrase(scope)} is niets vastgelegd aan successen.`, nothing: true, found };
      const celebrated = count(found, (t) => t.celebrated === 'ja');
      return {
        summary: newestNote(`Er ${plural(found.total, 'is', 'zijn')} ${countOf(found.total, 'succes')} vastgelegd, waarvan ${celebrated} gevierd.`, found),
        nothing: false,
        found,
      };
    },
  },
};

/** Samenhang: the other themes the decision's interventions touch. */
function coherence({ db, scope, themeNames }: Context): Worded {
  if (scope.interventionIds.length === 0) {
    return { summary: "Dit besluit is niet aan interventies gekoppeld; over samenhang met andere thema's is niets vastgelegd.", nothing: true, found: null, extra: { otherThemes: [] } };
  }
  const own = new Set(scope.ownThemeIds);
  const other = new Map<string, string[]>();
  for (const r of links.interventionThemeTitles(db, scope.interventionIds)) {
    if (own.has(r.themeId)) continue;
    other.set(r.themeId, [...(other.get(r.themeId) ?? []), r.title]);
  }
  const otherThemes = [...themeNames.keys()]
    .filter((id) => other.has(id))
    .map((id) => ({ id, name: themeNames.get(id)!, viaInterventions: [...new Set(other.get(id))] }));
  const ownNames = scope.ownThemeIds.map((id) => themeNames.get(id) ?? id);
  if (otherThemes.length === 0) {
    return {
      summary:
        `Via de gekoppelde interventies raakt dit besluit geen andere thema's${ownNames.length > 0 ? ` dan ${joinDutch(ownNames)}` : ''}; ` +
        "over samenhang met andere thema's is niets vastgelegd.",
      nothing: true,
      found: null,
      extra: { otherThemes },
    };
  }
  const names = joinDutch(otherThemes.map((t) => t.name));
  return {
    summary:
      ownNames.length > 0
        ? `Naast ${joinDutch(ownNames)} raakt dit besluit via de interventies ook ${plural(otherThemes.length, 'het thema', "de thema's")} ${names}.`
        : `Via de interventies raakt dit besluit ${plural(otherThemes.length, 'het thema', "de thema's")} ${names}.`,
    nothing: false,
    found: null,
    extra: { otherThemes },
  };
}

/** Identiteit van de wijk: what the wijk profiles of the decision's wijken hold. */
function wijkIdentity({ scope, wijkProfiles }: Context): Worded {
  const wijken = wijkProfiles.filter((w) => scope.wijkIds.includes(w.id));
  if (wijken.length === 0) {
    return { summary: 'Dit besluit is aan geen wijk gekoppeld; over de identiteit van de wijk is niets vastgelegd.', nothing: true, found: null, extra: { wijken } };
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
  return { summary, nothing: known.length === 0, found: null, extra: { wijken } };
}

/** Does this entry (fetched because it is cited) match the vinkje's lookup? */
const matchesLookup = (e: RegisterEntry, l: EvidenceLookup) =>
  l.kinds.includes(e.kind) &&
  (l.from === undefined || e.date >= l.from) &&
  e.date <= l.to &&
  (e.interventionIds.some((id) => l.interventionIds.includes(id)) ||
    e.themeIds.some((id) => l.themeIds.includes(id)) ||
    e.wijkIds.some((id) => l.wijkIds.includes(id)));

function matchedBy(scope: Scope, e: RegisterEntry): EvidenceMatch[] {
  const m: EvidenceMatch[] = [];
  if (e.interventionIds.some((id) => scope.interventionIds.includes(id))) m.push('interventie');
  if (e.themeIds.some((id) => scope.themeIds.includes(id))) m.push('thema');
  if (e.wijkIds.some((id) => scope.wijkIds.includes(id))) m.push('wijk');
  return m;
}

/** One vinkje's evidence: its wording, the entries found, and those cited earlier (which always stay visible). */
function withCitations(db: Db, scope: Scope, ci: ChecklistItem, citedHere: ReadonlySet<number>, worded: Worded): VinkjeEvidence {
  const { found, extra = {} } = worded;
  let { summary, nothing } = worded;
  const newest = found?.newest ?? [];
  const total = found?.total ?? 0;
  const entries: EvidenceEntry[] = newest.map((e) => ({ ...e, matchedBy: matchedBy(scope, e), cited: citedHere.has(e.id) }));
  // An entry already cited stays visible (and can be un-cited), also when it is older than the newest
  // listed or when the lookup no longer finds it at all.
  let listedMatches = newest.length;
  let citedElsewhere = 0;
  for (const id of citedHere) {
    if (entries.some((e) => e.id === id)) continue;
    const e = registers.getEntry(db, id);
    if (!e) continue;
    entries.push({ ...e, matchedBy: matchedBy(scope, e), cited: true });
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
  const base = { checklistItemId: ci.id, key: ci.key, position: ci.position, question: ci.question };
  return { ...base, summary, nothingOnRecord: nothing, entries, total, more: Math.max(0, total - listedMatches), ...extra };
}

export function evidenceForDecision(db: Db, input: { agendaItemId: number; limit?: number | undefined }): DecisionEvidence {
  const limit = input.limit ?? EVIDENCE_LIMIT;
  // One read transaction: a consistent snapshot of the registers.
  return db.transaction(() => {
    const { row: item, meeting } = requireDecisionItem(db, input.agendaItemId, { editable: false });
    const meetingDate = meeting.startsAt.slice(0, 10);
    const checklist = getChecklist(db, meeting.checklistId)!;
    const scope = decisionScope(db, item.id);
    const context: Context = {
      db,
      scope,
      linked: scope.interventionIds.length + scope.themeIds.length + scope.wijkIds.length > 0,
      byInterventions: scope.interventionIds.length > 0,
      meetingDate,
      themeNames: links.themeNames(db),
      wijkProfiles: registers.listWijkProfiles(db),
    };
    const cited = new Map<number, Set<number>>();
    for (const c of registers.citedEntryIds(db, item.id)) {
      const set = cited.get(c.checklistItemId) ?? new Set<number>();
      set.add(c.registerEntryId);
      cited.set(c.checklistItemId, set);
    }

    // The one lookup: the counts and the newest `limit` entries of every register vinkje of this checklist, together.
    const checkOf = (ci: ChecklistItem) => (Object.hasOwn(VINKJES, ci.key) ? VINKJES[ci.key] : undefined);
    const specs: EvidenceSpec[] = checklist.items.flatMap((ci) => {
      const lookup = checkOf(ci)?.lookup;
      return lookup ? [{ key: ci.key, ...lookup(context) }] : [];
    });
    const looked = context.linked ? registers.findEvidence(db, scope, meetingDate, specs, limit) : null;
    const find = (spec: EvidenceSpec): Found => {
      const tally = looked?.tallies.get(spec.key) ?? [];
      return {
        lookup: {
          kinds: spec.kinds,
          interventionIds: scope.interventionIds,
          themeIds: spec.interventionsOnly ? [] : scope.themeIds,
          wijkIds: spec.interventionsOnly ? [] : scope.wijkIds,
          from: spec.from ?? undefined,
          to: meetingDate,
        },
        newest: looked?.newest.get(spec.key) ?? [],
        total: tally.reduce((sum, t) => sum + t.n, 0),
        tally,
      };
    };

    const word = (ci: ChecklistItem): Worded => {
      const check = checkOf(ci);
      // A checklist from another area profile may ask something the registers do not cover.
      if (!check) return { summary: NO_REGISTER, nothing: true, found: null };
      if (check.lookup === undefined) return check.word(context);
      const found = find(specs.find((s) => s.key === ci.key)!);
      return context.linked ? check.word(context, found) : { summary: NOT_LINKED, nothing: true, found };
    };

    return {
      agendaItemId: item.id,
      meetingId: meeting.id,
      meetingDate,
      scope: { interventionIds: scope.interventionIds, themeIds: scope.themeIds, wijkIds: scope.wijkIds },
      vinkjes: checklist.items.map((ci) => withCitations(db, scope, ci, cited.get(ci.id) ?? new Set<number>(), word(ci))),
    };
  })();
}
