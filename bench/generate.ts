// Builds the benchmark's archive, reproducibly from a seed: twenty years of a coalition at work, written
// through openCore and its dispatcher — the same migrations, triggers (locks, audit log, search index),
// profile, validation and services as the app — and cached in bench/.cache keyed by seed, schema version
// and the source of the schema and of this generator.
//
// Speed comes from transactions, not from shortcuts: each year's calls run inside one outer transaction
// (the services' own transactions become savepoints), so SQLite syncs twenty times instead of a hundred
// thousand. A simulated clock (clock.ts) gives every row the date on which it would have been written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../main/core/core';
import { LATEST_VERSION } from '../main/core/store/migrations/index';
import { isChannel, type Channel, type ChannelInput, type ChannelOutput } from '../shared/contract';
import type { Answer, AttendanceStatus, Body, Outcome } from '../shared/domain';
import type { InterventionStatus, RegisterKind } from '../shared/registers';
import type { KeurmerkSubject } from '../shared/keurmerk';
import { installSimulatedClock, setSimulatedTime } from './clock';
import { rngFor, type Rng } from './prng';
import { DutchText, WIJKEN } from './text';

export type ArchiveKind = 'full' | 'smoke' | 'empty';

/** Bump when the generator's output changes in a way the source hash would not catch. */
const GENERATOR_VERSION = 2;

export interface ArchiveSpec {
  kind: ArchiveKind;
  seed: number;
  firstYear: number;
  years: number;
  /** Interventions in total, the profile's included. */
  interventions: number;
  registerEntries: number;
  indicators: number;
  /** Action items over all held meetings. */
  actions: number;
}

export const LAST_YEAR = 2026;
/** "Today" in the archive: meetings before it are held, the rest planned. Fixed, so the archive never depends on the real date. */
export const CUTOFF = `${LAST_YEAR}-11-20`;
/** A word that appears in a handful of notes only (search for a rare word). */
export const RARE_WORD = 'Kraanvogelpad';
export const COMMON_WORD = 'bewoners';

export function specFor(kind: ArchiveKind, seed: number): ArchiveSpec {
  switch (kind) {
    case 'full':
      return { kind, seed, firstYear: LAST_YEAR - 19, years: 20, interventions: 500, registerEntries: 10_000, indicators: 180, actions: 5_000 };
    case 'smoke':
      return { kind, seed, firstYear: LAST_YEAR - 1, years: 2, interventions: 100, registerEntries: 1_000, indicators: 180, actions: 500 };
    case 'empty':
      return { kind, seed, firstYear: LAST_YEAR, years: 1, interventions: 0, registerEntries: 0, indicators: 0, actions: 0 };
  }
}

export interface ArchiveManifest {
  kind: ArchiveKind;
  seed: number;
  schemaVersion: number;
  cacheKey: string;
  file: string;
  generatedInMs: number;
  /** Parts of the issue's archive that could not be generated (a channel missing), said plainly. */
  missing: string[];
  counts: Record<string, number>;
  fileBytes: number;
  ids: {
    /** The meeting with the most minutes text: the export benchmark. */
    largestMeetingId: number;
    /** A held 25-item meeting with all its reviews (the last coalition meeting held). */
    reviewedMeetingId: number;
    /** The next coalition meeting, 25 items, unanswered: where Chromium answers a vinkje. */
    upcomingMeetingId: number;
    /** Decision items of the upcoming meeting, in agenda order. */
    upcomingDecisionItemIds: number[];
    /** The last whole year: the besluitenlijst export and year:get. */
    fullYear: number;
    indicatorId: number | null;
    /** The plan with the most keurmerk reviews (the gebiedsplan, reviewed every year); null without them. */
    keurmerkPlanId?: number | null;
  };
  words: { common: string; rare: string };
}

// ---- Schedule ----

interface MeetingPlan {
  key: string;
  body: Body;
  year: number;
  startsAt: string;
  held: boolean;
  /** The last held coalition meeting and the upcoming one: exactly 25 items, 12 decisions, in every archive. */
  fixed: boolean;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const COALITION_MONTHS = [3, 6, 9, 12];
const PROGRAMMATEAM_MONTHS = [1, 2, 4, 5, 7, 8, 10, 11];

const pad = (n: number) => String(n).padStart(2, '0');

function schedule(spec: ArchiveSpec): MeetingPlan[] {
  const plans: MeetingPlan[] = [];
  const lastYear = spec.firstYear + spec.years - 1;
  for (let year = spec.firstYear; year <= lastYear; year++) {
    for (const [body, months, time] of [
      ['coalitie', COALITION_MONTHS, '19:30'],
      ['programmateam', PROGRAMMATEAM_MONTHS, '09:30'],
    ] as const) {
      for (const month of months) {
        // The day comes from the meeting's own stream: the same in every archive.
        const day = rngFor(spec.seed, `day:${year}-${month}:${body}`).int(2, 18);
        const startsAt = `${year}-${pad(month)}-${pad(day)}T${time}`;
        plans.push({ key: `${body}:${year}-${pad(month)}`, body, year, startsAt, held: startsAt < CUTOFF, fixed: false });
      }
    }
  }
  plans.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const coalition = plans.filter((p) => p.body === 'coalitie');
  const upcoming = coalition.find((p) => !p.held)!;
  const lastHeld = coalition.filter((p) => p.held).at(-1)!;
  upcoming.fixed = true;
  lastHeld.fixed = true;
  // The empty archive: a fresh installation with just these two meetings, so every screen has its subject.
  return spec.kind === 'empty' ? [lastHeld, upcoming] : plans;
}

// ---- The dispatcher, as the renderer calls it ----

async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} ${JSON.stringify(input).slice(0, 200)}: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

// ---- Cache ----

