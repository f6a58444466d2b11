// Handlers for the channels of shared/contract.registers.ts: thin, typed from the contract, logic in the services.
import type { registersContract } from '../../shared/contract.registers';
import type { Db } from './store/connection';
import type { Handlers } from './handlers.types';
import * as plans from './services/plans.service';
import * as interventions from './services/interventions.service';
import * as registers from './services/registers.service';
import * as indicators from './services/indicators.service';
import * as charts from './services/charts.service';
import { evidenceForDecision } from './services/evidence.service';
import { buildReport, exportReport } from './services/reports.service';

export type RegisterChannel = keyof typeof registersContract;

export function createRegisterHandlers(db: Db): Pick<Handlers, RegisterChannel> {
  return {
    'plans:list': (input) => plans.listPlans(db, input),
    'plans:get': (input) => plans.getPlan(db, input.id),
    'plans:create': (input) => plans.createPlan(db, input),
    'plans:update': (input) => plans.updatePlan(db, input),
    'plans:remove': (input) => plans.removePlan(db, input),

    'interventions:list': (input) => interventions.listInterventions(db, input),
    'interventions:get': (input) => interventions.getIntervention(db, input.id),
    'interventions:create': (input) => interventions.createIntervention(db, input),
    'interventions:update': (input) => interventions.updateIntervention(db, input),
    'interventions:setStatus': (input) => interventions.setInterventionStatus(db, input),
    'interventions:setTrekkers': (input) => interventions.setTrekkers(db, input),
    'interventions:setPartners': (input) => interventions.setPartners(db, input),
    'interventions:setChain': (input) => interventions.setChain(db, input),
    'themes:trekkerGaps': () => interventions.themeTrekkerGaps(db),

    'prestaties:create': (input) => interventions.createPrestatie(db, input),
    'prestaties:update': (input) => interventions.updatePrestatie(db, input),
    'prestaties:remove': (input) => interventions.removePrestatie(db, input),

    'registers:list': (input) => registers.findEntries(db, input),
    'registers:get': (input) => registers.getEntry(db, input.id),
    'registers:create': (input) => registers.createEntry(db, input),
    'registers:update': (input) => registers.updateEntry(db, input),
    'registers:remove': (input) => registers.removeEntry(db, input),

    'wijken:list': () => registers.listWijken(db),
    'wijken:update': (input) => registers.updateWijk(db, input),

    'indicators:list': (input) => indicators.listIndicators(db, input),
    'indicators:create': (input) => indicators.createIndicator(db, input),
    'indicators:update': (input) => indicators.updateIndicator(db, input),
    'indicators:remove': (input) => indicators.removeIndicator(db, input),
    'indicators:values': (input) => indicators.listValues(db, input),
    'indicators:setValue': (input) => indicators.setValue(db, input),
    'indicators:removeValue': (input) => indicators.removeValue(db, input),
    'indicators:importPreview': (input) => indicators.importPreview(db, input),
    'indicators:importCommit': (input) => indicators.importCommit(db, input),
    'indicators:importStart': (input) => indicators.importStart(db, input),
    'indicators:importAppend': (input) => indicators.importAppend(db, input),
    'indicators:importNext': (input) => indicators.importNext(db, input),
    'indicators:importReport': (input) => indicators.importReport(db, input),
    'indicators:importFinish': (input) => indicators.importFinish(db, input),
    'indicators:importCancel': (input) => indicators.importCancel(db, input),

    'evidence:forDecision': (input) => evidenceForDecision(db, input),
    'reviews:cite': (input) => registers.citeEntries(db, input),

    'charts:indicator': (input) => charts.indicatorChart(db, input),
    'charts:vinkjes': (input) => charts.vinkjesChart(db, input),
    'charts:interventions': () => charts.interventionsChart(db),

    'reports:preview': (input) => buildReport(db, input),
    'reports:export': (input) => exportReport(db, input),
  };
}
