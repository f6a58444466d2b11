// The knelpunten register of the Doorbraakmethode: system bottlenecks raised, with owner, status and follow-up,
// and escalation that puts one on the next planned coalition meeting's agenda, naming where it came from.
import type { Db } from '../store/connection';
import * as meetingsRepo from '../store/meetings.repo';
import { DOORBRAAK_ID, KNELPUNT_STATUS_LABELS, type Knelpunt, type KnelpuntStatus } from '../../../shared/planwork';
import * as repo from '../store/knelpunten.repo';
import { getInterventionDetail } from '../store/interventions.repo';
import { addAgendaItem } from './agenda.service';
import { notFound, ruleViolation } from '../errors';
import { now, nowIso } from '../clock';
import { formatDate, formatDateTime, nowLocalDateTime } from '../../../shared/format';

export interface KnelpuntInput {
  raisedOn: string;
  title: string;
  description?: string | undefined;
  raisedBy?: string | undefined;
  owner?: string | undefined;
}

const fieldsOf = (input: KnelpuntInput & { status?: KnelpuntStatus; followUp?: string | undefined }, current?: Knelpunt): repo.KnelpuntFields => ({
  raisedOn: input.raisedOn,
  title: input.title,
  description: input.description?.trim() ?? current?.description ?? '',
  raisedBy: input.raisedBy?.trim() ?? current?.raisedBy ?? '',
  owner: input.owner?.trim() ?? current?.owner ?? '',
  status: input.status ?? current?.status ?? 'open',
  followUp: input.followUp?.trim() ?? current?.followUp ?? '',
});

function read(db: Db, id: number): Knelpunt {
  const k = repo.getKnelpunt(db, id);
  if (!k) throw notFound('Dit knelpunt');
  return k;
}

export const listKnelpunten = (db: Db, input: { interventionId?: string | undefined }): Knelpunt[] =>
  repo.listKnelpunten(db, input.interventionId ?? null);

export function createKnelpunt(db: Db, input: KnelpuntInput & { interventionId?: string | undefined }): Knelpunt {
  const id = db.transaction(() => {
    const interventionId = input.interventionId ?? DOORBRAAK_ID;
    if (!getInterventionDetail(db, interventionId)) throw notFound('De interventie van dit knelpunt');
    return repo.insertKnelpunt(db, interventionId, fieldsOf(input), nowIso());
  })();
  return read(db, id);
}

export function updateKnelpunt(db: Db, input: KnelpuntInput & { id: number; status: KnelpuntStatus; followUp?: string | undefined }): Knelpunt {
  db.transaction(() => {
    repo.updateKnelpunt(db, input.id, fieldsOf(input, read(db, input.id)), nowIso());
  })();
  return read(db, input.id);
}

/** The agenda item's text: the knelpunt and, so the coalition knows where it comes from, its source. */
function agendaText(k: Knelpunt, source: string): string {
  return [
    k.description,
    `Bron: knelpuntenregister ${source}, ingebracht op ${formatDate(k.raisedOn)}${k.raisedBy ? ` door ${k.raisedBy}` : ''}.`,
    `Eigenaar: ${k.owner || 'nog niemand'}; status: ${KNELPUNT_STATUS_LABELS[k.status].toLowerCase()}.`,
    k.followUp ? `Vervolg tot nu toe: ${k.followUp}` : '',
  ]
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}

export function escalateKnelpunt(db: Db, input: { id: number }): Knelpunt {
  db.transaction(() => {
    const k = read(db, input.id);
    if (k.agenda) {
      throw ruleViolation(`Dit knelpunt staat al op de agenda van “${k.agenda.meetingTitle}” (${formatDateTime(k.agenda.startsAt)}).`);
    }
    if (k.status === 'opgelost') throw ruleViolation('Dit knelpunt is opgelost; escaleren is dan niet meer nodig.');
    const meeting = meetingsRepo.nextCoalitionMeeting(db, nowLocalDateTime(now()));
    if (!meeting) throw ruleViolation('Er is geen geplande coalitievergadering om dit knelpunt op te agenderen; plan er eerst een.');
    const source = getInterventionDetail(db, k.interventionId)?.title ?? k.interventionId;
    const item = addAgendaItem(db, {
      meetingId: meeting.id,
      kind: 'bespreking',
      title: `Knelpunt uit de ${source}: ${k.title}`,
      description: agendaText(k, source),
      interventionIds: [k.interventionId],
    });
    repo.markEscalated(db, k.id, item.id, nowIso());
  })();
  return read(db, input.id);
}
