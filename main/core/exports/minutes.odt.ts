// The minutes as OpenDocument Text, the open standard on the "pas toe of leg uit" list, with the same headings,
// lists and tables as the Word export (minutes.docx.ts).
import { OdtDocument, bullets, heading, label, paragraph, paragraphs } from './odt.blocks';
import { MINUTES_TEXT as T, type AgendaItemModel, type MinutesModel, type PersonLine } from './minutes.model';

// Column proportions as in the Word export, with room for "Niet beantwoord" and "Agendapunt" on one line.
const VINKJE_COLUMNS = [600, 3000, 1550, 3876];
const DECISION_LIST_COLUMNS = [1400, 2400, 1600, 3626];
const ACTION_LIST_COLUMNS = [550, 2900, 1500, 1450, 900, 1726];
const CARRIED_ACTION_COLUMNS = [2900, 1500, 1450, 1100, 2076];

function people(doc: OdtDocument, title: string, list: readonly PersonLine[]): void {
  doc.add(label(title), list.length > 0 ? bullets(list.map((p) => p.text)) : paragraph(T.nobody));
}

function agendaItem(doc: OdtDocument, item: AgendaItemModel, checklistName: string): void {
  doc.add(heading(`${item.number}. ${item.title}`, 2));
  for (const m of item.meta) doc.add(paragraph([{ text: `${m.label}: `, italic: true }, m.value]));
  if (item.description) doc.add(label(T.description), ...paragraphs(item.description));
  if (item.notes) doc.add(label(T.notes), ...paragraphs(item.notes));
  const decision = item.decision;
  if (decision) {
    if (decision.proposal) doc.add(label(T.proposal), ...paragraphs(decision.proposal));
    doc.add(label(checklistName));
    doc.table(
      VINKJE_COLUMNS,
      T.vinkjeColumns,
      decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]),
    );
    doc.add(label(`${T.decision}: ${decision.outcome}`));
    if (decision.text) doc.add(...paragraphs(decision.text));
  }
  if (item.actions.length > 0) doc.add(label(T.actions), bullets(item.actions.map((a) => a.summary)));
}

export function renderMinutesOdt(model: MinutesModel): Buffer {
  const title = `${model.documentTitle} — ${model.meetingTitle}`;
  const doc = new OdtDocument({ title, subject: model.subtitle, description: model.colophon, generatedAt: model.generatedAt });
  doc.add(
    heading(title, 1),
    paragraph(model.subtitle, 'Ondertitel'),
    ...model.header.map((h) => paragraph([{ text: `${h.label}: `, bold: true }, h.value])),
  );
  if (model.corrections.length > 0) doc.add(label(T.corrections), bullets(model.corrections));
  people(doc, T.present, model.present);
  people(doc, T.absentWithNotice, model.absentWithNotice);
  for (const item of model.items) agendaItem(doc, item, model.checklistName);
  doc.add(heading(T.decisionList, 2));
  if (model.decisionList.length > 0) {
    doc.table(
      DECISION_LIST_COLUMNS,
      T.decisionListColumns,
      model.decisionList.map((d) => [String(d.number), d.title, d.outcome, d.text]),
    );
  } else {
    doc.add(paragraph(T.noDecisions));
  }
  doc.add(heading(T.actionList, 2));
  if (model.actions.length > 0) {
    doc.table(
      ACTION_LIST_COLUMNS,
      T.actionListColumns,
      model.actions.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.origin]),
    );
  } else {
    doc.add(paragraph(T.noActions));
  }
  if (model.carriedActions.length > 0) {
    doc.add(heading(T.carriedActions, 3));
    doc.table(
      CARRIED_ACTION_COLUMNS,
      T.carriedActionColumns,
      model.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
    );
  }
  doc.add(paragraph(model.colophon, 'Colofon'));
  return doc.render();
}
