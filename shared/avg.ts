// Residents' personal data under the AVG: the grondslag of a register entry, the retention term per register,
// a person's inzage, erasure on request and the verwerkingsregister. Types and Dutch labels; no platform imports.
import type { RegisterEntry, RegisterKind } from './registers';

export { GRONDSLAGEN, GRONDSLAG_LABELS, GRONDSLAG_ARTICLES, type Grondslag } from './grondslag';
import type { Grondslag } from './grondslag';

export const ERASURE_REASONS = ['verzoek', 'bewaartermijn'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** Retention terms are whole months: at least one, at most twenty years (the archive term of the minutes). */
export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 240;

/** The default terms, each with why; Beheer can set another per register. */
export const DEFAULT_RETENTION: Record<RegisterKind, { months: number; note: string }> = {
  ervaringsverhaal: {
    months: 60,
    note:
      'Een ervaringsverhaal onderbouwt besluiten en rapportages over de looptijd van een uitvoeringsprogramma (vijf jaar). ' +
      'Daarna is het verhaal zelf niet meer nodig: de strekking staat in de besluiten en rapportages.',
  },
  bewonersfeedback: {
    months: 24,
    note: 'Feedback van bewoners dient de evaluatie van een lopende aanpak. Na twee jaar is die evaluatie rond en is de reactie zelf niet meer nodig.',
  },
  leerpunt: {
    months: 60,
    note: 'Een leerpunt bevat zelden persoonsgegevens; noemt het een bewoner als bron, dan geldt dezelfde termijn als voor ervaringsverhalen.',
  },
  norm: {
    months: 60,
    note: 'Een norm bevat zelden persoonsgegevens; noemt zij een bewoner als bron, dan geldt dezelfde termijn als voor ervaringsverhalen.',
  },
  succes: {
    months: 60,
    note: 'Een succes bevat zelden persoonsgegevens; noemt het een bewoner als bron, dan geldt dezelfde termijn als voor ervaringsverhalen.',
  },
};

export interface RetentionTerm {
  kind: RegisterKind;
  months: number;
  /** Why this term: shown in the verwerkingsregister. */
  note: string;
  defaultMonths: number;
  /** Null while the default applies. */
  updatedAt: string | null;
}

/** A register entry with what the AVG asks of it. */
export interface PersonalEntry extends RegisterEntry {
  grondslag: Grondslag | null;
  /** The last day it may be kept: its date plus the register's term, or later when extended. */
  retainUntil: string;
  extendedUntil: string | null;
  extendReason: string;
  erasedAt: string | null;
}

export interface RegisterProcessing {
  kind: RegisterKind;
  term: RetentionTerm;
  /** Entries that hold personal data (a grondslag, or a resident named as source) and are not erased. */
  personal: number;
  /** Of those: a resident named without a recorded grondslag (entries from before grondslagen were kept). */
  withoutGrondslag: number;
  overdue: number;
  erased: number;
}

/** One line of the verwerkingsregister: what the app keeps, why, how long, and where. */
export interface ProcessingRecord {
  what: string;
  whose: string;
  why: string;
  howLong: string;
  where: string;
}

export interface AvgOverview {
  today: string; // YYYY-MM-DD, by the core's clock
  registers: RegisterProcessing[];
  records: ProcessingRecord[];
  /** Entries whose retention term has passed, oldest first (at most REMINDER_LIMIT). */
  overdue: PersonalEntry[];
  overdueTotal: number;
}
export const REMINDER_LIMIT = 200;

export interface InzageReport {
  subject: string;
  generatedAt: string; // ISO
  entries: PersonalEntry[];
  people: { id: number; name: string; role: string; organisation: string | null; left: boolean }[];
  attendance: { meetingId: number; meetingTitle: string; startsAt: string; personName: string; status: string; adopted: boolean }[];
  actions: { id: number; description: string; owner: string; dueDate: string | null; status: string; meetingTitle: string | null }[];
  /** Where the name occurs in agenda texts, notes, decisions, toelichtingen and actions (the search index). */
  mentions: InzageMention[];
}

/** One free-text mention of the name, where it is, and whether it can be made unreadable. */
export interface InzageMention {
  kind: string;
  title: string;
  meetingTitle: string;
  text: string;
  /** Which text this is, for avg:eraseMentions: "agendapunt:12", "toelichting:12:3", "actie:45". */
  key: string;
  meetingId: number;
  agendaItemId: number | null;
  /** Where, in words: "Toelichting bij vinkje 4 van agendapunt 2". */
  where: string;
  /** Null when the name can be made unreadable here; else why not, in Dutch. */
  blocked: string | null;
  /** The texts as the inzage saw them (a hash): erasure is refused when they changed since. */
  version: string;
}

export interface MentionErasureResult {
  erased: number;
  /** The text that now stands where the name was. */
  marker: string;
}

/** Why a mention in adopted minutes stays: said on screen and in the inzage document. */
export const MENTION_ARCHIVED_NOTE =
  'De notulen van deze vergadering zijn vastgesteld en zijn een archiefstuk (Archiefwet): deze vermelding blijft staan. ' +
  'De AVG staat dat toe (art. 17 lid 3, onder b en d: een wettelijke plicht en archivering in het algemeen belang).';
/** Why a listed text has nothing to replace: the search finds parts of words, erasure replaces the whole name. */
export const MENTION_NOT_WHOLE_NOTE =
  'De naam staat hier niet als geheel (de zoekfunctie vindt ook delen van woorden en losse woorden van de naam). ' +
  'Pas de tekst zo nodig zelf aan via de vergadering.';

export interface ErasureResult {
  erased: number;
  /** The text that now stands where the personal content was. */
  marker: string;
  /** Adopted minutes that cited an erased entry: they now say so, and still verify. */
  minutes: { meetingId: number; title: string; startsAt: string }[];
}

/** What stands in place of erased content, dated (nl-NL). */
export function erasureMarker(reason: ErasureReason, dateText: string): string {
  return reason === 'verzoek' ? `verwijderd op verzoek (${dateText})` : `verwijderd na afloop van de bewaartermijn (${dateText})`;
}

/** Said in the app where erasure is offered, and in docs/SECURITY.md. */
export const PUBLIC_ROLE_NOTE =
  'Leden van de coalitie staan in hun publieke rol in de vastgestelde notulen (aanwezigheid, voorzitter, notulist, ' +
  'actiehouders). Die namen worden niet uit vastgestelde notulen verwijderd: de notulen zijn een archiefstuk.';
export const MENTIONS_NOTE =
  'De vermeldingen in de notulen hierboven staan in vrije tekst (agendapunten, toelichtingen, aantekeningen, acties) en ' +
  'worden bij verwijderen van registraties niet vervangen. In notulen die nog niet zijn vastgesteld maakt ' +
  '“Onleesbaar maken” de naam onleesbaar (ook in het logboek en de zoekindex); vastgestelde notulen blijven zoals ze zijn.';
export const OLD_BACKUPS_NOTE =
  'Reservekopieën die vóór de verwijdering zijn gemaakt, kunnen niet worden aangepast en bevatten de gegevens nog. ' +
  'De automatische kopieën verdwijnen vanzelf binnen ongeveer acht weken (7 dagelijkse en 8 wekelijkse worden bewaard); ' +
  'handmatige kopieën, kopieën van vóór een database-update en JSON-archieven blijven staan tot u ze zelf verwijdert. ' +
  'Zet zo’n oude kopie alleen terug als het echt nodig is, en voer de verwijdering daarna opnieuw uit.';

