// `npm run bench` (twenty years) and `npm run bench:smoke` (two years): generates or reuses the archive, measures
// the store, every screen's data call against its raw query, the web host over HTTP, the exports, Chromium on the
// full and the empty archive, the first screen's bundle and the web host's memory; checks the budgets of issue 6;
// prints a table and writes bench/results/<date>-<mode>.json. Run through bench/bench.mjs (which builds first).
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { openCore } from '../main/core/core';
import type { Channel } from '../shared/contract';
import type { MeetingDetail } from '../shared/domain';
import { answerVinkje, changeRoute, launchChromium, nextItem, openScreen, saveStaticCopy, type HostRef, type PaintTarget } from './browser';
import { ensureArchive, type ArchiveManifest } from './generate';
import { collectGarbage, measure, round, summarise, type Stats } from './measure';
import { busiestBudgetIntervention, rawQueries } from './raw';
import { startWebHostProcess, type WebHostProcess } from './webhost';

type Verdict = 'PASS' | 'FAIL' | '—';

interface Row {
  section: string;
  name: string;
  unit: 'ms' | 'KB' | 'MB';
  value: number;
  floor?: number | null;
  floorLabel?: string;
  ratio?: number | null;
  budget?: string;
  verdict: Verdict;
  stats?: Stats;
  floorStats?: Stats;
  note?: string;
}

interface CallSpec {
  name: string;
  channel: Channel;
  input: unknown;
  /** The key in raw.ts; absent when there is no raw equivalent. */
  raw?: string;
  /** The screen's budget in ms (10, or 20 for search); absent for calls that are not a screen's first call. */
  budgetMs?: number;
}

