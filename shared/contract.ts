// The one contract between renderer and main: every channel's name, input schema and output type.
// The preload, the IPC handlers, the web host and the renderer client are all typed from this file.
import { z } from 'zod';
import {
  ACTION_STATUSES,
  AGENDA_KINDS,
  ANSWERS,
  ATTENDANCE_STATUSES,
  BODIES,
  MEETING_STATUSES,
  OUTCOMES,
  ROLES,
  type ActionItem,
  type AgendaItem,
  type ExportedFile,
  type MeetingDetail,
  type MeetingSummary,
  type MinutesAdoptable,
  type Organisation,
  type Person,
  type Profile,
  type ActionListEntry,
  type DecisionListEntry,
  type Milestone,
  type PresenterState,
  type SearchHit,
  type TemplateItem,
  type YearPlan,
} from './domain';

import { dateSchema, dateTimeSchema, exportFormat, id, line, slug, text, wellFormed } from './schemas';
import { durabilityContract } from './contract.durability';
import { registersContract } from './contract.registers';
import { recordsContract } from './contract.records';
import { keurmerkContract } from './contract.keurmerk';
import { moneyContract } from './contract.money';
import { avgContract } from './contract.avg';
import { bodiesContract, organisationFields } from './contract.bodies';
import { planworkContract } from './contract.planwork';
import { areaContract } from './contract.area';

const links = {
  themeIds: z.array(slug).max(50).optional(),
  wijkIds: z.array(slug).max(50).optional(),
  interventionIds: z.array(slug).max(200).optional(),
};

const meetingFields = {
  body: z.enum(BODIES, { error: 'Kies het overleg: coalitie of programmateam.' }),
  title: line('De titel'),
  startsAt: dateTimeSchema,
  place: line('De plaats'),
  chairId: id.nullable(),
  notulistId: id.nullable(),
};

const agendaFields = {
  kind: z.enum(AGENDA_KINDS, { error: 'Kies een soort agendapunt.' }),
  title: line('De titel'),
  description: text('De toelichting').optional(),
  presenter: text('De inleider', 200).optional(),
  proposal: text('Het voorstel').optional(),
  ...links,
};

const bodySchema = z.enum(BODIES, { error: 'Kies het overleg: coalitie of programmateam.' });
const year = z
  .number({ error: 'Het jaar moet een getal zijn.' })
  .int({ error: 'Het jaar moet een geheel getal zijn.' })
  .min(2000, { error: 'Kies een jaar tussen 2000 en 2100.' })
  .max(2100, { error: 'Kies een jaar tussen 2000 en 2100.' });
const actionFilters = z
  .object({
    status: z.enum(ACTION_STATUSES, { error: 'Onbekende status.' }).optional(),
    ownerPersonId: id.optional(),
    ownerOrganisationId: id.optional(),
    themeId: slug.optional(),
  })
  .strict();
const period = z
  .object({ from: dateSchema, to: dateSchema })
  .strict()
  .refine((p) => p.from <= p.to, { error: 'De begindatum ligt na de einddatum.' });

