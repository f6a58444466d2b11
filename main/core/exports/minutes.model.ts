// The minutes as a render-ready model: every label resolved, every date formatted, every text cleaned.
// minutes.document.ts lays it out in the one document model, so every format says the same.
import {
  ACTION_STATUS_LABELS,
  AGENDA_KIND_LABELS,
  ANSWER_LABELS,
  BODY_LABELS,
  OUTCOME_LABELS,
  type ActionItem,
  type ActionListEntry,
  type Adoption,
  type AgendaItem,
  type AgendaKind,
  type AttendanceEntry,
  type ChecklistItem,
  type CitedEntry,
  type Decision,
  type MeetingDetail,
  type Profile,
  type SealCheck,
  type VinkjeAnswer,
} from '../../../shared/domain';
import { formatDate, formatDateTime, formatInstant } from '../../../shared/format';
import { REGISTER_KIND_LABELS, type RegisterKind } from '../../../shared/registers';
import { STEERING_ASSESSMENT_LABELS, STEERING_QUESTIONS, type SteeringAnswers } from '../../../shared/planwork';

export interface MinutesInput {
  meeting: MeetingDetail;
  profile: Profile;
  generatedAt: Date;
  /** The coalition's answers to the sturingsvragen in this meeting, if any. */
  steering?: SteeringAnswers | null;
}

export interface LabelledValue {
  label: string;
  value: string;
}

export interface PersonLine {
  name: string;
  organisation: string;
  /** "Naam (Organisatie)" */
  text: string;
}

export interface VinkjeRow {
  /** The vinkje's number (1–7). */
  number: number;
  /** The wording answered, or the checklist's wording when unanswered. */
  question: string;
  answered: boolean;
  /** Answer label, or "Niet beantwoord". */
  answer: string;
  /** The toelichting, followed by the register entries the answer cites ("Aangehaald: …"). */
  explanation: string;
  /** The cited register entries, one line each, e.g. "Bewonersfeedback “Avond in Beijum” (12 maart 2026)". */
  cited: string[];
}

export interface DecisionModel {
  proposal: string;
  decided: boolean;
  /** Outcome label, or "Nog geen besluit". */
  outcome: string;
  text: string;
  vinkjes: VinkjeRow[];
}

export interface ActionRow {
  number: number;
  description: string;
  owner: string;
  dueDate: string;
  status: string;
  /** e.g. "n.a.v. agendapunt 3; n.a.v. vinkje 4"; empty when the action came from the meeting as a whole. */
  origin: string;
  /** One line for the list under an agenda item: "Actie 2: … (WIJ Groningen, uiterlijk 1 maart 2027, open, …)". */
  summary: string;
}

/** An action from an earlier meeting that is still open, or was closed in this one. */
export interface CarriedActionRow {
  description: string;
  owner: string;
  dueDate: string;
  /** Status label, with ", verlopen" when open past its due date. */
  status: string;
  /** The meeting it came from: "Coalitieoverleg september (24 september 2026)". */
  meeting: string;
}

export interface AgendaItemModel {
  number: number;
  title: string;
  kind: string;
  presenter: string;
  description: string;
  notes: string;
  /** Only the kinds of link the item has: "Thema's", "Wijken", "Interventies". */
  links: LabelledValue[];
  /** What renderers print under the heading: kind (unless the title says it), presenter, links. */
  meta: LabelledValue[];
  decision: DecisionModel | null;
  /** Actions raised under this item, numbered as in the actielijst. */
  actions: ActionRow[];
}

export interface DecisionListRow {
  number: number;
  title: string;
  outcome: string;
  text: string;
}

export interface MinutesModel {
  /** "Notulen" once the meeting has been held, "Conceptnotulen" before; marked when the seal no longer matches. */
  documentTitle: string;
  isDraft: boolean;
  meetingTitle: string;
  /** e.g. "Nationaal Programma Leefbaarheid en Veiligheid (NPLV) — Groningen-Noord" */
  subtitle: string;
  bodyLabel: string;
  /** "YYYY-MM-DD", for the file name. */
  isoDate: string;
  /** e.g. "donderdag 3 december 2026, 19:30" */
  dateTime: string;
  /** The checklist's name, e.g. "De zeven vinkjes van Groningen-Noord". */
  checklistName: string;
  /**
   * Overleg, Datum, Plaats, Voorzitter, Notulist, in that order; Status (vastgesteld op …) and Zegel once adopted.
   * A "Waarschuwing" comes first when the adopted minutes no longer match their seal.
   */
  header: LabelledValue[];
  /** Corrections adopted with or after the minutes, oldest first. */
  corrections: string[];
  present: PersonLine[];
  absentWithNotice: PersonLine[];
  items: AgendaItemModel[];
  /** The sturingsvragen answered in this meeting: question and answer (with its toelichting); empty when none. */
  steering: LabelledValue[];
  decisionList: DecisionListRow[];
  actions: ActionRow[];
  carriedActions: CarriedActionRow[];
  generatedAt: Date;
  /** "Gegenereerd met Coalitietafel op …" */
  colophon: string;
}