function sourceHash(root: string): string {
  const h = createHash('sha256');
  h.update(`generator ${GENERATOR_VERSION}\n`);
  const files = [join(root, 'bench', 'generate.ts'), join(root, 'bench', 'text.ts'), join(root, 'bench', 'prng.ts')];
  const migrations = join(root, 'main', 'core', 'store', 'migrations');
  for (const f of readdirSync(migrations).sort()) files.push(join(migrations, f));
  files.push(join(root, 'main', 'core', 'durability', 'audit.ts'), join(root, 'main', 'core', 'durability', 'chain.ts'));
  files.push(join(root, 'resources', 'groningen-noord.profile.json'));
  for (const f of files) if (existsSync(f)) h.update(`${f.slice(root.length)}\n`).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

export interface EnsureOptions {
  root: string;
  cacheDir: string;
  profilePath: string;
  log?: (line: string) => void;
  /** Generate again even when a cached archive exists. */
  fresh?: boolean;
}

/** The cached archive for this kind and seed, generated first when missing or out of date. */
export async function ensureArchive(kind: ArchiveKind, seed: number, options: EnsureOptions): Promise<ArchiveManifest> {
  const log = options.log ?? (() => {});
  const cacheKey = `${kind}-s${seed}-v${LATEST_VERSION}-${sourceHash(options.root)}`;
  const file = join(options.cacheDir, `archive-${cacheKey}.sqlite`);
  const manifestFile = `${file}.json`;
  if (!options.fresh && existsSync(file) && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ArchiveManifest;
    log(`archive ${kind}: from the cache (${manifest.cacheKey})`);
    return { ...manifest, file };
  }
  mkdirSync(options.cacheDir, { recursive: true });
  // Older archives of this kind are stale now: keep the cache from growing without end.
  for (const f of readdirSync(options.cacheDir)) {
    if (f.startsWith(`archive-${kind}-`) && !f.startsWith(`archive-${cacheKey}`)) rmSync(join(options.cacheDir, f), { force: true });
  }
  const tmp = `${file}.tmp-${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
  const started = performance.now();
  const timed = (line: string) => log(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const manifest = await generateArchive(specFor(kind, seed), tmp, options.profilePath, timed);
  const generatedInMs = Math.round(performance.now() - started);
  renameSync(tmp, file);
  rmSync(join(options.cacheDir, 'backups'), { recursive: true, force: true });
  const done: ArchiveManifest = { ...manifest, cacheKey, file, generatedInMs, fileBytes: statSync(file).size };
  writeFileSync(manifestFile, `${JSON.stringify(done, null, 2)}\n`);
  log(`archive ${kind}: generated in ${(generatedInMs / 1000).toFixed(1)} s (${(done.fileBytes / 1e6).toFixed(0)} MB)`);
  return done;
}

// ---- Generation ----

interface Context {
  core: Core;
  spec: ArchiveSpec;
  people: { id: number; name: string; organisationId: number }[];
  organisations: { id: number; name: string }[];
  themeIds: string[];
  wijkIds: string[];
  profileInterventionIds: string[];
  checklist: { id: number; position: number; key: string }[];
  /** Register entries by date, for citations. */
  entries: { id: number; date: string; kind: RegisterKind }[];
  missing: string[];
}

export async function generateArchive(spec: ArchiveSpec, file: string, profilePath: string, log: (line: string) => void): Promise<ArchiveManifest> {
  const restoreClock = installSimulatedClock();
  setSimulatedTime(`${spec.firstYear}-01-02T09:00:00Z`);
  // Backups go beside the temporary file and are removed afterwards; a new store takes none.
  const core = openCore({ dataFile: file, profilePath, log: () => {}, userName: 'programmaleider', backupFolder: join(file, '..', 'backups') });
  try {
    const db = core.db;
    const profile = await call(core, 'profile:get', {});
    const coalition = await call(core, 'coalition:list', {});
    const ctx: Context = {
      core,
      spec,
      people: coalition.flatMap((o) => o.people.map((p) => ({ id: p.id, name: p.name, organisationId: o.id }))),
      organisations: coalition.map((o) => ({ id: o.id, name: o.name })),
      themeIds: profile.themes.map((t) => t.id),
      wijkIds: profile.wijken.map((w) => w.id),
      profileInterventionIds: profile.interventions.map((i) => i.id),
      checklist: profile.checklist.items.map((i) => ({ id: i.id, position: i.position, key: i.key })),
      entries: [],
      missing: [],
    };
    const inTransaction = async (what: () => Promise<void>) => {
      db.exec('BEGIN');
      try {
        await what();
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    };

    let indicatorId: number | null = null;
    let keurmerkPlanId: number | null = null;
    if (spec.kind !== 'empty') {
      const registerChannels: Channel[] = ['interventions:create', 'registers:create', 'indicators:create', 'indicators:importCommit', 'reviews:cite'];
      const absent = registerChannels.filter((c) => !isChannel(c));
      if (absent.length > 0) {
        ctx.missing.push(`interventions, register entries and indicator values: the channels ${absent.join(', ')} do not exist (yet)`);
      } else {
        await inTransaction(() => generateInterventions(ctx));
        log(`  interventions: ${spec.interventions}`);
        await inTransaction(() => generatePlans(ctx));
        log('  plans');
        if (isChannel('keurmerk:answer')) {
          await inTransaction(async () => {
            keurmerkPlanId = await generateKeurmerk(ctx);
          });
          log('  keurmerk reviews of plans and interventions');
        }
        await inTransaction(async () => {
          indicatorId = await generateIndicators(ctx);
        });
        log('  indicators and values');
        await inTransaction(() => generateRegisters(ctx));
        log(`  register entries: ${spec.registerEntries}`);
        await inTransaction(() => generatePlanWork(ctx));
        log('  tracks, chains, koppelkans links, knelpunten');
      }
      if (isChannel('money:create')) {
        await inTransaction(() => generateMoney(ctx));
        log('  budget lines and contributions');
      } else ctx.missing.push('budget lines: the channel money:create does not exist (yet)');
      await inTransaction(() => generateMilestones(ctx));
    }

    // Before the meetings: a programmateam meeting lists the programmateam's members.
    await inTransaction(() => generateBodies(ctx));
    if (spec.kind !== 'empty') log('  bodies, memberships and partners');

    const plans = schedule(spec);
    const heldCount = plans.filter((p) => p.held).length;
    const actionsPerMeeting = spec.kind === 'empty' ? 21 : spec.actions / heldCount;
    const state: MeetingState = { previousHeld: new Map(), closeAt: new Map(), bodyIndex: new Map(), heldIndex: 0 };
    const ids = { reviewedMeetingId: 0, upcomingMeetingId: 0, upcomingDecisionItemIds: [] as number[] };
    for (let year = spec.firstYear; year < spec.firstYear + spec.years; year++) {
      await inTransaction(async () => {
        for (const plan of plans.filter((p) => p.year === year)) {
          const result = await generateMeeting(ctx, plan, state, actionsPerMeeting);
          if (plan.body === 'coalitie' && plan.held && spec.kind !== 'empty') await answerSteering(ctx, result.id);
          if (plan.fixed && plan.held) ids.reviewedMeetingId = result.id;
          if (plan.fixed && !plan.held) {
            ids.upcomingMeetingId = result.id;
            ids.upcomingDecisionItemIds = result.decisionItemIds;
          }
        }
      });
      if (spec.kind !== 'empty') log(`  meetings ${year}`);
    }
    setSimulatedTime(null);

    const counts = countRows(core);
    const largestMeetingId = db
      .prepare(
        `SELECT m.id FROM meetings m
         ORDER BY (SELECT coalesce(sum(length(a.title) + length(a.description) + length(a.proposal) + length(a.notes) + length(a.decision_text)), 0)
                   FROM agenda_items a WHERE a.meeting_id = m.id)
                + (SELECT coalesce(sum(length(v.explanation) + 40), 0) FROM vinkje_answers v JOIN agenda_items a ON a.id = v.agenda_item_id
                   WHERE a.meeting_id = m.id)
                + (SELECT coalesce(sum(length(x.description) + 40), 0) FROM action_items x WHERE x.meeting_id = m.id) DESC, m.id
         LIMIT 1`,
      )
      .pluck()
      .get() as number;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      kind: spec.kind,
      seed: spec.seed,
      schemaVersion: LATEST_VERSION,
      cacheKey: '',
      file,
      generatedInMs: 0,
      missing: ctx.missing,
      counts,
      fileBytes: 0,
      ids: { largestMeetingId, ...ids, fullYear: LAST_YEAR - 1, indicatorId, keurmerkPlanId },
      words: { common: COMMON_WORD, rare: RARE_WORD },
    };
  } finally {
    core.close();
    restoreClock();
  }
}

function countRows(core: Core): Record<string, number> {
  const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
  const tableExists = (name: string) => core.db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(name) !== undefined;
  const counts: Record<string, number> = {
    meetings: count('SELECT count(*) FROM meetings'),
    agendaItems: count('SELECT count(*) FROM agenda_items'),
    decisions: count("SELECT count(*) FROM agenda_items WHERE kind = 'besluit'"),
    decided: count('SELECT count(*) FROM agenda_items WHERE outcome IS NOT NULL'),
    vinkjeAnswers: count('SELECT count(*) FROM vinkje_answers'),
    actionItems: count('SELECT count(*) FROM action_items'),
    openActions: count("SELECT count(*) FROM action_items WHERE status = 'open'"),
    attendance: count('SELECT count(*) FROM attendance'),
    adoptedMinutes: count('SELECT count(*) FROM meetings WHERE adopted_at IS NOT NULL'),
    searchIndexRows: count('SELECT count(*) FROM search_index'),
  };
  for (const [key, table] of [
    ['interventions', 'interventions'],
    ['registerEntries', 'register_entries'],
    ['citations', 'vinkje_answer_citations'],
    ['indicators', 'indicators'],
    ['indicatorValues', 'indicator_values'],
    ['plans', 'plans'],
    ['keurmerkReviews', 'keurmerk_reviews'],
    ['keurmerkAnswers', 'keurmerk_answers'],
    ['budgetLines', 'budget_lines'],
    ['knelpunten', 'knelpunten'],
    ['steeringAnswers', 'steering_answers'],
    ['interventionLinks', 'intervention_links'],
    ['auditLog', 'audit_log'],
    ['seals', 'minutes_seals'],
    ['bodies', 'bodies'],
    ['memberships', 'memberships'],
  ] as const) {
    if (tableExists(table)) counts[key] = count(`SELECT count(*) FROM ${table}`);
  }
  return counts;
}

// ---- Bodies, memberships and partners ----

const SECTOR_ROTATION = ['zorg', 'ondernemers', 'werkgevers', 'bewoners', 'welzijn', 'sport', 'onderwijs'] as const;

/**
 * The programmateam (the first nine people, who attend its meetings, with two trekkers per theme), a kernteam,
 * and over the years: professionals who join the programmateam for a few years, a werkgroep a year with
 * members who come and go, and partners who join with sector, contribution and "waarom" — some leave again.
 */
async function generateBodies(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'bodies');
  const text = new DutchText(rng);
  const bodies = await call(core, 'bodies:list', {});
  const bodyId = (kind: string) => bodies.find((b) => b.kind === kind)!.id;
  const team = bodyId('programmateam');
  const kern = bodyId('kernteam');
  const since = `${spec.firstYear}-01-01`;
  const themes = ctx.themeIds.slice(0, 5);
  for (const [i, person] of ctx.people.slice(0, 9).entries()) {
    const themeId = i < themes.length * 2 - 1 ? themes[i % themes.length]! : null;
    await call(core, 'memberships:add', { bodyId: team, personId: person.id, role: themeId ? 'trekker' : 'lid', themeId, startsOn: since });
  }
  for (const person of ctx.people.slice(0, 4)) {
    await call(core, 'memberships:add', { bodyId: kern, personId: person.id, role: person === ctx.people[0] ? 'programmaleider' : 'coordinator', startsOn: since });
  }
  if (spec.kind === 'empty') return;

  const end = (year: number, plusYears: number) => (year + plusYears <= LAST_YEAR ? `${year + plusYears}-${pad(rng.int(1, 12))}-01` : null);
  for (let year = spec.firstYear; year < spec.firstYear + spec.years; year++) {
    setSimulatedTime(`${year}-01-05T09:00:00Z`);
    // Two professionals join the programmateam for a few years, as trekker or coördinator of a theme.
    for (let k = 0; k < 2; k++) {
      const organisation = rng.pick(ctx.organisations);
      const person = await call(core, 'people:create', { name: `${text.title().split(' ')[0]} ${year}-${k + 1}`.slice(0, 200), organisationId: organisation.id, role: 'lid', bodyId: null });
      const startsOn = `${year}-${pad(rng.int(1, 12))}-01`;
      await call(core, 'memberships:add', {
        bodyId: team,
        personId: person.id,
        role: rng.chance(0.7) ? 'trekker' : 'coordinator',
        themeId: rng.pick(themes),
        startsOn,
        endsOn: end(year, rng.int(2, 5)),
      });
    }
    // A werkgroep a year, with members from the partners for a year or three.
    const group = await call(core, 'bodies:createWorkgroup', { name: `Werkgroep ${text.title()} ${year}`.slice(0, 200), purpose: text.sentences(1, 1) });
    for (const [i, person] of rng.sample(ctx.people, rng.int(4, 8)).entries()) {
      await call(core, 'memberships:add', {
        bodyId: group.id,
        personId: person.id,
        role: i === 0 ? 'voorzitter' : 'lid',
        startsOn: `${year}-${pad(rng.int(1, 6))}-01`,
        endsOn: end(year, rng.int(1, 3)),
      });
    }
    // Every other year a partner joins; some leave a few years later.
    if (year % 2 === 0) {
      const sector = SECTOR_ROTATION[(year / 2) % SECTOR_ROTATION.length]!;
      const organisation = await call(core, 'organisations:create', {
        name: `${text.title()} ${year}`.slice(0, 200),
        sector,
        joinedOn: `${year}-${pad(rng.int(1, 12))}-01`,
        contribution: text.sentences(1, 2),
        why: text.sentences(1, 2),
      });
      await call(core, 'people:create', { name: `Vertegenwoordiger ${organisation.name}`.slice(0, 200), organisationId: organisation.id, role: 'lid' });
      const leaves = end(year, rng.int(3, 8));
      if (leaves && rng.chance(0.3)) await call(core, 'organisations:setLeft', { id: organisation.id, leftOn: leaves });
    }
  }
}

// ---- Interventions, plans, indicators, registers, milestones ----

const INTERVENTION_HEADS = [
  'Buurtkamer',
  'Wijkbedrijf',
  'Brugfunctionaris',
  'Huiskamer',
  'Jongerenpunt',
  'Taalcafé',
  'Schuldhulpmaatje',
  'Beweegtuin',
  'Buurtsportcoach',
  'Voorleesexpress',
  'Klussendienst',
  'Straatcoach',
  'Moedercentrum',
  'Energiecoach',
  'Talentenhuis',
  'Wijkwinkel',
];

function dateIn(rng: Rng, firstYear: number, years: number): string {
  const year = firstYear + rng.int(0, years - 1);
  const month = rng.int(1, year === LAST_YEAR ? 10 : 12);
  return `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
}

async function generateInterventions(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'interventions');
  const text = new DutchText(rng);
  const toCreate = Math.max(0, spec.interventions - ctx.profileInterventionIds.length);
  const dates = Array.from({ length: toCreate }, () => dateIn(rng, spec.firstYear, spec.years)).sort();
  for (const [n, date] of dates.entries()) {
    setSimulatedTime(`${date}T10:00:00Z`);
    const kind = rng.weighted([
      ['lopend initiatief', 5],
      ['koppelkans', 3],
      ['aanvullende kans', 2],
    ] as const);
    const status = rng.weighted<InterventionStatus>([
      ['idee', 1],
      ['gepland', 1],
      ['lopend', 4],
      ['structureel', 2],
      ['afgerond', 3],
      ['gestopt', 1],
    ]);
    const detail = await call(core, 'interventions:create', {
      title: `${rng.pick(INTERVENTION_HEADS)} ${rng.pick(WIJKEN)} ${date.slice(0, 4)}-${n + 1}`,
      kind,
      status,
      summary: text.sentence(),
      description: text.sentences(2, 5),
      partners: rng.sample(ctx.organisations, rng.int(1, 3)).map((o) => o.name),
      themeIds: rng.sample(ctx.themeIds, rng.int(1, 2)),
      wijkIds: rng.sample(ctx.wijkIds, rng.int(1, 2)),
      // A fixed answer: drawing it from the generator would shift every record after it.
      ...(kind === 'koppelkans' ? { criterion: 'Meer kansen en mogelijkheden voor de bewoners van Groningen-Noord.' } : {}),
    });
    if (rng.chance(0.7)) {
      await call(core, 'interventions:setTrekkers', { id: detail.id, personIds: rng.sample(ctx.people, rng.int(1, 2)).map((p) => p.id) });
    }
    if (rng.chance(0.5)) {
      await call(core, 'interventions:setChain', {
        id: detail.id,
        goal: text.sentences(1, 2),
        means: text.sentences(1, 3),
        results: text.sentences(1, 2),
        impact: text.sentences(1, 2),
      });
    }
    for (let p = rng.int(0, 2); p > 0; p--) {
      const agreed = rng.int(5, 200);
      await call(core, 'prestaties:create', {
        interventionId: detail.id,
        description: text.action(),
        agreedNumber: agreed,
        deliveredNumber: rng.chance(0.7) ? Math.round(agreed * (0.5 + rng.next())) : null,
        period: date.slice(0, 4),
      });
    }
  }
}

