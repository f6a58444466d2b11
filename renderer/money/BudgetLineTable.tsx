// Budget lines as a table: year, for what, from whom, kind, source, status and the amount, capacity or text;
// the plan's caveats beside the lines they concern, and a remove button per line.
import {
  BUDGET_STATUS_LABELS,
  CONTRIBUTION_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  describeLine,
  type BudgetLine,
} from '../../shared/money';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { RemoveButton } from '../monitoring/RemoveButton';
import './money.css';

const where = (l: BudgetLine): string =>
  l.interventionTitle ? l.interventionTitle : l.planTitle ? `Plan: ${l.planTitle}` : 'Programma als geheel';

export function BudgetLineTable(props: {
  lines: readonly BudgetLine[];
  caption: string;
  /** Show the column "Voor" (intervention, plan or programme): not on an intervention's own page. */
  showScope?: boolean;
  /** Show the partner column: not on a partner's own summary. */
  showPartner?: boolean;
  onRemoved?(): void;
}) {
  const call = useCall();
  const notices = useNotices();
  const { showScope = true, showPartner = true } = props;
  if (props.lines.length === 0) return <p className="empty">Nog geen begrotingsregels of bijdragen.</p>;
  const remove = async (l: BudgetLine) => {
    const result = await notices.run(() => call('money:remove', { id: l.id }), 'De begrotingsregel is verwijderd.');
    if (result.ok) props.onRemoved?.();
    return result.ok;
  };
  return (
    <div className="table-scroll">
      <table className="data-table budget-lines">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            {showScope && <th scope="col">Voor</th>}
            <th scope="col">Waarvoor</th>
            {showPartner && <th scope="col">Partner</th>}
            <th scope="col">Soort</th>
            <th scope="col">Bron</th>
            <th scope="col">Status</th>
            <th scope="col" className="cell-number">
              Omvang
            </th>
            {props.onRemoved && (
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.year}</th>
              {showScope && <td>{where(l)}</td>}
              <td>
                {l.purpose || '—'}
                {l.caveat && (
                  <>
                    {' '}
                    <span className="tag tag-caveat">afgeleid</span> <span className="hint">{l.caveat}</span>
                  </>
                )}
              </td>
              {showPartner && <td>{l.organisationName ?? '—'}</td>}
              <td>{CONTRIBUTION_KIND_LABELS[l.kind]}</td>
              <td>{FUNDING_SOURCE_LABELS[l.source]}</td>
              <td>{BUDGET_STATUS_LABELS[l.status]}</td>
              <td className="cell-number money">{l.kind === 'anders' ? '—' : describeLine(l)}</td>
              {props.onRemoved && (
                <td>
                  <RemoveButton
                    name={`${l.year} ${l.purpose || CONTRIBUTION_KIND_LABELS[l.kind]}${l.organisationName ? ` (${l.organisationName})` : ''}`}
                    question="Deze begrotingsregel verwijderen?"
                    onConfirm={() => remove(l)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
