// The actielijst and the besluitenlijst as render-ready models: labels resolved, dates formatted, text cleaned.
import {
  ACTION_STATUS_LABELS,
  OUTCOME_LABELS,
  actionSourceLabel,
  type ActionListEntry,
  type ActionStatus,
  type DecisionListEntry,
  type Profile,
} from '../../../shared/domain';
import { countLabel, formatDate, todayLocalDate } from '../../../shared/format';
import {
  carriedActionRow,
  cleanLine,
  cleanText,
  colophonText,
  meetingLabel,
  programmeSubtitle,
  type CarriedActionRow,
  type LabelledValue,
} from './minutes.model';

// ---- Actielijst ----

/** The filters the list was read with (the same as the store's ActionFilters). */
export interface ActionListFilters {
  status?: ActionStatus | undefined;
  ownerPersonId?: number | undefined;
  ownerOrganisationId?: number | undefined;
  themeId?: string | undefined;
}

export interface ActionListInput {
  actions: ActionListEntry[];
  filters: ActionListFilters;
  profile: Profile;
  generatedAt: Date;
}

export interface ActionListRow extends CarriedActionRow {
  number: number;
  overdue: boolean;
  /** Where it came from, as on the actielijst: "Vinkje 4", "Besluit" or "Handmatig". */
  source: string;
}

export interface ActionListModel {
  documentTitle: string;
  subtitle: string;
  /** generatedAt's date in Groningen, "YYYY-MM-DD", for the file name. */
  isoDate: string;
  /** "Filter: status open; thema Werken", or "Filter: geen (alle acties)". */
  filterLine: string;
  /** Whether any filter was applied. */
  filtered: boolean;
  /** Stand, Filter, Aantal. */
  header: LabelledValue[];
  rows: ActionListRow[];
  generatedAt: Date;
  colophon: string;
}

export const ACTION_LIST_TEXT = {
  documentTitle: 'Actielijst',
  columns: ['Nr.', 'Actie', 'Eigenaar', 'Deadline', 'Status', 'Vergadering', 'Herkomst'],
  noFilter: 'geen (alle acties)',
  noActions: 'Er zijn geen acties.',
  noMatchingActions: 'Er zijn geen acties die aan dit filter voldoen.',
} as const;

// Filters arrive over IPC: treat null and '' like an absent filter, as the store does.
const isSet = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null && value !== '';

/** Each applied filter in Dutch; owner names come from the listed actions, since the filter holds only ids. */
export function describeActionFilters(filters: ActionListFilters, actions: readonly ActionListEntry[], profile: Profile): string[] {
  const parts: string[] = [];
  if (isSet(filters.status)) parts.push(`status ${(ACTION_STATUS_LABELS[filters.status] ?? filters.status).toLowerCase()}`);
  if (isSet(filters.ownerPersonId)) {
    const owner = actions.find((a) => a.ownerPersonId === filters.ownerPersonId);
    const name = cleanLine(owner?.ownerName);
    parts.push(name ? `eigenaar ${name}` : 'eigenaar een gekozen persoon');
  }
  if (isSet(filters.ownerOrganisationId)) {
    // The filter includes the organisation's people; only an action owned by the organisation itself carries its name.
    const owner = actions.find((a) => a.ownerOrganisationId === filters.ownerOrganisationId && a.ownerPersonId === null);
    const name = cleanLine(owner?.ownerName);
    parts.push(name ? `eigenaar ${name} of iemand van ${name}` : 'eigenaar een gekozen organisatie of iemand daarvan');
  }
  if (isSet(filters.themeId)) {
    const theme = profile.themes.find((t) => t.id === filters.themeId);
    parts.push(`thema ${cleanLine(theme?.name) || filters.themeId}`);
  }
  return parts;
}