async function generatePlans(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'plans');
  const text = new DutchText(rng);
  const last = spec.firstYear + spec.years - 1;
  setSimulatedTime(`${spec.firstYear}-01-10T10:00:00Z`);
  await call(core, 'plans:create', {
    kind: 'gebiedsplan',
    title: `Gebiedsplan Groningen-Noord ${spec.firstYear}–${spec.firstYear + 19}`,
    periodFrom: `${spec.firstYear}-01-01`,
    periodTo: `${spec.firstYear + 19}-12-31`,
    status: 'lopend',
    description: text.sentences(4, 8),
    themeIds: ctx.themeIds,
    wijkIds: ctx.wijkIds,
  });
  for (let year = spec.firstYear; year <= last; year++) {
    setSimulatedTime(`${year - 1}-11-15T10:00:00Z`);
    await call(core, 'plans:create', {
      kind: 'uitvoeringsprogramma',
      title: `Uitvoeringsprogramma ${year}`,
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      status: year < LAST_YEAR ? 'afgerond' : 'lopend',
      description: text.sentences(3, 6),
      themeIds: rng.sample(ctx.themeIds, 3),
      interventionIds: rng.sample(ctx.profileInterventionIds, 5),
    });
    if ((year - spec.firstYear) % 4 === 0) {
      for (const wijkId of ctx.wijkIds) {
        await call(core, 'plans:create', {
          kind: 'wijkuitvoeringsplan',
          title: `Wijkuitvoeringsplan ${wijkId} ${year}–${year + 3}`,
          periodFrom: `${year}-01-01`,
          periodTo: `${year + 3}-12-31`,
          status: year + 3 < LAST_YEAR ? 'afgerond' : 'lopend',
          description: text.sentences(2, 5),
          wijkIds: [wijkId],
          themeIds: rng.sample(ctx.themeIds, 2),
        });
      }
    }
  }
}

