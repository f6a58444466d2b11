// Channels for the plan's organisation: bodies and memberships, trekkers per theme, the partners' make-up
// (sector, joining and leaving, contribution, "waarom deze partij") and "Naar de coalitie". Merged into the
// one contract in contract.ts.
import { z } from 'zod';
import type { AgendaItem, Organisation } from './domain';
import { MEMBER_ROLES, type BodyDetail, type BodySummary, type Membership, type ThemeTrekkers } from './bodies';
import { dateSchema, id, line, slug, text } from './schemas';

const memberRole = z.enum(MEMBER_ROLES, { error: 'Kies een rol.' });
const membershipFields = {
  role: memberRole,
  themeId: slug.nullable().optional(),
  startsOn: dateSchema.nullable().optional(),
  endsOn: dateSchema.nullable().optional(),
};
const inOrder = (m: { startsOn?: string | null | undefined; endsOn?: string | null | undefined }) =>
  !m.startsOn || !m.endsOn || m.startsOn < m.endsOn;
const orderMessage = { error: 'De einddatum moet na de begindatum liggen.' };

/** The fields of an organisation; organisations:create (contract.ts) takes the same. */
export const organisationFields = {
  name: line('De naam'),
  sector: text('De sector', 200).optional(),
  joinedOn: dateSchema.nullable().optional(),
  contribution: text('De bijdrage', 5_000).optional(),
  why: text('Het antwoord op "waarom deze partij"', 5_000).optional(),
};

export const bodiesContract = {
  'bodies:list': { input: z.object({}).strict(), output: {} as BodySummary[] },
  'bodies:get': { input: z.object({ id }).strict(), output: {} as BodyDetail },
  'bodies:createWorkgroup': {
    input: z.object({ name: line('De naam'), purpose: text('Het doel', 2_000).optional() }).strict(),
    output: {} as BodyDetail,
  },
  'bodies:update': {
    input: z.object({ id, name: line('De naam'), purpose: text('Het doel', 2_000).optional() }).strict(),
    output: {} as BodyDetail,
  },
  'memberships:add': {
    input: z.object({ bodyId: id, personId: id, ...membershipFields }).strict().refine(inOrder, orderMessage),
    output: {} as Membership,
  },
  'memberships:update': {
    input: z.object({ id, ...membershipFields }).strict().refine(inOrder, orderMessage),
    output: {} as Membership,
  },
  'memberships:end': { input: z.object({ id, endsOn: dateSchema.nullable() }).strict(), output: {} as Membership },
  'themes:trekkers': { input: z.object({}).strict(), output: {} as ThemeTrekkers[] },
  'organisations:update': { input: z.object({ id, ...organisationFields }).strict(), output: {} as Organisation },
  'organisations:setLeft': { input: z.object({ id, leftOn: dateSchema.nullable() }).strict(), output: {} as Organisation },
  'agenda:passToCoalition': { input: z.object({ agendaItemId: id }).strict(), output: {} as AgendaItem },
} as const;
