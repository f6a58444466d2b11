// Actielijst: every action item across meetings, filtered by owner, organisation, theme and status,
// and exported as DOCX, PDF or Markdown with the same filters.
import { useState } from 'react';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { ACTION_STATUS_LABELS, type ActionListEntry, type ActionStatus } from '../../shared/domain';
import { useLoad } from '../useLoad';
import { countLabel } from '../format';
import { PageHeading } from '../components/PageHeading';
import { LoadFailed, LoadGate, Loading } from '../components/LoadState';
import { ExportButtons } from '../components/ExportButtons';
import { ActionFilters, defaultActionFilters, toActionFilters, type ActionFilterValues } from '../actions/ActionFilters';
import { ActionTable } from '../actions/ActionTable';
import { NewActionForm } from '../actions/NewActionForm';

export default function ActionsScreen() {
  const call = useCall();
  const [filters, setFilters] = useState<ActionFilterValues>(defaultActionFilters);
  const options = useLoad(async () => {
    const [organisations, profile, meetings] = await Promise.all([call('coalition:list', {}), call('profile:get', {}), call('meetings:list', {})]);
    return { organisations, profile, meetings };
  }, [call]);
  const list = useLoad(() => call('actions:list', toActionFilters(filters)), [call, filters]);
  const notices = useNotices();

  // Between meetings an action can be closed here; in a meeting the actielijst item records where.
  const setStatus = async (action: ActionListEntry, status: ActionStatus) => {
    const result = await notices.run(
      () => call('actions:setStatus', { id: action.id, status }),
      `Actie “${action.description}” staat nu op ${ACTION_STATUS_LABELS[status].toLowerCase()}.`,
    );
    if (result.ok) list.reload();
  };

  const actions = list.data;
  const overdue = actions?.filter((a) => a.overdue && a.status === 'open').length ?? 0;

  return (
    <>
      <PageHeading title="Actielijst">Actielijst</PageHeading>
      <p className="lead">Alle acties uit de vergaderingen: uit besluiten, uit vinkjes die deels of nee kregen, of met de hand toegevoegd. Bij elke actie staat waar ze vandaan komt.</p>
      <LoadGate loaded={options}>
        {(data) => (
          <ActionFilters value={filters} onChange={setFilters} organisations={data.organisations} profile={data.profile} />
        )}
      </LoadGate>
      <section aria-labelledby="actie-toevoegen" className="panel">
        <h2 id="actie-toevoegen">Actie toevoegen</h2>
        <p className="hint">Een actie die buiten een vergadering is afgesproken, met de hand toegevoegd.</p>
        {options.data && (
          <NewActionForm meetings={options.data.meetings} organisations={options.data.organisations} onCreated={() => void list.reload()} />
        )}
      </section>
      <section aria-labelledby="acties-resultaat">
        <h2 id="acties-resultaat">Acties</h2>
        <p role="status" className="result-count">
          {!actions
            ? ''
            : actions.length === 0
              ? 'Geen acties met deze filters.'
              : `${countLabel(actions.length, 'actie', 'acties')}${overdue > 0 ? `, waarvan ${overdue} verlopen` : ''}.`}
        </p>
        {list.error ? (
          <LoadFailed message={list.error} onRetry={list.reload} />
        ) : !actions ? (
          <Loading />
        ) : (
          actions.length > 0 && <ActionTable actions={actions} onStatus={setStatus} />
        )}
      </section>
      <section aria-labelledby="acties-exporteren" className="panel">
        <h2 id="acties-exporteren">Actielijst exporteren</h2>
        <p className="hint">De export bevat de acties met de filters die nu gekozen zijn.</p>
        <ExportButtons what="Actielijst" run={(format) => call('actions:export', { ...toActionFilters(filters), format })} />
      </section>
    </>
  );
}