// ---- Keurmerk reviews of plans and interventions ----

const KEURMERK_EXPLANATIONS: Record<Exclude<Answer, 'ja'>, string> = {
  deels: 'Voor een deel; de rest volgt in het volgende uitvoeringsprogramma.',
  nee: 'Nog niet; afgesproken is dat de trekkers dit oppakken.',
  nvt: 'Speelt bij dit onderdeel niet.',
};

/**
 * Every plan is held against the seven vinkjes once a year while it runs (the gebiedsplan twenty times), and
 * about two in three interventions one to three times after they start; one review in six stops partway, and a
 * third of the plans changed after their last review, so lists show outdated reviews too. Returns the gebiedsplan.
 */
async function generateKeurmerk(ctx: Context): Promise<number | null> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'keurmerk');
  const text = new DutchText(rng);
  const answer = (): Answer => rng.weighted<Answer>([['ja', 6], ['deels', 3], ['nee', 1], ['nvt', 1]]);
  const review = async (subject: KeurmerkSubject, at: string) => {
    setSimulatedTime(at);
    const started = await call(core, 'keurmerk:start', { subject, reviewer: rng.pick(ctx.people).name });
    const r = started.reviews[0]!;
    const upTo = rng.chance(1 / 6) ? rng.int(1, r.checklist.items.length - 1) : r.checklist.items.length;
    let minute = 0;
    for (const ci of r.checklist.items.slice(0, upTo)) {
      setSimulatedTime(new Date(new Date(at).getTime() + ++minute * 60_000).toISOString());
      const a = answer();
      await call(core, 'keurmerk:answer', { reviewId: r.id, checklistItemId: ci.id, answer: a, explanation: a === 'ja' ? '' : KEURMERK_EXPLANATIONS[a] });
    }
  };
  const end = `${LAST_YEAR}-11-01`;
  let gebiedsplan: number | null = null;
  for (const plan of await call(core, 'plans:list', {})) {
    if (plan.kind === 'gebiedsplan') gebiedsplan = plan.id;
    const from = Math.max(Number(plan.updatedAt.slice(0, 4)) + 1, spec.firstYear);
    const to = Math.min(Number((plan.periodTo ?? end).slice(0, 4)), LAST_YEAR);
    for (let year = from; year <= to; year++) await review({ kind: 'plan', id: plan.id }, `${year}-03-${String(rng.int(10, 28))}T10:00:00Z`);
    if (from <= to && rng.chance(1 / 3)) {
      setSimulatedTime(`${to}-10-${String(rng.int(10, 28))}T10:00:00Z`);
      const { id, updatedAt: _u, trackKey: _t, planNote: _n, ...fields } = plan;
      await call(core, 'plans:update', { id, ...fields, description: `${plan.description} ${text.sentence()}` });
    }
  }
  const changed = core.db.prepare('SELECT id, updated_at AS updatedAt FROM interventions').all() as { id: string; updatedAt: string | null }[];
  for (const i of changed) {
    if (!rng.chance(2 / 3)) continue;
    const from = i.updatedAt ? new Date(i.updatedAt).getTime() : new Date(`${spec.firstYear}-01-15T10:00:00Z`).getTime();
    const span = new Date(`${end}T10:00:00Z`).getTime() - from;
    if (span <= 0) continue;
    const times = Array.from({ length: rng.int(1, 3) }, () => from + 86_400_000 + Math.floor(rng.next() * span)).sort((a, b) => a - b);
    for (const t of times) await review({ kind: 'interventie', id: i.id }, new Date(Math.min(t, from + span)).toISOString());
  }
  return gebiedsplan;
}

