// The agenda sent out before a meeting, as a render-ready model: labels resolved, dates formatted, text cleaned.
// It shares the minutes' helpers, so an agenda item reads the same in the agenda as later in the minutes.
import { AGENDA_KIND_LABELS, BODY_LABELS, type MeetingDetail, type Profile } from '../../../shared/domain';
import {
  UNKNOWN,
  carriedActionRow,
  cleanLine,
  cleanText,
  colophonText,
  formatMeetingDateTime,
  kindField,
  linksOf,
  profileNames,
  programmeSubtitle,
  type CarriedActionRow,
  type LabelledValue,
} from './minutes.model';
import { formatDate } from '../../../shared/format';

export interface AgendaInput {
  meeting: MeetingDetail;
  profile: Profile;
  generatedAt: Date;
}

export interface AgendaEntryModel {
  number: number;
  title: string;
  kind: string;
  presenter: string;
  /** Multi-line; blank lines separate paragraphs. */
  description: string;
  /** Only the kinds of link the item has: "Thema's", "Wijken", "Interventies". */
  links: LabelledValue[];
  /** What renderers print under the heading: kind (unless the title says it), presenter ("Inleider"), links. */
  meta: LabelledValue[];
  /** The proposal of a decision item; empty otherwise. */
  proposal: string;
  /** For an 'actielijst' item the actions carried over from earlier meetings (possibly none); null for other kinds. */
  carriedActions: CarriedActionRow[] | null;
}

export interface AgendaModel {
  documentTitle: string;
  meetingTitle: string;
  /** e.g. "Nationaal Programma Leefbaarheid en Veiligheid (NPLV) — Groningen-Noord" */
  subtitle: string;
  bodyLabel: string;
  /** "YYYY-MM-DD", for the file name. */
  isoDate: string;
  /** e.g. "donderdag 3 december 2026, 19:30" */
  dateTime: string;
  /** Overleg, Datum, Plaats, Voorzitter, Notulist, in that order (as in the minutes). */
  header: LabelledValue[];
  items: AgendaEntryModel[];
  generatedAt: Date;
  colophon: string;
}

/** Fixed Dutch wording of the agenda. */
export const AGENDA_TEXT = {
  documentTitle: 'Agenda',
  proposal: 'Voorstel',
  noItems: 'Er staan nog geen punten op de agenda.',
  noCarriedActions: 'Er staan geen acties open uit eerdere vergaderingen.',
} as const;

export function buildAgendaModel({ meeting, profile, generatedAt }: AgendaInput): AgendaModel {
  const names = profileNames(profile);
  // Read defensively: carriedActions arrived later in MeetingDetail and older callers may not fill it.
  const carried = (meeting.carriedActions ?? []).map(carriedActionRow);
  const bodyLabel = BODY_LABELS[meeting.body];
  const dateTime = formatMeetingDateTime(meeting.startsAt);

  const items = [...meeting.agenda]
    .sort((a, b) => a.position - b.position)
    .map((item, index): AgendaEntryModel => {
      const title = cleanLine(item.title);
      const kind = AGENDA_KIND_LABELS[item.kind];
      const presenter = cleanLine(item.presenter);
      const links = linksOf(item, names);
      return {
        number: index + 1,
        title,
        kind,
        presenter,
        description: cleanText(item.description),
        links,
        meta: [
          kindField(item.kind),
          ...(presenter ? [{ label: 'Inleider', value: presenter }] : []),
          // "Naar de coalitie": where the programmateam raised it.
          ...(item.passedFrom
            ? [{ label: 'Ingebracht door', value: `het programmateam (${cleanLine(item.passedFrom.meetingTitle)}, ${formatDate(item.passedFrom.meetingStartsAt.slice(0, 10))})` }]
            : []),
          ...links,
        ],
        proposal: item.kind === 'besluit' ? cleanText(item.decision?.proposal) : '',
        carriedActions: item.kind === 'actielijst' ? carried : null,
      };
    });

  return {
    documentTitle: AGENDA_TEXT.documentTitle,
    meetingTitle: cleanLine(meeting.title),
    subtitle: programmeSubtitle(profile),
    bodyLabel,
    isoDate: meeting.startsAt.slice(0, 10),
    dateTime,
    header: [
      { label: 'Overleg', value: bodyLabel },
      { label: 'Datum', value: dateTime },
      { label: 'Plaats', value: cleanLine(meeting.place) || UNKNOWN },
      { label: 'Voorzitter', value: cleanLine(meeting.chairName) || UNKNOWN },
      { label: 'Notulist', value: cleanLine(meeting.notulistName) || UNKNOWN },
    ],
    items,
    generatedAt,
    colophon: colophonText(generatedAt),
  };
}
