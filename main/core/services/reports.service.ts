// Reports in the three layers of the area plan (H4, "Gelaagdheid"):
//   1. a plain-language overview for residents, per wijk;
//   2. the steering detail partners need: interventions, prestaties against what was agreed, indicators, vinkjes;
//   3. the accountability report for the Rijk.
// This file gathers the data and words it as blocks; exports/reports.document.ts lays the blocks out as
// one document for every format, so the formats (and an in-app preview) say the same thing.
import type { Db } from '../store/connection';
import type { ValidInput } from '../../../shared/contract';
import { outcomeCountsBetween } from '../store/decisions.repo';
import { now as clockNow } from '../clock';
import { ADOPTING_OUTCOMES, MIN_COALITION_MEETINGS_PER_YEAR, OUTCOME_LABELS, OUTCOMES, type ExportedFile } from '../../../shared/domain';
import {
  CITY_AREA,
  CITY_LABEL,
  INTERVENTION_KIND_LABELS,
  INTERVENTION_STATUSES,
  INTERVENTION_STATUS_LABELS,
  PLAN_KIND_LABELS,
  PLAN_STATUS_LABELS,
  REGISTER_KINDS,
  REGISTER_KIND_LABELS,
  REPORT_LAYER_LABELS,
  interventionsChartCaveat,
  type Indicator,
  type IndicatorValue,
  type InterventionListEntry,
  type Prestatie,
  type RegisterEntry,
  type ReportBlock,
  type ReportChart,
  type ReportChartImage,
  type ReportDocument,
  type ReportLayer,
  type WijkProfile,
} from '../../../shared/registers';
import { getProfile } from '../store/profile.repo';
import * as interventions from '../store/interventions.repo';
import * as registers from '../store/registers.repo';
import * as indicatorRepo from '../store/indicators.repo';
import { listPlans } from '../store/plans.repo';
import { listMeetingsBetween } from '../store/meetings.repo';
import { indicatorChart, interventionsChart, vinkjesChart } from './charts.service';
import { keurmerkReportBlocks } from './keurmerk.report';
import { moneyReportBlocks } from './money.report';
import { organisationLevelBlocks } from './reports.organisations';
import { getChainLinks } from '../store/chain.repo';
import { AppError, notFound } from '../errors';
import { formatDate, nowLocalDateTime, todayLocalDate } from '../../../shared/format';

export type ReportInput = ValidInput<'reports:preview'>;