const INDICATOR_BASES: [string, string, 'hoger' | 'lager'][] = [
  ['leren', 'Startkwalificatie behaald', 'hoger'],
  ['leren', 'Voortijdig schoolverlaters', 'lager'],
  ['leren', 'Kinderen met taalachterstand', 'lager'],
  ['leren', 'Deelname voorschoolse educatie', 'hoger'],
  ['leren', 'Schooladvies havo of hoger', 'hoger'],
  ['werken', 'Werkloosheid', 'lager'],
  ['werken', 'Bijstandsuitkeringen', 'lager'],
  ['werken', 'Huishoudens met problematische schulden', 'lager'],
  ['werken', 'Jongeren zonder werk of opleiding', 'lager'],
  ['werken', 'Netto arbeidsparticipatie', 'hoger'],
  ['wonen', 'Tevredenheid met de woning', 'hoger'],
  ['wonen', 'Woningen aangesloten op het warmtenet', 'hoger'],
  ['wonen', 'Verhuisgeneigdheid', 'lager'],
  ['wonen', 'Energiearmoede', 'lager'],
  ['wonen', 'Tevredenheid met de buurt', 'hoger'],
  ['veilig-zijn', 'Zich onveilig voelen in de buurt', 'lager'],
  ['veilig-zijn', 'Meldingen van overlast', 'lager'],
  ['veilig-zijn', 'Woninginbraken', 'lager'],
  ['veilig-zijn', 'Huiselijk geweld (meldingen)', 'lager'],
  ['veilig-zijn', 'Vertrouwen in de politie', 'hoger'],
  ['meedoen', 'Vrijwilligerswerk', 'hoger'],
  ['meedoen', 'Eenzaamheid', 'lager'],
  ['meedoen', 'Contact met buurtgenoten', 'hoger'],
  ['meedoen', 'Bewoners die zich gehoord voelen', 'hoger'],
  ['meedoen', 'Deelname aan buurtactiviteiten', 'hoger'],
  ['zorg-sport-gezondheid', 'Ervaren gezondheid goed', 'hoger'],
  ['zorg-sport-gezondheid', 'Overgewicht bij kinderen', 'lager'],
  ['zorg-sport-gezondheid', 'Sportdeelname', 'hoger'],
  ['zorg-sport-gezondheid', 'Jeugdhulp in gebruik', 'lager'],
  ['zorg-sport-gezondheid', 'Psychische klachten', 'lager'],
];
const INDICATOR_GROUPS = ['totaal', '0-17 jaar', '18-26 jaar', '27-64 jaar', '65 jaar en ouder', 'huishoudens'];

/**
 * The programme's money over the years: an NPLV programme line a year where the plan seeded none, and for
 * about a fifth of the interventions each year one to three partner contributions — money, capacity (hours or
 * FTE, sometimes valued) or otherwise — committed, realised or still needed.
 */
async function generateMoney(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'money');
  const text = new DutchText(rng);
  const interventions = (await call(core, 'interventions:list', {})).map((i) => i.id);
  const seededYears = new Set((await call(core, 'money:list', { programmeOnly: true })).map((l) => l.year));
  const last = spec.firstYear + spec.years - 1;
  for (let year = spec.firstYear; year <= last; year++) {
    setSimulatedTime(`${year}-02-01T10:00:00Z`);
    if (!seededYears.has(year)) {
      await call(core, 'money:create', {
        year,
        kind: 'geld',
        source: 'nplv',
        status: year < LAST_YEAR ? 'gerealiseerd' : 'toegezegd',
        purpose: 'Programmaorganisatie en het gesprek in de wijken',
        amountCents: rng.int(30_000, 60_000) * 1_000,
      });
    }
    for (const interventionId of rng.sample(interventions, Math.ceil(interventions.length / 5))) {
      for (let n = rng.int(1, 3); n > 0; n--) {
        const kind = rng.pick(['geld', 'geld', 'capaciteit', 'anders'] as const);
        const status = year < LAST_YEAR ? rng.pick(['toegezegd', 'gerealiseerd', 'gerealiseerd'] as const) : rng.pick(['benodigd', 'toegezegd'] as const);
        const organisationId = rng.pick(ctx.organisations).id;
        const source = rng.pick(['nplv', 'regulier', 'regulier', 'extern'] as const);
        if (kind === 'geld') {
          await call(core, 'money:create', { year, kind, source, status, organisationId, interventionId, purpose: text.sentences(1, 1), amountCents: rng.int(1, 2_000_000) * 5 });
        } else if (kind === 'capaciteit') {
          const fte = rng.chance(0.5);
          await call(core, 'money:create', {
            year, kind, source, status, organisationId, interventionId,
            capacityHundredths: fte ? rng.int(10, 200) : rng.int(8, 400) * 100,
            capacityUnit: fte ? 'fte' : 'uur',
            amountCents: rng.chance(0.4) ? rng.int(1_000, 80_000) * 100 : null,
          });
        } else {
          await call(core, 'money:create', { year, kind, source: 'anders', status, organisationId, interventionId, purpose: `Ruimte en kennis: ${text.sentences(1, 1)}` });
        }
      }
    }
  }
}

