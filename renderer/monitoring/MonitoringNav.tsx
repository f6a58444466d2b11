// The pages of the Monitoring area, one link each: the header has one "Monitoring" link, this row reaches
// all its pages from any of them. A detail page (one intervention) marks its list page as where it is.
import { paths } from '../router';

const PAGES = [
  { name: 'interventions', href: paths.interventions(), label: 'Interventies' },
  { name: 'plans', href: paths.plans(), label: 'Plannen' },
  { name: 'ambitions', href: paths.ambitions(), label: 'Ambities' },
  { name: 'registers', href: paths.registers(), label: 'Registers' },
  { name: 'knelpunten', href: paths.knelpunten(), label: 'Knelpunten' },
  { name: 'wijken', href: paths.wijken(), label: 'Wijkprofielen' },
  { name: 'indicators', href: paths.indicators(), label: 'Indicatoren' },
  { name: 'charts', href: paths.charts(), label: 'Grafieken' },
  { name: 'reports', href: paths.reports(), label: 'Rapportages' },
  { name: 'money', href: paths.money(), label: 'Financiën' },
] as const;

export type MonitoringPage = (typeof PAGES)[number]['name'];

export function MonitoringNav({ current, detail = false }: { current: MonitoringPage; detail?: boolean }) {
  return (
    <nav aria-label="Monitoring" className="sub-nav">
      <ul>
        {PAGES.map((p) => (
          <li key={p.name}>
            <a href={p.href} aria-current={p.name !== current ? undefined : detail ? 'true' : 'page'}>
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
