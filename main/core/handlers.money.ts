// Handlers for the channels of shared/contract.money.ts: thin, typed from the contract, logic in the service.
import type { moneyContract } from '../../shared/contract.money';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import * as money from './services/money.service';

export type MoneyChannel = keyof typeof moneyContract;

export function createMoneyHandlers(db: Db): Pick<Handlers, MoneyChannel> {
  return {
    'money:list': (input) => money.listBudgetLines(db, input),
    'money:create': (input) => money.createBudgetLine(db, input),
    'money:update': (input) => money.updateBudgetLine(db, input),
    'money:remove': (input) => money.removeBudgetLine(db, input),
    'money:overview': () => money.moneyOverview(db),
    'money:importPreview': (input) => money.budgetImportPreview(db, input),
    'money:importCommit': (input) => money.budgetImportCommit(db, input),
    'money:exportCsv': (input) => money.exportBudgetCsv(db, input),
  };
}