async function generateIndicators(ctx: Context): Promise<number | null> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'indicators');
  const text = new DutchText(rng);
  setSimulatedTime(`${spec.firstYear}-01-15T10:00:00Z`);
  const indicators: { id: number; name: string; base: number; trend: number }[] = [];
  for (let n = 0; n < spec.indicators; n++) {
    const [themeId, name, better] = INDICATOR_BASES[n % INDICATOR_BASES.length]!;
    const group = INDICATOR_GROUPS[Math.floor(n / INDICATOR_BASES.length) % INDICATOR_GROUPS.length]!;
    const created = await call(core, 'indicators:create', {
      themeId: ctx.themeIds.includes(themeId) ? themeId : ctx.themeIds[0]!,
      name: `${name} (${group})${n >= INDICATOR_BASES.length * INDICATOR_GROUPS.length ? ` ${n}` : ''}`,
      unit: '%',
      source: 'Basismonitor Groningen',
      better,
      description: text.sentence(),
    });
    indicators.push({ id: created.id, name: created.name, base: rng.int(5, 60), trend: (rng.next() - 0.5) * 0.2 });
  }
  const areas = [...ctx.wijkIds, 'groningen'];
  const offsets = new Map(areas.map((a) => [a, a === 'groningen' ? 0 : rng.int(-8, 12)]));
  for (let year = spec.firstYear; year < spec.firstYear + spec.years; year++) {
    for (let q = 1; q <= 4; q++) {
      // Each quarter the Basismonitor export is read in as the app reads it: one CSV, one transaction.
      setSimulatedTime(`${q === 4 ? year + 1 : year}-${pad(q === 4 ? 1 : q * 3 + 1)}-15T10:00:00Z`);
      const t = (year - spec.firstYear) * 4 + q;
      const lines = ['indicator;gebied;periode;waarde;bron'];
      for (const indicator of indicators) {
        for (const area of areas) {
          const value = Math.max(0, indicator.base + offsets.get(area)! + indicator.trend * t + (rng.next() - 0.5) * 3);
          lines.push(`${indicator.name};${area};${year}-Q${q};${(Math.round(value * 10) / 10).toFixed(1)};Basismonitor Groningen`);
        }
      }
      const result = await call(core, 'indicators:importCommit', { csv: `${lines.join('\n')}\n` });
      if (result.written !== indicators.length * areas.length) throw new Error(`indicatorimport ${year}-Q${q}: ${JSON.stringify(result)}`);
    }
  }
  return indicators[0]?.id ?? null;
}

const REGISTER_TITLES: Record<RegisterKind, string[]> = {
  ervaringsverhaal: ['Ervaring van een bewoner uit {wijk}', 'Verhaal over {object}', 'Hoe het is om in {wijk} op te groeien'],
  bewonersfeedback: ['Reactie op de bewonersavond in {wijk}', 'Feedback over {object}', 'Wat bewoners van {wijk} vragen'],
  leerpunt: ['Leerpunt: {object}', 'Wat we leerden in {wijk}', 'Evaluatie van {object}'],
  norm: ['Norm: we praten met bewoners, niet over bewoners', 'Norm: afspraak is afspraak in {wijk}', 'Norm rond {object}'],
  succes: ['Succes: {object}', 'Mijlpaal bereikt in {wijk}', 'Eerste resultaten van {object}'],
};

async function generateRegisters(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'registers');
  const text = new DutchText(rng);
  const dates = Array.from({ length: spec.registerEntries }, () => dateIn(rng, spec.firstYear, spec.years)).sort();
  for (const date of dates) {
    setSimulatedTime(`${date}T14:00:00Z`);
    const kind = rng.weighted<RegisterKind>([
      ['ervaringsverhaal', 3],
      ['bewonersfeedback', 3],
      ['leerpunt', 2],
      ['norm', 1],
      ['succes', 1],
    ]);
    const celebrated = kind === 'succes' ? rng.chance(0.6) : false;
    const entry = await call(core, 'registers:create', {
      kind,
      date,
      title: text.phrase(REGISTER_TITLES[kind]).slice(0, 300),
      text: text.sentences(2, 7),
      sourceKind: rng.weighted([
        ['bewoner', 5],
        ['professional', 3],
        ['organisatie', 2],
      ] as const),
      sourceName: rng.chance(0.5) ? rng.pick(ctx.people).name : rng.pick(ctx.organisations).name,
      // A named resident needs a grondslag; set on every entry so the random sequence stays what it was.
      grondslag: 'publieke-taak',
      ...(kind === 'norm' ? { kept: rng.pick(['ja', 'deels', 'nee', 'onbekend'] as const) } : {}),
      ...(kind === 'succes' ? { celebrated: celebrated ? ('ja' as const) : ('nee' as const), celebration: celebrated ? text.sentence() : '' } : {}),
      themeIds: rng.sample(ctx.themeIds, rng.int(1, 2)),
      wijkIds: rng.sample(ctx.wijkIds, 1),
      interventionIds: rng.chance(0.4) ? rng.sample(ctx.profileInterventionIds, 1) : [],
    });
    ctx.entries.push({ id: entry.id, date, kind });
  }
}

// ---- The plan's work: tracks, the chain, koppelkans links, knelpunten, sturingsvragen ----

const KNELPUNT_HEADS = ['Terugvordering toeslagen', 'Wachtlijst schuldhulp', 'Kostendelersnorm', 'Urgentieregeling', 'Leerlingenvervoer', 'Bijzondere bijstand'];

