// Tamper evidence (issue 5): the audit trail of every change, with triggers on every table, and the
// seals that chain adopted minutes together. Minutes adopted before this migration are sealed now,
// in order of adoption.
import type { Migration } from './migration';
import { createAuditLog, syncAuditTriggers } from '../../durability/audit';
import { createSealTable, sealUnsealedAdoptedMinutes } from '../../durability/chain';

export const migration0004: Migration = {
  version: 4,
  name: '0004-audit',
  up: (db) => {
    createAuditLog(db);
    createSealTable(db);
    // Tables added by later migrations get their triggers when openStore syncs them after migrating.
    syncAuditTriggers(db);
    sealUnsealedAdoptedMinutes(db, new Date().toISOString());
  },
};
