// Handlers for the channels of shared/contract.planwork.ts: thin, typed from the contract, logic in the services.
import type { planworkContract } from '../../shared/contract.planwork';
import { tracksForYear } from '../../shared/planwork';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import { listTracks } from './store/plans.repo';
import * as chain from './services/chain.service';
import * as koppelkansen from './services/koppelkansen.service';
import * as knelpunten from './services/knelpunten.service';
import * as steering from './services/steering.service';

export type PlanworkChannel = keyof typeof planworkContract;

export function createPlanworkHandlers(db: Db): Pick<Handlers, PlanworkChannel> {
  return {
    'tracks:forYear': (input) => tracksForYear(listTracks(db), input.year),
    'ambitions:list': () => chain.listAmbitions(db),
    'chain:get': (input) => chain.getChain(db, input),
    'chain:setLinks': (input) => chain.setChainLinks(db, input),
    'koppelkansen:links': (input) => koppelkansen.getLinks(db, input),
    'koppelkansen:link': (input) => koppelkansen.link(db, input),
    'koppelkansen:unlink': (input) => koppelkansen.unlink(db, input),
    'knelpunten:list': (input) => knelpunten.listKnelpunten(db, input),
    'knelpunten:create': (input) => knelpunten.createKnelpunt(db, input),
    'knelpunten:update': (input) => knelpunten.updateKnelpunt(db, input),
    'knelpunten:escalate': (input) => knelpunten.escalateKnelpunt(db, input),
    'steering:get': (input) => steering.getSteering(db, input),
    'steering:set': (input) => steering.setSteering(db, input),
    'steering:overview': (input) => steering.steeringOverview(db, input),
  };
}