export function buildActionListModel({ actions, filters, profile, generatedAt }: ActionListInput): ActionListModel {
  const rows = actions.map(
    (action, index): ActionListRow => ({
      ...carriedActionRow(action),
      number: index + 1,
      overdue: action.status === 'open' && action.overdue,
      source: actionSourceLabel(action),
    }),
  );
  const overdue = rows.filter((r) => r.overdue).length;
  // The export's date is the date in Groningen, whatever the machine's time zone.
  const isoDate = todayLocalDate(generatedAt);
  const filterParts = describeActionFilters(filters, actions, profile);
  const filter = filterParts.length > 0 ? filterParts.join('; ') : ACTION_LIST_TEXT.noFilter;
  return {
    documentTitle: ACTION_LIST_TEXT.documentTitle,
    subtitle: programmeSubtitle(profile),
    isoDate,
    filterLine: `Filter: ${filter}`,
    filtered: filterParts.length > 0,
    header: [
      { label: 'Stand', value: formatDate(isoDate) },
      { label: 'Filter', value: filter },
      {
        label: 'Aantal',
        value: `${countLabel(rows.length, 'actie', 'acties')}${overdue > 0 ? `, waarvan ${overdue} verlopen` : ''}`,
      },
    ],
    rows,
    generatedAt,
    colophon: colophonText(generatedAt),
  };
}

// ---- Besluitenlijst ----

export interface DecisionListInput {
  decisions: DecisionListEntry[];
  /** "YYYY-MM-DD", inclusive. */
  from: string;
  /** "YYYY-MM-DD", inclusive. */
  to: string;
  /** For the programme subtitle every export carries under its title. */
  profile: Profile;
  generatedAt: Date;
}

export interface DecisionListEntryRow {
  number: number;
  /** "Coalitieoverleg december (3 december 2026)" */
  meeting: string;
  /** The agenda item's title. */
  title: string;
  outcome: string;
  text: string;
  adopted: boolean;
  /** "vastgesteld op 11 maart 2027" or "nog niet vastgesteld". */
  adoption: string;
}

export interface DecisionListModel {
  /** "Besluitenlijst 1 januari 2027 – 31 december 2027" */
  documentTitle: string;
  subtitle: string;
  /** "1 januari 2027 – 31 december 2027" */
  period: string;
  from: string;
  to: string;
  header: LabelledValue[];
  rows: DecisionListEntryRow[];
  generatedAt: Date;
  colophon: string;
}

export const DECISION_LIST_TEXT = {
  documentTitle: 'Besluitenlijst',
  columns: ['Nr.', 'Vergadering', 'Agendapunt', 'Uitkomst', 'Besluit', 'Status'],
  notAdopted: 'nog niet vastgesteld',
  adoptedOn: (date: string) => `vastgesteld op ${date}`,
  noDecisions: 'In deze periode zijn geen besluiten genomen.',
} as const;

export function buildDecisionListModel({ decisions, from, to, profile, generatedAt }: DecisionListInput): DecisionListModel {
  const period = from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  const rows = decisions.map(
    (d, index): DecisionListEntryRow => ({
      number: index + 1,
      meeting: meetingLabel(d.meetingTitle, d.meetingStartsAt),
      title: cleanLine(d.title),
      // An outcome the labels do not know (a newer database) is still shown rather than left blank.
      outcome: OUTCOME_LABELS[d.outcome] ?? d.outcome,
      text: cleanText(d.text),
      adopted: Boolean(d.adoptedAt),
      // adoptedAt is a date; slice in case a timestamp ever arrives.
      adoption: d.adoptedAt ? DECISION_LIST_TEXT.adoptedOn(formatDate(d.adoptedAt.slice(0, 10))) : DECISION_LIST_TEXT.notAdopted,
    }),
  );
  const meetings = new Set(decisions.map((d) => d.meetingId)).size;
  const adopted = rows.filter((r) => r.adopted).length;
  const count =
    rows.length === 0
      ? 'geen besluiten'
      : `${countLabel(rows.length, 'besluit', 'besluiten')} uit ${countLabel(meetings, 'vergadering', 'vergaderingen')}; ` +
        `${adopted} vastgesteld, ${rows.length - adopted} nog niet vastgesteld`;
  return {
    documentTitle: `${DECISION_LIST_TEXT.documentTitle} ${period}`,
    subtitle: programmeSubtitle(profile),
    period,
    from,
    to,
    header: [{ label: 'Aantal', value: count }],
    rows,
    generatedAt,
    colophon: colophonText(generatedAt),
  };
}
