// Domain types and Dutch labels shared by renderer and main. No platform imports here.
import type { AgendaHandoff, MemberRole } from './bodies';

export const ROLES = [
  'voorzitter',
  'lid',
  'bewonersvertegenwoordiger',
  'rijksvertegenwoordiger',
  'programmaleider',
  'notulist',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  voorzitter: 'Voorzitter',
  lid: 'Lid',
  bewonersvertegenwoordiger: 'Bewonersvertegenwoordiger',
  rijksvertegenwoordiger: 'Rijksvertegenwoordiger',
  programmaleider: 'Programmaleider',
  notulist: 'Notulist',
};

export const BODIES = ['coalitie', 'programmateam'] as const;
export type Body = (typeof BODIES)[number];
export const BODY_LABELS: Record<Body, string> = {
  coalitie: 'Maatschappelijke coalitie',
  programmateam: 'Programmateam',
};

export const MEETING_STATUSES = ['gepland', 'bezig', 'gehouden'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  gehouden: 'Gehouden',
};

export const AGENDA_KINDS = [
  'opening',
  'vaststelling-notulen',
  'actielijst',
  'besluit',
  'bespreking',
  'informatie',
  'rondvraag',
  'sluiting',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  opening: 'Opening',
  'vaststelling-notulen': 'Vaststelling notulen',
  actielijst: 'Actielijst',
  besluit: 'Besluit',
  bespreking: 'Bespreking',
  informatie: 'Informatie',
  rondvraag: 'Rondvraag',
  sluiting: 'Sluiting',
};

