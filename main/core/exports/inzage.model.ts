// A person's inzage (AVG art. 15) in the one document model (document.ts; rendered like every export) and as JSON: every register entry that names or was given by them, with its grondslag and retention,
// the person's records in the coalition, attendance, actions, and where the name occurs in the minutes.
import type { ExportedFile } from '../../../shared/domain';
import { ACTION_STATUS_LABELS, ATTENDANCE_LABELS, ROLE_LABELS, type ActionStatus, type AttendanceStatus, type Role } from '../../../shared/domain';
import { GRONDSLAG_ARTICLES, GRONDSLAG_LABELS, PUBLIC_ROLE_NOTE, type InzageReport } from '../../../shared/avg';
import { REGISTER_KIND_LABELS, SOURCE_KIND_LABELS } from '../../../shared/registers';
import { formatDate } from '../../../shared/format';
import type { Block, ExportDocument } from './document';
import { colophonText } from './minutes.model';
import { slugify } from './file-names';

export const INZAGE_TEXT = {
  documentTitle: 'Inzage in persoonsgegevens',
  entries: 'Registraties (ervaringsverhalen, bewonersfeedback en andere registers)',
  people: 'Als lid van de coalitie of het programmateam',
  attendance: 'Aanwezigheid bij vergaderingen',
  actions: 'Acties',
  mentions: 'Vermeldingen in agenda, aantekeningen, besluiten en toelichtingen',
  none: 'Niets gevonden.',
  erasable: 'Kan op verzoek onleesbaar worden gemaakt.',
  noGrondslag: 'Niet vastgelegd',
} as const;

const label = <K extends string>(labels: Record<K, string>, key: string) => labels[key as K] ?? key;

export function inzageDocument(report: InzageReport): ExportDocument {
  const T = INZAGE_TEXT;
  const table = (title: string, columns: [string, number | '*'][], rows: string[][]): Block[] =>
    rows.length > 0
      ? [{ kind: 'table', title: { text: title, as: 'heading2' }, columns: columns.map(([name, width]) => ({ name, width })), rows }]
      : [
          { kind: 'heading', level: 2, text: title },
          { kind: 'notice', text: T.none },
        ];
  const blocks: Block[] = [
    ...table(
      T.entries,
      [
        ['Soort', 80],
        ['Datum', 70],
        ['Titel en tekst', '*'],
        ['Bron', 100],
        ['Grondslag', 100],
        ['Bewaren tot', 70],
      ],
      report.entries.map((e) => [
        REGISTER_KIND_LABELS[e.kind],
        formatDate(e.date),
        e.text ? `${e.title}\n\n${e.text}` : e.title,
        e.sourceName ? `${SOURCE_KIND_LABELS[e.sourceKind]}: ${e.sourceName}` : SOURCE_KIND_LABELS[e.sourceKind],
        e.grondslag ? `${GRONDSLAG_LABELS[e.grondslag]} (${GRONDSLAG_ARTICLES[e.grondslag]})` : T.noGrondslag,
        e.erasedAt ? `verwijderd op ${formatDate(e.erasedAt.slice(0, 10))}` : formatDate(e.retainUntil),
      ]),
    ),
    ...table(
      T.people,
      [
        ['Naam', '*'],
        ['Rol', 120],
        ['Organisatie', 150],
      ],
      report.people.map((p) => [p.left ? `${p.name} (vertrokken)` : p.name, label<Role>(ROLE_LABELS, p.role), p.organisation ?? '']),
    ),
    ...table(
      T.attendance,
      [
        ['Vergadering', '*'],
        ['Datum', 90],
        ['Naam', 120],
        ['Status', 110],
      ],
      report.attendance.map((a) => [a.meetingTitle, formatDate(a.startsAt.slice(0, 10)), a.personName, label<AttendanceStatus>(ATTENDANCE_LABELS, a.status)]),
    ),
    ...table(
      T.actions,
      [
        ['Actie', '*'],
        ['Actiehouder', 120],
        ['Gereed op', 75],
        ['Status', 65],
        ['Vergadering', 120],
      ],
      report.actions.map((a) => [a.description, a.owner, a.dueDate ? formatDate(a.dueDate) : '', label<ActionStatus>(ACTION_STATUS_LABELS, a.status), a.meetingTitle ?? '']),
    ),
    ...table(
      T.mentions,
      [
        ['Waar', 110],
        ['Vergadering', 130],
        ['Wat', '*'],
        ['Onleesbaar maken', 150],
      ],
      report.mentions.map((m) => [m.where, m.meetingTitle, `${m.title}: ${m.text}`, m.blocked ?? T.erasable]),
    ),
    { kind: 'notice', text: PUBLIC_ROLE_NOTE },
  ];
  const generatedAt = new Date(report.generatedAt);
  return {
    title: T.documentTitle,
    subtitle: report.subject,
    header: [
      { label: 'Betreft', value: report.subject },
      { label: 'Opgesteld op', value: formatDate(report.generatedAt.slice(0, 10)) },
    ],
    blocks,
    colophon: colophonText(generatedAt),
    generatedAt,
    landscape: true,
    fileStem: `inzage-${slugify(report.subject) || 'persoon'}-${report.generatedAt.slice(0, 10)}`,
  };
}

/** What the person receives: the mentions without the app's handles for acting on them (their key and version). */
function forPerson(report: InzageReport) {
  return { ...report, mentions: report.mentions.map(({ key: _key, version: _version, ...m }) => m) };
}

/** The same inzage, machine-readable (AVG art. 20): the report as JSON, with the file name the document gets. */
export function inzageJsonFile(report: InzageReport): ExportedFile {
  const stem = inzageDocument(report).fileStem;
  return {
    fileName: `${stem}.json`,
    mimeType: 'application/json',
    base64: Buffer.from(`${JSON.stringify(forPerson(report), null, 2)}\n`, 'utf8').toString('base64'),
  };
}
