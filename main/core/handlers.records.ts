// Handlers for the channels of shared/contract.records.ts: thin, typed from the contract, logic in the services.
import type { recordsContract } from '../../shared/contract.records';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import { exportArchivePackage } from './services/archive-package.service';
import { verifyArchivePackageHere } from './services/archive-check.service';

export type RecordsChannel = keyof typeof recordsContract;

export function createRecordsHandlers(db: Db): Pick<Handlers, RecordsChannel> {
  return {
    'minutes:exportArchive': (input) => exportArchivePackage(db, input),
    'minutes:verifyArchive': (input) => verifyArchivePackageHere(db, input),
  };
}
