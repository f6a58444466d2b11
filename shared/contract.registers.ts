// Channels for plans, interventions and the monitoring chain, the registers, wijk profiles, indicators with
// CSV import, the evidence shown in a review and the citations of an answer, charts and reports (issue 4).
// Merged into the one contract in contract.ts.
import { z } from 'zod';
import { GRONDSLAGEN } from './avg';
import { INTERVENTION_KINDS, type AgendaItem, type ExportedFile } from './domain';
import {
  BETTER_DIRECTIONS,
  CELEBRATED,
  EVIDENCE_MAX_LIMIT,
  IMPORT_CHUNK_CHARS,
  INTERVENTION_STATUSES,
  NORM_KEPT,
  PLAN_KINDS,
  PLAN_STATUSES,
  REGISTER_KINDS,
  REPORT_CHART_LIMITS,
  SOURCE_KINDS,
  type DecisionEvidence,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
  type Indicator,
  type IndicatorChart,
  type IndicatorValue,
  type InterventionDetail,
  type InterventionListEntry,
  type InterventionsChart,
  type Plan,
  type Prestatie,
  type RegisterEntry,
  type ReportDocument,
  type ThemeTrekkerGap,
  type VinkjesChart,
  type WijkProfile,
} from './registers';
import { dateSchema, exportFormat, id, line, slug, text, wellFormed } from './schemas';

const ok = { ok: true } as { ok: true };

const themeIds = z.array(slug).max(50, { error: "Kies hoogstens 50 thema's." }).optional();
const wijkIds = z.array(slug).max(50, { error: 'Kies hoogstens 50 wijken.' }).optional();
const interventionIds = z.array(slug).max(200, { error: 'Kies hoogstens 200 interventies.' }).optional();

const interventionId = z
  .string({ error: 'De interventie moet tekst zijn.' })
  .min(1, { error: 'Kies een interventie.' })
  .max(100, { error: 'Onbekende interventie.' });
const themeId = z.string({ error: 'Het thema moet tekst zijn.' }).min(1, { error: 'Kies een thema.' }).max(100, { error: 'Onbekend thema.' });
const wijkId = z.string({ error: 'De wijk moet tekst zijn.' }).min(1, { error: 'Kies een wijk.' }).max(100, { error: 'Onbekende wijk.' });

const planKind = z.enum(PLAN_KINDS, { error: 'Kies gebiedsplan, uitvoeringsprogramma, wijkuitvoeringsplan, projectplan of aan de slag.' });
const planStatus = z.enum(PLAN_STATUSES, { error: 'Kies concept, vastgesteld, lopend of afgerond.' });
const interventionKind = z.enum(INTERVENTION_KINDS, { error: 'Kies lopend initiatief, koppelkans of aanvullende kans.' });
const interventionStatus = z.enum(INTERVENTION_STATUSES, {
  error: 'Kies idee, gepland, lopend, structureel, afgerond of gestopt.',
});
const registerKind = z.enum(REGISTER_KINDS, {
  error: 'Kies ervaringsverhaal, bewonersfeedback, leerpunt, norm of succes.',
});
const sourceKind = z.enum(SOURCE_KINDS, { error: 'Kies de bron: bewoner, professional of organisatie.' });

/** Charts drawn in the renderer for a report export; the service checks that each really is a PNG. */
const reportCharts = z
  .array(
    z
      .object({
        title: line('De titel van een grafiek', REPORT_CHART_LIMITS.maxTitle),
        alt: text('De beschrijving van een grafiek', REPORT_CHART_LIMITS.maxAlt),
        pngBase64: z
          .string({ error: 'Een grafiek moet als base64-tekst komen.' })
          .min(1, { error: 'Een grafiek is leeg.' })
          .max(REPORT_CHART_LIMITS.maxBase64, { error: 'Een grafiek mag hoogstens 2 MB zijn.' }),
      })
      .strict(),
    { error: 'De grafieken moeten een lijst zijn.' },
  )
  .max(REPORT_CHART_LIMITS.maxCharts, { error: `Hoogstens ${REPORT_CHART_LIMITS.maxCharts} grafieken per rapportage.` });

/** A finite number; JSON cannot carry NaN or Infinity, but a direct caller could. */
const amount = (label: string) =>
  z
    .number({ error: `${label} moet een getal zijn.` })
    .refine((n) => Number.isFinite(n), { error: `${label} moet een eindig getal zijn.` })
    .refine((n) => Math.abs(n) <= 1e15, { error: `${label} is te groot.` });

