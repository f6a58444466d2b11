// Handlers for the channels of shared/contract.bodies.ts: thin, typed from the contract, logic in the services.
import type { bodiesContract } from '../../shared/contract.bodies';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import * as bodies from './services/bodies.service';
import * as coalition from './services/coalition.service';
import { passToCoalition } from './services/pass-to-coalition.service';

export type BodiesChannel = keyof typeof bodiesContract;

export function createBodiesHandlers(db: Db): Pick<Handlers, BodiesChannel> {
  return {
    'bodies:list': () => bodies.listBodies(db),
    'bodies:get': (input) => bodies.getBody(db, input),
    'bodies:createWorkgroup': (input) => bodies.createWorkgroup(db, input),
    'bodies:update': (input) => bodies.updateBody(db, input),
    'memberships:add': (input) => bodies.addMember(db, input),
    'memberships:update': (input) => bodies.updateMember(db, input),
    'memberships:end': (input) => bodies.endMember(db, input),
    'themes:trekkers': () => bodies.themeTrekkers(db),
    'organisations:update': (input) => coalition.updateOrganisation(db, input),
    'organisations:setLeft': (input) => coalition.setOrganisationLeft(db, input),
    'agenda:passToCoalition': (input) => passToCoalition(db, input),
  };
}
