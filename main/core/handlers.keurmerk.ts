// Handlers for the channels of shared/contract.keurmerk.ts: thin, typed from the contract, logic in the service.
import type { keurmerkContract } from '../../shared/contract.keurmerk';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import * as keurmerk from './services/keurmerk.service';

export type KeurmerkChannel = keyof typeof keurmerkContract;

export function createKeurmerkHandlers(db: Db): Pick<Handlers, KeurmerkChannel> {
  return {
    'keurmerk:statuses': (input) => keurmerk.keurmerkStatuses(db, input),
    'keurmerk:get': (input) => keurmerk.getKeurmerk(db, input.subject),
    'keurmerk:start': (input) => keurmerk.startReview(db, input),
    'keurmerk:answer': (input) => keurmerk.answerKeurmerk(db, input),
  };
}