/** Fixed Dutch wording shared by all three formats. */
export const MINUTES_TEXT = {
  present: 'Aanwezig',
  absentWithNotice: 'Afwezig met bericht',
  nobody: 'Niemand geregistreerd.',
  description: 'Toelichting',
  notes: 'Bespreking',
  proposal: 'Voorstel',
  decision: 'Besluit',
  actions: 'Acties',
  vinkjeColumns: ['Nr.', 'Vraag', 'Antwoord', 'Toelichting'],
  decisionList: 'Besluitenlijst',
  decisionListColumns: ['Agendapunt', 'Onderwerp', 'Uitkomst', 'Besluit'],
  noDecisions: 'In deze vergadering zijn geen besluiten genomen.',
  actionList: 'Actielijst',
  actionListColumns: ['Nr.', 'Actie', 'Eigenaar', 'Uiterlijk', 'Status', 'Herkomst'],
  noActions: 'Er zijn in deze vergadering geen acties afgesproken.',
  carriedActions: 'Acties uit eerdere vergaderingen',
  carriedActionColumns: ['Actie', 'Eigenaar', 'Uiterlijk', 'Status', 'Uit vergadering'],
  corrections: 'Correcties',
  steering: 'Sturingsvragen',
  steeringColumns: ['Vraag', 'Antwoord'],
  page: (current: number, total: number) => `Pagina ${current} van ${total}`,
} as const;

export const NOT_ANSWERED = 'Niet beantwoord';
export const NO_DECISION_YET = 'Nog geen besluit';
/** Shown for a missing owner, date or name, so an empty cell never reads as an oversight. */
export const UNKNOWN = '—';

/** "Gegenereerd met Coalitietafel op 4 december 2026 om 10:15" (Groningen time). */
export function colophonText(generatedAt: Date): string {
  return `Gegenereerd met Coalitietafel op ${formatInstant(generatedAt)}`;
}

/** "donderdag 3 december 2026, 19:30" for a local "YYYY-MM-DDTHH:mm". */
export function formatMeetingDateTime(startsAt: string): string {
  return startsAt.length > 10 ? formatDateTime(startsAt, { weekday: 'long' }) : formatDate(startsAt, { weekday: 'long' });
}

// Control characters other than tab and newline are invalid in XML (DOCX) and invisible elsewhere.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Normalises user text: LF line ends, no control characters, no surrounding blank space. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').trim();
}

/** For fields meant to be one line (titles, names): a stray line break would break a heading or a list. */
export function cleanLine(value: string | null | undefined): string {
  return cleanText(value).replace(/\s*\n\s*/g, ' ');
}

/**
 * "Soort: Besluit", the first meta line of every agenda item in the agenda and the minutes, also where the title
 * repeats it ("1. Opening"): the kind tells a reader whether a decision, a discussion or only information was on the
 * table, and a line left out only where a title happened to match read as if those items had no kind.
 */
export const kindField = (kind: AgendaKind): LabelledValue => ({ label: 'Soort', value: AGENDA_KIND_LABELS[kind] });

/** "Nationaal Programma … — Groningen-Noord": the line under every export's title. */
export function programmeSubtitle(profile: Profile): string {
  return [cleanLine(profile.programme), cleanLine(profile.areaName)].filter(Boolean).join(' — ');
}

function personLine(entry: AttendanceEntry): PersonLine {
  const name = cleanLine(entry.personName);
  const organisation = cleanLine(entry.organisationName);
  return { name, organisation, text: organisation ? `${name} (${organisation})` : name };
}

function namesOf(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  // An id the profile no longer knows is still shown rather than silently dropped.
  return ids.map((id) => names.get(id) ?? id).join(', ');
}

