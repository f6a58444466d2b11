// On Beheer: a reminder when retention terms have passed, and the way to the page for personal data.
import { paths } from '../router';
import type { AvgOverview } from '../../shared/avg';
import { Panel } from '../beheer/SectionState';

export const AVG_PANEL = { id: 'beheer-avg', title: 'Persoonsgegevens (AVG)' };

export function AvgPanel(props: { overview: AvgOverview }) {
  const n = props.overview.overdueTotal;
  return (
    <Panel {...AVG_PANEL}>
      {n > 0 ? (
        <p className="warning">
          {n === 1 ? '1 registratie met persoonsgegevens is' : `${n} registraties met persoonsgegevens zijn`} over de bewaartermijn:
          verwijder de persoonsgegevens of bewaar ze met een reden langer.
        </p>
      ) : (
        <p>Geen registraties met persoonsgegevens over hun bewaartermijn.</p>
      )}
      <p>
        <a href={paths.avg()}>Naar persoonsgegevens: verwerkingsregister, bewaartermijnen, inzage en verwijderen op verzoek</a>
      </p>
    </Panel>
  );
}