// ---- Wording helpers ----

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
/** 62.5 → "62,5"; 1234 → "1.234". */
export const formatNumber = (n: number): string => numberFormat.format(n);
/** A value with its unit: "62,5%", "12 woningen". */
function withUnit(n: number, unit: string): string {
  if (unit === '') return formatNumber(n);
  return unit === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${unit}`;
}
const signed = (n: number): string => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));
const clip = (text: string, max = 300): string => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ type: 'heading', level, text });
const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text });
const bullets = (items: string[]): ReportBlock => ({ type: 'bullets', items });
const table = (caption: string, columns: string[], rows: string[][]): ReportBlock => ({ type: 'table', caption, columns, rows });

// ---- Data shared by the layers ----

interface YearData {
  year: number;
  from: string; // YYYY-MM-DD
  to: string;
  profile: ReturnType<typeof getProfile>;
  wijken: WijkProfile[];
  wijk: WijkProfile | null;
  indicators: Indicator[];
  values: IndicatorValue[];
  interventions: InterventionListEntry[];
  prestaties: Prestatie[];
}

function gather(db: Db, input: ReportInput): YearData {
  const wijken = registers.listWijkProfiles(db);
  const wijk = input.wijkId === undefined ? null : (wijken.find((w) => w.id === input.wijkId) ?? null);
  if (input.wijkId !== undefined && !wijk) throw notFound(`Wijk "${input.wijkId}"`);
  const list = interventions.listInterventions(db, { wijkId: input.wijkId });
  const ids = new Set(list.map((i) => i.id));
  return {
    year: input.year,
    from: `${input.year}-01-01`,
    to: `${input.year}-12-31`,
    profile: getProfile(db),
    wijken,
    wijk,
    indicators: indicatorRepo.listIndicators(db),
    // Periods of this year and the one before ("2025" ≤ "2025-Q1" ≤ "2025-~"): enough to compare.
    values: indicatorRepo.valuesBetween(db, `${input.year - 1}`, `${input.year}-~`),
    interventions: list,
    prestaties: interventions.listAllPrestaties(db).filter((p) => ids.has(p.interventionId)),
  };
}

/** The latest value of the year for an area ("2025-Q4" wins over "2025-Q1"), with its period. */
function latestInYear(values: IndicatorValue[], indicatorId: number, area: string, year: number): IndicatorValue | null {
  let best: IndicatorValue | null = null;
  for (const v of values) {
    if (v.indicatorId !== indicatorId || v.area !== area || v.period.slice(0, 4) !== String(year)) continue;
    if (!best || v.period > best.period) best = v;
  }
  return best;
}

const themeName = (data: YearData, id: string): string => data.profile.themes.find((t) => t.id === id)?.name ?? id;
const wijkName = (data: YearData, id: string): string => data.wijken.find((w) => w.id === id)?.name ?? id;

function entriesOfYear(db: Db, data: YearData, kinds: RegisterEntry['kind'][]): RegisterEntry[] {
  return registers.findEntries(db, {
    kinds,
    wijkIds: data.wijk ? [data.wijk.id] : undefined,
    from: data.from,
    to: data.to,
  });
}

/** "Beter dan gemiddeld" in plain words, taking the indicator's direction into account. */
function comparedToCity(indicator: Indicator, wijk: number, city: number): string {
  if (wijk === city) return 'even goed als gemiddeld in de stad';
  const better = indicator.better === 'hoger' ? wijk > city : wijk < city;
  return better ? 'beter dan gemiddeld in de stad' : 'minder goed dan gemiddeld in de stad';
}

// ---- Layer 1: for residents, per wijk ----

function layerOneForWijk(db: Db, data: YearData, wijk: WijkProfile): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, `${wijk.name} in ${data.year}`)];

  blocks.push(heading(3, `Wat ${wijk.name} eigen maakt`));
  const identity = [wijk.identity, wijk.characteristics, wijk.pride].map((t) => t.trim()).filter((t) => t !== '');
  blocks.push(...(identity.length > 0 ? identity.map(paragraph) : [paragraph('Hierover is nog niets vastgelegd.')]));

  blocks.push(heading(3, 'Hoe gaat het in de wijk?'));
  const lines: string[] = [];
  for (const indicator of data.indicators) {
    const own = latestInYear(data.values, indicator.id, wijk.id, data.year);
    if (!own) continue;
    const city = latestInYear(data.values, indicator.id, CITY_AREA, data.year);
    const before = latestInYear(data.values, indicator.id, wijk.id, data.year - 1);
    let line = `${indicator.name}: ${withUnit(own.value, indicator.unit)} in ${wijk.name}`;
    if (city) line += `, tegen ${withUnit(city.value, indicator.unit)} in heel Groningen. Dat is ${comparedToCity(indicator, own.value, city.value)}`;
    line += '.';
    if (before) line += ` Een jaar eerder was het ${withUnit(before.value, indicator.unit)}.`;
    lines.push(line);
  }
  blocks.push(lines.length > 0 ? bullets(lines) : paragraph(`Voor ${data.year} zijn nog geen cijfers over ${wijk.name} vastgelegd.`));

  blocks.push(heading(3, 'Wat we doen'));
  // gather() read the interventions once (those of the report's wijk, or all): no query per wijk here.
  const running = data.interventions.filter(
    (i) => i.wijkIds.includes(wijk.id) && (i.status === 'gepland' || i.status === 'lopend' || i.status === 'structureel'),
  );
  blocks.push(
    running.length > 0
      ? bullets(running.map((i) => `${i.title} (${INTERVENTION_STATUS_LABELS[i.status].toLowerCase()})${i.summary ? `: ${clip(i.summary, 200)}` : ''}`))
      : paragraph('Er zijn voor deze wijk nog geen lopende of geplande interventies vastgelegd.'),
  );

  const wijkData = { ...data, wijk };
  blocks.push(heading(3, 'Wat bewoners en professionals vertellen'));
  const stories = entriesOfYear(db, wijkData, ['ervaringsverhaal', 'bewonersfeedback']);
  blocks.push(
    stories.length > 0
      ? bullets(stories.map((e) => `${formatDate(e.date)} — ${e.title}${e.text ? `: ${clip(e.text)}` : ''}`))
      : paragraph(`Uit ${data.year} zijn nog geen verhalen of reacties van bewoners vastgelegd.`),
  );

  blocks.push(heading(3, 'Wat goed ging'));
  const successes = entriesOfYear(db, wijkData, ['succes']);
  blocks.push(
    successes.length > 0
      ? bullets(
          successes.map(
            (e) => `${e.title}${e.celebrated === 'ja' ? ` — gevierd${e.celebration ? `: ${clip(e.celebration, 200)}` : ''}` : ''}`,
          ),
        )
      : paragraph(`In ${data.year} zijn nog geen successen vastgelegd.`),
  );
  return blocks;
}

function layerOne(db: Db, data: YearData): ReportBlock[] {
  // Only wijken the plan places in Groningen-Noord get a section of their own; the others are named with
  // the plan's caveat, and still get their section when asked for by name.
  const wijken = data.wijk ? [data.wijk] : data.wijken.filter((w) => w.inArea);
  const uncertain = (data.wijk ? [data.wijk] : data.wijken).filter((w) => !w.inArea);
  return [
    paragraph(
      'Dit overzicht laat in gewone taal zien hoe het gaat in de wijk, wat we samen doen en wat bewoners ons vertellen. ' +
        'Cijfers staan naast het gemiddelde van heel Groningen.',
    ),
    ...uncertain.map((w) =>
      paragraph(`${w.name}: niet vastgesteld dat deze wijk tot Groningen-Noord hoort. ${w.caveat ?? ''}`.trim()),
    ),
    ...wijken.flatMap((w) => layerOneForWijk(db, data, w)),
  ];
}

// ---- Layer 2: steering detail for partners ----

function prestatieStand(p: Prestatie): string {
  if (p.agreedNumber !== null && p.deliveredNumber !== null && p.agreedNumber !== 0) {
    const pct = Math.round((p.deliveredNumber / p.agreedNumber) * 100);
    return `${pct}%${p.deliveredNumber >= p.agreedNumber ? ' (gehaald)' : ''}`;
  }
  if (p.deliveredNumber === null && p.deliveredText === '') return 'nog niets geleverd';
  return '—';
}
const amount = (n: number | null, text: string): string =>
  [n === null ? '' : formatNumber(n), text].filter((s) => s !== '').join(' ') || '—';

function vinkjesTable(db: Db, data: YearData, caption: string): ReportBlock {
  const chart = vinkjesChart(db, { from: data.from, to: data.to });
  return table(
    caption,
    ['Vinkje', 'Ja', 'Deels', 'Nee', 'n.v.t.'],
    chart.vinkjes.map((v) => [
      `${v.position}. ${v.question}`,
      String(v.totals.ja),
      String(v.totals.deels),
      String(v.totals.nee),
      String(v.totals.nvt),
    ]),
  );
}

function indicatorBlocks(data: YearData): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const areas = data.wijk ? [data.wijk.id] : data.wijken.map((w) => w.id);
  for (const theme of data.profile.themes) {
    const rows: string[][] = [];
    for (const indicator of data.indicators.filter((i) => i.themeId === theme.id)) {
      const city = latestInYear(data.values, indicator.id, CITY_AREA, data.year);
      for (const area of [...areas, CITY_AREA]) {
        const now = latestInYear(data.values, indicator.id, area, data.year);
        const before = latestInYear(data.values, indicator.id, area, data.year - 1);
        if (!now && !before) continue;
        rows.push([
          indicator.name,
          area === CITY_AREA ? CITY_LABEL : wijkName(data, area),
          before ? withUnit(before.value, indicator.unit) : '—',
          now ? withUnit(now.value, indicator.unit) : '—',
          area !== CITY_AREA && now && city ? signed(now.value - city.value) : '—',
        ]);
      }
    }
    if (rows.length > 0) {
      blocks.push(table(`Indicatoren ${theme.name}`, ['Indicator', 'Gebied', String(data.year - 1), String(data.year), 'Verschil met Groningen'], rows));
    }
  }
  return blocks.length > 0 ? blocks : [paragraph(`Voor ${data.year} zijn nog geen indicatorwaarden vastgelegd.`)];
}

function layerTwo(db: Db, data: YearData): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const details = data.interventions.map((i) => interventions.getInterventionDetail(db, i.id)!);

  blocks.push(heading(2, 'Interventies'));
  blocks.push(
    details.length > 0
      ? table(
          'Interventies, status en trekkers',
          ['Interventie', 'Soort', 'Status', "Thema's", 'Trekkers', 'Partners'],
          details.map((d) => [
            d.title,
            INTERVENTION_KIND_LABELS[d.kind],
            INTERVENTION_STATUS_LABELS[d.status],
            d.themeIds.map((t) => themeName(data, t)).join(', ') || '—',
            d.trekkers.map((t) => t.name).join(', ') || '—',
            [...d.partnerOrganisations.map((o) => o.name), ...d.partners].join(', ') || '—',
          ]),
        )
      : paragraph('Er zijn geen interventies vastgelegd.'),
  );

  const links = new Map(details.map((d) => [d.id, getChainLinks(db, d.id)]));
  const ambitionOf = (id: string) => {
    const themeId = links.get(id)?.ambitionThemeId;
    return themeId ? `${themeName(data, themeId)}` : '';
  };
  const withChain = details.filter((d) => [d.goal, d.means, d.results, d.impact, links.get(d.id)?.trend ?? '', ambitionOf(d.id)].some((t) => t.trim() !== ''));
  blocks.push(heading(2, 'Monitoringsketen'));
  if (withChain.length === 0) blocks.push(paragraph('Voor geen enkele interventie is de monitoringsketen al ingevuld.'));
  for (const d of withChain) {
    blocks.push(heading(3, d.title));
    blocks.push(
      bullets(
        [
          ['Maatschappelijke trend', links.get(d.id)?.trend ?? ''],
          ['Maatschappelijke ambitie', ambitionOf(d.id)],
          ['Doel', d.goal],
          ['Middelen en activiteiten', d.means],
          ['Resultaten', d.results],
          ['Maatschappelijke impact', d.impact],
        ]
          .filter(([, t]) => t!.trim() !== '')
          .map(([label, t]) => `${label}: ${clip(t!, 600)}`),
      ),
    );
  }

  blocks.push(heading(2, 'Prestaties: afgesproken en geleverd'));
  const prestaties = data.prestaties.filter((p) => p.period === '' || p.period.startsWith(String(data.year)));
  const titles = new Map(details.map((d) => [d.id, d.title]));
  blocks.push(
    prestaties.length > 0
      ? table(
          `Prestaties ${data.year}`,
          ['Interventie', 'Prestatie', 'Periode', 'Afgesproken', 'Geleverd', 'Stand'],
          prestaties.map((p) => [
            titles.get(p.interventionId) ?? p.interventionId,
            p.description,
            p.period || '—',
            amount(p.agreedNumber, p.agreedText),
            amount(p.deliveredNumber, p.deliveredText),
            prestatieStand(p),
          ]),
        )
      : paragraph(`Voor ${data.year} zijn geen prestatieafspraken vastgelegd.`),
  );

  blocks.push(heading(2, 'Indicatoren per thema'), ...indicatorBlocks(data));

  blocks.push(...organisationLevelBlocks(db, data.year));

  blocks.push(heading(2, 'De zeven vinkjes'));
  blocks.push(vinkjesTable(db, data, `Antwoorden op de vinkjes in ${data.year}`));

  blocks.push(heading(2, 'Trekkers per thema'));
  const gaps = interventions.themeTrekkerGaps(db, todayLocalDate(clockNow()));
  blocks.push(
    gaps.length > 0
      ? bullets(gaps.map((g) => `${g.themeName}: ${g.trekkerCount} ${g.trekkerCount === 1 ? 'trekker' : 'trekkers'} (minstens 2 nodig)`))
      : paragraph('Elk thema heeft minstens twee trekkers.'),
  );
  blocks.push(
    paragraph(
      'Het gebiedsplan vraagt per thema minstens twee trekkers in het programmateam; geteld zijn de trekkers per thema in het programmateam en die van lopende of geplande interventies.' +
        data.profile.themes
          .filter((t) => t.status === 'in ontwikkeling')
          .map((t) => ` ${t.name} is nog in ontwikkeling en telt niet mee.`)
          .join(''),
    ),
  );

  blocks.push(heading(2, 'Plannen'));
  const plans = listPlans(db, { year: data.year, wijkId: data.wijk?.id });
  blocks.push(
    plans.length > 0
      ? table(
          `Plannen die in ${data.year} lopen`,
          ['Plan', 'Soort', 'Looptijd', 'Status'],
          plans.map((p) => [
            p.title,
            PLAN_KIND_LABELS[p.kind],
            `${p.periodFrom ? formatDate(p.periodFrom) : '…'} – ${p.periodTo ? formatDate(p.periodTo) : '…'}`,
            PLAN_STATUS_LABELS[p.status],
          ]),
        )
      : paragraph(`Er zijn geen plannen vastgelegd die in ${data.year} lopen.`),
  );
  blocks.push(...keurmerkReportBlocks(db, plans, data.interventions));
  blocks.push(...moneyReportBlocks(db, data.year, data.wijk ? new Set(data.interventions.map((i) => i.id)) : null));
  return blocks;
}

// ---- Layer 3: accountability for the Rijk ----

function layerThree(db: Db, data: YearData): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const p = data.profile;
  blocks.push(heading(2, 'Programma'));
  blocks.push(
    paragraph(
      `${p.programme}, gebied ${p.areaName} (gemeente ${p.municipality}). Verantwoording over ${data.year}` +
        `${data.wijk ? `, voor de wijk ${data.wijk.name}` : ''}.`,
    ),
  );

  blocks.push(heading(2, 'Bestuur en besluitvorming'));
  const meetings = listMeetingsBetween(db, `${data.year}-01-01T00:00`, `${data.year + 1}-01-01T00:00`);
  // Only meetings that took place count as "bijeen": opened or closed, or their time has passed. Planned ones
  // are named apart.
  const now = nowLocalDateTime(clockNow());
  const took = (m: (typeof meetings)[number]) => m.status !== 'gepland' || m.startsAt <= now;
  const coalition = meetings.filter((m) => m.body === 'coalitie' && took(m)).length;
  const plannedCoalition = meetings.filter((m) => m.body === 'coalitie' && !took(m)).length;
  const outcomes = outcomeCountsBetween(db, `${data.year}-01-01T00:00`, `${data.year + 1}-01-01T00:00`);
  const adopted = outcomes.filter((o) => ADOPTING_OUTCOMES.includes(o.outcome));
  const adoptedCount = adopted.reduce((s, o) => s + o.n, 0);
  const adoptedReviewed = adopted.reduce((s, o) => s + o.reviewed, 0);
  blocks.push(
    bullets([
      `De maatschappelijke coalitie kwam ${coalition} keer bijeen (minstens ${MIN_COALITION_MEETINGS_PER_YEAR} keer per jaar afgesproken)` +
        `${coalition >= MIN_COALITION_MEETINGS_PER_YEAR ? '.' : '; dat is minder dan afgesproken.'}` +
        (plannedCoalition > 0 ? ` Nog ${plannedCoalition === 1 ? '1 vergadering' : `${plannedCoalition} vergaderingen`} gepland.` : ''),
      `Er ${adoptedCount === 1 ? 'is 1 besluit' : `zijn ${adoptedCount} besluiten`} aangenomen, waarvan ${adoptedReviewed} langs alle zeven vinkjes gelegd.`,
    ]),
  );
  blocks.push(
    table(
      `Besluiten in ${data.year} naar uitkomst`,
      ['Uitkomst', 'Aantal'],
      OUTCOMES.map((o) => [OUTCOME_LABELS[o], String(outcomes.find((r) => r.outcome === o)?.n ?? 0)]),
    ),
  );
  blocks.push(vinkjesTable(db, data, `Antwoorden op de vinkjes in ${data.year}`));

  blocks.push(heading(2, 'Interventies'));
  const counts = Object.fromEntries(INTERVENTION_STATUSES.map((s) => [s, data.interventions.filter((i) => i.status === s).length]));
  blocks.push(
    table('Interventies naar status', ['Status', 'Aantal'], INTERVENTION_STATUSES.map((s) => [INTERVENTION_STATUS_LABELS[s], String(counts[s])])),
  );
  if (!data.wijk) {
    const chart = interventionsChart(db);
    blocks.push(
      table(
        'Interventies per thema',
        ['Thema', ...INTERVENTION_STATUSES.map((s) => INTERVENTION_STATUS_LABELS[s]), 'Totaal'],
        chart.rows.map((r) => [r.themeName, ...INTERVENTION_STATUSES.map((s) => String(r.counts[s])), String(r.total)]),
      ),
    );
    const caveat = interventionsChartCaveat(chart);
    if (caveat) blocks.push(paragraph(`Let op: ${caveat}`));
  }
  const yearPrestaties = data.prestaties.filter((x) => x.period.startsWith(String(data.year)));
  const measurable = yearPrestaties.filter((x) => x.agreedNumber !== null && x.deliveredNumber !== null);
  const met = measurable.filter((x) => x.deliveredNumber! >= x.agreedNumber!).length;
  blocks.push(
    paragraph(
      yearPrestaties.length === 0
        ? `Voor ${data.year} zijn geen prestatieafspraken vastgelegd.`
        : `Prestatieafspraken voor ${data.year}: ${yearPrestaties.length}, waarvan ${measurable.length} in aantallen te meten ` +
            `en daarvan ${met} gehaald.`,
    ),
  );

  blocks.push(heading(2, 'Ontwikkeling van de wijken tegenover de stad'));
  blocks.push(
    paragraph(
      'De kern van het programma: de trend doorbreken dat de noordelijke wijken verder achterraken bij het gemiddelde van de stad. ' +
        'Per indicator het verschil tussen wijk en stad in de eerste en de laatste periode tot en met dit jaar.',
    ),
  );
  const rows: string[][] = [];
  for (const indicator of data.indicators) {
    const chart = indicatorChart(db, { indicatorId: indicator.id });
    // Only periods up to the report year: a report on 2025 does not know 2026.
    const upto = chart.periods.map((period, i) => ({ period, i })).filter((x) => x.period.slice(0, 4) <= String(data.year));
    const city = chart.series.find((s) => s.isCity)!;
    for (const s of chart.series.filter((x) => !x.isCity && (!data.wijk || x.area === data.wijk.id))) {
      const gaps = upto
        .filter(({ i }) => s.values[i] !== null && city.values[i] !== null)
        .map(({ period, i }) => ({ period, gap: s.values[i]! - city.values[i]! }));
      if (gaps.length === 0) continue;
      const first = gaps[0]!;
      const last = gaps[gaps.length - 1]!;
      const direction =
        gaps.length < 2 || first.gap === last.gap
          ? 'gelijk gebleven of nog niet te zeggen'
          : (indicator.better === 'hoger' ? last.gap > first.gap : last.gap < first.gap)
            ? 'kloof kleiner'
            : 'kloof groter';
      rows.push([indicator.name, s.areaName, `${signed(first.gap)} (${first.period})`, `${signed(last.gap)} (${last.period})`, direction]);
    }
  }
  blocks.push(
    rows.length > 0
      ? table('Verschil met Groningen als geheel', ['Indicator', 'Wijk', 'Eerste meting', 'Laatste meting', 'Richting'], rows)
      : paragraph('Er zijn nog geen indicatorwaarden voor wijk én stad in dezelfde periode vastgelegd.'),
  );

  blocks.push(heading(2, 'Ervaringen en lessen'));
  const kinds = registers.countEntriesByKind(db, data.from, data.to, data.wijk?.id ?? null);
  blocks.push(table(`Vastgelegd in de registers in ${data.year}`, ['Register', 'Aantal'], REGISTER_KINDS.map((k) => [REGISTER_KIND_LABELS[k], String(kinds[k])])));

  blocks.push(heading(2, 'Plannen'));
  const plans = listPlans(db, { year: data.year, wijkId: data.wijk?.id });
  blocks.push(
    plans.length > 0
      ? bullets(plans.map((pl) => `${pl.title} (${PLAN_KIND_LABELS[pl.kind].toLowerCase()}, ${PLAN_STATUS_LABELS[pl.status].toLowerCase()})`))
      : paragraph(`Er zijn geen plannen vastgelegd die in ${data.year} lopen.`),
  );
  return blocks;
}

// ---- Entry points ----

export function buildReport(db: Db, input: ReportInput, generatedAt = clockNow()): ReportDocument {
  // One read transaction: every figure in the report comes from the same moment.
  return db.transaction(() => {
    const data = gather(db, input);
    const where = data.wijk ? ` — ${data.wijk.name}` : '';
    const titles: Record<ReportLayer, string> = {
      1: `Hoe gaat het in de wijk?${where} — ${input.year}`,
      2: `Sturingsinformatie ${data.profile.areaName}${where} — ${input.year}`,
      3: `Verantwoording ${data.profile.areaName}${where} — ${input.year}`,
    };
    const blocks = input.layer === 1 ? layerOne(db, data) : input.layer === 2 ? layerTwo(db, data) : layerThree(db, data);
    return {
      layer: input.layer,
      year: input.year,
      wijkId: data.wijk?.id ?? null,
      title: titles[input.layer],
      subtitle: `${data.profile.programme} — ${REPORT_LAYER_LABELS[input.layer]}`,
      blocks,
      generatedAt: generatedAt.toISOString(),
    };
  })();
}

// ---- Charts drawn in the renderer ----

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Larger than any chart the renderer draws, small enough that Word and pdfmake never choke on it. */
const MAX_CHART_PIXELS = 4000;

/**
 * Checks each chart the renderer sent: base64 that decodes to a PNG (signature, then an IHDR chunk with a sane
 * size). Refuses the whole export with a Dutch message otherwise, before anything is rendered.
 */
export function checkReportCharts(charts: readonly ReportChart[]): ReportChartImage[] {
  return charts.map((chart, index) => {
    const which = `Grafiek ${index + 1} (“${chart.title}”)`;
    const base64 = chart.pngBase64.replace(/^data:image\/png;base64,/, '');
    if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64)) {
      throw new AppError('invalid-input', `${which} is geen geldige base64-tekst.`);
    }
    const png = Buffer.from(base64, 'base64');
    if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
      throw new AppError('invalid-input', `${which} is geen PNG-afbeelding.`);
    }
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    if (width < 1 || height < 1 || width > MAX_CHART_PIXELS || height > MAX_CHART_PIXELS) {
      throw new AppError('invalid-input', `${which} heeft een onmogelijke afmeting (${width} × ${height} pixels).`);
    }
    return { title: chart.title, alt: chart.alt, png, width, height };
  });
}

export async function exportReport(db: Db, input: ValidInput<'reports:export'>): Promise<ExportedFile> {
  // The charts first: a bad one refuses the export before any work is done.
  const charts = checkReportCharts(input.charts ?? []);
  // Read everything synchronously first: the rendering awaits, the database must not be held across it.
  const report = buildReport(db, input);
  const { renderReportExport } = await import('../exports/reports.export');
  return renderReportExport(report, input.format, charts);
}