const coreContract = {
  'profile:get': { input: z.object({}).strict(), output: {} as Profile },

  'coalition:list': { input: z.object({}).strict(), output: {} as Organisation[] },
  'organisations:create': {
    input: z.object(organisationFields).strict(),
    output: {} as Organisation,
  },
  'people:create': {
    input: z
      .object({
        name: line('De naam'),
        organisationId: id,
        role: z.enum(ROLES, { error: 'Kies een rol.' }),
        // The body they take a seat in: the coalition unless another is chosen; null for none.
        bodyId: id.nullable().optional(),
      })
      .strict(),
    output: {} as Person,
  },
  'people:update': {
    input: z
      .object({ id, name: line('De naam'), organisationId: id, role: z.enum(ROLES, { error: 'Kies een rol.' }) })
      .strict(),
    output: {} as Person,
  },
  'people:setLeft': { input: z.object({ id, leftOn: dateSchema.nullable() }).strict(), output: {} as Person },

  'meetings:list': { input: z.object({}).strict(), output: {} as MeetingSummary[] },
  'meetings:get': { input: z.object({ id }).strict(), output: {} as MeetingDetail },
  'meetings:create': {
    input: z
      .object({
        ...meetingFields,
        // 'standaard' starts from the body's standard agenda; 'leeg' (the default) from nothing.
        agenda: z.enum(['standaard', 'leeg'], { error: 'Kies standaardagenda of lege agenda.' }).optional(),
        copyAgendaFromMeetingId: id.optional(),
      })
      .strict(),
    output: {} as MeetingDetail,
  },
  'meetings:update': { input: z.object({ id, ...meetingFields }).strict(), output: {} as MeetingDetail },
  'meetings:setStatus': {
    input: z.object({ id, status: z.enum(MEETING_STATUSES, { error: 'Onbekende status.' }) }).strict(),
    output: {} as MeetingDetail,
  },

  'agenda:add': { input: z.object({ meetingId: id, ...agendaFields }).strict(), output: {} as AgendaItem },
  'agenda:update': { input: z.object({ id, ...agendaFields }).strict(), output: {} as AgendaItem },
  'agenda:move': {
    input: z.object({ id, position: z.number().int().min(1).max(10_000) }).strict(),
    output: {} as AgendaItem[],
  },
  'agenda:remove': { input: z.object({ id }).strict(), output: {} as AgendaItem[] },
  'agenda:setNotes': { input: z.object({ id, notes: text('De aantekeningen') }).strict(), output: {} as AgendaItem },

  'attendance:set': {
    input: z
      .object({
        meetingId: id,
        personId: id,
        status: z.enum(ATTENDANCE_STATUSES, { error: 'Kies aanwezig, afwezig met bericht of afwezig.' }).nullable(),
      })
      .strict(),
    output: {} as MeetingDetail['attendance'],
  },
  'attendance:markAllPresent': { input: z.object({ meetingId: id }).strict(), output: {} as MeetingDetail['attendance'] },
  'attendance:copyPrevious': { input: z.object({ meetingId: id }).strict(), output: {} as MeetingDetail['attendance'] },

  'reviews:answer': {
    input: z
      .object({
        agendaItemId: id,
        checklistItemId: id,
        answer: z.enum(ANSWERS, { error: 'Kies ja, deels, nee of n.v.t.' }),
        explanation: text('De toelichting', 5_000),
        /** The stored answer's answeredAt this answer was based on (null: none yet); omitted, it is not checked. */
        expectedAnsweredAt: z.string().max(40).nullable().optional(),
      })
      .strict(),
    output: {} as AgendaItem,
  },
  'decisions:decide': {
    input: z
      .object({
        agendaItemId: id,
        outcome: z.enum(OUTCOMES, { error: 'Kies een uitkomst.' }),
        text: text('De besluittekst'),
      })
      .strict(),
    output: {} as AgendaItem,
  },

  'actions:create': {
    input: z
      .object({
        meetingId: id,
        agendaItemId: id.nullable().optional(),
        checklistItemId: id.nullable().optional(),
        description: line('De actie', 2_000),
        ownerPersonId: id.nullable().optional(),
        ownerOrganisationId: id.nullable().optional(),
        dueDate: dateSchema.nullable().optional(),
      })
      .strict(),
    output: {} as ActionItem,
  },
  'actions:setStatus': {
    input: z
      .object({ id, status: z.enum(ACTION_STATUSES, { error: 'Onbekende status.' }), meetingId: id.nullable().optional() })
      .strict(),
    output: {} as ActionItem,
  },
  'actions:remove': { input: z.object({ id }).strict(), output: { ok: true } as { ok: true } },

  'minutes:adopt': {
    input: z
      .object({ meetingId: id, atMeetingId: id, corrections: text('De correcties', 20_000).optional() })
      .strict(),
    output: {} as MeetingDetail,
  },
  'minutes:listAdoptable': { input: z.object({ meetingId: id }).strict(), output: {} as MinutesAdoptable },
  'minutes:export': {
    input: z
      .object({ meetingId: id, format: exportFormat })
      .strict(),
    output: {} as ExportedFile,
  },

  'year:get': { input: z.object({ year }).strict(), output: {} as YearPlan },
  'year:exportIcs': { input: z.object({ year }).strict(), output: {} as ExportedFile },
  'milestones:create': {
    input: z.object({ date: dateSchema, title: line('De titel'), description: text('De omschrijving', 5_000).optional() }).strict(),
    output: {} as Milestone,
  },
  'milestones:update': {
    input: z
      .object({ id, date: dateSchema, title: line('De titel'), description: text('De omschrijving', 5_000).optional() })
      .strict(),
    output: {} as Milestone,
  },
  'milestones:remove': { input: z.object({ id }).strict(), output: { ok: true } as { ok: true } },

  'templates:get': { input: z.object({ body: bodySchema }).strict(), output: {} as TemplateItem[] },
  'templates:set': {
    input: z
      .object({
        body: bodySchema,
        items: z
          .array(
            z
              .object({
                kind: z.enum(AGENDA_KINDS, { error: 'Kies een soort agendapunt.' }),
                title: line('De titel'),
                description: text('De toelichting', 5_000).optional(),
              })
              .strict(),
          )
          .max(50, { error: 'Een standaardagenda heeft hoogstens 50 punten.' }),
      })
      .strict(),
    output: {} as TemplateItem[],
  },
  'agenda:applyTemplate': { input: z.object({ meetingId: id }).strict(), output: {} as AgendaItem[] },
  'agenda:copyFrom': { input: z.object({ meetingId: id, sourceMeetingId: id }).strict(), output: {} as AgendaItem[] },
  'agenda:export': {
    input: z.object({ meetingId: id, format: exportFormat }).strict(),
    output: {} as ExportedFile,
  },

  'actions:list': { input: actionFilters, output: {} as ActionListEntry[] },
  'actions:export': {
    input: actionFilters.extend({ format: exportFormat }),
    output: {} as ExportedFile,
  },
  'actions:reschedule': {
    input: z.object({ id, dueDate: dateSchema.nullable() }).strict(),
    output: {} as ActionItem,
  },

  'decisions:list': { input: period, output: {} as DecisionListEntry[] },
  'decisions:export': {
    input: period.extend({ format: exportFormat }),
    output: {} as ExportedFile,
  },

  'presenter:set': {
    input: z.object({ meetingId: id, agendaItemId: id.nullable(), checklistItemId: id.nullable() }).strict(),
    output: {} as PresenterState,
  },
  'presenter:get': { input: z.object({ meetingId: id }).strict(), output: {} as PresenterState },

  'search:query': {
    input: z
      .object({
        q: wellFormed(
          z
            .string({ error: 'Zoektekst moet tekst zijn.' })
            .trim()
            .min(1, { error: 'Vul een zoekterm in.' })
            .max(200, { error: 'Een zoekterm mag hoogstens 200 tekens lang zijn.' }),
          'De zoekterm',
        ),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: {} as SearchHit[],
  },
} as const;

// Feature contracts live in shared/contract.<feature>.ts and are merged here, so each feature
// declares its channels in one place and the whole is still one typed contract.
export const contract = {
  ...coreContract,
  ...durabilityContract,
  ...registersContract,
  ...recordsContract,
  ...keurmerkContract,
  ...moneyContract,
  ...avgContract,
  ...bodiesContract,
  ...planworkContract,
  ...areaContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** The input as a handler receives it: checked (and trimmed) by the contract's schema. */
export type ValidInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The shape every call returns across the boundary. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };
export interface RpcError {
  code: ErrorCode;
  message: string; // Dutch, fit to show to a user
}
export type ErrorCode =
  | 'unknown-channel'
  | 'invalid-input'
  | 'not-found'
  | 'rule-violation'
  | 'conflict'
  | 'forbidden'
  // The disk is full, read-only or failing: the change was rolled back; it works again once that is fixed.
  | 'storage'
  // The database could not be opened safely; the app is read-only until a backup is restored.
  | 'rescue-mode'
  | 'internal';

/** The typed API the renderer calls; the preload and the web client both implement it. */
export type CoalitieApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<RpcResult<ChannelOutput<C>>>;
};