/** The ten tracks progressed, chains linked for half the interventions, koppelkansen linked, and knelpunten over the years. */
async function generatePlanWork(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'planwork');
  const text = new DutchText(rng);
  setSimulatedTime(`${spec.firstYear}-02-01T10:00:00Z`);
  for (const t of (await call(core, 'plans:list', {})).filter((p) => p.trackKey !== null)) {
    await call(core, 'plans:update', {
      id: t.id,
      kind: t.kind,
      title: t.title,
      periodFrom: t.periodFrom,
      periodTo: t.periodTo,
      status: rng.pick(['lopend', 'afgerond'] as const),
      description: t.description,
      owner: rng.pick(ctx.people).name,
      progress: rng.int(0, 100),
    });
  }
  const indicators = (await call(core, 'indicators:list', {})).map((i) => i.id);
  const interventions = (await call(core, 'interventions:list', {})).map((i) => i.id);
  for (const id of interventions) {
    if (!rng.chance(0.5)) continue;
    await call(core, 'chain:setLinks', {
      interventionId: id,
      trend: text.sentence(),
      ambitionThemeId: rng.pick(ctx.themeIds),
      indicatorIds: indicators.length > 0 ? rng.sample(indicators, Math.min(indicators.length, rng.int(1, 3))) : [],
    });
  }
  for (let n = 0; n < interventions.length / 2; n++) {
    const [a, b] = rng.sample(interventions, 2);
    await call(core, 'koppelkansen:link', { interventionId: a!, otherId: b!, note: text.sentence() });
  }
  for (let year = spec.firstYear; year < spec.firstYear + spec.years; year++) {
    for (let n = 0; n < 20; n++) {
      const raisedOn = `${year}-${pad(rng.int(1, year === LAST_YEAR ? 10 : 12))}-${pad(rng.int(1, 28))}`;
      setSimulatedTime(`${raisedOn}T10:00:00Z`);
      const k = await call(core, 'knelpunten:create', {
        raisedOn,
        title: `${rng.pick(KNELPUNT_HEADS)} ${rng.pick(WIJKEN)} ${year}-${n + 1}`,
        description: text.sentences(1, 3),
        raisedBy: rng.pick(ctx.organisations).name,
        owner: rng.pick(ctx.organisations).name,
      });
      if (year < LAST_YEAR || rng.chance(0.5)) {
        await call(core, 'knelpunten:update', { id: k.id, raisedOn, title: k.title, status: rng.pick(['opgelost', 'niet oplosbaar', 'in behandeling'] as const), followUp: text.sentence() });
      }
    }
  }
}

/** The sturingsvragen answered at a coalition meeting, before its minutes are adopted. */
async function answerSteering(ctx: Context, meetingId: number): Promise<void> {
  const rng = rngFor(ctx.spec.seed, `steering-${meetingId}`);
  const text = new DutchText(rng);
  const assessment = () => rng.pick(['ja', 'deels', 'nee'] as const);
  await call(ctx.core, 'steering:set', {
    meetingId,
    focus: assessment(),
    focusNote: text.sentence(),
    rightThings: assessment(),
    rightThingsNote: text.sentence(),
    goingWell: text.sentences(1, 2),
    toAdjust: text.sentences(1, 2),
  });
}

async function generateMilestones(ctx: Context): Promise<void> {
  const { core, spec } = ctx;
  const rng = rngFor(spec.seed, 'milestones');
  const text = new DutchText(rng);
  for (let year = spec.firstYear; year < spec.firstYear + spec.years; year++) {
    for (const month of [2, 6, 10]) {
      setSimulatedTime(`${year - 1}-12-01T10:00:00Z`);
      await call(core, 'milestones:create', {
        date: `${year}-${pad(month)}-${pad(rng.int(1, 28))}`,
        title: rng.pick(['Wijkmonitor verschijnt', 'Bewonersavond', 'Evaluatie uitvoeringsprogramma', 'Begroting gemeenteraad', 'Werkbezoek minister']),
        description: text.sentence(),
      });
    }
  }
}

// ---- Meetings ----

interface MeetingState {
  /** The last held meeting per body, whose minutes the next one adopts. */
  previousHeld: Map<Body, number>;
  /** Actions to close at the n-th held meeting of a body: key `${body}:${n}`. */
  closeAt: Map<string, { id: number; status: 'gereed' | 'vervallen' }[]>;
  bodyIndex: Map<Body, number>;
  heldIndex: number;
}

const VINKJE_FOR_KIND: Record<RegisterKind, number> = { ervaringsverhaal: 1, leerpunt: 3, bewonersfeedback: 4, norm: 6, succes: 7 };
const PLACES = ['Stadhuis Groningen', 'Wijkcentrum Selwerd', 'Het Pand, Paddepoel', 'Wijkcentrum Beijum', 'Dorpshuis Lewenborg', 'Wijkcentrum de Wijert'];

function minusDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString();
}

/** The wall-clock start as a UTC instant (Groningen is an hour or two ahead; an hour is close enough here). */
const at = (startsAt: string, plusMinutes = 0) => new Date(new Date(`${startsAt}:00Z`).getTime() - 3_600_000 + plusMinutes * 60_000).toISOString();

