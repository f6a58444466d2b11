// The plan's organisation: bodies (coalitie, programmateam, kernteam, werkgroepen) with members and roles,
// membership with dates, and the partners' sectors with the balance the plan asks for. No platform imports.
import type { NamedRef } from './refs';

export const BODY_KINDS = ['coalitie', 'programmateam', 'kernteam', 'werkgroep'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  coalitie: 'Maatschappelijke coalitie',
  programmateam: 'Programmateam',
  kernteam: 'Kernteam',
  werkgroep: 'Werkgroep',
};

/** Roles in a body. Rijksvertegenwoordiger and notulist are kept from the people's roles of earlier versions. */
export const MEMBER_ROLES = [
  'voorzitter',
  'programmaleider',
  'coordinator',
  'trekker',
  'lid',
  'bewonersvertegenwoordiger',
  'rijksvertegenwoordiger',
  'notulist',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  voorzitter: 'Voorzitter',
  programmaleider: 'Programmaleider',
  coordinator: 'Coördinator',
  trekker: 'Trekker',
  lid: 'Lid',
  bewonersvertegenwoordiger: 'Bewonersvertegenwoordiger',
  rijksvertegenwoordiger: 'Rijksvertegenwoordiger',
  notulist: 'Notulist',
};
/** Roles that are held for a theme ("per inhoudelijk thema … trekker", "coördinatoren op alle thema's"). */
export const THEME_ROLES: readonly MemberRole[] = ['trekker', 'coordinator'];

export interface Membership {
  id: number;
  bodyId: number;
  personId: number;
  personName: string;
  organisationId: number;
  organisationName: string;
  role: MemberRole;
  themeId: string | null;
  themeName: string | null;
  /** First day as a member (YYYY-MM-DD); null when not known (members from before bodies were kept). */
  startsOn: string | null;
  /** First day no longer a member; null while a member. */
  endsOn: string | null;
}

export interface BodySummary {
  id: number;
  kind: BodyKind;
  name: string;
  purpose: string;
  /** Members on the given day (today unless asked otherwise). */
  currentMemberCount: number;
}

export interface BodyDetail extends Omit<BodySummary, 'currentMemberCount'> {
  /** Every membership, past and present, current ones first. */
  memberships: Membership[];
}

/** Trekkers per theme in the programmateam, with the plan's rule of at least two. */
export interface ThemeTrekkers {
  themeId: string;
  themeName: string;
  trekkers: NamedRef[];
  /** Fewer than the plan's minimum. */
  short: boolean;
}

// ---- Sectors and the coalition's balance ----

/** The sectors the plan names for the coalition (H5), those it says are missing (H7), and a few it works with. */
export const SECTORS = [
  'bewoners',
  'gemeente',
  'woningcorporaties',
  'politie',
  'welzijn',
  'zorg',
  'werkgevers',
  'ondernemers',
  'onderwijs',
  'kinderopvang',
  'sport',
  'rijk',
  'overig',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  bewoners: 'Bewoners',
  gemeente: 'Gemeente',
  woningcorporaties: 'Woningcorporaties',
  politie: 'Politie',
  welzijn: 'Welzijn',
  zorg: 'Zorg',
  werkgevers: 'Werkgevers',
  ondernemers: 'Ondernemers',
  onderwijs: 'Onderwijs',
  kinderopvang: 'Kinderopvang',
  sport: 'Sport',
  rijk: 'Het Rijk',
  overig: 'Overig',
};
/**
 * "Ook ontbreken bepaalde partijen, zoals de zorgsector, ondernemers en werkgevers." (gebiedsplan, H7;
 * domain file coalitie.ontbrekende_organisatietypen).
 */
export const MISSING_SECTORS_IN_PLAN: readonly Sector[] = ['zorg', 'ondernemers', 'werkgevers'];
export const PLAN_MISSING_SECTORS_QUOTE =
  'De maatschappelijke coalitie is nog niet compleet. Op dit moment zijn er veel deelnemers vanuit de gemeente. Ook ontbreken bepaalde partijen, zoals de zorgsector, ondernemers en werkgevers.';
/** Why a sector marked as inferred is not the plan's own: its list of signatories names organisations only. */
export const SECTOR_INFERRED_REASON =
  'Het gebiedsplan noemt niet in welke sector deze partij zit; de sector is afgeleid uit hoe de partij in de namenlijst onder de belofte staat.';
export const WHY_THIS_PARTNER_QUESTION = 'Waarom kan juist deze partij het verschil maken?';

// The area profile and earlier versions kept the sector as free text ("woningcorporatie", "welzijn/werk");
// these are read as the plan's sector they name, so nothing stored has to be rewritten.
const SECTOR_SYNONYMS: Record<string, Sector> = {
  woningcorporatie: 'woningcorporaties',
  'welzijn/werk': 'welzijn',
  'welzijn (sociaal werk)': 'welzijn',
  'sociaal werk': 'welzijn',
  zorgsector: 'zorg',
  'het rijk': 'rijk',
  werkgever: 'werkgevers',
  ondernemer: 'ondernemers',
};

/** The plan's sector a stored sector text names, or null when it names none (it is then shown as written). */
export function sectorOf(text: string | null): Sector | null {
  if (!text) return null;
  const key = text.trim().toLowerCase();
  if ((SECTORS as readonly string[]).includes(key)) return key as Sector;
  return SECTOR_SYNONYMS[key] ?? null;
}

/** How a stored sector reads: the plan's label where it names one, else the text as written. */
export function sectorLabel(text: string | null): string {
  const sector = sectorOf(text);
  return sector ? SECTOR_LABELS[sector] : (text?.trim() ?? '');
}

// ---- "Naar de coalitie": a programmateam item put on the coalition's next agenda ----

/** The other end of a handoff: the item, and the meeting it is on. */
export interface AgendaHandoff {
  agendaItemId: number;
  title: string;
  meetingId: number;
  meetingTitle: string;
  meetingStartsAt: string;
  body: BodyKind;
}
