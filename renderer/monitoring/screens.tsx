// The screens of plans, interventions, registers, wijkprofielen, indicators, charts and reports. Each loads
// when first visited (React.lazy), so none of them — and chart.js least of all — weighs on the first screen.
import { lazy } from 'react';
import type { MonitoringRoute } from './routes';

const InterventionsScreen = lazy(() => import('../screens/InterventionsScreen'));
const InterventionScreen = lazy(() => import('../screens/InterventionScreen'));
const PlansScreen = lazy(() => import('../screens/PlansScreen'));
const KeurmerkScreen = lazy(() => import('../screens/KeurmerkScreen'));
const AmbitionsScreen = lazy(() => import('../screens/AmbitionsScreen'));
const KnelpuntenScreen = lazy(() => import('../screens/KnelpuntenScreen'));
const RegistersScreen = lazy(() => import('../screens/RegistersScreen'));
const WijkenScreen = lazy(() => import('../screens/WijkenScreen'));
const IndicatorsScreen = lazy(() => import('../screens/IndicatorsScreen'));
const ChartsScreen = lazy(() => import('../screens/ChartsScreen'));
const ReportsScreen = lazy(() => import('../screens/ReportsScreen'));

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
  }
}
