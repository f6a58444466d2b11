// One plan in the list, editable in place and removable after confirmation.
import type { Theme, Wijk } from '../../shared/domain';
import { PLAN_KIND_LABELS, PLAN_STATUS_LABELS, type InterventionListEntry, type Plan } from '../../shared/registers';
import { progressLabel } from '../../shared/planwork';
import { formatDate } from '../format';
import { LinkList } from '../monitoring/LinkList';
import { EditButton, useEditInPlace } from '../monitoring/editInPlace';
import { RemoveButton } from '../monitoring/RemoveButton';
import { PlanForm, type PlanFields } from './PlanForm';
import type { KeurmerkStatus } from '../../shared/keurmerk';
import { KeurmerkStatusLine } from '../keurmerk/KeurmerkStatusLine';
import { paths } from '../router';
import { PlanMoney } from '../money/PlanMoney';

function periodText(p: Plan): string {
  if (p.periodFrom && p.periodTo) return `${formatDate(p.periodFrom)} tot en met ${formatDate(p.periodTo)}`;
  if (p.periodFrom) return `vanaf ${formatDate(p.periodFrom)}`;
  if (p.periodTo) return `tot en met ${formatDate(p.periodTo)}`;
  return 'geen periode vastgelegd';
}

export function PlanCard(props: {
  plan: Plan;
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
  /** The plan's keurmerk status, once loaded. */
  keurmerk?: KeurmerkStatus | undefined;
  onSave(fields: PlanFields): Promise<boolean>;
  onRemove(): Promise<boolean>;
}) {
  const { plan: p } = props;
  const { editing, start, stop, saveThenStop, editRef } = useEditInPlace();

  if (editing) {
    return (
      <li className="card">
        <PlanForm
          initial={p}
          formLabel={`Plan bewerken: ${p.title}`}
          submitLabel="Plan opslaan"
          themes={props.themes}
          wijken={props.wijken}
          interventions={props.interventions}
          onCancel={stop}
          onSubmit={saveThenStop(props.onSave)}
        />
      </li>
    );
  }
  return (
    <li className="card">
      <p className="meta">
        <span className="tag">{PLAN_KIND_LABELS[p.kind]}</span>
        <span className={`status status-plan-${p.status}`}>{PLAN_STATUS_LABELS[p.status]}</span>
        <span>{periodText(p)}</span>
      </p>
      <h3>{p.title}</h3>
      <p className="meta">
        <span>Eigenaar: {p.owner || 'nog niemand'}</span>
        <span>Voortgang: {progressLabel(p.progress)}</span>
      </p>
      {p.description && <p className="description">{p.description}</p>}
      {props.keurmerk && <KeurmerkStatusLine status={props.keurmerk} kind="plan" href={paths.keurmerk({ kind: 'plan', id: p.id })} title={p.title} />}
      {p.planNote && (
        <p className="note plan-note">
          <strong>Uit het gebiedsplan:</strong> {p.planNote}
        </p>
      )}
      <LinkList
        themeIds={p.themeIds}
        wijkIds={p.wijkIds}
        interventionIds={p.interventionIds}
        themes={props.themes}
        wijken={props.wijken}
        interventions={props.interventions}
      />
      <PlanMoney planId={p.id} planTitle={p.title} />
      <div className="item-actions">
        <EditButton name={p.title} onClick={start} buttonRef={editRef} />
        {!p.trackKey && (
          <RemoveButton name={p.title} question={`Weet u zeker dat u het plan “${p.title}” wilt verwijderen?`} onConfirm={props.onRemove} />
        )}
      </div>
    </li>
  );
}