/** "2024", "2024-Q1" or "2024-03": the periods the Basismonitor publishes. */
const periodSchema = z
  .string({ error: 'De periode moet tekst zijn.' })
  .trim()
  .regex(/^(19|20|21)\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { error: 'De periode moet de vorm 2024, 2024-Q1 of 2024-03 hebben.' });

/** The area of an indicator value: a wijk id or "groningen" for the city as a whole. */
const area = z.string({ error: 'Het gebied moet tekst zijn.' }).min(1, { error: 'Kies een gebied.' }).max(100, { error: 'Onbekend gebied.' });

const csv = (label: string) =>
  wellFormed(
    z.string({ error: `${label} moet tekst zijn.` }).max(IMPORT_CHUNK_CHARS, {
      error: `${label} mag hoogstens ${IMPORT_CHUNK_CHARS.toLocaleString('nl-NL')} tekens lang zijn; stuur een groter bestand in delen.`,
    }),
    label,
  );
const importId = z
  .string({ error: 'De import moet tekst zijn.' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'Onbekende import.' });
const more = z.boolean({ error: 'Geef met ja of nee aan of er nog delen volgen.' }).optional();
const skipInvalid = z.boolean({ error: 'Geef met ja of nee aan of foute regels worden overgeslagen.' }).optional();

const year = z
  .number({ error: 'Het jaar moet een getal zijn.' })
  .int({ error: 'Het jaar moet een geheel getal zijn.' })
  .min(2000, { error: 'Kies een jaar tussen 2000 en 2100.' })
  .max(2100, { error: 'Kies een jaar tussen 2000 en 2100.' });

// ---- Plans ----

const planFields = {
  kind: planKind,
  title: line('De titel'),
  periodFrom: dateSchema.nullable().optional(),
  periodTo: dateSchema.nullable().optional(),
  status: planStatus.optional(),
  description: text('De omschrijving', 20_000).optional(),
  owner: text('De eigenaar', 200).optional(),
  progress: z
    .number({ error: 'De voortgang moet een getal zijn.' })
    .int({ error: 'De voortgang moet een geheel getal zijn.' })
    .min(0, { error: 'De voortgang ligt tussen 0 en 100 procent.' })
    .max(100, { error: 'De voortgang ligt tussen 0 en 100 procent.' })
    .nullable()
    .optional(),
  themeIds,
  wijkIds,
  interventionIds,
};
const periodInOrder = (p: { periodFrom?: string | null | undefined; periodTo?: string | null | undefined }) =>
  !p.periodFrom || !p.periodTo || p.periodFrom <= p.periodTo;
const periodMessage = { error: 'De begindatum ligt na de einddatum.' };

// ---- Interventions ----

const interventionFields = {
  title: line('De titel'),
  kind: interventionKind.optional(),
  status: interventionStatus.optional(),
  summary: text('De samenvatting', 2_000).optional(),
  description: text('De omschrijving', 20_000).optional(),
  partners: z.array(text('Een partner', 200)).max(100, { error: 'Noem hoogstens 100 partners.' }).optional(),
  parentId: interventionId.nullable().optional(),
  themeIds,
  wijkIds,
};

const prestatieFields = {
  description: line('De omschrijving van de prestatie', 500),
  agreedNumber: amount('Het afgesproken aantal').nullable().optional(),
  agreedText: text('De afspraak', 2_000).optional(),
  deliveredNumber: amount('Het geleverde aantal').nullable().optional(),
  deliveredText: text('Wat is geleverd', 2_000).optional(),
  period: text('De periode', 50).optional(),
};

// ---- Registers ----

const entryFields = {
  kind: registerKind,
  date: dateSchema,
  title: line('De titel', 300),
  text: text('De tekst', 20_000).optional(),
  sourceKind,
  sourceName: text('De naam van de bron', 200).optional(),
  kept: z.enum(NORM_KEPT, { error: 'Kies of de norm wordt nageleefd: ja, deels, nee of onbekend.' }).optional(),
  celebrated: z.enum(CELEBRATED, { error: 'Kies of het succes is gevierd: ja of nee.' }).optional(),
  celebration: text('Hoe het is gevierd', 5_000).optional(),
  grondslag: z.enum(GRONDSLAGEN, { error: 'Kies de grondslag: toestemming, publieke taak of wettelijke verplichting.' }).nullable().optional(),
  themeIds,
  wijkIds,
  interventionIds,
};

