// The screens of plans, interventions, registers, wijkprofielen, indicators, charts and reports. Each loads
// when first visited (React.lazy), so none of them — and chart.js least of all — weighs on the first screen.
import { lazyScreen } from '../lazyScreen';
import type { MonitoringRoute, MonitoringRouteName } from './routes';

export const monitoringScreens = {
  interventions: lazyScreen(() => import('../screens/InterventionsScreen')),
  intervention: lazyScreen(() => import('../screens/InterventionScreen')),
  plans: lazyScreen(() => import('../screens/PlansScreen')),
  keurmerk: lazyScreen(() => import('../screens/KeurmerkScreen')),
  ambitions: lazyScreen(() => import('../screens/AmbitionsScreen')),
  knelpunten: lazyScreen(() => import('../screens/KnelpuntenScreen')),
  registers: lazyScreen(() => import('../screens/RegistersScreen')),
  wijken: lazyScreen(() => import('../screens/WijkenScreen')),
  indicators: lazyScreen(() => import('../screens/IndicatorsScreen')),
  charts: lazyScreen(() => import('../screens/ChartsScreen')),
  reports: lazyScreen(() => import('../screens/ReportsScreen')),
  money: lazyScreen(() => import('../screens/MoneyScreen')),
} satisfies Record<MonitoringRouteName, unknown>;

const { Component: InterventionsScreen } = monitoringScreens.interventions;
const { Component: InterventionScreen } = monitoringScreens.intervention;
const { Component: PlansScreen } = monitoringScreens.plans;
const { Component: KeurmerkScreen } = monitoringScreens.keurmerk;
const { Component: AmbitionsScreen } = monitoringScreens.ambitions;
const { Component: KnelpuntenScreen } = monitoringScreens.knelpunten;
const { Component: RegistersScreen } = monitoringScreens.registers;
const { Component: WijkenScreen } = monitoringScreens.wijken;
const { Component: IndicatorsScreen } = monitoringScreens.indicators;
const { Component: ChartsScreen } = monitoringScreens.charts;
const { Component: ReportsScreen } = monitoringScreens.reports;
const { Component: MoneyScreen } = monitoringScreens.money;

export function monitoringScreenFor(route: MonitoringRoute) {
  switch (route.name) {
    case 'interventions':
      return <InterventionsScreen />;
    case 'intervention':
      return <InterventionScreen id={route.id} />;
    case 'plans':
      return <PlansScreen />;
    case 'keurmerk':
      return <KeurmerkScreen subject={route.subject} />;
    case 'ambitions':
      return <AmbitionsScreen />;
    case 'knelpunten':
      return <KnelpuntenScreen />;
    case 'registers':
      return <RegistersScreen kind={route.kind} interventionId={route.interventionId} />;
    case 'wijken':
      return <WijkenScreen />;
    case 'indicators':
      return <IndicatorsScreen />;
    case 'charts':
      return <ChartsScreen indicatorId={route.indicatorId} />;
    case 'reports':
      return <ReportsScreen />;
    case 'money':
      return <MoneyScreen />;
  }
}