async function generateMeeting(
  ctx: Context,
  plan: MeetingPlan,
  state: MeetingState,
  actionsPerMeeting: number,
): Promise<{ id: number; decisionItemIds: number[] }> {
  const { core, spec } = ctx;
  // Content from the meeting's own stream: the same meeting has the same agenda in every archive.
  const rng = rngFor(spec.seed, `meeting:${plan.key}`);
  const text = new DutchText(rng);
  const month = Number(plan.startsAt.slice(5, 7));
  const chair = ctx.people[0]!;
  const notulist = ctx.people.find((p) => p.name === 'Bert Popken') ?? ctx.people[1]!;

  setSimulatedTime(minusDays(plan.startsAt, 21));
  const meeting = await call(core, 'meetings:create', {
    body: plan.body,
    title: `${plan.body === 'coalitie' ? 'Coalitieoverleg' : 'Programmateam'} ${MONTHS[month - 1]} ${plan.year}`,
    startsAt: plan.startsAt,
    place: plan.body === 'coalitie' ? PLACES[0]! : rng.pick(PLACES),
    chairId: chair.id,
    notulistId: notulist.id,
  });

  const total = plan.fixed ? 25 : rng.int(23, 27);
  const decisions = plan.fixed ? 12 : rng.int(10, 15);
  const middle = total - 5;
  const middleKinds = rng.shuffle([
    ...Array.from({ length: decisions }, () => 'besluit' as const),
    ...Array.from({ length: middle - decisions }, () => rng.pick(['bespreking', 'bespreking', 'informatie'] as const)),
  ]);
  const kinds = ['opening', 'vaststelling-notulen', 'actielijst', ...middleKinds, 'rondvraag', 'sluiting'] as const;
  const fixedTitles: Partial<Record<(typeof kinds)[number], string>> = {
    opening: 'Opening en mededelingen',
    'vaststelling-notulen': 'Vaststelling notulen vorige vergadering',
    actielijst: 'Actielijst',
    rondvraag: 'Rondvraag',
    sluiting: 'Sluiting',
  };
  const items: { id: number; kind: (typeof kinds)[number] }[] = [];
  for (const [n, kind] of kinds.entries()) {
    const isDecision = kind === 'besluit';
    const item = await call(core, 'agenda:add', {
      meetingId: meeting.id,
      kind,
      title: fixedTitles[kind] ?? `${text.title()}${isDecision ? '' : ` (${kind})`}`.slice(0, 200),
      description: kind === 'opening' || kind === 'sluiting' ? '' : text.sentences(1, 3),
      presenter: n < 3 || n >= kinds.length - 2 ? chair.name : rng.pick(ctx.people).name,
      ...(isDecision ? { proposal: text.sentences(2, 4) } : {}),
      themeIds: isDecision || rng.chance(0.5) ? rng.sample(ctx.themeIds, rng.int(1, 2)) : [],
      wijkIds: isDecision ? rng.sample(ctx.wijkIds, rng.int(0, 2)) : [],
      interventionIds: isDecision ? rng.sample(ctx.profileInterventionIds, rng.int(0, 2)) : [],
    });
    items.push({ id: item.id, kind });
  }
  const decisionItemIds = items.filter((i) => i.kind === 'besluit').map((i) => i.id);
  if (!plan.held) return { id: meeting.id, decisionItemIds };

  // ---- The meeting itself ----
  setSimulatedTime(at(plan.startsAt));
  await call(core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  const attendees = plan.body === 'coalitie' ? ctx.people : ctx.people.slice(0, 9);
  for (const person of attendees) {
    const status = rng.weighted<AttendanceStatus>([
      ['aanwezig', 85],
      ['afwezig-met-bericht', 11],
      ['afwezig', 4],
    ]);
    await call(core, 'attendance:set', { meetingId: meeting.id, personId: person.id, status });
  }

  // Archive-dependent steps draw from their own stream, so the meeting's content stays the same.
  const history = rngFor(spec.seed, `history:${plan.key}`);
  const previous = state.previousHeld.get(plan.body);
  if (previous !== undefined) {
    setSimulatedTime(at(plan.startsAt, 10));
    await call(core, 'minutes:adopt', {
      meetingId: previous,
      atMeetingId: meeting.id,
      ...(history.chance(0.1) ? { corrections: new DutchText(history).sentences(1, 2) } : {}),
    });
  }
  const n = state.bodyIndex.get(plan.body) ?? 0;
  state.bodyIndex.set(plan.body, n + 1);
  for (const close of state.closeAt.get(`${plan.body}:${n}`) ?? []) {
    await call(core, 'actions:setStatus', { id: close.id, status: close.status, meetingId: meeting.id });
  }
  state.closeAt.delete(`${plan.body}:${n}`);

  const followUpCandidates: { agendaItemId: number; checklistItemId: number }[] = [];
  let minute = 15;
  for (const [index, item] of items.entries()) {
    minute += 4;
    setSimulatedTime(at(plan.startsAt, minute));
    if (item.kind === 'besluit' || rng.chance(0.7)) {
      let notes = text.sentences(2, 5);
      if (index === 0 && state.heldIndex % 50 === 10) notes += ` Het bewonersinitiatief aan het ${RARE_WORD} wordt genoemd als voorbeeld.`;
      await call(core, 'agenda:setNotes', { id: item.id, notes });
    }
    if (item.kind !== 'besluit') continue;
    for (const ci of ctx.checklist) {
      const answer = rng.weighted<Answer>([
        ['ja', 58],
        ['deels', 22],
        ['nee', 8],
        ['nvt', 12],
      ]);
      const explanation = answer === 'ja' ? (rng.chance(0.8) ? text.sentences(1, 2) : '') : text.sentences(1, 3);
      await call(core, 'reviews:answer', { agendaItemId: item.id, checklistItemId: ci.id, answer, explanation });
      if (answer === 'deels' || answer === 'nee') followUpCandidates.push({ agendaItemId: item.id, checklistItemId: ci.id });
    }
    if (ctx.entries.length > 0 && history.chance(0.25) && isChannel('reviews:cite')) {
      const date = plan.startsAt.slice(0, 10);
      const before = ctx.entries.filter((e) => e.date < date).slice(-300);
      for (const entry of history.sample(before, history.int(1, 2))) {
        const ci = ctx.checklist.find((c) => c.position === VINKJE_FOR_KIND[entry.kind]) ?? ctx.checklist[0]!;
        await call(core, 'reviews:cite', { agendaItemId: item.id, checklistItemId: ci.id, registerEntryIds: [entry.id] });
      }
    }
    const outcome = rng.weighted<Outcome>([
      ['aangenomen', 75],
      ['aangenomen-met-wijzigingen', 12],
      ['aangehouden', 7],
      ['verworpen', 3],
      ['ingetrokken', 3],
    ]);
    await call(core, 'decisions:decide', { agendaItemId: item.id, outcome, text: text.sentences(1, 3) });
  }

  // Action items: follow-ups of vinkjes answered deels or nee, then actions of decisions and of the meeting.
  const target = Math.max(0, Math.round(actionsPerMeeting + (rng.next() - 0.5) * 6));
  const followUps = rng.sample(followUpCandidates, Math.round(target * 0.6));
  const startDay = plan.startsAt.slice(0, 10);
  for (let a = 0; a < target; a++) {
    const followUp = followUps[a];
    const agendaItemId = followUp?.agendaItemId ?? (rng.chance(0.8) ? rng.pick(decisionItemIds) : null);
    const owner = rng.chance(0.7) ? { ownerPersonId: rng.pick(ctx.people).id } : { ownerOrganisationId: rng.pick(ctx.organisations).id };
    const due = new Date(`${startDay}T12:00:00Z`);
    due.setUTCDate(due.getUTCDate() + rng.int(21, 180));
    const action = await call(core, 'actions:create', {
      meetingId: meeting.id,
      agendaItemId,
      checklistItemId: followUp?.checklistItemId ?? null,
      description: text.action().slice(0, 2000),
      ...owner,
      dueDate: due.toISOString().slice(0, 10),
    });
    // Most actions are done within a few meetings; a few stay open for years, as they do.
    if (history.chance(0.98)) {
      const key = `${plan.body}:${n + history.int(1, 4)}`;
      const list = state.closeAt.get(key) ?? [];
      list.push({ id: action.id, status: history.chance(0.88) ? 'gereed' : 'vervallen' });
      state.closeAt.set(key, list);
    }
  }

  setSimulatedTime(at(plan.startsAt, minute + 20));
  await call(core, 'meetings:setStatus', { id: meeting.id, status: 'gehouden' });
  state.previousHeld.set(plan.body, meeting.id);
  state.heldIndex++;
  return { id: meeting.id, decisionItemIds };
}

