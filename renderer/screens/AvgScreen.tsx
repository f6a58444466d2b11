// Persoonsgegevens (AVG), under Beheer: retention reminders, a person's inzage and erasure on request, the
// retention term per register, and the verwerkingsregister.
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { Panel, SectionState } from '../beheer/SectionState';
import { REMINDERS, Reminders } from '../avg/Reminders';
import { Inzage } from '../avg/Inzage';
import { RetentionTerms } from '../avg/RetentionTerms';
import { ProcessingRegister } from '../avg/ProcessingRegister';
import { paths } from '../router';
import '../beheer/beheer.css';

export default function AvgScreen() {
  const call = useCall();
  const overview = useLoad(() => call('avg:overview', {}), [call]);
  return (
    <>
      <PageHeading title="Persoonsgegevens (AVG)">Persoonsgegevens (AVG)</PageHeading>
      <p className="lead">
        Wat Coalitietafel over bewoners en leden van de coalitie bewaart, waarom en hoe lang; inzage en verwijderen op verzoek.{' '}
        <a href={paths.beheer()}>Terug naar Beheer</a>
      </p>
      {overview.data ? (
        <>
          <Reminders overview={overview.data} onChanged={overview.reload} />
          <Inzage onChanged={overview.reload} />
          <RetentionTerms terms={overview.data.registers.map((r) => r.term)} onSaved={overview.reload} />
          <ProcessingRegister overview={overview.data} />
        </>
      ) : (
        <Panel {...REMINDERS}>
          <SectionState what="de persoonsgegevens" error={overview.error} onRetry={overview.reload} />
        </Panel>
      )}
    </>
  );
}
