// The minutes as an editable Word document: municipal staff finish and file them in Word.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { MINUTES_TEXT as T, type AgendaItemModel, type MinutesModel, type PersonLine } from './minutes.model';

// A4 with 2.54 cm margins leaves 9026 twips; every table's columns add up to that.
const TEXT_WIDTH = 9026;
const VINKJE_COLUMNS = [600, 3300, 1150, 3976];
const DECISION_LIST_COLUMNS = [1150, 2500, 1700, 3676];
const ACTION_LIST_COLUMNS = [550, 2900, 1500, 1450, 900, 1726];
const CARRIED_ACTION_COLUMNS = [2900, 1500, 1450, 1100, 2076];
const HEADER_FILL = 'E4ECF4';
// Word cuts off a row that may not split but is taller than a page, so only short rows are kept whole.
const UNSPLIT_CELL_LIMIT = 1200;

/** Text runs for one paragraph; single newlines become line breaks. */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

/** Blank lines separate paragraphs, as the notulist typed them. */
function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => new Paragraph({ children: runs(block), spacing: { after: 120 } }));
}

function label(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 160, after: 60 }, keepNext: true });
}

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    // A cell needs a paragraph even when empty, or Word reports the file as damaged.
    children: [new Paragraph({ children: runs(text, { bold: header }) })],
  });
}

function table(widths: readonly number[], columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c, widths[i] ?? 0, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: row.every((text) => text.length <= UNSPLIT_CELL_LIMIT),
            children: row.map((c, i) => cell(c, widths[i] ?? 0)),
          }),
      ),
    ],
  });
}

function peopleList(title: string, list: readonly PersonLine[]): Paragraph[] {
  if (list.length === 0) return [label(title), new Paragraph({ text: T.nobody })];
  return [label(title), ...list.map((p) => new Paragraph({ text: p.text, bullet: { level: 0 } }))];
}

function agendaItem(item: AgendaItemModel, checklistName: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: `${item.number}. ${item.title}`, heading: HeadingLevel.HEADING_2, keepNext: true }),
  ];
  for (const m of item.meta) {
    out.push(new Paragraph({ children: [new TextRun({ text: `${m.label}: `, italics: true }), new TextRun(m.value)] }));
  }
  if (item.description) out.push(label(T.description), ...paragraphs(item.description));
  if (item.notes) out.push(label(T.notes), ...paragraphs(item.notes));
  const decision = item.decision;
  if (decision) {
    if (decision.proposal) out.push(label(T.proposal), ...paragraphs(decision.proposal));
    out.push(
      label(checklistName),
      table(
        VINKJE_COLUMNS,
        T.vinkjeColumns,
        decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]),
      ),
      label(`${T.decision}: ${decision.outcome}`),
    );
    if (decision.text) out.push(...paragraphs(decision.text));
  }
  if (item.actions.length > 0) {
    out.push(label(T.actions));
    for (const a of item.actions) out.push(new Paragraph({ text: a.summary, bullet: { level: 0 } }));
  }
  return out;
}

export async function renderMinutesDocx(model: MinutesModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `${model.documentTitle} — ${model.meetingTitle}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true })], spacing: { after: 200 } }),
    ...model.header.map(
      (h) => new Paragraph({ children: [new TextRun({ text: `${h.label}: `, bold: true }), new TextRun(h.value)] }),
    ),
    ...(model.corrections.length > 0
      ? [label(T.corrections), ...model.corrections.map((c) => new Paragraph({ children: runs(c), bullet: { level: 0 } }))]
      : []),
    ...peopleList(T.present, model.present),
    ...peopleList(T.absentWithNotice, model.absentWithNotice),
    ...model.items.flatMap((item) => agendaItem(item, model.checklistName)),
    new Paragraph({ text: T.decisionList, heading: HeadingLevel.HEADING_2, keepNext: true }),
    model.decisionList.length > 0
      ? table(
          DECISION_LIST_COLUMNS,
          T.decisionListColumns,
          model.decisionList.map((d) => [String(d.number), d.title, d.outcome, d.text]),
        )
      : new Paragraph({ text: T.noDecisions }),
    new Paragraph({ text: T.actionList, heading: HeadingLevel.HEADING_2, keepNext: true }),
    model.actions.length > 0
      ? table(
          ACTION_LIST_COLUMNS,
          T.actionListColumns,
          model.actions.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.origin]),
        )
      : new Paragraph({ text: T.noActions }),
    ...(model.carriedActions.length > 0
      ? [
          new Paragraph({ text: T.carriedActions, heading: HeadingLevel.HEADING_3, keepNext: true }),
          table(
            CARRIED_ACTION_COLUMNS,
            T.carriedActionColumns,
            model.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
          ),
        ]
      : []),
    new Paragraph({
      children: [new TextRun({ text: model.colophon, italics: true, size: 18 })],
      spacing: { before: 400 },
    }),
  ];

  const doc = new Document({
    title: `${model.documentTitle} — ${model.meetingTitle}`,
    subject: model.subtitle,
    creator: 'Coalitietafel',
    description: model.colophon,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
