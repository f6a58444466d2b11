// The minutes as Markdown (GitHub-flavoured tables), for sharing as plain text.
import { bullet, inline, paragraph, table } from './md.blocks';
import { MINUTES_TEXT as T, type AgendaItemModel, type MinutesModel, type PersonLine } from './minutes.model';

// Kept importable from here: callers and tests predate md.blocks.ts.
export { escapeCell } from './md.blocks';

function people(title: string, list: readonly PersonLine[]): string {
  const lines = list.length > 0 ? list.map((p) => bullet(p.text)) : [T.nobody];
  return [`**${title}**`, '', ...lines].join('\n');
}

function agendaItem(item: AgendaItemModel, checklistName: string): string {
  const parts: string[] = [`## ${item.number}. ${inline(item.title)}`];
  if (item.meta.length > 0) parts.push(item.meta.map((m) => `*${m.label}:* ${inline(m.value)}`).join('  \n'));
  if (item.description) parts.push(`**${T.description}**`, paragraph(item.description));
  if (item.notes) parts.push(`**${T.notes}**`, paragraph(item.notes));
  const decision = item.decision;
  if (decision) {
    if (decision.proposal) parts.push(`**${T.proposal}**`, paragraph(decision.proposal));
    parts.push(
      `**${inline(checklistName)}**`,
      table(
        T.vinkjeColumns,
        decision.vinkjes.map((v) => [String(v.number), v.question, v.answer, v.explanation]),
      ),
    );
    parts.push(`**${T.decision}: ${inline(decision.outcome)}**`);
    if (decision.text) parts.push(paragraph(decision.text));
  }
  if (item.actions.length > 0) parts.push(`**${T.actions}**`, item.actions.map((a) => bullet(a.summary)).join('\n'));
  return parts.join('\n\n');
}

export function renderMinutesMarkdown(model: MinutesModel): string {
  const parts: string[] = [
    `# ${model.documentTitle} — ${inline(model.meetingTitle)}`,
    `*${inline(model.subtitle)}*`,
    model.header.map((h) => `- **${h.label}:** ${inline(h.value)}`).join('\n'),
    ...(model.corrections.length > 0
      ? [`**${T.corrections}**`, model.corrections.map((c) => `- ${paragraph(c).replace(/\n/g, '\n  ')}`).join('\n')]
      : []),
    people(T.present, model.present),
    people(T.absentWithNotice, model.absentWithNotice),
    ...model.items.map((item) => agendaItem(item, model.checklistName)),
    `## ${T.decisionList}`,
    model.decisionList.length > 0
      ? table(
          T.decisionListColumns,
          model.decisionList.map((d) => [String(d.number), d.title, d.outcome, d.text]),
        )
      : T.noDecisions,
    `## ${T.actionList}`,
    model.actions.length > 0
      ? table(
          T.actionListColumns,
          model.actions.map((a) => [String(a.number), a.description, a.owner, a.dueDate, a.status, a.origin]),
        )
      : T.noActions,
    ...(model.carriedActions.length > 0
      ? [
          `### ${T.carriedActions}`,
          table(
            T.carriedActionColumns,
            model.carriedActions.map((a) => [a.description, a.owner, a.dueDate, a.status, a.meeting]),
          ),
        ]
      : []),
    '---',
    `*${model.colophon}*`,
  ];
  return `${parts.join('\n\n')}\n`;
}