/** Names of the profile's themes, wijken and interventions by id. */
export interface ProfileNames {
  themes: ReadonlyMap<string, string>;
  wijken: ReadonlyMap<string, string>;
  interventions: ReadonlyMap<string, string>;
}

interface Lookups extends ProfileNames {
  checklistPositions: ReadonlyMap<number, number>;
}

export function profileNames(profile: Profile): ProfileNames {
  return {
    themes: new Map(profile.themes.map((t) => [t.id, t.name])),
    wijken: new Map(profile.wijken.map((w) => [w.id, w.name])),
    interventions: new Map(profile.interventions.map((i) => [i.id, i.title])),
  };
}

/** The item's themes, wijken and interventions by name, only the kinds it has. */
export function linksOf(item: AgendaItem, lookups: ProfileNames): LabelledValue[] {
  const links: LabelledValue[] = [];
  if (item.themeIds.length > 0) links.push({ label: "Thema's", value: namesOf(item.themeIds, lookups.themes) });
  if (item.wijkIds.length > 0) links.push({ label: 'Wijken', value: namesOf(item.wijkIds, lookups.wijken) });
  if (item.interventionIds.length > 0) {
    links.push({ label: 'Interventies', value: namesOf(item.interventionIds, lookups.interventions) });
  }
  return links;
}

function citedLine(c: CitedEntry): string {
  const kind = REGISTER_KIND_LABELS[c.kind as RegisterKind] ?? cleanLine(c.kind);
  return `${kind} “${cleanLine(c.title)}” (${formatDate(c.date)})`;
}

/** The toelichting with the evidence after it, in the same cell, so all three formats carry it. */
function withEvidence(explanation: string, cited: readonly string[]): string {
  return cited.length > 0 ? [explanation, `Aangehaald: ${cited.join('; ')}`].filter(Boolean).join('\n') : explanation;
}

function answeredRow(number: number, answer: VinkjeAnswer): VinkjeRow {
  const cited = (answer.citations ?? []).map(citedLine);
  return {
    number,
    question: cleanLine(answer.question),
    answered: true,
    answer: ANSWER_LABELS[answer.answer],
    explanation: withEvidence(cleanText(answer.explanation), cited),
    cited,
  };
}

/**
 * One row per vinkje of the meeting's checklist, in order. Answers are matched by checklist item; an answer given
 * against another version of the checklist is matched by position, and any answer still left over is kept too.
 */
function vinkjeRows(
  items: readonly ChecklistItem[],
  answers: readonly VinkjeAnswer[],
  unansweredCitations: Decision['unansweredCitations'] = [],
): VinkjeRow[] {
  const citedUnanswered = new Map(unansweredCitations.map((u) => [u.checklistItemId, u.citations.map(citedLine)]));
  const sortedItems = [...items].sort((a, b) => a.position - b.position);
  const unmatched = new Map(answers.map((a) => [a.checklistItemId, a]));
  const rows: (VinkjeRow | null)[] = sortedItems.map((item) => {
    const answer = unmatched.get(item.id);
    if (!answer) return null;
    unmatched.delete(item.id);
    return answeredRow(item.position, answer);
  });
  sortedItems.forEach((item, index) => {
    if (rows[index]) return;
    const byPosition = [...unmatched.values()].find((a) => a.position === item.position);
    if (byPosition) {
      unmatched.delete(byPosition.checklistItemId);
      rows[index] = answeredRow(item.position, byPosition);
    } else {
      // Evidence cited before the vinkje was answered (a held-over decision) still belongs in the minutes.
      const cited = citedUnanswered.get(item.id) ?? [];
      rows[index] = {
        number: item.position,
        question: cleanLine(item.question),
        answered: false,
        answer: NOT_ANSWERED,
        explanation: withEvidence('', cited),
        cited,
      };
    }
  });
  const leftOver = [...unmatched.values()].sort((a, b) => a.position - b.position).map((a) => answeredRow(a.position, a));
  return [...(rows as VinkjeRow[]), ...leftOver];
}

function decisionModel(decision: Decision, checklist: readonly ChecklistItem[]): DecisionModel {
  return {
    proposal: cleanText(decision.proposal),
    decided: decision.outcome !== null,
    outcome: decision.outcome ? OUTCOME_LABELS[decision.outcome] : NO_DECISION_YET,
    text: cleanText(decision.text),
    vinkjes: vinkjeRows(checklist, decision.answers, decision.unansweredCitations),
  };
}