const SEED_DEFAULT = 20261128;
/** A static one-heading page written into the bench's renderer build: the floor for a navigation. */
const FLOOR_PAGE = 'bench-floor.html';
/** Meeting mode on a decision as drawn in the warm-up round, saved as a static page (its stylesheets, no script). */
const STATIC_MODE_PAGE = 'bench-meeting-mode-static.html';
/** Meeting mode on a decision is drawn: its seventh vinkje is there. */
const DECISION_DRAWN: PaintTarget = { selector: 'fieldset.vinkje-row legend', text: 'Vinkje 7:' };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      seed: { type: 'string' },
      'skip-browser': { type: 'boolean', default: false },
      'keep-renderer': { type: 'boolean', default: false },
      'generate-only': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const smoke = values.smoke === true;
  const mode = smoke ? 'smoke' : 'full';
  const seed = values.seed === undefined ? SEED_DEFAULT : Number(values.seed);
  const root = process.cwd();
  const cacheDir = join(root, 'bench', '.cache');
  const profilePath = join(root, 'resources', 'groningen-noord.profile.json');
  const serverFile = join(cacheDir, 'dist', 'web', 'server.cjs');
  const rendererDir = join(cacheDir, 'dist', 'renderer');
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const startedAt = new Date();
  const t0 = performance.now();
  const say = (line: string) => console.log(line);

  // ---- Archives ----
  const ensure = { root, cacheDir, profilePath, log: say, fresh: values.fresh === true };
  const archive = await ensureArchive(mode, seed, ensure);
  const empty = await ensureArchive('empty', seed, ensure);
  for (const m of archive.missing) say(`NOTE: not generated: ${m}`);
  if (values['generate-only']) return;

  const work = mkdtempSync(join(tmpdir(), 'coalitietafel-bench-'));
  const copy = (from: string, name: string) => {
    const to = join(work, name);
    copyFileSync(from, to);
    return to;
  };
  const rows: Row[] = [];
  // The smoke run checks that everything works, within CI's minute; the full run is the one to quote.
  const reps = smoke ? { open: 2, browser: 3, exports: 2 } : { open: 5, browser: 7, exports: 5 };
  const timing = smoke ? { warmup: 1, minRuns: 8, minTimeMs: 80 } : { warmup: 3, minRuns: 20, minTimeMs: 800 };
  const hosts: WebHostProcess[] = [];
  try {
    // ---- 1. Opening the store ----
    say('\n1. Opening the store');
    const openFile = copy(archive.file, 'open.sqlite');
    const emptyOpenFile = copy(empty.file, 'open-empty.sqlite');
    const openOnce = (file: string) => () => openCore({ dataFile: file, profilePath, log: () => {}, backupFolder: join(work, 'backups') }).close();
    const floorOnce = (file: string) => () => {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('quick_check(10)');
      db.close();
    };
    const opened = await measure(openOnce(openFile), { warmup: 1, minRuns: reps.open, minTimeMs: 0 });
    const openFloor = await measure(floorOnce(openFile), { warmup: 1, minRuns: reps.open, minTimeMs: 0 });
    const openedEmpty = await measure(openOnce(emptyOpenFile), { warmup: 1, minRuns: reps.open, minTimeMs: 0 });
    rows.push(
      row('Store', `openCore (migrations check, quick_check, profile) — ${mode} archive`, opened, openFloor, 'raw open + quick_check'),
      row('Store', 'openCore — empty archive', openedEmpty),
    );
    // What the user waits for: the store opened and the first screen's (the meetings list's) data in hand.
    // A large archive's whole-file check runs in a worker meanwhile, so this must not grow with the years.
    const firstScreenOnce = (file: string) => async () => {
      const core = openCore({ dataFile: file, profilePath, log: () => {}, backupFolder: join(work, 'backups') });
      try {
        for (const channel of ['rescue:status', 'meetings:list', 'coalition:list'] as const) {
          const result = await core.dispatch(channel, {});
          if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        }
      } finally {
        core.close();
      }
    };
    const firstScreen = await measure(firstScreenOnce(openFile), { warmup: 1, minRuns: reps.open, minTimeMs: 0 });
    const firstScreenEmpty = await measure(firstScreenOnce(emptyOpenFile), { warmup: 1, minRuns: reps.open, minTimeMs: 0 });
    const firstScreenRatio = firstScreen.median / firstScreenEmpty.median;
    rows.push({
      ...row('Store', `store opened → first screen data — ${mode} archive`, firstScreen, firstScreenEmpty, 'empty archive'),
      budget: '≤ 150 ms, ≤ 1.5× empty',
      verdict: firstScreen.median <= 150 && firstScreenRatio <= 1.5 ? 'PASS' : 'FAIL',
    });

    // ---- 2. Every screen's data call: dispatcher against raw ----
    say('2. Each screen\'s data call: dispatcher against the raw query');
    const coreFile = copy(archive.file, 'core.sqlite');
    const core = openCore({ dataFile: coreFile, profilePath, log: (e) => console.error(e), backupFolder: join(work, 'backups') });
    const rawDb = new Database(coreFile, { readonly: true, fileMustExist: true });
    const ids = archive.ids;
    const raw = rawQueries(rawDb, {
      reviewedMeetingId: ids.reviewedMeetingId,
      upcomingMeetingId: ids.upcomingMeetingId,
      fullYear: ids.fullYear,
      indicatorId: ids.indicatorId,
      searchCommon: archive.words.common,
      searchRare: archive.words.rare,
    });
    const calls = callSpecs(archive, raw, 'money:overview' in raw ? busiestBudgetIntervention(rawDb) : null);
    for (const spec of calls) {
      const check = await core.dispatch(spec.channel, spec.input);
      if (!check.ok) throw new Error(`${spec.name}: ${check.error.code} ${check.error.message}`);
      const viaDispatcher = await measure(() => core.dispatch(spec.channel, spec.input), timing);
      const floor = spec.raw ? await measure(raw[spec.raw]!, timing) : null;
      const ratio = floor ? viaDispatcher.median / floor.median : null;
      const verdict: Verdict =
        spec.budgetMs === undefined ? '—' : viaDispatcher.median < spec.budgetMs && (ratio === null || ratio <= 3) ? 'PASS' : 'FAIL';
      rows.push({
        section: 'Data call (dispatcher)',
        name: spec.name,
        unit: 'ms',
        value: viaDispatcher.median,
        floor: floor?.median ?? null,
        floorLabel: floor ? 'raw query' : undefined,
        ratio,
        budget: spec.budgetMs === undefined ? undefined : `< ${spec.budgetMs} ms, ≤ 3× raw`,
        verdict,
        stats: viaDispatcher,
        floorStats: floor ?? undefined,
        note: describeResult(check.value),
      });
      say(`   ${spec.name}: ${round(viaDispatcher.median, 3)} ms${floor ? ` (raw ${round(floor.median, 3)} ms)` : ''}`);
    }

    // ---- 3. Exports ----
    say('3. Exports');
    const largest = ids.largestMeetingId;
    for (const format of ['docx', 'pdf', 'md'] as const) {
      const cold = performance.now();
      const first = await core.dispatch('minutes:export', { meetingId: largest, format });
      const coldMs = performance.now() - cold;
      if (!first.ok) throw new Error(`minutes:export ${format}: ${first.error.message}`);
      const stats = await measure(() => core.dispatch('minutes:export', { meetingId: largest, format }), {
        warmup: 1,
        minRuns: reps.exports,
        minTimeMs: 0,
      });
      rows.push({
        section: 'Export',
        name: `minutes ${format.toUpperCase()}, largest meeting (#${largest})`,
        unit: 'ms',
        value: stats.median,
        budget: '< 500 ms',
        verdict: stats.median < 500 ? 'PASS' : 'FAIL',
        stats,
        note: `first call (loads the module) ${round(coldMs, 0)} ms`,
      });
    }
    const year = ids.fullYear;
    for (const format of ['docx', 'pdf', 'md'] as const) {
      const input = { from: `${year}-01-01`, to: `${year}-12-31`, format };
      const first = await core.dispatch('decisions:export', input);
      if (!first.ok) throw new Error(`decisions:export ${format}: ${first.error.message}`);
      const stats = await measure(() => core.dispatch('decisions:export', input), { warmup: 1, minRuns: reps.exports, minTimeMs: 0 });
      rows.push({ section: 'Export', name: `besluitenlijst ${format.toUpperCase()}, year ${year}`, unit: 'ms', value: stats.median, verdict: '—', stats });
    }
    const dispatcherMedians = new Map(rows.filter((r) => r.section === 'Data call (dispatcher)').map((r) => [r.name, r.value]));
    rawDb.close();
    core.close();

    // The floor for navigation: a static page with one heading, served by the same web host.
    writeFileSync(join(rendererDir, FLOOR_PAGE), '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Vloer</title><h1>Vloer</h1></html>\n');

    // ---- 4. The web host as a child process, on the full and on the empty archive ----
    const fullHost = await startWebHostProcess(serverFile, copy(archive.file, 'host.sqlite'), profilePath);
    hosts.push(fullHost);
    const emptyHost = await startWebHostProcess(serverFile, copy(empty.file, 'host-empty.sqlite'), profilePath);
    hosts.push(emptyHost);

    // ---- 5. Chromium: full against empty ----
    if (!values['skip-browser']) {
      say('4. Chromium: full archive against an empty one');
      rows.push(...(await browserRows(chromiumPath, rendererDir, archive, empty, fullHost, emptyHost, reps.browser, say)));
    }

    // ---- 6. Memory after a working session: every screen above, every data call and every export once ----
    say('5. Memory of the web host');
    for (const spec of calls) await fullHost.rpc(spec.channel, spec.input);
    for (const format of ['docx', 'pdf', 'md'] as const) await fullHost.rpc('minutes:export', { meetingId: largest, format });
    for (const format of ['docx', 'pdf', 'md'] as const) {
      await fullHost.rpc('decisions:export', { from: `${year}-01-01`, to: `${year}-12-31`, format });
    }
    const session = fullHost.memory();
    // DOCX and PDF render in a child process of the host that exits when idle; read its peak before it goes.
    const exportPeak = fullHost.childrenPeakMb();
    if (session) {
      rows.push({
        section: 'Memory',
        name: `web host RSS after a session (every screen, call and export; ${mode} archive)`,
        unit: 'MB',
        value: session.rssMb,
        budget: '< 200 MB',
        verdict: session.rssMb < 200 ? 'PASS' : 'FAIL',
      });
    }
    if (exportPeak !== null) {
      rows.push({
        section: 'Memory',
        name: 'export process peak RSS (renders DOCX and PDF, exits when idle)',
        unit: 'MB',
        value: exportPeak,
        verdict: '—',
      });
    }

    // ---- 7. The same calls over HTTP, timed: the cost of the transport ----
    say('6. The same calls through the web host over HTTP');
    for (const spec of calls) {
      const stats = await measure(async () => {
        const result = await fullHost.rpc(spec.channel, spec.input);
        if (!result.ok) throw new Error(`${spec.name} via HTTP: ${result.error?.message}`);
      }, timing);
      const floor = dispatcherMedians.get(spec.name) ?? null;
      rows.push({
        section: 'Data call (HTTP)',
        name: spec.name,
        unit: 'ms',
        value: stats.median,
        floor,
        floorLabel: 'dispatcher',
        ratio: floor ? stats.median / floor : null,
        verdict: '—',
        stats,
      });
    }
    for (const format of ['docx', 'pdf', 'md'] as const) {
      const stats = await measure(() => fullHost.rpc('minutes:export', { meetingId: largest, format }), { warmup: 1, minRuns: 3, minTimeMs: 0 });
      rows.push({ section: 'Data call (HTTP)', name: `minutes:export ${format} (largest meeting)`, unit: 'ms', value: stats.median, verdict: '—', stats });
    }
    const stressed = fullHost.memory();
    if (stressed) {
      rows.push({
        section: 'Memory',
        name: 'web host RSS after the HTTP timing loops (thousands of calls)',
        unit: 'MB',
        value: stressed.rssMb,
        verdict: '—',
        note: `peak (VmHWM) ${round(stressed.peakRssMb, 0)} MB`,
      });
    }
    const emptyMemory = emptyHost.memory();
    if (emptyMemory) rows.push({ section: 'Memory', name: 'web host RSS, empty archive (after Chromium)', unit: 'MB', value: emptyMemory.rssMb, verdict: '—' });
  } finally {
    for (const host of hosts) await host.stop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }

  // ---- 7. The first screen's JavaScript and CSS ----
  rows.push(...bundleRows(rendererDir));

  // ---- Report ----
  const machine = machineInfo(chromiumPath);
  printTable(rows, mode, machine, archive);
  const markdown = markdownSummary(rows, mode, machine, archive, startedAt);
  console.log(`\nFor the README's "Performance" section:\n\n${markdown}`);
  const failed = rows.filter((r) => r.verdict === 'FAIL');
  const report = {
    date: startedAt.toISOString(),
    mode,
    seed,
    durationSeconds: round((performance.now() - t0) / 1000, 1),
    machine,
    archive: summariseArchive(archive),
    emptyArchive: summariseArchive(empty),
    budgetsMet: failed.length === 0,
    failed: failed.map((r) => `${r.section}: ${r.name}`),
    markdown,
    results: rows.map((r) => ({ ...r, value: round(r.value, 3), floor: r.floor == null ? r.floor : round(r.floor, 3), ratio: r.ratio == null ? r.ratio : round(r.ratio, 2) })),
  };
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().slice(0, 10)}-${mode}.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  say(`\nReport: ${file.slice(root.length + 1)} (${report.durationSeconds} s)`);
  if (failed.length > 0) say(`Budgets missed: ${failed.length}.`);
  if (values.strict && failed.length > 0) process.exitCode = 1;
}

