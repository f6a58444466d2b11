// Where the data lives: the data file, the backup folder (shown, so it can be copied elsewhere), and
// databases a restore set aside (kept, never deleted).
import type { RescueStatus } from '../../shared/contract.durability';
import { Panel } from './SectionState';

export const DATA_LOCATION = { id: 'beheer-opslag', title: 'Waar de gegevens staan' };

export function DataLocation({ status }: { status: RescueStatus }) {
  return (
    <Panel {...DATA_LOCATION}>
      <dl className="beheer-facts">
        <div>
          <dt>Databestand</dt>
          <dd className="file-path">{status.dataFile}</dd>
        </div>
        <div>
          <dt>Map met reservekopieën</dt>
          <dd className="file-path">{status.backupFolder}</dd>
        </div>
        {status.setAside.length > 0 && (
          <div>
            <dt>Opzij gezette databases</dt>
            <dd>
              <ul className="beheer-paths">
                {status.setAside.map((file) => (
                  <li key={file} className="file-path">
                    {file}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <p className="hint">
        Kopieer de map met reservekopieën af en toe naar een USB-stick of netwerkmap: dan blijft het archief ook bewaard als deze
        computer kapotgaat.
        {status.setAside.length > 0 && ' Een opzij gezette database is bewaard bij het terugzetten van een reservekopie en wordt nooit verwijderd.'}
      </p>
    </Panel>
  );
}
