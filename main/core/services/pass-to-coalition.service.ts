// "Naar de coalitie": the programmaleider links programmateam and coalition; an item of a programmateam
// meeting is put on the agenda of the next coalition meeting still planned, with where it came from.
import type { Db } from '../store/connection';
import * as meetingsRepo from '../store/meetings.repo';
import type { AgendaItem, AgendaKind } from '../../../shared/domain';
import * as handoffs from '../store/agenda-handoffs.repo';
import { addAgendaItem, readAgendaItem, requireAgendaItem } from './agenda.service';
import { requireMeeting } from './guards';
import { AppError, ruleViolation } from '../errors';
import { formatDateTime } from '../../../shared/format';

// Items that carry content go as they are; procedural ones (opening, actielijst…) become a bespreking.
const CONTENT_KINDS: readonly AgendaKind[] = ['besluit', 'bespreking', 'informatie'];

export function passToCoalition(db: Db, input: { agendaItemId: number }): AgendaItem {
  db.transaction(() => {
    const source = requireAgendaItem(db, input.agendaItemId);
    const meeting = requireMeeting(db, source.meetingId);
    if (meeting.body !== 'programmateam') throw ruleViolation('Alleen een punt van het programmateam gaat naar de coalitie.');
    const existing = handoffs.handoffTarget(db, source.id);
    if (existing !== null) {
      const target = requireMeeting(db, requireAgendaItem(db, existing).meetingId);
      throw new AppError('conflict', `Dit punt staat al op de agenda van ${target.title} (${formatDateTime(target.startsAt)}).`);
    }
    const next = meetingsRepo.nextCoalitionMeeting(db, meeting.startsAt);
    if (!next) {
      throw ruleViolation('Er is na deze vergadering nog geen coalitievergadering gepland. Plan die eerst in de jaarplanning.');
    }
    const item = readAgendaItem(db, source.id);
    const added = addAgendaItem(db, {
      meetingId: next.id,
      kind: CONTENT_KINDS.includes(source.kind) ? source.kind : 'bespreking',
      title: source.title,
      description: source.description,
      presenter: source.presenter,
      proposal: source.proposal,
      themeIds: item.themeIds,
      wijkIds: item.wijkIds,
      interventionIds: item.interventionIds,
    });
    handoffs.insertHandoff(db, added.id, source.id);
  })();
  return readAgendaItem(db, input.agendaItemId);
}