function row(section: string, name: string, stats: Stats, floor?: Stats, floorLabel?: string): Row {
  return {
    section,
    name,
    unit: 'ms',
    value: stats.median,
    floor: floor?.median ?? null,
    floorLabel,
    ratio: floor ? stats.median / floor.median : null,
    verdict: '—',
    stats,
    floorStats: floor,
  };
}

function describeResult(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} rows`;
  if (value && typeof value === 'object') {
    const v = value as Partial<MeetingDetail> & { meetings?: unknown[]; vinkjes?: unknown[]; periods?: unknown[]; rows?: unknown[] };
    if (v.agenda) return `${v.agenda.length} agenda items, ${v.carriedActions?.length ?? 0} carried actions`;
    if (v.meetings) return `${v.meetings.length} meetings`;
    if (v.periods) return `${v.periods.length} periods`;
    if (v.rows) return `${v.rows.length} rows`;
  }
  return '';
}

function callSpecs(archive: ArchiveManifest, raw: Record<string, unknown>, moneyIntervention: string | null): CallSpec[] {
  const { ids, words } = archive;
  const y = ids.fullYear;
  const specs: CallSpec[] = [
    { name: 'meetings:list', channel: 'meetings:list', input: {}, raw: 'meetings:list', budgetMs: 10 },
    { name: 'meetings:get', channel: 'meetings:get', input: { id: ids.reviewedMeetingId }, raw: 'meetings:get', budgetMs: 10 },
    { name: 'meetings:get (upcoming)', channel: 'meetings:get', input: { id: ids.upcomingMeetingId }, raw: 'meetings:get (upcoming)', budgetMs: 10 },
    { name: 'actions:list (open)', channel: 'actions:list', input: { status: 'open' }, raw: 'actions:list (open)', budgetMs: 10 },
    { name: 'actions:list (all)', channel: 'actions:list', input: {}, raw: 'actions:list (all)' },
    { name: 'search:query (common word)', channel: 'search:query', input: { q: words.common }, raw: 'search:query (common word)', budgetMs: 20 },
    { name: 'search:query (rare word)', channel: 'search:query', input: { q: words.rare }, raw: 'search:query (rare word)', budgetMs: 20 },
    { name: 'year:get', channel: 'year:get', input: { year: y }, raw: 'year:get', budgetMs: 10 },
    { name: 'decisions:list', channel: 'decisions:list', input: { from: `${y}-01-01`, to: `${y}-12-31` }, raw: 'decisions:list', budgetMs: 10 },
    { name: 'coalition:list', channel: 'coalition:list', input: {}, raw: 'coalition:list', budgetMs: 10 },
    { name: 'profile:get', channel: 'profile:get', input: {}, raw: 'profile:get', budgetMs: 10 },
    { name: 'presenter:get', channel: 'presenter:get', input: { meetingId: ids.upcomingMeetingId }, budgetMs: 10 },
  ];
  if ('charts:interventions' in raw) {
    specs.push(
      { name: 'charts:vinkjes (all years)', channel: 'charts:vinkjes', input: {}, raw: 'charts:vinkjes (all years)', budgetMs: 10 },
      { name: 'charts:vinkjes (one year)', channel: 'charts:vinkjes', input: { from: `${y}-01-01`, to: `${y}-12-31` }, raw: 'charts:vinkjes (one year)', budgetMs: 10 },
      { name: 'charts:interventions', channel: 'charts:interventions', input: {}, raw: 'charts:interventions', budgetMs: 10 },
      { name: 'interventions:list', channel: 'interventions:list', input: {}, raw: 'interventions:list', budgetMs: 10 },
      { name: 'registers:list', channel: 'registers:list', input: {}, raw: 'registers:list', budgetMs: 10 },
      { name: 'indicators:list', channel: 'indicators:list', input: {}, raw: 'indicators:list', budgetMs: 10 },
      { name: 'evidence:forDecision', channel: 'evidence:forDecision', input: { agendaItemId: ids.upcomingDecisionItemIds[0] }, budgetMs: 10 },
    );
    if (ids.keurmerkPlanId) {
      specs.push(
        { name: 'keurmerk:statuses (plans)', channel: 'keurmerk:statuses', input: { kind: 'plan' }, budgetMs: 10 },
        { name: 'keurmerk:statuses (interventions)', channel: 'keurmerk:statuses', input: { kind: 'interventie' }, budgetMs: 10 },
        { name: 'keurmerk:get (gebiedsplan)', channel: 'keurmerk:get', input: { subject: { kind: 'plan', id: ids.keurmerkPlanId } }, budgetMs: 10 },
      );
    }
    if (ids.indicatorId !== null) {
      specs.push({ name: 'charts:indicator', channel: 'charts:indicator', input: { indicatorId: ids.indicatorId }, raw: 'charts:indicator', budgetMs: 10 });
    }
  }
  if ('money:overview' in raw) {
    // Financiën (totals per year and partner, then the chosen year's lines) and an intervention's money panel.
    specs.push(
      { name: 'money:overview', channel: 'money:overview', input: {}, raw: 'money:overview', budgetMs: 10 },
      { name: 'money:list (year)', channel: 'money:list', input: { year: y }, raw: 'money:list (year)', budgetMs: 10 },
    );
    if (moneyIntervention) {
      specs.push({ name: 'money:list (intervention)', channel: 'money:list', input: { interventionId: moneyIntervention }, raw: 'money:list (intervention)', budgetMs: 10 });
    }
  }
  return specs;
}

async function browserRows(
  chromiumPath: string,
  rendererDir: string,
  archive: ArchiveManifest,
  empty: ArchiveManifest,
  fullHost: WebHostProcess,
  emptyHost: WebHostProcess,
  reps: number,
  say: (line: string) => void,
): Promise<Row[]> {
  interface Side {
    label: 'full' | 'empty';
    host: HostRef;
    manifest: ArchiveManifest;
    reviewed: MeetingDetail;
    upcoming: MeetingDetail;
    samples: Record<string, number[]>;
  }
  const detail = async (host: WebHostProcess, id: number) => {
    const result = await host.rpc('meetings:get', { id });
    if (!result.ok) throw new Error(`meetings:get ${id}: ${result.error?.message}`);
    return result.value as MeetingDetail;
  };
  const sides: Side[] = [];
  for (const [label, host, manifest] of [
    ['full', fullHost, archive],
    ['empty', emptyHost, empty],
  ] as const) {
    sides.push({
      label,
      host,
      manifest,
      reviewed: await detail(host, manifest.ids.reviewedMeetingId),
      upcoming: await detail(host, manifest.ids.upcomingMeetingId),
      samples: { floor: [], static: [], list: [], meeting: [], mode: [], inApp: [], evidence: [], next: [], vinkje: [] },
    });
  }
  const browser = await launchChromium(chromiumPath);
  const chromiumVersion = browser.version();
  try {
    // One warm-up round, then reps rounds; full and empty alternate, so drift hits both alike.
    for (let rep = -1; rep < reps; rep++) {
      for (const side of sides) {
        const keep = rep >= 0;
        const { host, reviewed, upcoming } = side;

        const floor = await openScreen(browser, host, FLOOR_PAGE, { selector: 'h1', text: 'Vloer' });
        await floor.context.close();
        // The same screen without the app: what a static first paint of it could reach (saved in the warm-up).
        if (keep && side.label === 'full') {
          const copy = await openScreen(browser, host, STATIC_MODE_PAGE, DECISION_DRAWN);
          await copy.context.close();
          side.samples.static!.push(copy.ms);
        }

        const listTarget: PaintTarget = { selector: `a[href="#/vergaderingen/${upcoming.id}"]` };
        const list = await openScreen(browser, host, '#/vergaderingen', listTarget);
        await list.context.close();

        const lastTitle = [...reviewed.agenda].reverse().find((i) => i.kind === 'besluit')?.title ?? reviewed.agenda.at(-1)!.title;
        const meeting = await openScreen(browser, host, `#/vergaderingen/${reviewed.id}`, { selector: 'main', text: lastTitle });
        await meeting.context.close();

        // Meeting mode of the coming meeting, opened at a decision item; then one vinkje answered there.
        const answerNo = rep + 1; // 0 … reps: each run answers a vinkje not answered before
        // Decisions followed by another item, so "Volgend agendapunt" can be timed from there.
        const decisionIndexes = upcoming.agenda.flatMap((item, index) => (item.kind === 'besluit' && index + 1 < upcoming.agenda.length ? [index] : []));
        const agendaIndex = decisionIndexes[Math.floor(answerNo / 7) % decisionIndexes.length]!;
        const position = (answerNo % 7) + 1;
        const mode = await openScreen(
          browser,
          host,
          `#/vergaderingen/${upcoming.id}/vergadermodus`,
          DECISION_DRAWN,
          { [`coalitietafel:vergadermodus:${upcoming.id}`]: String(agendaIndex) },
        );
        if (!keep && side.label === 'full') await saveStaticCopy(mode.page, join(rendererDir, STATIC_MODE_PAGE));
        // The registers' evidence per vinkje (issue 4) arrives after the review itself: when it is drawn for all seven.
        const evidenceMs = await mode.page
          .waitForFunction(() => (document.querySelector('[data-evidence="loaded"]') ? performance.now() : false), null, {
            polling: 'raf',
            timeout: 30_000,
          })
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => NaN);
        // The chair answers once the screen has settled (everything it loads has arrived).
        await mode.page.waitForLoadState('networkidle');
        const vinkjeMs = await answerVinkje(mode.page, position);
        const following = upcoming.agenda[agendaIndex + 1]!;
        const nextMs = await nextItem(mode.page, { title: following.title, decision: following.kind === 'besluit' });
        await mode.context.close();
        // As the chair opens it in a running app: from the meeting's page, a route change (no page load).
        const agendaPage = await openScreen(browser, host, `#/vergaderingen/${upcoming.id}`, { selector: 'h1', text: upcoming.title }, {
          [`coalitietafel:vergadermodus:${upcoming.id}`]: String(agendaIndex),
        });
        await agendaPage.page.waitForLoadState('networkidle');
        const inAppMs = await changeRoute(agendaPage.page, `#/vergaderingen/${upcoming.id}/vergadermodus`, DECISION_DRAWN);
        await agendaPage.context.close();

        if (keep) {
          side.samples.floor!.push(floor.ms);
          side.samples.next!.push(nextMs);
          side.samples.list!.push(list.ms);
          side.samples.meeting!.push(meeting.ms);
          side.samples.mode!.push(mode.ms);
          side.samples.inApp!.push(inAppMs);
          if (Number.isFinite(evidenceMs)) side.samples.evidence!.push(evidenceMs);
          side.samples.vinkje!.push(vinkjeMs);
        }
      }
      if (rep >= 0) say(`   round ${rep + 1}/${reps}`);
    }
  } finally {
    await browser.close();
  }
  const [full, none] = sides as [Side, Side];
  const labels: Record<string, string> = {
    list: 'navigation → meetings list painted',
    meeting: 'navigation → 25-item meeting (with reviews) painted',
    mode: 'navigation → meeting mode painted (decision item)',
    evidence: 'navigation → meeting mode with the evidence of all seven vinkjes loaded',
    inApp: 'in the running app: from the meeting\'s page to meeting mode, drawn (decision item)',
    next: '"Volgend agendapunt" → next item (its vinkjes) drawn',
    vinkje: 'answer chosen → stored and shown ("Opgeslagen")',
    floor: 'navigation → static one-heading page painted (floor)',
  };
  // The live interactions have an absolute budget too: the chair must not wait.
  const absolute: Record<string, number> = { next: 100, vinkje: 100 };
  const section = `Chromium ${chromiumVersion}`;
  const rows: Row[] = Object.entries(labels).filter(([key]) => full.samples[key]!.length > 0 && none.samples[key]!.length > 0).map(([key, label]) => {
    const f = summarise(full.samples[key]!);
    const e = summarise(none.samples[key]!);
    const ratio = f.median / e.median;
    const limit = absolute[key];
    const ok = ratio <= 1.5 && (limit === undefined || f.median <= limit);
    return {
      section,
      name: label,
      unit: 'ms' as const,
      value: f.median,
      floor: e.median,
      floorLabel: 'empty archive',
      ratio,
      budget: limit === undefined ? '≤ 1.5× empty' : `≤ ${limit} ms and ≤ 1.5× empty`,
      verdict: ok ? ('PASS' as const) : ('FAIL' as const),
      stats: f,
      floorStats: e,
    };
  });
  // Against the static page, in the same run, on the full archive: opening meeting mode on a decision (≤ 2×), and the
  // same screen saved as static HTML. The latter has no budget: it shows how much of the former's ratio is the screen
  // itself (its HTML, styles and layout) and how much is the app that draws it.
  const againstFloor = (key: string, name: string, maxRatio?: number) => {
    if (full.samples[key]!.length === 0 || full.samples.floor!.length === 0) return;
    const m = summarise(full.samples[key]!);
    const fl = summarise(full.samples.floor!);
    const ratio = m.median / fl.median;
    rows.push({
      section,
      name: `${name}, against the static page`,
      unit: 'ms',
      value: m.median,
      floor: fl.median,
      floorLabel: 'static one-heading page',
      ratio,
      budget: maxRatio === undefined ? undefined : `≤ ${maxRatio}× floor`,
      verdict: maxRatio === undefined ? '—' : ratio <= maxRatio ? 'PASS' : 'FAIL',
      stats: m,
      floorStats: fl,
    });
  };
  againstFloor('mode', 'navigation → meeting mode painted (decision item)', 2);
  againstFloor('static', 'navigation → the same meeting-mode screen as static HTML (no script) painted');
  return rows;
}