export const ANSWERS = ['ja', 'deels', 'nee', 'nvt'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = {
  ja: 'Ja',
  deels: 'Deels',
  nee: 'Nee',
  nvt: 'n.v.t.',
};
/** Answers that must be explained in a toelichting. */
export const ANSWERS_NEEDING_EXPLANATION: readonly Answer[] = ['deels', 'nee', 'nvt'];
/** Answers for which the review proposes a follow-up action. */
export const ANSWERS_SUGGESTING_FOLLOW_UP: readonly Answer[] = ['deels', 'nee'];

export const OUTCOMES = [
  'aangenomen',
  'aangenomen-met-wijzigingen',
  'aangehouden',
  'verworpen',
  'ingetrokken',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  aangenomen: 'Aangenomen',
  'aangenomen-met-wijzigingen': 'Aangenomen met wijzigingen',
  aangehouden: 'Aangehouden',
  verworpen: 'Verworpen',
  ingetrokken: 'Ingetrokken',
};
/** Outcomes that adopt a decision: these need all vinkjes answered first. */
export const ADOPTING_OUTCOMES: readonly Outcome[] = ['aangenomen', 'aangenomen-met-wijzigingen'];

export const ATTENDANCE_STATUSES = ['aanwezig', 'afwezig-met-bericht', 'afwezig'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  aanwezig: 'Aanwezig',
  'afwezig-met-bericht': 'Afwezig met bericht',
  afwezig: 'Afwezig',
};

export const ACTION_STATUSES = ['open', 'gereed', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  gereed: 'Gereed',
  vervallen: 'Vervallen',
};

export const INTERVENTION_KINDS = ['lopend initiatief', 'koppelkans', 'aanvullende kans'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'odt', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word (DOCX)',
  pdf: 'PDF',
  odt: 'ODT (OpenDocument)',
  md: 'Markdown',
};

// ---- Read models returned by the contract ----

/** The plan keeps five themes; a sixth area of attention is still to be worked out ("in ontwikkeling"). */
export const THEME_STATUSES = ['thema', 'in ontwikkeling'] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export interface Theme {
  id: string;
  name: string;
  ambition: string;
  status: ThemeStatus;
  /** The plan does not name it a theme in so many words; the extraction inferred it. */
  inferred: boolean;
  /** The plan's own caveat about this theme, shown where the theme is described. */
  caveat: string | null;
}
export interface Wijk {
  id: string;
  name: string;
  identity: string;
  /** False where the plan does not establish that the wijk belongs to the area. */
  inArea: boolean;
  caveat: string | null;
}
export interface ChecklistItem {
  id: number;
  key: string;
  position: number;
  question: string;
}
export interface Checklist {
  id: number;
  name: string;
  version: number;
  items: ChecklistItem[];
}
export interface InterventionSummary {
  id: string;
  title: string;
  kind: InterventionKind;
  summary: string;
  themeIds: string[];
  wijkIds: string[];
  parentId: string | null;
}
export interface Profile {
  areaName: string;
  municipality: string;
  programme: string;
  themes: Theme[];
  wijken: Wijk[];
  checklist: Checklist;
  interventions: InterventionSummary[];
}

export interface Person {
  id: number;
  name: string;
  organisationId: number;
  organisationName: string;
  role: Role;
  /** The day they left the coalition (YYYY-MM-DD); null while they take part. */
  leftOn: string | null;
}
export interface Organisation {
  id: number;
  name: string;
  /** One of the plan's sectors (shared/bodies.ts SECTORS) or, from earlier versions, free text. */
  sector: string | null;
  /** The plan names the organisation but not its sector: the profile inferred it, until the coalition sets one. */
  sectorInferred: boolean;
  /** What the area plan's facts note about the organisation (e.g. derived from a role, a collective name). */
  planNote: string | null;
  /** The day it joined the coalition (YYYY-MM-DD); null when not recorded (the signatories of 2023). */
  joinedOn: string | null;
  /** The day it left the coalition; null while it takes part. */
  leftOn: string | null;
  /** What it contributes: money, capacity or otherwise, in its own words. */
  contribution: string;
  /** The answer to "waarom kan juist deze partij het verschil maken?". */
  why: string;
  people: Person[];
}

export interface MeetingSummary {
  id: number;
  body: Body;
  title: string;
  startsAt: string; // local date-time, "YYYY-MM-DDTHH:mm" (Europe/Amsterdam wall clock)
  place: string;
  status: MeetingStatus;
  chairName: string | null;
  itemCount: number;
  decisionCount: number;
  /** When the minutes were adopted (at a later meeting); null until then. */
  adoptedAt: string | null;
}

export interface VinkjeAnswer {
  checklistItemId: number;
  position: number;
  question: string; // the wording the board answered
  answer: Answer;
  explanation: string;
  answeredAt: string;
  /** Register entries cited as evidence for this answer (kind, title and date as the board saw them). */
  citations?: CitedEntry[];
}

/** A register entry cited under a vinkje, as the board saw it when citing. */
export interface CitedEntry {
  id: number;
  kind: string;
  title: string;
  date: string;
}

export interface ActionItem {
  id: number;
  meetingId: number;
  agendaItemId: number | null;
  checklistItemId: number | null;
  description: string;
  ownerPersonId: number | null;
  ownerOrganisationId: number | null;
  ownerName: string;
  dueDate: string | null; // YYYY-MM-DD
  status: ActionStatus;
}

export interface Decision {
  proposal: string;
  outcome: Outcome | null;
  text: string;
  checklistId: number;
  answers: VinkjeAnswer[];
  /** Entries cited under vinkjes not answered (yet), e.g. of a decision that was held over; the minutes name them. */
  unansweredCitations?: { checklistItemId: number; citations: CitedEntry[] }[];
  decidedAt: string | null;
}

/** What a record is linked to: themes, wijken and interventions (agenda items, plans, register entries). */
export type Links = Pick<AgendaItem, 'themeIds' | 'wijkIds' | 'interventionIds'>;

export interface AgendaItem {
  id: number;
  position: number;
  kind: AgendaKind;
  title: string;
  description: string;
  presenter: string;
  notes: string;
  themeIds: string[];
  wijkIds: string[];
  interventionIds: string[];
  decision: Decision | null; // present for kind "besluit"
  /** On a coalition agenda: the programmateam item it came from ("Naar de coalitie"). */
  passedFrom?: AgendaHandoff;
  /** On a programmateam agenda: the coalition item it was put on. */
  passedTo?: AgendaHandoff;
}

export interface AttendanceEntry {
  personId: number;
  personName: string;
  organisationName: string;
  /** Their role in the meeting's body on its day. */
  role: MemberRole;
  status: AttendanceStatus | null;
}

export interface MeetingDetail {
  id: number;
  body: Body;
  title: string;
  startsAt: string;
  place: string;
  status: MeetingStatus;
  chairId: number | null;
  chairName: string | null;
  notulistId: number | null;
  notulistName: string | null;
  agenda: AgendaItem[];
  attendance: AttendanceEntry[];
  actions: ActionItem[];
  checklist: Checklist; // the checklist version reviews in this meeting use
  /** Open actions from earlier meetings of the same body, and those closed in this meeting. */
  carriedActions: ActionListEntry[];
  adoption: Adoption | null;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

// ---- The coalition's year (jaarplanning, actielijst, adoption, projector, search) ----

/** The area plan (ch. 7): the coalition meets at least three times a year. */
export const MIN_COALITION_MEETINGS_PER_YEAR = 3;

/** The standing item with the three steering questions of chapter 7 ("Jaarplanning"). */
export const STEERING_QUESTIONS = [
  'Ligt de focus bij iedereen nog op Groningen-Noord?',
  'Zijn we nog met de juiste dingen bezig?',
  'Wat loopt goed en waar hebben we nog keuzes te maken of moeten we bijsturen?',
] as const;

export interface Milestone {
  id: number;
  date: string; // YYYY-MM-DD
  title: string;
  description: string;
}

export interface YearPlan {
  year: number;
  meetings: MeetingSummary[];
  milestones: Milestone[];
  coalitionMeetingCount: number;
  /** Dutch warning while the year has fewer than three coalition meetings, else null. */
  warning: string | null;
}

export interface TemplateItem {
  kind: AgendaKind;
  title: string;
  description: string;
}

/** Where an action came from: a vinkje's follow-up, agreed with a decision, or added by hand. */
export type ActionSource = 'vinkje' | 'besluit' | 'handmatig';
export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = { vinkje: 'Vinkje', besluit: 'Besluit', handmatig: 'Handmatig' };

/** "Vinkje 4", "Besluit" or "Handmatig": where an action came from, on the actielijst and in its export. */
export function actionSourceLabel(a: { source: ActionSource; vinkjePosition: number | null }): string {
  return a.source === 'vinkje' && a.vinkjePosition !== null ? `Vinkje ${a.vinkjePosition}` : ACTION_SOURCE_LABELS[a.source];
}

export interface ActionListEntry extends ActionItem {
  meetingTitle: string;
  meetingStartsAt: string;
  closedInMeetingId: number | null;
  themeIds: string[];
  overdue: boolean;
  agendaItemTitle: string | null;
  /** The vinkje's number when the action is its follow-up. */
  vinkjePosition: number | null;
  source: ActionSource;
}

export interface MinutesCorrection {
  text: string;
  adoptedInMeetingId: number;
  createdAt: string;
}

export interface Adoption {
  adoptedAt: string; // YYYY-MM-DD, the date of the meeting that adopted the minutes
  adoptedInMeetingId: number;
  adoptedInMeetingTitle: string;
  corrections: MinutesCorrection[];
  /** The seal of the adopted minutes, checked when they were read; null only from older callers. */
  seal?: SealCheck | null;
}

/** One meeting's seal, checked before its adopted minutes are shown or exported. */
export interface SealCheck {
  /** The chain hash, printed in the exports so a paper copy can be checked; null when there is no seal. */
  seal: string | null;
  /** Also sealed with this installation's secret key, and that matches. */
  keyed: boolean;
  ok: boolean;
  /** In Dutch, naming the meeting: what no longer matches; null when ok. */
  problem: string | null;
}

/** What the vaststelling item of a meeting offers: whose minutes can be adopted there, and what was. */
export interface MinutesAdoptable {
  /** The meeting of the same body just before this one, or null. */
  previous: MeetingSummary | null;
  /** Held meetings of the same body before this one whose minutes are not adopted yet, latest first. */
  pending: MeetingSummary[];
  /** Meetings whose minutes were adopted in this meeting, oldest first, with the corrections recorded then. */
  adoptedHere: { meeting: MeetingSummary; corrections: MinutesCorrection[] }[];
}

export interface DecisionListEntry {
  meetingId: number;
  meetingTitle: string;
  meetingStartsAt: string;
  agendaItemId: number;
  title: string;
  outcome: Outcome;
  text: string;
  adoptedAt: string | null;
}

export interface PresenterState {
  meetingId: number;
  meetingTitle: string;
  startsAt: string;
  status: MeetingStatus;
  item: {
    id: number;
    position: number;
    kind: AgendaKind;
    title: string;
    proposal: string;
    /** Once the decision is taken: its outcome and text, shown large instead of the vinkje under discussion. */
    outcome: Outcome | null;
    decisionText: string;
  } | null;
  vinkje: { id: number; position: number; question: string } | null;
  answers: { position: number; question: string; answer: Answer | null; explanation: string }[];
  attendance: { organisationName: string; present: string[] }[];
  residentsPresent: number;
  /** Changes whenever anything the projector shows changes. */
  version: string;
}

export const SEARCH_KINDS = ['besluit', 'agendapunt', 'aantekening', 'toelichting', 'actie'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  besluit: 'Besluit',
  agendapunt: 'Agendapunt',
  aantekening: 'Aantekening',
  toelichting: 'Toelichting bij vinkje',
  actie: 'Actie',
};

/** Text split in plain and matched parts, so the renderer highlights without HTML. */
export type HighlightedText = { text: string; match: boolean }[];

export interface SearchHit {
  kind: SearchKind;
  meetingId: number;
  meetingTitle: string;
  meetingStartsAt: string;
  agendaItemId: number | null;
  title: string;
  snippet: HighlightedText;
}
