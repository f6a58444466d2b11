// The backups: what the retention policy keeps, making one now, and restoring a chosen one after a
// confirmation that says the current database is kept aside, not deleted.
import type { BackupEntry, BackupList } from '../../shared/contract.durability';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { ConfirmButton } from '../components/ConfirmButton';
import { formatTimestamp } from '../format';
import { rememberAfterReload } from '../rescue/reload';
import { backupNames, formatSize } from './format';
import { Panel } from './SectionState';

export const BACKUPS = { id: 'beheer-reservekopieen', title: 'Reservekopieën' };

export function BackupsPanel(props: {
  list: BackupList;
  rescue: boolean;
  onCreated(): Promise<void>;
  /** After a restore: the whole app reloads from the restored store. */
  onRestored(): void;
}) {
  const call = useCall();
  const notices = useNotices();
  const { entries } = props.list;
  const names = backupNames(entries);

  const create = async () => {
    const result = await notices.run(
      () => call('backups:create', {}),
      (e) => `Reservekopie gemaakt: ${formatTimestamp(e.createdAt)} (${formatSize(e.sizeBytes)}).`,
    );
    if (result.ok) await props.onCreated();
  };

  const restore = async (entry: BackupEntry): Promise<boolean> => {
    const result = await notices.run(() => call('backups:restore', { fileName: entry.fileName, confirm: true }));
    if (!result.ok) return false;
    rememberAfterReload(result.value.message);
    props.onRestored();
    return true;
  };

  return (
    <Panel {...BACKUPS}>
      <p>
        Coalitietafel maakt zelf reservekopieën: bij het starten, elke dag dat het draait en vóór elke update van de database.{' '}
        {props.list.policy}
      </p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={create} disabled={props.rescue}>
          Nu een reservekopie maken
        </button>
      </div>
      {props.rescue && (
        <p className="hint">In de herstelmodus worden geen reservekopieën gemaakt: een kopie van een beschadigde database zou goede kopieën verdringen.</p>
      )}
      {entries.length === 0 ? (
        <p className="empty">Er zijn nog geen reservekopieën in deze map.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Reservekopieën, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Gemaakt op</th>
                <th scope="col">Soort</th>
                <th scope="col">Grootte</th>
                <th scope="col">Terugzetten</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const name = names.get(e.fileName) ?? e.fileName;
                return (
                  <tr key={e.fileName}>
                    <th scope="row" className="cell-nowrap">
                      <time dateTime={e.createdAt}>{formatTimestamp(e.createdAt)}</time>
                    </th>
                    <td>
                      {e.kindLabel}
                      {props.list.chainProblems[e.fileName] && <p className="warning backup-chain">{props.list.chainProblems[e.fileName]}</p>}
                    </td>
                    <td className="cell-nowrap">{formatSize(e.sizeBytes)}</td>
                    <td>
                      <ConfirmButton
                        name={`Terugzetten: ${name}`}
                        groupLabel={`Terugzetten bevestigen: ${name}`}
                        confirmText={`Ja, terugzetten: ${name}`}
                        onConfirm={() => restore(e)}
                        question={
                          <>
                            <p>
                              De reservekopie van <strong>{formatTimestamp(e.createdAt)}</strong> wordt eerst gecontroleerd en dan
                              teruggezet. Wat daarna is ingevoerd, staat er niet in.
                            </p>
                            <p>
                              De huidige database wordt niet verwijderd: hij wordt opzij gezet naast het databestand en blijft daar
                              bewaard.
                              {!props.rescue && ' Twijfelt u? Maak dan eerst een reservekopie van de huidige stand.'}
                            </p>
                          </>
                        }
                      >
                        Terugzetten
                      </ConfirmButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