/** The entry script of index.html, its static imports (not the lazy chunks) and stylesheets, gzipped. */
function bundleRows(rendererDir: string): Row[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], 'src')).filter((s): s is string => !!s);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => attr(m[0], 'href')).filter((s): s is string => !!s);
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')).filter((s): s is string => !!s);
  const fileOf = (url: string, from = '/') => resolve(rendererDir, `.${new URL(url, `http://x${from}`).pathname}`);
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file) || !existsSync(file)) return;
    js.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`; `import("./x.js")` is lazy.
    for (const m of source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(resolve(file, '..', m[1]!));
    }
    for (const m of source.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g)) visit(resolve(file, '..', m[1]!));
  };
  for (const s of [...scripts, ...preloads]) visit(fileOf(s));
  const size = (files: Iterable<string>) => {
    let rawBytes = 0;
    let gz = 0;
    for (const f of files) {
      const data = readFileSync(f);
      rawBytes += data.length;
      gz += gzipSync(data, { level: 9 }).length;
    }
    return { raw: rawBytes / 1024, gz: gz / 1024 };
  };
  const jsSize = size(js);
  const cssSize = size(styles.map((s) => fileOf(s)));
  return [
    {
      section: 'Bundle',
      name: `first screen JavaScript, gzip (${js.size} file${js.size === 1 ? '' : 's'})`,
      unit: 'KB',
      value: jsSize.gz,
      budget: '< 300 KB',
      verdict: jsSize.gz < 300 ? 'PASS' : 'FAIL',
      note: `${round(jsSize.raw, 0)} KB unzipped`,
    },
    { section: 'Bundle', name: 'first screen CSS, gzip', unit: 'KB', value: cssSize.gz, verdict: '—', note: `${round(cssSize.raw, 0)} KB unzipped` },
  ];
}

function machineInfo(chromiumPath: string) {
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  const pkg = (name: string) => {
    try {
      return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    sqlite,
    betterSqlite3: pkg('better-sqlite3'),
    chromium: chromiumPath,
  };
}

function summariseArchive(m: ArchiveManifest) {
  return { kind: m.kind, cacheKey: m.cacheKey, schemaVersion: m.schemaVersion, generatedInSeconds: round(m.generatedInMs / 1000, 1), fileMb: round(m.fileBytes / 1e6, 1), counts: m.counts, ids: m.ids, missing: m.missing };
}

function printTable(rows: Row[], mode: string, machine: ReturnType<typeof machineInfo>, archive: ArchiveManifest): void {
  const fmt = (v: number | null | undefined, unit = '') => (v == null || !Number.isFinite(v) ? '' : `${v < 1 ? round(v, 3) : v < 10 ? round(v, 2) : round(v, 1)}${unit}`);
  const table = rows.map((r) => [
    r.section,
    r.name,
    fmt(r.value, ` ${r.unit}`),
    r.floor == null ? '' : `${fmt(r.floor, ` ${r.unit}`)} (${r.floorLabel ?? ''})`,
    r.ratio == null ? '' : `${round(r.ratio, 2)}×`,
    r.budget ?? '',
    r.verdict,
  ]);
  const head = ['Section', 'Measure', 'Median', 'Floor', 'Ratio', 'Budget', 'Result'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`\nCoalitietafel benchmark (${mode}: ${archive.counts.meetings} meetings, ${archive.counts.decisions} decisions, ${archive.counts.vinkjeAnswers} answers, ${archive.counts.actionItems} actions, ${archive.counts.registerEntries ?? 0} register entries, ${archive.counts.indicatorValues ?? 0} indicator values; ${round(archive.fileBytes / 1e6, 0)} MB)`);
  console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, node ${machine.node}, SQLite ${machine.sqlite}\n`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const t of table) console.log(line(t));
  collectGarbage();
}

