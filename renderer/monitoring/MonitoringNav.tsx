// The pages of monitoring and accountability, one link each: the header names the four main ones, this
// row reaches all seven from any of them.
import { paths } from '../router';

const PAGES = [
  { name: 'interventions', href: paths.interventions(), label: 'Interventies' },
  { name: 'plans', href: paths.plans(), label: 'Plannen' },
  { name: 'registers', href: paths.registers(), label: 'Registers' },
  { name: 'wijken', href: paths.wijken(), label: 'Wijkprofielen' },
  { name: 'indicators', href: paths.indicators(), label: 'Indicatoren' },
  { name: 'charts', href: paths.charts(), label: 'Grafieken' },
  { name: 'reports', href: paths.reports(), label: 'Rapportages' },
] as const;

export type MonitoringPage = (typeof PAGES)[number]['name'];

export function MonitoringNav({ current }: { current: MonitoringPage | null }) {
  return (
    <nav aria-label="Monitoring" className="sub-nav">
      <ul>
        {PAGES.map((p) => (
          <li key={p.name}>
            <a href={p.href} aria-current={p.name === current ? 'page' : undefined}>
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
