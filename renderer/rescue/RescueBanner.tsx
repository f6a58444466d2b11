// The rescue banner: when the store could not be opened safely, every screen says so at the top, calmly,
// and offers the ways out: restore the last good backup, try again (after freeing disk space), export
// what can still be read, or choose a backup on the Beheer screen. Small on purpose: it is in the main
// bundle. The status is asked once, when the app starts; a restore or a successful retry reloads the app.
import { useEffect, useId, useState } from 'react';
import type { RescueStatus } from '../../shared/contract.durability';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';
import { paths } from '../router';
import { ConfirmButton } from '../components/ConfirmButton';
import { formatTimestamp } from '../format';
import { reloadApp, rememberAfterReload, takeAfterReloadMessage } from './reload';
import './rescue.css';

export function RescueBanner(props: {
  /** Only the explanation, no actions: for the projector window, which follows the main window. */
  compact?: boolean;
  /** What happens after a restore or retry that worked; the app reloads (tests pass their own). */
  onRecovered?: () => void;
}) {
  const call = useCall();
  const [status, setStatus] = useState<RescueStatus | null>(null);
  const [afterReload, setAfterReload] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('rescue:status', {}).then(
      (s) => live && setStatus(s),
      () => {
        // Unreachable or refused: the screen itself shows that; the banner has nothing to add.
      },
    );
    return () => {
      live = false;
    };
  }, [call]);

  useEffect(() => {
    const message = takeAfterReloadMessage();
    if (message) setAfterReload(message);
  }, []);

  if (status?.mode === 'rescue') {
    return (
      <RescueNotice
        status={status}
        onStatus={setStatus}
        compact={props.compact}
        afterReload={afterReload}
        onRecovered={props.onRecovered ?? reloadApp}
      />
    );
  }
  if (afterReload && !props.compact) {
    return (
      <section className="rescue-done" aria-label="Herstel">
        <div className="rescue-inner">
          <div role="status">
            <p>{afterReload}</p>
          </div>
          <button type="button" className="button-quiet" onClick={() => setAfterReload(null)}>
            Herstelmelding sluiten
          </button>
        </div>
      </section>
    );
  }
  return null;
}

function RescueNotice(props: {
  status: RescueStatus;
  onStatus(s: RescueStatus): void;
  compact?: boolean;
  /** What a restore just before the reload said (e.g. that the backup itself could not be opened normally). */
  afterReload: string | null;
  onRecovered(): void;
}) {
  const call = useCall();
  const notices = useNotices();
  const titleId = useId();
  const [busy, setBusy] = useState<'retry' | 'export' | null>(null);
  const [exportProblems, setExportProblems] = useState<string[] | null>(null);
  const { status } = props;
  const latest = status.backups[0] ?? null;

  const restore = async (): Promise<boolean> => {
    const result = await notices.run(() => call('backups:restore', { confirm: true }));
    if (!result.ok) return false;
    if (result.value.status.mode === 'normal') {
      rememberAfterReload(result.value.message);
      props.onRecovered();
    } else {
      props.onStatus(result.value.status);
      notices.showError(result.value.message);
    }
    return true;
  };

  const retry = async () => {
    if (busy) return;
    setBusy('retry');
    const result = await notices.run(() => call('rescue:retry', {}));
    setBusy(null);
    if (!result.ok) return;
    if (result.value.mode === 'normal') {
      rememberAfterReload('De database is opnieuw geopend en werkt weer normaal. U kunt weer wijzigingen opslaan.');
      props.onRecovered();
    } else {
      props.onStatus(result.value);
      notices.showError('Opnieuw geprobeerd: de database kan nog steeds niet veilig worden geopend. Zie de uitleg bovenaan het scherm.');
    }
  };

  const exportReadable = async () => {
    if (busy) return;
    setBusy('export');
    await notices.run(
      async () => {
        const exported = await call('archive:export', {});
        const saved = await saveExportedFile(exported.file);
        setExportProblems(exported.complete ? null : exported.problems);
        // The file's own words first (saved, downloaded, or cancelled), then what could not be read.
        return exported.complete
          ? `${saved} Alles kon nog worden gelezen.`
          : `${saved} Niet alles kon uit de database worden gelezen; zie de lijst bovenaan het scherm.`;
      },
      (message) => message,
    );
    setBusy(null);
  };

  return (
    <section className="rescue-banner" aria-labelledby={titleId}>
      <div className="rescue-inner">
        <div role="alert">
          <h2 id={titleId}>Coalitietafel staat in de herstelmodus</h2>
          <p>{status.reason}</p>
          <p className="rescue-promise">
            Uw gegevens zijn niet verwijderd. Tot dit is opgelost kunt u alles bekijken, maar niets wijzigen.
          </p>
          {props.afterReload && !props.compact && <p>{props.afterReload}</p>}
        </div>
        {props.compact ? (
          <p>Herstellen kan in het hoofdvenster van Coalitietafel.</p>
        ) : (
          <>
            <div className="rescue-actions">
              {latest ? (
                <ConfirmButton
                  className="button-primary"
                  groupLabel="Terugzetten bevestigen"
                  confirmText={`Ja, terugzetten: ${formatTimestamp(latest.createdAt)}`}
                  onConfirm={restore}
                  question={
                    <>
                      <p>
                        De reservekopie van <strong>{formatTimestamp(latest.createdAt)}</strong> ({latest.kindLabel.toLowerCase()}) wordt
                        eerst gecontroleerd en dan teruggezet. Wat daarna is ingevoerd, staat er niet in.
                      </p>
                      <p>
                        De huidige database wordt niet verwijderd: hij wordt opzij gezet naast het databestand. Is deze
                        reservekopie zelf niet in orde, dan wordt de nieuwste goede daarvóór teruggezet.
                      </p>
                    </>
                  }
                >
                  Laatste goede reservekopie terugzetten
                </ConfirmButton>
              ) : (
                <p className="rescue-no-backup">Er is geen reservekopie gevonden in {status.backupFolder}.</p>
              )}
              {/* Named apart from a screen's own "Opnieuw proberen" (loading again), which may show at the same time. */}
              <button type="button" onClick={retry} aria-label="Opnieuw proberen: de database openen" aria-busy={busy === 'retry' || undefined}>
                Opnieuw proberen
              </button>
              <button type="button" onClick={exportReadable} aria-busy={busy === 'export' || undefined}>
                Exporteer wat nog leesbaar is
              </button>
              <a href={paths.beheer()}>Naar Beheer: een andere reservekopie kiezen</a>
            </div>
            {exportProblems && (
              <div className="rescue-problems">
                <p>Niet alles kon worden gelezen:</p>
                <ul>
                  {exportProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            <details className="rescue-details">
              <summary>Technische gegevens voor wie helpt</summary>
              <dl>
                <dt>Melding van de database</dt>
                <dd>{status.detail ?? 'geen'}</dd>
                <dt>Databestand</dt>
                <dd className="file-path">{status.dataFile}</dd>
                <dt>Map met reservekopieën</dt>
                <dd className="file-path">{status.backupFolder}</dd>
              </dl>
            </details>
          </>
        )}
      </div>
    </section>
  );
}
