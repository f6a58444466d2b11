// The agenda, the actielijst and the besluitenlijst laid out as one format-neutral document: a title, header lines
// and a few kinds of block. lists.md.ts, lists.docx.ts and lists.pdf.ts only render these blocks, so the three
// formats of each list cannot disagree.
import { AGENDA_TEXT, type AgendaModel } from './agenda.model';
import {
  ACTION_LIST_TEXT,
  DECISION_LIST_TEXT,
  type ActionListModel,
  type DecisionListModel,
} from './lists.model';
import { MINUTES_TEXT, type LabelledValue } from './minutes.model';
import { slugify } from './file-names';

/** A table column; width in PDF points of text (cell padding excluded), '*' for the column taking the rest. */
export interface Column {
  name: string;
  width: number | '*';
}

/** Paragraphs of free text; blank lines separate paragraphs. A label is printed bold before the first one. */
export interface TextBlock {
  label?: string;
  text: string;
}

export type Block =
  /** A numbered agenda item: heading, meta lines ("Inleider: …") and its texts, kept together where they fit. */
  | { kind: 'item'; heading: string; meta: LabelledValue[]; texts: TextBlock[] }
  | { kind: 'table'; title: string | null; columns: Column[]; rows: string[][] }
  | { kind: 'note'; text: string };

export interface ListDocument {
  title: string;
  /** Empty when there is none. */
  subtitle: string;
  header: LabelledValue[];
  blocks: Block[];
  colophon: string;
  generatedAt: Date;
  /** Wide tables read better across the page. */
  landscape: boolean;
  /** The file name without extension. */
  fileStem: string;
}

// A4 less pdf.blocks.ts's 56 pt side margins, and the 4 pt cell padding on either side of a column.
const PDF_TEXT_WIDTH = { portrait: 595.28 - 112, landscape: 841.89 - 112 } as const;
const CELL_PADDING = 8;

/**
 * Each column's share of the text width as the PDF lays it out, '*' columns sharing what the others leave.
 * The Word export scales these shares to its own page, so both formats keep the same proportions.
 */
export function columnShares(columns: readonly Column[], landscape: boolean): number[] {
  const total = landscape ? PDF_TEXT_WIDTH.landscape : PDF_TEXT_WIDTH.portrait;
  const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width + CELL_PADDING), 0);
  const stars = columns.filter((c) => c.width === '*').length;
  const star = stars > 0 ? Math.max(total - fixed, 0) / stars : 0;
  const widths = columns.map((c) => (c.width === '*' ? star : c.width + CELL_PADDING));
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  return widths.map((w) => w / sum);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date as is when it is one, else made safe for a file name. */
const fileDate = (value: string) => (ISO_DATE.test(value) ? value : slugify(value));

// Portrait: the action's description gets what the short columns leave.
const CARRIED_ACTION_COLUMNS: Column[] = MINUTES_TEXT.carriedActionColumns.map((name, i) => ({
  name,
  width: (['*', 75, 68, 55, 100] as const)[i] ?? '*',
}));

export function agendaDocument(model: AgendaModel): ListDocument {
  const blocks: Block[] = model.items.flatMap((item): Block[] => {
    const texts: TextBlock[] = [];
    if (item.description) texts.push({ text: item.description });
    if (item.proposal) texts.push({ label: AGENDA_TEXT.proposal, text: item.proposal });
    const out: Block[] = [{ kind: 'item', heading: `${item.number}. ${item.title}`, meta: item.meta, texts }];
    if (item.carriedActions) {
      out.push(
        item.carriedActions.length > 0
          ? {
              kind: 'table',
              title: MINUTES_TEXT.carriedActions,
              columns: CARRIED_ACTION_COLUMNS,
              rows: item.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
            }
          : { kind: 'note', text: AGENDA_TEXT.noCarriedActions },
      );
    }
    return out;
  });
  return {
    title: `${model.documentTitle} — ${model.meetingTitle}`,
    subtitle: model.subtitle,
    header: model.header,
    blocks: blocks.length > 0 ? blocks : [{ kind: 'note', text: AGENDA_TEXT.noItems }],
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: false,
    fileStem: [slugify(model.documentTitle), ISO_DATE.test(model.isoDate) ? model.isoDate : '', slugify(model.bodyLabel)]
      .filter(Boolean)
      .join('-'),
  };
}

const ACTION_LIST_WIDTHS = [22, '*', 110, 85, 75, 150] as const;

export function actionListDocument(model: ActionListModel): ListDocument {
  const T = ACTION_LIST_TEXT;
  return {
    title: model.documentTitle,
    subtitle: model.subtitle,
    header: model.header,
    blocks: [
      model.rows.length > 0
        ? {
            kind: 'table',
            title: null,
            columns: T.columns.map((name, i) => ({ name, width: ACTION_LIST_WIDTHS[i] ?? '*' })),
            rows: model.rows.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.meeting]),
          }
        : { kind: 'note', text: model.filtered ? T.noMatchingActions : T.noActions },
    ],
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: true,
    fileStem: `${slugify(model.documentTitle)}-${model.isoDate}`,
  };
}

// The decision text is what people read: it gets everything the short columns leave (about 285 pt).
const DECISION_LIST_WIDTHS = [20, 105, 120, 72, '*', 82] as const;

export function decisionListDocument(model: DecisionListModel): ListDocument {
  const T = DECISION_LIST_TEXT;
  return {
    title: model.documentTitle,
    subtitle: '',
    header: model.header,
    blocks: [
      model.rows.length > 0
        ? {
            kind: 'table',
            title: null,
            columns: T.columns.map((name, i) => ({ name, width: DECISION_LIST_WIDTHS[i] ?? '*' })),
            rows: model.rows.map((d) => [String(d.number), d.meeting, d.title, d.outcome, d.text, d.adoption]),
          }
        : { kind: 'note', text: T.noDecisions },
    ],
    colophon: model.colophon,
    generatedAt: model.generatedAt,
    landscape: true,
    fileStem: [slugify(T.documentTitle), fileDate(model.from), fileDate(model.to)].filter(Boolean).join('-'),
  };
}
