// Handlers for the channels of shared/contract.planwork.ts: thin, typed from the contract, logic in the services.
import type { planworkContract } from '../../shared/contract.planwork';
import { tracksForYear } from '../../shared/planwork';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import { listTracks } from './store/plans.repo';
import * as chain from './services/chain.service';

export type PlanworkChannel = keyof typeof planworkContract;

export function createPlanworkHandlers(db: Db): Pick<Handlers, PlanworkChannel> {
  return {
    'tracks:forYear': (input) => tracksForYear(listTracks(db), input.year),
    'ambitions:list': () => chain.listAmbitions(db),
    'chain:get': (input) => chain.getChain(db, input),
    'chain:setLinks': (input) => chain.setChainLinks(db, input),
  };
}
