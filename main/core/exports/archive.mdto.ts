// Metadata for the municipal e-depot after the Nationaal Archief's MDTO (Metagegevens voor Duurzaam Toegankelijke
// Overheidsinformatie, XML schema 1.0.x): one <informatieobject> per archival record (the adopted minutes, the
// besluitenlijst) and one <bestand> per file that represents it. Elements follow the schema's sequence order.
import { RECORD_AUTHOR } from './records.meta';
import { xmlEscape } from './xml';

export const MDTO_NAMESPACE = 'https://www.nationaalarchief.nl/mdto';
const SCHEMA_LOCATION = `${MDTO_NAMESPACE} https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd`;

/** Where the identifiers in the package come from. */
export const IDENTIFICATION_SOURCE = `Coalitietafel — ${RECORD_AUTHOR}`;

/** The coalition's own archive, of which every package is a part. */
export const COALITION_ARCHIVE = {
  name: `Archief van de ${RECORD_AUTHOR.charAt(0).toLowerCase()}${RECORD_AUTHOR.slice(1)}`,
  id: 'coalitietafel/archief',
} as const;

/**
 * Adopted minutes and decision lists of the coalition are kept for twenty years after adoption, then reviewed;
 * the category is the municipal selection list's one for the records of consultative bodies.
 */
export const RETENTION = {
  years: 20,
  valuation: { label: 'Tijdelijk te bewaren', code: 'V', list: 'Begrippenlijst Waarderingen MDTO' },
  category: {
    label: 'Notulen en besluitenlijsten van overleg',
    list: 'Selectielijst gemeenten en intergemeentelijke organen',
  },
} as const;

export interface Reference {
  name: string;
  id?: string;
}

interface Concept {
  label: string;
  code?: string;
  list: string;
}

const el = (name: string, content: string) => `<${name}>${content}</${name}>`;
const text = (name: string, value: string) => el(name, xmlEscape(value));
const identification = (id: string, source = IDENTIFICATION_SOURCE) =>
  el('identificatieKenmerk', xmlEscape(id)) + text('identificatieBron', source);
const reference = (name: string, ref: Reference) =>
  el(name, text('verwijzingNaam', ref.name) + (ref.id ? el('verwijzingIdentificatie', identification(ref.id)) : ''));
const concept = (name: string, c: Concept) =>
  el(name, text('begripLabel', c.label) + (c.code ? text('begripCode', c.code) : '') + el('begripBegrippenlijst', text('verwijzingNaam', c.list)));

const EVENTS = 'Begrippenlijst EventTypeLijst MDTO';

function document(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<MDTO xmlns="${MDTO_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">${body}</MDTO>
`;
}

/** "2046-03-11" for twenty years after "2026-03-11" (29 February becomes 28 February). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export interface RecordMetadata {
  /** Unique within the coalition's archive, e.g. "coalitietafel/vergadering/12/notulen". */
  id: string;
  /** The chain seal of the adopted minutes: a second identifier that anyone holding the archive can check. */
  sealId: string;
  name: string;
  description: string;
  /** "YYYY-MM-DD": the meeting the record is about. */
  meetingDate: string;
  /** "YYYY-MM-DD": when the minutes were adopted; the retention term runs from then. */
  adoptedAt: string;
  /** The file that represents the record. */
  file: string;
  /** The package's seal file, as additional metadata. */
  sealFile: string;
  related: { ref: Reference; relation: string }[];
}

/** An <informatieobject> at the level of an archiefstuk. */
export function recordXml(r: RecordMetadata): string {
  const coalition: Reference = { name: RECORD_AUTHOR, id: 'coalitietafel/coalitie' };
  return document(
    el(
      'informatieobject',
      el('identificatie', identification(r.id)) +
        el('identificatie', identification(r.sealId, 'Zegel uit de hashketen van Coalitietafel (sha256)')) +
        text('naam', r.name) +
        concept('aggregatieniveau', { label: 'Archiefstuk', list: 'Begrippenlijst Aggregatieniveaus MDTO' }) +
        text('omschrijving', r.description) +
        el(
          'dekkingInTijd',
          concept('dekkingInTijdType', { label: 'Vergaderdatum', list: 'Begrippenlijst Coalitietafel' }) +
            text('dekkingInTijdBegindatum', r.meetingDate),
        ) +
        text('taal', 'nl') +
        el('event', concept('eventType', { label: 'Creatie', list: EVENTS }) + text('eventTijd', r.meetingDate) + reference('eventVerantwoordelijkeActor', coalition)) +
        el('event', concept('eventType', { label: 'Vaststelling', list: EVENTS }) + text('eventTijd', r.adoptedAt) + reference('eventVerantwoordelijkeActor', coalition)) +
        concept('waardering', RETENTION.valuation) +
        el(
          'bewaartermijn',
          concept('termijnTriggerStartLooptijd', { label: 'Vaststelling', list: EVENTS }) +
            text('termijnStartdatumLooptijd', r.adoptedAt) +
            text('termijnLooptijd', `P${RETENTION.years}Y`) +
            text('termijnEinddatum', addYears(r.adoptedAt, RETENTION.years)),
        ) +
        concept('informatiecategorie', RETENTION.category) +
        reference('isOnderdeelVan', COALITION_ARCHIVE) +
        reference('heeftRepresentatie', { name: r.file }) +
        reference('aanvullendeMetagegevens', { name: r.sealFile }) +
        r.related
          .map((rel) =>
            el(
              'gerelateerdInformatieobject',
              reference('gerelateerdInformatieobjectVerwijzing', rel.ref) +
                concept('gerelateerdInformatieobjectTypeRelatie', { label: rel.relation, list: 'Begrippenlijst Coalitietafel' }),
            ),
          )
          .join('') +
        reference('archiefvormer', coalition) +
        el('betrokkene', concept('betrokkeneTypeRelatie', { label: 'Opsteller', list: 'Begrippenlijst Coalitietafel' }) + reference('betrokkeneActor', coalition)) +
        reference('activiteit', { name: 'Overleg en besluitvorming van de coalitie' }) +
        el(
          'beperkingGebruik',
          concept('beperkingGebruikType', { label: 'Openbaar', list: 'Begrippenlijst Coalitietafel' }) +
            text('beperkingGebruikNadereBeschrijving', 'Vastgestelde notulen van een publieke coalitie; coalitieleden staan erin in hun publieke rol.'),
        ),
    ),
  );
}

export interface FileMetadata {
  id: string;
  name: string;
  bytes: number;
  sha256: string;
  checkedAt: Date;
  /** The record the file represents. */
  record: Reference;
}

/** A <bestand>: a PDF/A-2a file (PRONOM fmt/476) with its size and sha256. */
export function fileXml(f: FileMetadata): string {
  return document(
    el(
      'bestand',
      el('identificatie', identification(f.id)) +
        text('naam', f.name) +
        text('omvang', String(f.bytes)) +
        concept('bestandsformaat', { label: 'Acrobat PDF/A - Portable Document Format - 2a', code: 'fmt/476', list: 'PRONOM-register' }) +
        el(
          'checksum',
          concept('checksumAlgoritme', { label: 'SHA-256', list: 'Begrippenlijst ChecksumAlgoritme MDTO' }) +
            text('checksumWaarde', f.sha256) +
            text('checksumDatum', f.checkedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')),
        ) +
        reference('isRepresentatieVan', f.record),
    ),
  );
}
