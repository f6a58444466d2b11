// The minutes as PDF, to archive and share. The pdfmake set-up, the page and the table guards live in pdf.blocks.ts.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { keepTogether, labelled, pdfDocument, renderPdf, titledTable } from './pdf.blocks';
import { withStructure } from './pdf.tagged';
import { MINUTES_TEXT as T, type AgendaItemModel, type MinutesModel, type PersonLine } from './minutes.model';

// Kept importable from here: callers predate pdf.blocks.ts.
export { getPdfMake, type PdfMakeServer } from './pdf.blocks';

function people(title: string, list: readonly PersonLine[]): Content {
  return {
    stack: [
      { text: title, style: 'label' },
      list.length > 0 ? { ul: list.map((p) => p.text), style: 'body' } : { text: T.nobody, style: 'body' },
    ],
  };
}

function agendaItem(item: AgendaItemModel, checklistName: string): Content[] {
  const out: Content[] = [
    keepTogether(
      [
        { text: `${item.number}. ${item.title}`, style: 'h2' },
        ...item.meta.map((m) => ({ text: [{ text: `${m.label}: `, italics: true }, m.value], style: 'meta' })),
      ],
      item.meta.reduce((sum, m) => sum + m.value.length, 0),
    ),
  ];
  if (item.description) out.push(labelled(T.description, item.description));
  if (item.notes) out.push(labelled(T.notes, item.notes));
  const decision = item.decision;
  if (decision) {
    if (decision.proposal) out.push(labelled(T.proposal, decision.proposal));
    out.push(
      titledTable(
        checklistName,
        'label',
        // 'auto' for the answer: as wide as its longest word, so "Niet beantwoord" never breaks inside a word.
        [18, '*', 'auto', '*'],
        T.vinkjeColumns,
        decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]),
      ),
    );
    const heading = `${T.decision}: ${decision.outcome}`;
    out.push(decision.text ? labelled(heading, decision.text) : { text: heading, style: 'label' });
  }
  if (item.actions.length > 0) {
    const lines = item.actions.map((a) => a.summary);
    out.push(
      keepTogether(
        [{ text: T.actions, style: 'label' }, { ul: lines, style: 'body' }],
        lines.reduce((sum, line) => sum + line.length, 0),
      ),
    );
  }
  return out;
}

export function minutesDocDefinition(model: MinutesModel): TDocumentDefinitions {
  const title = `${model.documentTitle} — ${model.meetingTitle}`;
  return pdfDocument({
    title,
    subject: model.subtitle,
    generatedAt: model.generatedAt,
    content: [
      { text: title, style: 'h1' },
      { text: model.subtitle, style: 'subtitle' },
      withStructure(
        {
          table: {
            widths: [70, '*'],
            body: model.header.map((h) => [{ text: `${h.label}:`, bold: true }, h.value]),
          },
          layout: 'noBorders',
        },
        { rowHeaders: true },
      ),
      ...(model.corrections.length > 0
        ? [{ stack: [{ text: T.corrections, style: 'label' }, { ul: model.corrections, style: 'body' }] }]
        : []),
      people(T.present, model.present),
      people(T.absentWithNotice, model.absentWithNotice),
      ...model.items.flatMap((item) => agendaItem(item, model.checklistName)),
      model.decisionList.length > 0
        ? titledTable(
            T.decisionList,
            'sectionTitle',
            [52, 120, 80, '*'],
            T.decisionListColumns,
            model.decisionList.map((d) => [String(d.number), d.title, d.outcome, d.text]),
          )
        : { stack: [{ text: T.decisionList, style: 'sectionTitle' }, T.noDecisions], unbreakable: true },
      model.actions.length > 0
        ? titledTable(
            T.actionList,
            'sectionTitle',
            [20, '*', 80, 70, 42, 78],
            T.actionListColumns,
            model.actions.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.origin]),
          )
        : { stack: [{ text: T.actionList, style: 'sectionTitle' }, T.noActions], unbreakable: true },
      ...(model.carriedActions.length > 0
        ? [
            titledTable(
              T.carriedActions,
              'label',
              ['*', 80, 70, 60, 110],
              T.carriedActionColumns,
              model.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
            ),
          ]
        : []),
      { text: model.colophon, style: 'colophon' },
    ],
  });
}

export async function renderMinutesPdf(model: MinutesModel): Promise<Buffer> {
  return renderPdf(minutesDocDefinition(model));
}
