// One handler per channel: thin, typed from the contract, logic in the services.
import type { Db } from './store/connection';
import { getProfile } from './store/profile.repo';
import * as coalition from './services/coalition.service';
import * as meetings from './services/meetings.service';
import { getMeeting } from './services/meeting-detail';
import * as agenda from './services/agenda.service';
import * as reviews from './services/reviews.service';
import * as attendance from './services/attendance.service';
import * as actions from './services/actions.service';
import * as adoption from './services/adoption.service';
import * as year from './services/year.service';
import * as templates from './services/templates.service';
import * as decisions from './services/decisions.service';
import * as presenter from './services/presenter.service';
import { search } from './services/search.service';
import { exportActionList, exportAgenda, exportDecisionList, exportMeetingMinutes } from './services/minutes.service';
import { createDurabilityHandlers, standaloneDurabilityHost, type DurabilityHost } from './handlers.durability';
import { createRegisterHandlers } from './handlers.registers';
import { createRecordsHandlers } from './handlers.records';
import { createKeurmerkHandlers } from './handlers.keurmerk';
import { createMoneyHandlers } from './handlers.money';
import { createAvgHandlers } from './handlers.avg';
import { createBodiesHandlers } from './handlers.bodies';
import { createPlanworkHandlers } from './handlers.planwork';
import { createAreaHandlers } from './handlers.area';
import type { Handlers } from './handlers.types';
import { runWithClock, type Clock } from './clock';

export type { Handlers } from './handlers.types';

/** Every handler runs with the core's clock (CoreOptions.now, which the durability host carries). */
export function createHandlers(db: Db, durability: DurabilityHost = standaloneDurabilityHost(db)): Handlers {
  return withClock(durability.now, {
    // Feature handler maps (createXHandlers(db)) are spread in here next to the core ones.
    ...createDurabilityHandlers(db, durability),
    ...createRegisterHandlers(db),
    ...createRecordsHandlers(db),
    ...createKeurmerkHandlers(db),
    ...createMoneyHandlers(db),
    ...createAvgHandlers(db),
    ...createBodiesHandlers(db),
    ...createPlanworkHandlers(db),
    ...createAreaHandlers(db),
    'profile:get': () => getProfile(db),

    'coalition:list': () => coalition.listCoalition(db),
    'organisations:create': (input) => coalition.createOrganisation(db, input),
    'people:create': (input) => coalition.createPerson(db, input),
    'people:update': (input) => coalition.updatePerson(db, input),
    'people:setLeft': (input) => coalition.setPersonLeft(db, input),

    'meetings:list': () => meetings.listMeetings(db),
    'meetings:get': (input) => getMeeting(db, input.id),
    'meetings:create': (input) => meetings.createMeeting(db, input),
    'meetings:update': (input) => meetings.updateMeeting(db, input),
    'meetings:setStatus': (input) => meetings.setMeetingStatus(db, input),

    'agenda:add': (input) => agenda.addAgendaItem(db, input),
    'agenda:update': (input) => agenda.updateAgendaItem(db, input),
    'agenda:move': (input) => agenda.moveAgendaItem(db, input),
    'agenda:remove': (input) => agenda.removeAgendaItem(db, input),
    'agenda:setNotes': (input) => agenda.setAgendaNotes(db, input),

    'attendance:set': (input) => attendance.setAttendance(db, input),
    'attendance:markAllPresent': (input) => attendance.markAllPresent(db, input),
    'attendance:copyPrevious': (input) => attendance.copyPreviousAttendance(db, input),

    'reviews:answer': (input) => reviews.answerVinkje(db, input),
    'decisions:decide': (input) => reviews.decide(db, input),

    'actions:create': (input) => actions.createAction(db, input),
    'actions:setStatus': (input) => actions.setActionStatus(db, input),
    'actions:remove': (input) => actions.removeAction(db, input),
    'actions:reschedule': (input) => actions.rescheduleAction(db, input),
    'actions:list': (input) => actions.listActions(db, input),
    'actions:export': (input) => exportActionList(db, input),

    'minutes:adopt': (input) => adoption.adoptMinutes(db, input),
    'minutes:listAdoptable': (input) => adoption.adoptableMinutes(db, input.meetingId),
    'minutes:export': (input) => exportMeetingMinutes(db, input),

    'year:get': (input) => year.getYearPlan(db, input),
    'year:exportIcs': (input) => year.exportYearIcs(db, input),
    'milestones:create': (input) => year.createMilestone(db, input),
    'milestones:update': (input) => year.updateMilestone(db, input),
    'milestones:remove': (input) => year.removeMilestone(db, input),

    'templates:get': (input) => templates.getTemplate(db, input),
    'templates:set': (input) => templates.setTemplate(db, input),
    'agenda:applyTemplate': (input) => templates.applyTemplate(db, input),
    'agenda:copyFrom': (input) => templates.copyAgenda(db, input),
    'agenda:export': (input) => exportAgenda(db, input),

    'decisions:list': (input) => decisions.listDecisions(db, input),
    'decisions:export': (input) => exportDecisionList(db, input),

    'presenter:set': (input) => presenter.setPresenterState(db, input),
    'presenter:get': (input) => presenter.getPresenterState(db, input),

    'search:query': (input) => search(db, input),
  });
}

/** The handlers, each run inside runWithClock: the services' nowIso() is this clock's time. */
function withClock(clock: Clock, handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[channel] = (input) => runWithClock(clock, () => handler(input));
  }
  return wrapped as unknown as Handlers;
}
