// The agenda, the actielijst and the besluitenlijst laid out in the one document model (document.ts). Content added
// to a list belongs here (or in its model), never in a format's renderer.
import { AGENDA_TEXT, type AgendaModel } from './agenda.model';
import {
  ACTION_LIST_TEXT,
  DECISION_LIST_TEXT,
  type ActionListModel,
  type DecisionListModel,
} from './lists.model';
import type { Block, Column, ExportDocument } from './document';
import { MINUTES_TEXT } from './minutes.model';
import { slugify } from './file-names';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date as is when it is one, else made safe for a file name. */
const fileDate = (value: string) => (ISO_DATE.test(value) ? value : slugify(value));

// Portrait: the action's description gets what the short columns leave.
const CARRIED_ACTION_COLUMNS: Column[] = MINUTES_TEXT.carriedActionColumns.map((name, i) => ({
  name,
  width: (['*', 75, 68, 55, 100] as const)[i] ?? '*',
}));

export function agendaDocument(model: AgendaModel): ExportDocument {
  const blocks = model.items.flatMap((item): Block[] => {
    const inner: Block[] = [
      { kind: 'heading', level: 2, text: `${item.number}. ${item.title}` },
      { kind: 'fields', fields: item.meta, style: 'meta' },
    ];
    if (item.description) inner.push({ kind: 'text', text: item.description });
    if (item.proposal) inner.push({ kind: 'text', lead: AGENDA_TEXT.proposal, text: item.proposal });
    const out: Block[] = [{ kind: 'group', blocks: inner }];
    if (item.carriedActions) {
      out.push(
        item.carriedActions.length > 0
          ? {
              kind: 'table',
              title: { text: MINUTES_TEXT.carriedActions, as: 'label' },
              columns: CARRIED_ACTION_COLUMNS,
              rows: item.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
            }
          : { kind: 'notice', text: AGENDA_TEXT.noCarriedActions },
      );
    }
    return out;
  });
  return {
    title: `${model.documentTitle} — ${model.meetingTitle}`,
    subtitle: model.subtitle,
    header: model.header,
    blocks: blocks.length > 0 ? blocks : [{ kind: 'notice', text: AGENDA_TEXT.noItems }],
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: false,
    fileStem: [slugify(model.documentTitle), ISO_DATE.test(model.isoDate) ? model.isoDate : '', slugify(model.bodyLabel)]
      .filter(Boolean)
      .join('-'),
  };
}

const ACTION_LIST_WIDTHS = [22, '*', 100, 85, 75, 140, 60] as const;

export function actionListDocument(model: ActionListModel): ExportDocument {
  const T = ACTION_LIST_TEXT;
  return {
    title: model.documentTitle,
    subtitle: model.subtitle,
    header: model.header,
    blocks: [
      model.rows.length > 0
        ? {
            kind: 'table',
            columns: T.columns.map((name, i) => ({ name, width: ACTION_LIST_WIDTHS[i] ?? '*' })),
            rows: model.rows.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.meeting, a.source]),
          }
        : { kind: 'notice', text: model.filtered ? T.noMatchingActions : T.noActions },
    ],
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: true,
    fileStem: `${slugify(model.documentTitle)}-${model.isoDate}`,
  };
}

// The decision text is what people read: it gets everything the short columns leave (about 285 pt).
const DECISION_LIST_WIDTHS = [20, 105, 120, 72, '*', 82] as const;

export function decisionListDocument(model: DecisionListModel): ExportDocument {
  const T = DECISION_LIST_TEXT;
  return {
    title: model.documentTitle,
    subtitle: model.subtitle,
    header: model.header,
    blocks: [
      model.rows.length > 0
        ? {
            kind: 'table',
            columns: T.columns.map((name, i) => ({ name, width: DECISION_LIST_WIDTHS[i] ?? '*' })),
            rows: model.rows.map((d) => [String(d.number), d.meeting, d.title, d.outcome, d.text, d.adoption]),
          }
        : { kind: 'notice', text: T.noDecisions },
    ],
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: true,
    fileStem: [slugify(T.documentTitle), fileDate(model.from), fileDate(model.to)].filter(Boolean).join('-'),
  };
}
