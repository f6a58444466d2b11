// The vinkjes review and the decision it leads to: the rules the coalition promised to keep.
import type { Db } from '../store/connection';
import {
  ADOPTING_OUTCOMES,
  ANSWERS_NEEDING_EXPLANATION,
  ANSWER_LABELS,
  OUTCOME_LABELS,
  type AgendaItem,
  type Answer,
  type Outcome,
} from '../../../shared/domain';
import * as agenda from '../store/agenda.repo';
import { getChecklist } from '../store/profile.repo';
import { readAgendaItem, requireChecklistItem, requireDecisionItem } from './agenda.service';
import { AppError, ruleViolation } from '../errors';
import { nowIso } from '../clock';
import { touchMeeting } from '../store/meetings.repo';

export function answerVinkje(
  db: Db,
  input: { agendaItemId: number; checklistItemId: number; answer: Answer; explanation: string; expectedAnsweredAt?: string | null | undefined },
): AgendaItem {
  db.transaction(() => {
    const { meeting } = requireDecisionItem(db, input.agendaItemId);
    const item = requireChecklistItem(db, meeting, input.checklistItemId);
    // Another window or device stored this vinkje after the sender last saw it: refuse rather than overwrite unseen.
    if (input.expectedAnsweredAt !== undefined && agenda.answeredAt(db, input.agendaItemId, item.id) !== input.expectedAnsweredAt) {
      throw new AppError('conflict', `Vinkje ${item.position} is intussen elders beantwoord; uw antwoord is niet opgeslagen.`);
    }
    const explanation = input.explanation.trim();
    if (ANSWERS_NEEDING_EXPLANATION.includes(input.answer) && explanation === '') {
      throw ruleViolation(
        `Bij het antwoord "${ANSWER_LABELS[input.answer]}" op vinkje ${item.position} hoort een toelichting.`,
      );
    }
    agenda.upsertAnswer(db, input.agendaItemId, item.id, input.answer, explanation, nowIso());
    touchMeeting(db, meeting.id, nowIso());
  })();
  return readAgendaItem(db, input.agendaItemId);
}

export function decide(db: Db, input: { agendaItemId: number; outcome: Outcome; text: string }): AgendaItem {
  db.transaction(() => {
    const { meeting } = requireDecisionItem(db, input.agendaItemId);
    if (ADOPTING_OUTCOMES.includes(input.outcome)) {
      const checklist = getChecklist(db, meeting.checklistId)!;
      const answered = agenda.answeredChecklistItemIds(db, input.agendaItemId);
      const open = checklist.items.filter((i) => !answered.has(i.id)).map((i) => i.position);
      if (open.length > 0) {
        const which = open.length === 1 ? `vinkje ${open[0]} is` : `vinkjes ${joinDutch(open.map(String))} zijn`;
        throw ruleViolation(
          `Dit besluit kan nog niet "${OUTCOME_LABELS[input.outcome].toLowerCase()}" worden: ${which} nog niet beantwoord.`,
        );
      }
      if (input.text.trim() === '') throw ruleViolation('Leg de besluittekst vast voordat het besluit wordt aangenomen.');
    }
    agenda.setDecision(db, input.agendaItemId, input.outcome, input.text.trim(), nowIso());
    touchMeeting(db, meeting.id, nowIso());
  })();
  return readAgendaItem(db, input.agendaItemId);
}

/** "1, 2 en 3" */
export function joinDutch(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}
