// Knelpunten: the system bottlenecks the Doorbraakmethode makes visible, raised, owned and followed up, and
// put on the next coalition meeting's agenda when the coalition itself must act.
import { DOORBRAAK_ID, KNELPUNT_STATUS_LABELS, type Knelpunt } from '../../shared/planwork';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { countLabel, formatDate, formatDateTime } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { EditButton, useEditInPlace } from '../monitoring/editInPlace';
import { KnelpuntForm, type KnelpuntFields } from '../knelpunten/KnelpuntForm';
import '../monitoring/monitoring.css';

function KnelpuntCard({ k, onSave, onEscalate }: { k: Knelpunt; onSave(f: KnelpuntFields): Promise<boolean>; onEscalate(): Promise<void> }) {
  const { editing, start, stop, saveThenStop, editRef } = useEditInPlace();
  if (editing) {
    return (
      <li className="card">
        <KnelpuntForm initial={k} formLabel={`Knelpunt bewerken: ${k.title}`} submitLabel="Knelpunt opslaan" onCancel={stop} onSubmit={saveThenStop(onSave)} />
      </li>
    );
  }
  return (
    <li className="card">
      <p className="meta">
        <span className="tag">{KNELPUNT_STATUS_LABELS[k.status]}</span>
        <span>Ingebracht op {formatDate(k.raisedOn)}{k.raisedBy ? ` door ${k.raisedBy}` : ''}</span>
        <span>Eigenaar: {k.owner || 'nog niemand'}</span>
      </p>
      <h3>{k.title}</h3>
      {k.description && <p className="description">{k.description}</p>}
      {k.followUp && (
        <p>
          <strong>Vervolg:</strong> {k.followUp}
        </p>
      )}
      {k.agenda ? (
        <p className="note">
          Op de agenda van <a href={paths.meeting(k.agenda.meetingId, k.agenda.agendaItemId)}>{k.agenda.meetingTitle}</a> ({formatDateTime(k.agenda.startsAt)}).
        </p>
      ) : null}
      <div className="item-actions">
        <EditButton name={k.title} onClick={start} buttonRef={editRef} />
        {!k.agenda && k.status !== 'opgelost' && (
          <button type="button" onClick={() => void onEscalate()} aria-label={`Agenderen voor de coalitie: ${k.title}`}>
            Agenderen voor de coalitie
          </button>
        )}
      </div>
    </li>
  );
}

export default function KnelpuntenScreen() {
  const call = useCall();
  const notices = useNotices();
  const list = useLoad(() => call('knelpunten:list', { interventionId: DOORBRAAK_ID }), [call]);

  const create = async (f: KnelpuntFields) => {
    const { status: _status, followUp: _followUp, ...fields } = f;
    const result = await notices.run(() => call('knelpunten:create', { interventionId: DOORBRAAK_ID, ...fields }), (k) => `Knelpunt “${k.title}” is vastgelegd.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const save = async (k: Knelpunt, f: KnelpuntFields) => {
    const result = await notices.run(() => call('knelpunten:update', { id: k.id, ...f }), (x) => `Knelpunt “${x.title}” is opgeslagen.`);
    if (result.ok) await list.reload();
    return result.ok;
  };
  const escalate = async (k: Knelpunt) => {
    const result = await notices.run(
      () => call('knelpunten:escalate', { id: k.id }),
      (x) => `Knelpunt “${x.title}” staat op de agenda van “${x.agenda?.meetingTitle ?? ''}”.`,
    );
    if (result.ok) await list.reload();
  };

  const knelpunten = list.data;
  return (
    <>
      <PageHeading title="Knelpunten uit de Doorbraakmethode">Knelpunten uit de Doorbraakmethode</PageHeading>
      <MonitoringNav current="knelpunten" />
      <p className="lead">
        “De Doorbraakmethode maakt knelpunten en systeemproblemen heel zichtbaar. Door deze inzichten binnen de coalitie te delen, vergroten we
        het aantal mogelijke oplossingen.” Leg ze hier vast, volg ze op, en agendeer ze voor de eerstvolgende coalitievergadering.{' '}
        <a href={paths.intervention(DOORBRAAK_ID)}>Over de Doorbraakmethode</a>
      </p>
      <section aria-labelledby="knelpunten-kop">
        <h2 id="knelpunten-kop">Register</h2>
        <p role="status" className="result-count">
          {knelpunten ? (knelpunten.length === 0 ? 'Nog geen knelpunten vastgelegd.' : `${countLabel(knelpunten.length, 'knelpunt', 'knelpunten')}.`) : ''}
        </p>
        {!knelpunten ? (
          list.error ? <LoadFailed message={list.error} onRetry={list.reload} /> : <Loading />
        ) : (
          knelpunten.length > 0 && (
            <ul className="card-list">
              {knelpunten.map((k) => (
                <KnelpuntCard key={k.id} k={k} onSave={(f) => save(k, f)} onEscalate={() => escalate(k)} />
              ))}
            </ul>
          )
        )}
      </section>
      <section aria-labelledby="knelpunt-nieuw" className="panel">
        <h2 id="knelpunt-nieuw">Nieuw knelpunt</h2>
        <KnelpuntForm formLabel="Nieuw knelpunt" submitLabel="Knelpunt vastleggen" onSubmit={create} />
      </section>
    </>
  );
}
