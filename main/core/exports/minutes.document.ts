// The minutes laid out in the one document model (document.ts): what the notulist's model holds, in reading order.
// Content added to the minutes belongs here (or in minutes.model.ts), never in a format's renderer.
import type { Block, Column, ExportDocument, Field } from './document';
import { renderMarkdown } from './document.md';
import { slugify } from './file-names';
import { MINUTES_TEXT as T, type AgendaItemModel, type LabelledValue, type MinutesModel, type PersonLine } from './minutes.model';

const columns = (names: readonly string[], widths: readonly (number | '*' | 'auto')[]): Column[] =>
  names.map((name, i) => ({ name, width: widths[i] ?? '*' }));

// Widths in PDF points; 'auto' for the answer: as wide as its longest word, so "Niet beantwoord" never breaks.
const VINKJE_COLUMNS = columns(T.vinkjeColumns, [18, '*', 'auto', '*']);
// Wide enough for "Agendapunt" on one line in every format.
const DECISION_LIST_COLUMNS = columns(T.decisionListColumns, [60, 120, 80, '*']);
const ACTION_LIST_COLUMNS = columns(T.actionListColumns, [20, '*', 80, 70, 42, 78]);
const CARRIED_ACTION_COLUMNS = columns(T.carriedActionColumns, ['*', 80, 70, 60, 110]);
const STEERING_COLUMNS = columns(T.steeringColumns, [200, '*']);

/** The header's warning and seal lines carry their tone, so every format can set them apart. */
function headerFields(header: readonly LabelledValue[]): Field[] {
  return header.map((h) => (h.label === 'Waarschuwing' ? { ...h, tone: 'warning' } : h.label === 'Zegel' ? { ...h, tone: 'seal' } : h));
}

function people(title: string, list: readonly PersonLine[]): Block[] {
  return [{ kind: 'label', text: title }, list.length > 0 ? { kind: 'list', items: list.map((p) => p.text) } : { kind: 'text', text: T.nobody }];
}

function labelled(label: string, text: string): Block[] {
  return text ? [{ kind: 'label', text: label }, { kind: 'text', text }] : [];
}

function agendaItem(item: AgendaItemModel, checklistName: string): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `${item.number}. ${item.title}` },
    { kind: 'fields', fields: item.meta, style: 'meta' },
    ...labelled(T.description, item.description),
    ...labelled(T.notes, item.notes),
  ];
  const decision = item.decision;
  if (decision) {
    blocks.push(
      ...labelled(T.proposal, decision.proposal),
      {
        kind: 'table',
        title: { text: checklistName, as: 'label' },
        columns: VINKJE_COLUMNS,
        rows: decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]),
      },
      { kind: 'label', text: `${T.decision}: ${decision.outcome}` },
    );
    if (decision.text) blocks.push({ kind: 'text', text: decision.text });
  }
  if (item.actions.length > 0) blocks.push({ kind: 'label', text: T.actions }, { kind: 'list', items: item.actions.map((a) => a.summary) });
  return blocks;
}

/** A section with its table, or its heading and a note when there is nothing to list. */
function section(title: string, cols: Column[], rows: string[][], empty: string): Block[] {
  return rows.length > 0
    ? [{ kind: 'table', title: { text: title, as: 'heading2' }, columns: cols, rows }]
    : [{ kind: 'heading', level: 2, text: title }, { kind: 'notice', text: empty }];
}

export function minutesDocument(model: MinutesModel): ExportDocument {
  const blocks: Block[] = [
    ...(model.corrections.length > 0 ? ([{ kind: 'label', text: T.corrections }, { kind: 'list', items: model.corrections }] as Block[]) : []),
    ...people(T.present, model.present),
    ...people(T.absentWithNotice, model.absentWithNotice),
    ...model.items.flatMap((item) => agendaItem(item, model.checklistName)),
    ...(model.steering.length > 0
      ? ([
          {
            kind: 'table',
            title: { text: T.steering, as: 'heading2' },
            columns: STEERING_COLUMNS,
            rows: model.steering.map((s) => [s.label, s.value]),
          },
        ] as Block[])
      : []),
    ...section(
      T.decisionList,
      DECISION_LIST_COLUMNS,
      model.decisionList.map((d) => [String(d.number), d.title, d.outcome, d.text]),
      T.noDecisions,
    ),
    ...section(
      T.actionList,
      ACTION_LIST_COLUMNS,
      model.actions.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.origin]),
      T.noActions,
    ),
    ...(model.carriedActions.length > 0
      ? ([
          {
            kind: 'table',
            title: { text: T.carriedActions, as: 'heading3' },
            columns: CARRIED_ACTION_COLUMNS,
            rows: model.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
          },
        ] as Block[])
      : []),
  ];
  return {
    title: `${model.documentTitle} — ${model.meetingTitle}`,
    subtitle: model.subtitle,
    header: headerFields(model.header),
    blocks,
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: false,
    fileStem: minutesFileStem(model),
  };
}

/** e.g. "notulen-2026-12-03-maatschappelijke-coalitie"; "conceptnotulen-…" until the meeting is held. */
export function minutesFileStem(model: MinutesModel): string {
  const parts = [slugify(model.documentTitle), /^\d{4}-\d{2}-\d{2}$/.test(model.isoDate) ? model.isoDate : '', slugify(model.bodyLabel)];
  return parts.filter(Boolean).join('-');
}

/** The minutes as Markdown text. */
export const renderMinutesMarkdown = (model: MinutesModel): string => renderMarkdown(minutesDocument(model));