/** The budget lines as a Markdown table, with the archive and the machine: ready for the README. */
function markdownSummary(rows: Row[], mode: string, machine: ReturnType<typeof machineInfo>, archive: ArchiveManifest, date: Date): string {
  const fmt = (v: number | null | undefined, unit: string) =>
    v == null || !Number.isFinite(v) ? '' : `${v < 1 ? round(v, 2) : v < 100 ? round(v, 1) : round(v, 0)} ${unit}`;
  const c = archive.counts;
  const lines = [
    `Measured ${date.toISOString().slice(0, 10)} with \`npm run ${mode === 'smoke' ? 'bench:smoke' : 'bench'}\` on ${machine.cpu} (${machine.cores} cores, ` +
      `${machine.ramGb} GB RAM), Node ${machine.node}, SQLite ${machine.sqlite}, Chromium ${rows.find((r) => r.section.startsWith('Chromium'))?.section.slice(9) ?? 'not run'}. ` +
      `Archive: ${archive.kind === 'full' ? 'twenty years' : 'two years'} — ${c.meetings} meetings, ${c.agendaItems} agenda items, ${c.decisions} decisions with ` +
      `${c.vinkjeAnswers} vinkje answers, ${c.actionItems} actions, ${c.interventions ?? 0} interventions, ${c.registerEntries ?? 0} register entries, ` +
      `${c.indicatorValues ?? 0} indicator values (${round(archive.fileBytes / 1e6, 0)} MB).`,
    '',
    '| Measure | Median | Against | Budget | |',
    '|---|---:|---|---|---|',
    ...rows
      .filter((r) => r.budget !== undefined)
      .map((r) => {
        const against = r.floor == null ? '' : `${fmt(r.floor, r.unit)} ${r.floorLabel ?? ''} (${round(r.ratio ?? NaN, 2)}×)`;
        return `| ${r.section === 'Data call (dispatcher)' ? `\`${r.name}\`` : `${r.section}: ${r.name}`} | ${fmt(r.value, r.unit)} | ${against} | ${r.budget} | ${r.verdict} |`;
      }),
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