function actionRow(
  action: ActionItem,
  number: number,
  itemNumbers: ReadonlyMap<number, number>,
  lookups: Lookups,
): ActionRow {
  const origin: string[] = [];
  if (action.agendaItemId !== null) {
    const itemNumber = itemNumbers.get(action.agendaItemId);
    if (itemNumber !== undefined) origin.push(`n.a.v. agendapunt ${itemNumber}`);
  }
  if (action.checklistItemId !== null) {
    const position = lookups.checklistPositions.get(action.checklistItemId);
    if (position !== undefined) origin.push(`n.a.v. vinkje ${position}`);
  }
  const description = cleanLine(action.description);
  const owner = cleanLine(action.ownerName);
  const dueDate = action.dueDate ? formatDate(action.dueDate) : '';
  const status = ACTION_STATUS_LABELS[action.status];
  const details = [owner, dueDate && `uiterlijk ${dueDate}`, status.toLowerCase(), ...origin].filter(Boolean);
  return {
    number,
    description,
    owner: owner || UNKNOWN,
    dueDate: dueDate || UNKNOWN,
    status,
    origin: origin.join('; '),
    summary: `Actie ${number}: ${description} (${details.join(', ')})`,
  };
}

/** An action from the actielijst as one row: status with ", verlopen" when overdue, meeting with its date. */
export function carriedActionRow(action: ActionListEntry): CarriedActionRow {
  const status = ACTION_STATUS_LABELS[action.status];
  return {
    description: cleanLine(action.description),
    owner: cleanLine(action.ownerName) || UNKNOWN,
    dueDate: action.dueDate ? formatDate(action.dueDate) : UNKNOWN,
    status: action.status === 'open' && action.overdue ? `${status}, verlopen` : status,
    meeting: meetingLabel(action.meetingTitle, action.meetingStartsAt),
  };
}

/** "Coalitieoverleg september (24 september 2026)"; just the date when the title is empty. */
export function meetingLabel(title: string, startsAt: string): string {
  const cleanTitle = cleanLine(title);
  const date = formatDate(startsAt.slice(0, 10));
  return cleanTitle ? `${cleanTitle} (${date})` : date;
}

/**
 * The seal of adopted minutes, printed so a paper copy can be checked against the archive; and, when the records
 * no longer match it, a warning that cannot be missed. The minutes are still exported (the notulist may need them
 * to show what changed), but marked in the title, the file name and first in the header.
 */
function sealLines(seal: SealCheck | null | undefined): { warning: LabelledValue[]; seal: LabelledValue[] } {
  if (!seal) return { warning: [], seal: [] };
  return {
    warning: seal.ok ? [] : [{ label: 'Waarschuwing', value: seal.problem ?? SEAL_BROKEN }],
    seal: seal.seal
      ? [{ label: 'Zegel', value: `${seal.seal}${seal.keyed ? ' (met sleutel)' : ''}${seal.ok ? '' : ' — klopt niet meer met de gegevens'}` }]
      : [],
  };
}

const SEAL_BROKEN = 'Deze vastgestelde notulen zijn gewijzigd na vaststelling.';
export const CHANGED_TITLE_SUFFIX = ' (gewijzigd na vaststelling)';

/** "11 maart 2027, in de vergadering Coalitieoverleg maart" */
function adoptionLine(adoption: Adoption): string {
  const where = cleanLine(adoption.adoptedInMeetingTitle);
  return `Vastgesteld op ${formatDate(adoption.adoptedAt)}${where ? `, in de vergadering ${where}` : ''}`;
}

/** The sturingsvragen as answered: "Deels — toelichting" for the first two, the text for the open halves. */
function steeringRows(answers: SteeringAnswers | null | undefined): LabelledValue[] {
  if (!answers) return [];
  const assessed = (assessment: SteeringAnswers['focus'], note: string) =>
    [assessment ? STEERING_ASSESSMENT_LABELS[assessment] : '', cleanText(note)].filter(Boolean).join(' — ');
  const rows = [
    { label: STEERING_QUESTIONS.focus, value: assessed(answers.focus, answers.focusNote) },
    { label: STEERING_QUESTIONS.rightThings, value: assessed(answers.rightThings, answers.rightThingsNote) },
    { label: STEERING_QUESTIONS.goingWell, value: cleanText(answers.goingWell) },
    { label: STEERING_QUESTIONS.toAdjust, value: cleanText(answers.toAdjust) },
  ];
  return rows.filter((r) => r.value !== '');
}