// ---- Indicators ----

const indicatorFields = {
  themeId,
  name: line('De naam van de indicator', 200),
  unit: text('De eenheid', 50).optional(),
  source: text('De bron', 500).optional(),
  better: z.enum(BETTER_DIRECTIONS, { error: 'Kies of hoger of lager beter is.' }),
  description: text('De toelichting', 5_000).optional(),
};

export const registersContract = {
  'plans:list': {
    input: z
      .object({ kind: planKind.optional(), status: planStatus.optional(), themeId: themeId.optional(), wijkId: wijkId.optional(), year: year.optional() })
      .strict(),
    output: {} as Plan[],
  },
  'plans:get': { input: z.object({ id }).strict(), output: {} as Plan },
  'plans:create': { input: z.object(planFields).strict().refine(periodInOrder, periodMessage), output: {} as Plan },
  'plans:update': { input: z.object({ id, ...planFields }).strict().refine(periodInOrder, periodMessage), output: {} as Plan },
  'plans:remove': { input: z.object({ id }).strict(), output: ok },

  'interventions:list': {
    input: z
      .object({
        themeId: themeId.optional(),
        wijkId: wijkId.optional(),
        status: interventionStatus.optional(),
        kind: interventionKind.optional(),
        q: text('De zoektekst', 200).optional(),
      })
      .strict(),
    output: {} as InterventionListEntry[],
  },
  'interventions:get': { input: z.object({ id: interventionId }).strict(), output: {} as InterventionDetail },
  'interventions:create': {
    // A new koppelkans answers the plan's one criterion (the service asks for it).
    input: z.object({ ...interventionFields, criterion: text('Het antwoord op het criterium', 5_000).optional() }).strict(),
    output: {} as InterventionDetail,
  },
  'interventions:update': { input: z.object({ id: interventionId, ...interventionFields }).strict(), output: {} as InterventionDetail },
  'interventions:setStatus': {
    input: z.object({ id: interventionId, status: interventionStatus }).strict(),
    output: {} as InterventionDetail,
  },
  'interventions:setTrekkers': {
    input: z.object({ id: interventionId, personIds: z.array(id).max(50, { error: 'Kies hoogstens 50 trekkers.' }) }).strict(),
    output: {} as InterventionDetail,
  },
  'interventions:setPartners': {
    input: z
      .object({
        id: interventionId,
        organisationIds: z.array(id).max(100, { error: 'Kies hoogstens 100 organisaties.' }),
        partners: interventionFields.partners,
      })
      .strict(),
    output: {} as InterventionDetail,
  },
  'interventions:setChain': {
    input: z
      .object({
        id: interventionId,
        goal: text('Het doel', 10_000),
        means: text('De middelen en activiteiten', 10_000),
        results: text('De resultaten', 10_000),
        impact: text('De maatschappelijke impact', 10_000),
      })
      .strict(),
    output: {} as InterventionDetail,
  },
  'themes:trekkerGaps': { input: z.object({}).strict(), output: {} as ThemeTrekkerGap[] },

  'prestaties:create': { input: z.object({ interventionId, ...prestatieFields }).strict(), output: {} as Prestatie },
  'prestaties:update': { input: z.object({ id, ...prestatieFields }).strict(), output: {} as Prestatie },
  'prestaties:remove': { input: z.object({ id }).strict(), output: ok },

  'registers:list': {
    input: z
      .object({
        kind: registerKind.optional(),
        themeId: themeId.optional(),
        wijkId: wijkId.optional(),
        interventionId: interventionId.optional(),
        from: dateSchema.optional(),
        to: dateSchema.optional(),
        q: text('De zoektekst', 200).optional(),
        limit: z.number().int().min(1).max(1_000).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
      })
      .strict(),
    output: {} as RegisterEntry[],
  },
  'registers:get': { input: z.object({ id }).strict(), output: {} as RegisterEntry },
  'registers:create': { input: z.object(entryFields).strict(), output: {} as RegisterEntry },
  'registers:update': { input: z.object({ id, ...entryFields }).strict(), output: {} as RegisterEntry },
  'registers:remove': { input: z.object({ id }).strict(), output: ok },

  'wijken:list': { input: z.object({}).strict(), output: {} as WijkProfile[] },
  'wijken:update': {
    input: z
      .object({
        id: wijkId,
        identity: text('Wat de wijk eigen maakt', 10_000),
        characteristics: text('De kenmerken', 10_000),
        pride: text('Waar de wijk trots op is', 10_000),
      })
      .strict(),
    output: {} as WijkProfile,
  },

  'indicators:list': { input: z.object({ themeId: themeId.optional() }).strict(), output: {} as Indicator[] },
  'indicators:create': { input: z.object(indicatorFields).strict(), output: {} as Indicator },
  'indicators:update': { input: z.object({ id, ...indicatorFields }).strict(), output: {} as Indicator },
  'indicators:remove': {
    input: z.object({ id, withValues: z.boolean({ error: 'Geef met ja of nee aan of de waarden mee weg mogen.' }).optional() }).strict(),
    output: ok,
  },
  'indicators:values': { input: z.object({ indicatorId: id, area: area.optional() }).strict(), output: {} as IndicatorValue[] },
  'indicators:setValue': {
    input: z
      .object({ indicatorId: id, area, period: periodSchema, value: amount('De waarde'), source: text('De bron', 500).optional() })
      .strict(),
    output: {} as IndicatorValue,
  },
  'indicators:removeValue': { input: z.object({ id }).strict(), output: ok },
  'indicators:importPreview': { input: z.object({ csv: csv('Het CSV-bestand') }).strict(), output: {} as ImportPreview },
  'indicators:importCommit': { input: z.object({ csv: csv('Het CSV-bestand'), skipInvalid }).strict(), output: {} as ImportResult },
  'indicators:importStart': { input: z.object({ csv: csv('Het eerste deel van het bestand'), more }).strict(), output: {} as ImportProgress },
  'indicators:importAppend': {
    input: z.object({ importId, chunk: csv('Een deel van het bestand'), more }).strict(),
    output: {} as ImportProgress,
  },
  'indicators:importNext': {
    input: z
      .object({
        importId,
        maxRows: z
          .number({ error: 'Het aantal regels moet een getal zijn.' })
          .int({ error: 'Het aantal regels moet een geheel getal zijn.' })
          .min(1, { error: 'Verwerk minstens 1 regel per keer.' })
          .max(50_000, { error: 'Verwerk hoogstens 50.000 regels per keer.' })
          .optional(),
      })
      .strict(),
    output: {} as ImportProgress,
  },
  'indicators:importReport': { input: z.object({ importId }).strict(), output: {} as ImportPreview & { progress: ImportProgress } },
  'indicators:importFinish': { input: z.object({ importId, skipInvalid }).strict(), output: {} as ImportResult },
  'indicators:importCancel': { input: z.object({ importId }).strict(), output: ok },

  'evidence:forDecision': {
    input: z
      .object({
        agendaItemId: id,
        /** Entries listed per vinkje (newest first); cited entries are always listed too. */
        limit: z.number().int().min(1).max(EVIDENCE_MAX_LIMIT).optional(),
      })
      .strict(),
    output: {} as DecisionEvidence,
  },
  'reviews:cite': {
    input: z
      .object({
        agendaItemId: id,
        checklistItemId: id,
        registerEntryIds: z.array(id).max(50, { error: 'Haal hoogstens 50 registraties aan per vinkje.' }),
      })
      .strict(),
    output: {} as AgendaItem,
  },

  'charts:indicator': { input: z.object({ indicatorId: id }).strict(), output: {} as IndicatorChart },
  'charts:vinkjes': {
    input: z
      .object({ from: dateSchema.optional(), to: dateSchema.optional() })
      .strict()
      .refine((p) => !p.from || !p.to || p.from <= p.to, periodMessage),
    output: {} as VinkjesChart,
  },
  'charts:interventions': { input: z.object({}).strict(), output: {} as InterventionsChart },

  'reports:preview': {
    input: z
      .object({ layer: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Kies laag 1, 2 of 3.' }), wijkId: wijkId.optional(), year })
      .strict(),
    output: {} as ReportDocument,
  },
  'reports:export': {
    input: z
      .object({
        layer: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Kies laag 1, 2 of 3.' }),
        wijkId: wijkId.optional(),
        year,
        format: exportFormat,
        charts: reportCharts.optional(),
      })
      .strict(),
    output: {} as ExportedFile,
  },
} as const;
