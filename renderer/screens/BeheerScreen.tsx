// Beheer: where the data and the backups are, the backups themselves (make one, restore one), the JSON
// archive, the check of the adopted minutes and of an archive package, the user name for the audit trail, and the audit trail.
// Works in rescue mode too: everything that can still be read, and restoring a backup.
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { reloadApp } from '../rescue/reload';
import { Panel, SectionState } from '../beheer/SectionState';
import { DATA_LOCATION, DataLocation } from '../beheer/DataLocation';
import { BACKUPS, BackupsPanel } from '../beheer/BackupsPanel';
import { ArchivePanel } from '../beheer/ArchivePanel';
import { ChainCheck } from '../beheer/ChainCheck';
import { ArchivePackageCheck } from '../beheer/ArchivePackageCheck';
import { USER_NAME, UserNameForm } from '../beheer/UserNameForm';
import { AuditTrail } from '../beheer/AuditTrail';
import { AvgPanel } from '../avg/AvgPanel';
import '../beheer/beheer.css';

export default function BeheerScreen(props: { onReload?: () => void }) {
  const call = useCall();
  const onReload = props.onReload ?? reloadApp;
  const status = useLoad(() => call('rescue:status', {}), [call]);
  const backups = useLoad(() => call('backups:list', {}), [call]);
  const userName = useLoad(() => call('settings:getUserName', {}), [call]);
  const avg = useLoad(() => call('avg:overview', {}), [call]);
  const rescue = status.data?.mode === 'rescue';

  return (
    <>
      <PageHeading title="Beheer">Beheer</PageHeading>
      <p className="lead">Reservekopieën, het archief, de controle van de vastgestelde notulen en van archiefpakketten, en het logboek van wijzigingen.</p>
      {rescue && (
        <div className="note">
          <p>
            Coalitietafel staat in de herstelmodus: u kunt hier alles bekijken wat nog leesbaar is en een reservekopie terugzetten,
            maar niets anders wijzigen.
          </p>
        </div>
      )}
      {status.data ? (
        <DataLocation status={status.data} />
      ) : (
        <Panel {...DATA_LOCATION}>
          <SectionState what="de plaats van de gegevens" error={status.error} onRetry={status.reload} />
        </Panel>
      )}
      {backups.data ? (
        <BackupsPanel list={backups.data} rescue={rescue} onCreated={backups.reload} onRestored={onReload} />
      ) : (
        <Panel {...BACKUPS}>
          <SectionState what="de reservekopieën" error={backups.error} onRetry={backups.reload} />
        </Panel>
      )}
      <ArchivePanel rescue={rescue} onImported={onReload} />
      <ChainCheck />
      <ArchivePackageCheck />
      {avg.data && <AvgPanel overview={avg.data} />}
      {userName.data ? (
        <UserNameForm initial={userName.data.userName} rescue={rescue} />
      ) : (
        <Panel {...USER_NAME}>
          <SectionState what="de gebruikersnaam" error={userName.error} onRetry={userName.reload} />
        </Panel>
      )}
      <AuditTrail />
    </>
  );
}
