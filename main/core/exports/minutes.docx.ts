// The minutes as an editable Word document: municipal staff finish and file them in Word.
import { HeadingLevel, Paragraph, Table, TextRun } from 'docx';
import { label, paragraphs, renderWordDocument, runs, table } from './docx.blocks';
import { MINUTES_TEXT as T, type AgendaItemModel, type MinutesModel, type PersonLine } from './minutes.model';

// Column widths in twips; each set adds up to the A4 text width (docx.blocks.ts).
const VINKJE_COLUMNS = [600, 3300, 1150, 3976];
const DECISION_LIST_COLUMNS = [1150, 2500, 1700, 3676];
const ACTION_LIST_COLUMNS = [550, 2900, 1500, 1450, 900, 1726];
const CARRIED_ACTION_COLUMNS = [2900, 1500, 1450, 1100, 2076];

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

  return renderWordDocument({
    title: `${model.documentTitle} — ${model.meetingTitle}`,
    subject: model.subtitle,
    description: model.colophon,
    children,
  });
}
