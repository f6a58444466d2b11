// Handlers for the channels of shared/contract.area.ts: thin, typed from the contract, logic in the service.
import type { areaContract } from '../../shared/contract.area';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import * as area from './services/area.service';

export type AreaChannel = keyof typeof areaContract;

export function createAreaHandlers(db: Db): Pick<Handlers, AreaChannel> {
  return {
    'wijken:create': (input) => area.createWijk(db, input),
    'themes:create': (input) => area.createTheme(db, input),
  };
}
