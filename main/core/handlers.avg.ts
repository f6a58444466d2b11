// Handlers for the channels of shared/contract.avg.ts: thin, typed from the contract, logic in avg.service.ts.
import type { avgContract } from '../../shared/contract.avg';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import * as avg from './services/avg.service';
import { eraseMentions } from './services/avg-mentions.service';

type AvgChannel = keyof typeof avgContract;

export function createAvgHandlers(db: Db): Pick<Handlers, AvgChannel> {
  return {
    'avg:overview': () => avg.overview(db),
    'avg:setRetention': (input) => avg.setRetention(db, input),
    'avg:extend': (input) => avg.extendRetention(db, input),
    'avg:inzage': (input) => avg.inzage(db, input),
    'avg:inzageExport': (input) => avg.exportInzage(db, input),
    'avg:erase': (input) => avg.erase(db, input),
    'avg:eraseMentions': (input) => eraseMentions(db, input),
  };
}