export function buildMinutesModel({ meeting, profile, generatedAt, steering }: MinutesInput): MinutesModel {
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const itemNumbers = new Map(agenda.map((item, index) => [item.id, index + 1]));

  // Vinkje numbers come from the meeting's checklist; answers carry their own position for older versions.
  const checklistPositions = new Map(meeting.checklist.items.map((item) => [item.id, item.position]));
  for (const item of agenda) {
    for (const answer of item.decision?.answers ?? []) {
      if (!checklistPositions.has(answer.checklistItemId)) checklistPositions.set(answer.checklistItemId, answer.position);
    }
  }
  const lookups: Lookups = { ...profileNames(profile), checklistPositions };

  const actions = meeting.actions.map((action, index) => actionRow(action, index + 1, itemNumbers, lookups));
  const actionsByItem = new Map<number, ActionRow[]>();
  meeting.actions.forEach((action, index) => {
    if (action.agendaItemId === null) return;
    const list = actionsByItem.get(action.agendaItemId) ?? [];
    list.push(actions[index] as ActionRow);
    actionsByItem.set(action.agendaItemId, list);
  });

  const items: AgendaItemModel[] = agenda.map((item, index) => {
    const title = cleanLine(item.title);
    const kind = AGENDA_KIND_LABELS[item.kind];
    const presenter = cleanLine(item.presenter);
    const links = linksOf(item, lookups);
    const meta: LabelledValue[] = [
      kindField(item.kind),
      ...(presenter ? [{ label: 'Inleider', value: presenter }] : []),
      ...links,
    ];
    return {
      number: index + 1,
      title,
      kind,
      presenter,
      description: cleanText(item.description),
      notes: cleanText(item.notes),
      links,
      meta,
      decision: item.kind === 'besluit' && item.decision ? decisionModel(item.decision, meeting.checklist.items) : null,
      actions: actionsByItem.get(item.id) ?? [],
    };
  });

  const decisionList: DecisionListRow[] = items.flatMap((item) =>
    item.decision?.decided
      ? [{ number: item.number, title: item.title, outcome: item.decision.outcome, text: item.decision.text }]
      : [],
  );

  const isDraft = meeting.status !== 'gehouden';
  // Read defensively: both arrived later in MeetingDetail and older callers may not fill them.
  const adoption = meeting.adoption ?? null;
  const carriedActions = (meeting.carriedActions ?? []).map(carriedActionRow);
  const bodyLabel = BODY_LABELS[meeting.body];
  const dateTime = formatMeetingDateTime(meeting.startsAt);
  const attendance = meeting.attendance;
  const seal = sealLines(adoption?.seal);
  const changed = adoption?.seal?.ok === false;

  return {
    documentTitle: (isDraft ? 'Conceptnotulen' : 'Notulen') + (changed ? CHANGED_TITLE_SUFFIX : ''),
    isDraft,
    meetingTitle: cleanLine(meeting.title),
    subtitle: programmeSubtitle(profile),
    bodyLabel,
    isoDate: meeting.startsAt.slice(0, 10),
    dateTime,
    checklistName: cleanLine(meeting.checklist.name) || 'De zeven vinkjes',
    header: [
      ...seal.warning,
      { label: 'Overleg', value: bodyLabel },
      { label: 'Datum', value: dateTime },
      { label: 'Plaats', value: cleanLine(meeting.place) || UNKNOWN },
      { label: 'Voorzitter', value: cleanLine(meeting.chairName) || UNKNOWN },
      { label: 'Notulist', value: cleanLine(meeting.notulistName) || UNKNOWN },
      ...(adoption ? [{ label: 'Status', value: adoptionLine(adoption) }] : []),
      ...seal.seal,
    ],
    corrections: (adoption?.corrections ?? []).map((c) => cleanText(c.text)).filter(Boolean),
    present: attendance.filter((a) => a.status === 'aanwezig').map(personLine),
    absentWithNotice: attendance.filter((a) => a.status === 'afwezig-met-bericht').map(personLine),
    items,
    steering: steeringRows(steering),
    decisionList,
    actions,
    carriedActions,
    generatedAt,
    colophon: colophonText(generatedAt),
  };
}
